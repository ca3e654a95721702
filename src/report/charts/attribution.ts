/**
 * Source-attribution charts: who is quoted, how, which kinds of sources, which reporting verbs,
 * and the tone of each source's quotes.
 * @module
 */
import type { Chart } from '../../pipeline/define.ts';
import { sourceKey } from '../source-key.ts';
import type { Table } from '../table.ts';
import { bool, cmp, COLORS, drillKey, fmtInt, num, OTHER_COLOR, otherBar, rankedBar, requireColumns, STEP, str, tip, tone, topLevel, chartOptions, countParam, meanIntervalBody, signed, uniqueLabels, WIDTH } from './common.ts';
import type { Param } from '../../pipeline/params.ts';

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

interface SourceRow { key: string; speaker: string; category: string; named: boolean; attributions: number; articles: number; mean: number | null; n: number; low: number | null; high: number | null; row: Record<string, unknown> }

/** Rows of `sources`, most-attributed first (ties by speaker), keyed for drill-down by {@link sourceKey}. */
function sourceRows(t: Table): SourceRow[] {
  return t.rows
    .map((r) => ({
      key: sourceKey(r),
      speaker: str(r.speaker),
      category: str(r.category),
      named: bool(r.named),
      attributions: num(r.attributions) ?? 0,
      articles: num(r.articles) ?? 0,
      mean: num(r.mean_sentiment),
      n: num(r.sentiment_n) ?? 0,
      low: num(r.sentiment_ci_low),
      high: num(r.sentiment_ci_high),
      row: r,
    }))
    .filter((r) => r.speaker !== '' && r.attributions > 0)
    .sort((a, b) => b.attributions - a.attributions || cmp(a.speaker, b.speaker) || cmp(a.category, b.category));
}

/**
 * Axis labels of sources, unique and at most 230 px: a name shown for two sources (one counted
 * under two categories) gets its category, and anonymity, in brackets.
 */
function sourceLabels(rows: SourceRow[], label: (r: SourceRow, who: string) => string): Map<string, string> {
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(r.speaker, (seen.get(r.speaker) ?? 0) + 1);
  return uniqueLabels(rows.map((r) => {
    const who = (seen.get(r.speaker) ?? 0) > 1 ? `${r.speaker} (${categoryLabel(r.category)}${r.named ? '' : ', anonymous'})` : r.speaker;
    return { key: r.key, label: label(r, who) };
  }), 230);
}

const SOURCE_TIPS = [
  tip('speaker', 'Source'), tip('kind', 'Category'), tip('total', 'Statements', 'quantitative', ',d'),
  ...TYPES.map((ty) => tip(ty.key, ty.label, 'quantitative', ',d')), tip('articles', 'Articles', 'quantitative', ',d'),
];

const QUOTES_PER_SOURCE_PARAMS: readonly Param[] = [countParam('top', 15, 'sources shown (the rest summed in one bar)')];
const CUE_VERBS_PARAMS: readonly Param[] = [countParam('top', 20, 'verbs shown (the rest summed in one bar)')];
const SOURCE_SENTIMENT_PARAMS: readonly Param[] = [
  countParam('top', 15, 'sources shown, the most quoted first'),
  countParam('minN', 5, 'fewest scored statements a source needs to be shown'),
];

/**
 * Stacked bars of attributions per source (table `sources`), split by how the source is reported;
 * the top N sources and one bar summing all the others. Stacks are computed here (not by Vega), so
 * every segment carries its source's counts for the tooltip and its drill-down key.
 */
export function quotesPerSourceChart(options: { top?: number } = {}): Chart {
  const name = 'quotes-per-source';
  const { top } = chartOptions<{ top: number }>(name, QUOTES_PER_SOURCE_PARAMS, options);
  return {
    name,
    params: QUOTES_PER_SOURCE_PARAMS,
    table: 'sources',
    build(t) {
      requireColumns(name, t, ['speaker', 'category', 'named', 'attributions', 'direct', 'mixed', 'indirect', 'according_to']);
      const all = sourceRows(t);
      const rows = all.slice(0, top);
      if (!rows.length) return null;
      const rest = all.slice(top);
      const labels = sourceLabels(rows, (r) => r.speaker);
      const longest = rows[0].attributions;
      const values: Record<string, unknown>[] = [];
      const push = (label: string, rank: number, counts: Record<string, number>, info: Record<string, unknown>, scale = 1): void => {
        let x = 0;
        let first = true;
        for (const [order, ty] of TYPES.entries()) {
          const n = counts[ty.key];
          if (!(n > 0)) continue;
          const w = n * scale;
          values.push({ source: label, rank, type: info.other ? 'Other sources (all forms)' : ty.label, order, x, x2: x + w, first, ...counts, ...info });
          x += w;
          first = false;
        }
      };
      rows.forEach((r, rank) => {
        const counts = Object.fromEntries(TYPES.map((ty) => [ty.key, num(r.row[ty.key] as never) ?? 0]));
        push(labels.get(r.key)!, rank, counts, {
          speaker: r.speaker, kind: `${categoryLabel(r.category)}, ${r.named ? 'named' : 'anonymous'}`, total: r.attributions, articles: r.articles,
          end: r.attributions, label: fmtInt(r.attributions), drill: drillKey('source', r.key),
        });
      });
      const domain: string[] = TYPES.map((ty) => ty.label);
      const range = [...TYPE_SCALE.range];
      if (rest.length) {
        const counts = Object.fromEntries(TYPES.map((ty) => [ty.key, rest.reduce((s, r) => s + (num(r.row[ty.key] as never) ?? 0), 0)]));
        const total = rest.reduce((s, r) => s + r.attributions, 0);
        const o = otherBar(total, longest);
        const other = `Other ${fmtInt(rest.length)} source${rest.length === 1 ? '' : 's'}`;
        push(other, rows.length, counts, {
          speaker: other, kind: 'all categories', total, articles: null, end: o.shown, label: o.label, other: true, drill: drillKey('sources-other', String(rows.length)),
        }, o.shown / total);
        domain.push('Other sources (all forms)');
        range.push(OTHER_COLOR);
      }
      const subtitle = rest.length
        ? `Statements attributed to each source, by form: the ${rows.length} most quoted of ${fmtInt(all.length)} sources, the rest summed.`
        : `Statements attributed to each source, by form (all ${fmtInt(all.length)} sources).`;
      return topLevel('Who is quoted most', subtitle, {
        width: WIDTH,
        height: { step: STEP },
        data: { values },
        encoding: {
          y: { field: 'source', type: 'nominal', sort: { field: 'rank', op: 'min' }, title: null },
          tooltip: SOURCE_TIPS,
        },
        layer: [
          {
            mark: { type: 'bar', cursor: 'pointer' },
            encoding: {
              x: { field: 'x', type: 'quantitative', title: 'Attributed statements', axis: { format: ',d', tickMinStep: 1 } },
              x2: { field: 'x2' },
              color: { field: 'type', type: 'nominal', title: 'Form', scale: { domain, range } },
            },
          },
          {
            // one label per source: its own data (the first segment of each), not an expression filter
            data: { values: values.filter((v) => v.first) },
            mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 },
            encoding: { x: { field: 'end', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
          },
        ],
      });
    },
  };
}

/** Stacked bars of attributions per source category, split into named and anonymous sources (table `source_categories`). */
export function sourceCategoriesChart(options: Record<string, never> = {}): Chart {
  const name = 'source-categories';
  chartOptions(name, [], options);
  return {
    name,
    params: [],
    table: 'source_categories',
    build(t) {
      requireColumns(name, t, ['category', 'named', 'attributions', 'sources']);
      const rows = t.rows
        .map((r) => ({ raw: str(r.category), category: categoryLabel(str(r.category)), named: bool(r.named), attributions: num(r.attributions) ?? 0, sources: num(r.sources) ?? 0 }))
        .filter((r) => r.attributions > 0);
      if (!rows.length) return null;
      const totals = new Map<string, number>();
      for (const r of rows) totals.set(r.category, (totals.get(r.category) ?? 0) + r.attributions);
      const order = [...totals.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([c]) => c);
      const rank = new Map(order.map((c, i) => [c, i]));
      const values = rows
        .map((r) => ({
          category: r.category, rank: rank.get(r.category)!, kind: r.named ? 'Named' : 'Anonymous', order: r.named ? 0 : 1, attributions: r.attributions, sources: r.sources,
          total: totals.get(r.category)!, drill: drillKey('category', `${r.raw}:${r.named ? 1 : 0}`),
        }))
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
            mark: { type: 'bar', cursor: 'pointer' },
            encoding: {
              color: { field: 'kind', type: 'nominal', title: 'Source', scale: { domain: ['Named', 'Anonymous'], range: [COLORS.named, COLORS.anonymous] } },
              order: { field: 'order', type: 'quantitative', sort: 'ascending' },
              detail: { field: 'drill', type: 'nominal' },
              tooltip: [tip('category', 'Category'), tip('kind', 'Sources'), tip('attributions', 'Statements', 'quantitative', ',d'), tip('sources', 'Distinct sources', 'quantitative', ',d'), tip('total', 'Statements in the category', 'quantitative', ',d')],
            },
          },
          {
            mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 },
            encoding: {
              text: { field: 'attributions', type: 'quantitative', aggregate: 'sum', format: ',d' },
              // an unaggregated field here would group the label by row: one label per kind, unstacked
              tooltip: [tip('category', 'Category'), { field: 'attributions', type: 'quantitative', aggregate: 'sum', title: 'Statements', format: ',d' }],
            },
          },
        ],
      });
    },
  };
}

/** Bars of the most used reporting verbs (table `cue_verbs`), coloured neutral vs loaded, and one bar summing the others. */
export function cueVerbsChart(options: { top?: number } = {}): Chart {
  const name = 'cue-verbs';
  const { top } = chartOptions<{ top: number }>(name, CUE_VERBS_PARAMS, options);
  const neutral = 'Neutral (e.g. said, told)';
  const loaded = 'Loaded (e.g. claimed, admitted)';
  return {
    name,
    params: CUE_VERBS_PARAMS,
    table: 'cue_verbs',
    build(t) {
      requireColumns(name, t, ['cue', 'stance', 'count']);
      const all = t.rows
        .map((r) => ({ cue: str(r.cue), stance: str(r.stance) === 'loaded' ? loaded : neutral, count: num(r.count) ?? 0 }))
        .filter((r) => r.cue !== '' && r.count > 0)
        .sort((a, b) => b.count - a.count || cmp(a.cue, b.cue));
      const rows = all.slice(0, top);
      if (!rows.length) return null;
      const rest = all.slice(top);
      const labels = uniqueLabels(rows.map((r) => ({ key: r.cue, label: r.cue })));
      const values: Record<string, unknown>[] = rows.map((r) => ({ verb: labels.get(r.cue)!, name: r.cue, stance: r.stance, uses: r.count, drill: drillKey('cue', r.cue) }));
      const domain = [neutral, loaded];
      const range: string[] = [COLORS.bar, COLORS.loaded];
      if (rest.length) {
        const total = rest.reduce((s, r) => s + r.count, 0);
        const o = otherBar(total, rows[0].count);
        const label = `Other ${fmtInt(rest.length)} verb${rest.length === 1 ? '' : 's'}`;
        values.push({ verb: label, name: label, stance: 'Other verbs', uses: total, shown: o.shown, text: o.label });
        domain.push('Other verbs');
        range.push(OTHER_COLOR);
      }
      return rankedBar({
        title: 'Reporting verbs',
        subtitle: `Verbs introducing attributed statements; loaded verbs suggest a judgement (${rest.length ? `the ${rows.length} most used of ${fmtInt(all.length)}, the rest summed` : `all ${fmtInt(all.length)}`})`,
        values,
        label: 'verb',
        value: 'uses',
        valueTitle: 'Uses',
        format: ',d',
        color: { field: 'stance', type: 'nominal', title: 'Verb', scale: { domain, range } },
        tooltip: [tip('name', 'Verb'), tip('stance', 'Stance'), tip('uses', 'Uses', 'quantitative', ',d')],
      });
    },
  };
}

/**
 * Mean sentiment of each source's statements with its 95% interval (table `sources`): the most quoted
 * sources with at least `minN` scored statements (fewer give no usable mean); null when none has.
 */
export function sourceSentimentChart(options: { top?: number; minN?: number } = {}): Chart {
  const name = 'source-sentiment';
  const { top, minN } = chartOptions<{ top: number; minN: number }>(name, SOURCE_SENTIMENT_PARAMS, options);
  return {
    name,
    params: SOURCE_SENTIMENT_PARAMS,
    table: 'sources',
    build(t) {
      requireColumns(name, t, ['speaker', 'category', 'attributions', 'mean_sentiment']);
      const hasN = t.columns.some((c) => c.name === 'sentiment_n');
      const all = sourceRows(t);
      const scored = all.filter((r) => r.mean !== null && (!hasN || r.n >= minN));
      const rows = scored.slice(0, top);
      if (!rows.length) return null;
      const labels = sourceLabels(rows, (r, who) => (hasN ? `${who} (n = ${fmtInt(r.n)})` : who));
      const values = rows.map((r) => ({
        source: labels.get(r.key)!, speaker: r.speaker, kind: `${categoryLabel(r.category)}, ${r.named ? 'named' : 'anonymous'}`, mean: r.mean!, n: r.n, low: r.low, high: r.high,
        interval: r.low === null || r.high === null ? 'none (one statement)' : `${signed(r.low)} to ${signed(r.high)}`, attributions: r.attributions, tone: tone(r.mean!), drill: drillKey('source', r.key),
      }));
      const subtitle = hasN
        ? [
          `Mean sentiment score of the statements attributed to each source, with its 95% interval (line) and n, the statements scored:`,
          `the ${rows.length} most quoted of the ${fmtInt(scored.length)} sources with at least ${minN} scored statements (${fmtInt(all.length - scored.length)} sources have fewer).`,
        ]
        : `Mean sentiment score of the statements attributed to each source (the ${rows.length} most quoted with a score)`;
      const tooltip = [tip('speaker', 'Source'), tip('kind', 'Category'), tip('mean', 'Mean score', 'quantitative', '+.3f'), tip('interval', '95% interval'), tip('n', 'Statements scored', 'quantitative', ',d'), tip('attributions', 'Statements', 'quantitative', ',d')];
      return topLevel('Tone of each source\'s statements', subtitle, meanIntervalBody({ values, label: 'source', xTitle: 'Mean score of the statements (−1 to +1)', tooltip, clickable: true }));
    },
  };
}
