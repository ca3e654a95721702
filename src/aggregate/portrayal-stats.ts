/**
 * Portrayal statistics: the tone in which the corpus writes about each person and organisation
 * (`doc.portrayal`, the `portrayal` analyzer). Two tables: `portrayal_articles` (one row per entity per
 * article, streamed) and `portrayal` (one row per entity across the corpus: mentions, articles, shares of
 * negative / neutral / positive mentions, mean tone with a 95% interval). Entities are identified as in the
 * `sources` table (same keys, same `source_id`, family-name-only keys merged by the same rule), so the tone
 * toward a source can be read beside the tone of its statements.
 *
 * A mergeable fold: counters are integers (tone sums in fixed-point units), maps merge by key, `finish` sorts.
 * @module
 */
import type { Aggregator, StreamSpec } from '../pipeline/define.ts';
import { resolveParams } from '../pipeline/params.ts';
import { round, table, type Cell, type Table } from '../report/table.ts';
import type { Doc } from '../types.ts';
import { byString, addCounts } from '../util/compare.ts';
import { meanInterval } from './mean-interval.ts';
import { mergeFamilyNames, topLabel } from './source-identity.ts';
import { sourceId } from './source-stats.ts';

/** Fixed-point units of tone sums (integer sums are exact in any merge order). */
const FIXED = 1e9;

/** Per-entity counters. */
export interface PortrayalAcc {
  key: string;
  kind: string;
  /** Name → articles giving it (one vote per article). */
  labels: Map<string, number>;
  mentions: number;
  articles: number;
  negative: number;
  neutral: number;
  positive: number;
  sum: number;
  sumSq: number;
}

/** Accumulator of {@link portrayalStats}. */
export interface PortrayalStatsAcc {
  entities: Map<string, PortrayalAcc>;
  /** `portrayal_articles` rows, held only when `add` gets no sink. */
  rows: Record<string, Cell>[];
}

const ARTICLES: StreamSpec = {
  name: 'portrayal_articles',
  title: 'Portrayal per article',
  columns: [
    { name: 'article', type: 'string', description: 'article id' },
    { name: 'entity_id', type: 'string', description: 'id of the entity across the corpus (as source_id in the sources table)' },
    { name: 'entity', type: 'string', description: 'the fullest name the article gives' },
    { name: 'kind', type: 'string', description: 'person or organization' },
    { name: 'mentions', type: 'integer', description: 'name mentions outside the entity’s own quotes' },
    { name: 'negative', type: 'integer', description: 'mentions in a negative tone toward the entity' },
    { name: 'neutral', type: 'integer', description: 'mentions in a neutral tone' },
    { name: 'positive', type: 'integer', description: 'mentions in a positive tone' },
    { name: 'mean_tone', type: 'number', description: 'mean tone score toward the entity, P(positive) − P(negative) per mention, −1…1' },
  ],
};

const ENTITY_COLUMNS: StreamSpec['columns'] = [
  { name: 'entity_id', type: 'string', description: 'id of the entity across the corpus (joins source_id of the sources table)' },
  { name: 'entity', type: 'string', description: 'the name most articles give' },
  { name: 'kind', type: 'string', description: 'person or organization' },
  { name: 'mentions', type: 'integer', description: 'name mentions outside the entity’s own quotes' },
  { name: 'articles', type: 'integer', description: 'articles that mention the entity' },
  { name: 'share_negative', type: 'number', description: 'share of mentions in a negative tone toward the entity' },
  { name: 'share_neutral', type: 'number', description: 'share of mentions in a neutral tone' },
  { name: 'share_positive', type: 'number', description: 'share of mentions in a positive tone' },
  { name: 'mean_tone', type: 'number', description: 'mean tone score toward the entity over its mentions (−1…1)' },
  { name: 'tone_ci_low', type: 'number', description: 'lower end of the 95% interval of mean_tone (Student t, clipped; empty below 2 mentions)' },
  { name: 'tone_ci_high', type: 'number', description: 'upper end of the 95% interval of mean_tone' },
  { name: 'also_ids', type: 'string', description: 'ids of the same person under a shorter name in some articles, space-separated' },
];

function emptyEntity(key: string, kind: string): PortrayalAcc {
  return { key, kind, labels: new Map(), mentions: 0, articles: 0, negative: 0, neutral: 0, positive: 0, sum: 0, sumSq: 0 };
}

function addInto(e: PortrayalAcc, s: PortrayalAcc): void {
  e.mentions += s.mentions;
  e.articles += s.articles;
  e.negative += s.negative;
  e.neutral += s.neutral;
  e.positive += s.positive;
  e.sum += s.sum;
  e.sumSq += s.sumSq;
  e.labels = e.labels.size >= s.labels.size ? addCounts(e.labels, s.labels) : addCounts(s.labels, e.labels);
}

/** One decided entity row of the `portrayal` table. */
export interface PortrayalRow extends Omit<PortrayalAcc, 'labels'> {
  label: string;
  merged: string[];
}

/** Merges family-name-only keys (as for sources) and labels every entity; sorted by mentions, then label, then key. */
export function decidePortrayal(accs: readonly PortrayalAcc[]): PortrayalRow[] {
  const rows: PortrayalRow[] = [];
  for (const [head, ...rest] of mergeFamilyNames(accs, (e) => e.mentions)) {
    const sum: PortrayalAcc = { ...head, labels: new Map(head.labels) };
    for (const s of rest) addInto(sum, { ...s, labels: new Map(s.labels) });
    const { labels, ...counts } = sum;
    rows.push({ ...counts, label: topLabel(labels), merged: rest.map((s) => s.key).sort(byString) });
  }
  return rows.sort((x, y) => y.mentions - x.mentions || byString(x.label, y.label) || byString(x.key, y.key));
}

/** The `portrayal` table cells of one decided entity. */
function entityCells(e: PortrayalRow): Record<string, Cell> {
  const m = meanInterval(e.mentions, e.sum, e.sumSq, FIXED);
  const n = e.mentions || 1;
  return {
    entity_id: sourceId(e.key),
    entity: e.label,
    kind: e.kind,
    mentions: e.mentions,
    articles: e.articles,
    share_negative: round(e.negative / n),
    share_neutral: round(e.neutral / n),
    share_positive: round(e.positive / n),
    mean_tone: m ? round(m.mean) : null,
    tone_ci_low: m?.low == null ? null : round(Math.max(-1, m.low)),
    tone_ci_high: m?.high == null ? null : round(Math.min(1, m.high)),
    also_ids: e.merged.length ? e.merged.map(sourceId).join(' ') : null,
  };
}

/**
 * The portrayal aggregator: tables `portrayal_articles` and `portrayal` (see the module notes). Requires the
 * `portrayal` analyzer.
 */
export function portrayalStats(options: Record<string, never> = {}): Aggregator<PortrayalStatsAcc> {
  resolveParams('portrayal-stats', [], options);
  return {
    kind: 'aggregator',
    params: [],
    name: 'portrayal-stats',
    requires: ['portrayal'],
    init: () => ({ entities: new Map(), rows: [] }),
    streams: [ARTICLES],
    add(acc, doc: Doc, sink) {
      for (const p of doc.portrayal ?? []) {
        let e = acc.entities.get(p.key);
        if (!e) {
          e = emptyEntity(p.key, p.kind);
          acc.entities.set(p.key, e);
        }
        let neg = 0, neu = 0, pos = 0, sum = 0;
        for (const m of p.mentions) {
          if (m.tone === 'negative') neg++;
          else if (m.tone === 'positive') pos++;
          else neu++;
          sum += m.score;
          e.sum += Math.round(m.score * FIXED);
          e.sumSq += Math.round(m.score * m.score * FIXED);
        }
        e.mentions += p.mentions.length;
        e.articles++;
        e.negative += neg;
        e.neutral += neu;
        e.positive += pos;
        e.labels.set(p.name, (e.labels.get(p.name) ?? 0) + 1);
        const row = {
          article: doc.article.id,
          entity_id: sourceId(p.key),
          entity: p.name,
          kind: p.kind,
          mentions: p.mentions.length,
          negative: neg,
          neutral: neu,
          positive: pos,
          mean_tone: p.mentions.length ? round(sum / p.mentions.length) : null,
        };
        if (sink) sink.push(ARTICLES.name, row);
        else acc.rows.push(row);
      }
      return acc;
    },
    merge(a, b) {
      const [big, small] = a.entities.size >= b.entities.size ? [a.entities, b.entities] : [b.entities, a.entities];
      for (const [k, s] of small) {
        const e = big.get(k);
        if (e) addInto(e, s);
        else big.set(k, s);
      }
      return { entities: big, rows: b.rows.length === 0 ? a.rows : a.rows.length === 0 ? b.rows : [...a.rows, ...b.rows] };
    },
    finish(acc): Table[] {
      const rows = decidePortrayal([...acc.entities.values()]);
      return [
        table(ARTICLES.name, ARTICLES.title, ARTICLES.columns, acc.rows),
        table('portrayal', 'Portrayal: tone toward each person and organisation', ENTITY_COLUMNS, rows.map(entityCells)),
      ];
    },
  };
}
