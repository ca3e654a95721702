/**
 * Source-attribution charts: who is quoted, how, which kinds of sources, which reporting verbs,
 * and the tone of each source's quotes.
 * @module
 */
import type { Chart } from '../../pipeline/define.ts';
import type { Table } from '../table.ts';
import { bool, cmp, COLORS, fmtInt, num, rankedBar, requireColumns, STEP, str, tone, TONE_SCALE, topLevel, topOption, uniqueLabels, WIDTH } from './common.ts';

/** Attribution types in display order with reader-facing labels. */
const TYPES = [
  { key: 'direct', label: 'Direct quote' },
  { key: 'mixed', label: 'Partial quote' },
  { key: 'indirect', label: 'Reported speech' },
  { key: 'according_to', label: '"According to"' },
] as const;
const TYPE_SCALE = { domain: TYPES.map((t) => t.label), range: ['#4c78a8', '#72b7b2', '#f58518', '#b279a2'] };

/** `civil_society` → `civil society`; empty → `unknown`. */
export function categoryLabel(c: string): string {
  return c.replace(/_/g, ' ').trim() || 'unknown';
}

interface SourceRow { key: string; speaker: string; category: string; named: boolean; attributions: number; mean: number | null; row: Record<string, unknown> }

/** Rows of `sources`, most-attributed first (ties by speaker), with unique display labels. */
function sourceRows(t: Table): SourceRow[] {
  return t.rows
    .map((r, i) => ({
      key: str(r.source_id) || `${i}`,
      speaker: str(r.speaker),
      category: str(r.category),
      named: bool(r.named),
      attributions: num(r.attributions) ?? 0,
      mean: num(r.mean_sentiment),
      row: r,
    }))
    .filter((r) => r.speaker !== '' && r.attributions > 0)
    .sort((a, b) => b.attributions - a.attributions || cmp(a.speaker, b.speaker) || cmp(a.category, b.category));
}

/** Stacked bars of attributions per source (table `sources`), split by how the source is reported; top N sources. */
export function quotesPerSourceChart(options: { top?: number } = {}): Chart {
  const name = 'quotes-per-source';
  const top = topOption(name, options.top, 15);
  return {
    name,
    table: 'sources',
    build(t) {
      requireColumns(name, t, ['speaker', 'category', 'named', 'attributions', 'direct', 'mixed', 'indirect', 'according_to']);
      const all = sourceRows(t);
      const rows = all.slice(0, top);
      if (!rows.length) return null;
      const labels = uniqueLabels(rows.map((r) => ({ key: r.key, label: r.speaker, detail: categoryLabel(r.category) })), 230);
      const values = rows.flatMap((r, rank) =>
        TYPES.map((ty, order) => ({ source: labels.get(r.key)!, rank, type: ty.label, order, attributions: num(r.row[ty.key] as never) ?? 0 })).filter((v) => v.attributions > 0),
      );
      return topLevel('Who is quoted most', `Statements attributed to each source, by form (top ${rows.length} of ${fmtInt(all.length)} sources)`, {
        width: WIDTH,
        height: { step: STEP },
        data: { values },
        encoding: {
          y: { field: 'source', type: 'nominal', sort: { field: 'rank', op: 'min' }, title: null },
          x: { field: 'attributions', type: 'quantitative', aggregate: 'sum', title: 'Attributed statements', axis: { format: ',d', tickMinStep: 1 } },
        },
        layer: [
          {
            mark: { type: 'bar' },
            encoding: {
              color: { field: 'type', type: 'nominal', title: 'Form', scale: TYPE_SCALE },
              order: { field: 'order', type: 'quantitative', sort: 'ascending' },
            },
          },
          { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 }, encoding: { text: { field: 'attributions', type: 'quantitative', aggregate: 'sum', format: ',d' } } },
        ],
      });
    },
  };
}

/** Stacked bars of attributions per source category, split into named and anonymous sources (table `source_categories`). */
export function sourceCategoriesChart(): Chart {
  const name = 'source-categories';
  return {
    name,
    table: 'source_categories',
    build(t) {
      requireColumns(name, t, ['category', 'named', 'attributions', 'sources']);
      const rows = t.rows
        .map((r) => ({ category: categoryLabel(str(r.category)), named: bool(r.named), attributions: num(r.attributions) ?? 0, sources: num(r.sources) ?? 0 }))
        .filter((r) => r.attributions > 0);
      if (!rows.length) return null;
      const totals = new Map<string, number>();
      for (const r of rows) totals.set(r.category, (totals.get(r.category) ?? 0) + r.attributions);
      const order = [...totals.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([c]) => c);
      const rank = new Map(order.map((c, i) => [c, i]));
      const values = rows
        .map((r) => ({ category: r.category, rank: rank.get(r.category)!, kind: r.named ? 'Named' : 'Anonymous', order: r.named ? 0 : 1, attributions: r.attributions, sources: r.sources }))
        .sort((a, b) => a.rank - b.rank || a.order - b.order);
      const total = rows.reduce((s, r) => s + r.attributions, 0);
      return topLevel('Kinds of sources, named and anonymous', `Attributed statements by source category (${fmtInt(total)} statements)`, {
        width: WIDTH,
        height: { step: STEP + 4 },
        data: { values },
        encoding: {
          y: { field: 'category', type: 'nominal', sort: { field: 'rank', op: 'min' }, title: null },
          x: { field: 'attributions', type: 'quantitative', aggregate: 'sum', title: 'Attributed statements', axis: { format: ',d', tickMinStep: 1 } },
        },
        layer: [
          {
            mark: { type: 'bar' },
            encoding: {
              color: { field: 'kind', type: 'nominal', title: 'Source', scale: { domain: ['Named', 'Anonymous'], range: [COLORS.named, COLORS.anonymous] } },
              order: { field: 'order', type: 'quantitative', sort: 'ascending' },
            },
          },
          { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 }, encoding: { text: { field: 'attributions', type: 'quantitative', aggregate: 'sum', format: ',d' } } },
        ],
      });
    },
  };
}

/** Bars of the most used reporting verbs (table `cue_verbs`), coloured neutral vs loaded. */
export function cueVerbsChart(options: { top?: number } = {}): Chart {
  const name = 'cue-verbs';
  const top = topOption(name, options.top, 20);
  return {
    name,
    table: 'cue_verbs',
    build(t) {
      requireColumns(name, t, ['cue', 'stance', 'count']);
      const all = t.rows
        .map((r) => ({ cue: str(r.cue), stance: str(r.stance) === 'loaded' ? 'Loaded (e.g. claimed, admitted)' : 'Neutral (e.g. said, told)', count: num(r.count) ?? 0 }))
        .filter((r) => r.cue !== '' && r.count > 0)
        .sort((a, b) => b.count - a.count || cmp(a.cue, b.cue));
      const rows = all.slice(0, top);
      if (!rows.length) return null;
      const labels = uniqueLabels(rows.map((r) => ({ key: r.cue, label: r.cue })));
      return rankedBar({
        title: 'Reporting verbs',
        subtitle: `Verbs introducing attributed statements; loaded verbs suggest a judgement (top ${rows.length} of ${fmtInt(all.length)})`,
        values: rows.map((r) => ({ verb: labels.get(r.cue)!, stance: r.stance, uses: r.count })),
        label: 'verb',
        value: 'uses',
        valueTitle: 'Uses',
        format: ',d',
        color: {
          field: 'stance', type: 'nominal', title: 'Verb',
          scale: { domain: ['Neutral (e.g. said, told)', 'Loaded (e.g. claimed, admitted)'], range: [COLORS.bar, COLORS.loaded] },
        },
      });
    },
  };
}

/** Diverging bars of the mean sentiment of each source's statements (table `sources`); null when no source has a score. */
export function sourceSentimentChart(options: { top?: number } = {}): Chart {
  const name = 'source-sentiment';
  const top = topOption(name, options.top, 15);
  return {
    name,
    table: 'sources',
    build(t) {
      requireColumns(name, t, ['speaker', 'category', 'attributions', 'mean_sentiment']);
      const scored = sourceRows(t).filter((r) => r.mean !== null);
      const rows = scored.slice(0, top);
      if (!rows.length) return null;
      const labels = uniqueLabels(rows.map((r) => ({ key: r.key, label: r.speaker, detail: categoryLabel(r.category) })), 230);
      const values = rows.map((r) => ({ source: labels.get(r.key)!, mean: r.mean!, attributions: r.attributions, tone: tone(r.mean!) }));
      const extent = Math.max(0.1, Math.ceil(Math.max(...rows.map((r) => Math.abs(r.mean!))) * 10) / 10);
      return topLevel('Tone of each source\'s statements', `Mean sentiment score of the statements attributed to each source (the ${rows.length} most quoted with a score)`, {
        width: WIDTH,
        height: { step: STEP },
        data: { values },
        encoding: {
          y: { field: 'source', type: 'nominal', sort: null, title: null },
          x: { field: 'mean', type: 'quantitative', title: 'Mean score of the statements (−1 to +1)', scale: { domain: [-extent, extent] }, axis: { format: '+.1f', tickCount: 5 } },
        },
        layer: [
          { mark: { type: 'bar', cornerRadiusEnd: 2 }, encoding: { color: { field: 'tone', type: 'nominal', scale: TONE_SCALE, legend: { title: 'Tone', values: TONE_SCALE.domain } } } },
          { mark: { type: 'rule', color: '#555555' }, encoding: { x: { datum: 0 }, y: null } },
        ],
      });
    },
  };
}
