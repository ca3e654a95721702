/**
 * Change over time: per calendar period, the share of the corpus's top terms, the statements by
 * source category, and mean sentiment. The period is a day, ISO week, month or year, chosen from the
 * date range when not given (see {@link choosePeriod}). Every period from the first dated article to
 * the last has rows: one without articles has `articles` 0 and empty values, so charts show a gap
 * rather than a line drawn across it.
 * @module
 */
import type { Aggregator } from '../pipeline/define.ts';
import { resolveParams, type Param } from '../pipeline/params.ts';
import { round, table, type Cell, type Table } from '../report/table.ts';
import { choosePeriod, periodOf, PERIODS, type Period } from '../group/period.ts';
import { byString } from '../util/compare.ts';
import { addDocTerms, addGroupTerms, createCountTable, mergeCountTables, topRows, type CountTable } from './count-table.ts';

/** Options of {@link trends}. */
export interface TrendsOptions {
  period?: 'auto' | Period;
  terms?: number;
}

/** Declared parameters of {@link trends}. */
export const TRENDS_PARAMS: readonly Param[] = [
  { name: 'period', type: 'enum', values: ['auto', ...PERIODS], default: 'auto', description: 'calendar period of each point; auto: the finest of day, week, month, year giving at most 60 periods over the date range' },
  { name: 'terms', type: 'integer', default: 8, min: 1, description: 'how many of the corpus\'s most frequent terms to follow' },
];

/** Per-bucket figures (a bucket is a day with period auto, else a period). Sentiment sums in fixed point so merges are exact. */
interface Bucket {
  articles: number;
  scored: number;
  sum: number;
  tokens: number;
}

/** Accumulator of {@link trends}. */
export interface TrendsAcc {
  buckets: Map<string, Bucket>;
  /** (bucket, term) counts. */
  bucketTerms: CountTable;
  /** Corpus term counts (which terms to follow). */
  terms: CountTable;
  /** Statements per bucket and source category. */
  categories: Map<string, Map<string, number>>;
  /** Articles without a valid date. */
  undated: number;
}

const FIXED = 1e9;
const DAY = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Every period of `unit` from the one holding day `from` to the one holding day `to`, in order. */
function periodsBetween(from: string, to: string, unit: Period): string[] {
  const out: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += DAY) {
    const p = periodOf(isoDay(t), unit)!;
    if (out[out.length - 1] !== p) out.push(p);
  }
  return out;
}

/** The first and last day of a bucket (a day, or a period of `unit`). */
function bucketDays(bucket: string, unit: Period | 'day'): [string, string] {
  if (unit === 'day') return [bucket, bucket];
  if (unit === 'year') return [`${bucket}-01-01`, `${bucket}-12-31`];
  if (unit === 'month') {
    const [y, m] = bucket.split('-').map(Number);
    return [`${bucket}-01`, isoDay(Date.UTC(y, m, 1) - DAY)];
  }
  // ISO week: its Monday is in the week of 4 January plus (w - 1) weeks
  const [y, w] = [Number(bucket.slice(0, 4)), Number(bucket.slice(6))];
  const jan4 = Date.UTC(y, 0, 4);
  const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * DAY) + (w - 1) * 7 * DAY;
  return [isoDay(monday), isoDay(monday + 6 * DAY)];
}

/**
 * Change over time, three tables, each with a row per period (and term or category) from the first
 * dated article to the last:
 * - `trend_terms`: period, articles, term, count, share (of all kept term occurrences in the period),
 *   for the corpus's `terms` most frequent terms;
 * - `trend_categories`: period, articles, category, statements (attributions with a source of that category), share;
 * - `trend_sentiment`: period, articles, scored_articles, mean (of the article means).
 * Articles without a valid date are left out (the tables' note counts them). Requires the `terms`
 * analyzer; the sentiment and attribution analyzers fill the other two tables when present.
 */
export function trends(options: TrendsOptions = {}): Aggregator<TrendsAcc> {
  const o = resolveParams<Required<TrendsOptions>>('trends', TRENDS_PARAMS, options);
  const keyOf = (date: string | null | undefined) => periodOf(date, o.period === 'auto' ? 'day' : o.period);
  return {
    kind: 'aggregator',
    params: TRENDS_PARAMS,
    name: 'trends',
    requires: ['terms'],
    init: () => ({ buckets: new Map(), bucketTerms: createCountTable(2), terms: createCountTable(), categories: new Map(), undated: 0 }),
    add(acc, doc) {
      const k = keyOf(doc.article.date);
      if (k === null) {
        acc.undated++;
        return acc;
      }
      let b = acc.buckets.get(k);
      if (!b) acc.buckets.set(k, (b = { articles: 0, scored: 0, sum: 0, tokens: 0 }));
      b.articles++;
      const s = doc.sentiment;
      if (s && s.sentences.length > 0) {
        b.scored++;
        b.sum += Math.round(s.mean * FIXED);
      }
      addDocTerms(acc.terms, doc);
      b.tokens += addGroupTerms(acc.bucketTerms, k, doc);
      for (const a of doc.attributions ?? []) {
        if (a.speaker === null) continue;
        let c = acc.categories.get(k);
        if (!c) acc.categories.set(k, (c = new Map()));
        c.set(a.category, (c.get(a.category) ?? 0) + 1);
      }
      return acc;
    },
    merge(a, b) {
      for (const [k, y] of b.buckets) {
        const x = a.buckets.get(k);
        a.buckets.set(k, x ? { articles: x.articles + y.articles, scored: x.scored + y.scored, sum: x.sum + y.sum, tokens: x.tokens + y.tokens } : y);
      }
      for (const [k, y] of b.categories) {
        const x = a.categories.get(k);
        if (!x) a.categories.set(k, y);
        else for (const [c, n] of y) x.set(c, (x.get(c) ?? 0) + n);
      }
      return { buckets: a.buckets, bucketTerms: mergeCountTables(a.bucketTerms, b.bucketTerms), terms: mergeCountTables(a.terms, b.terms), categories: a.categories, undated: a.undated + b.undated };
    },
    finish(acc) {
      return finishTrends(acc, o);
    },
  };
}

function finishTrends(acc: TrendsAcc, o: Required<TrendsOptions>): Table[] {
  const keys = [...acc.buckets.keys()].sort(byString);
  let unit: Period = o.period === 'auto' ? 'day' : o.period;
  let periods: string[] = [];
  if (keys.length) {
    const first = bucketDays(keys[0], unit)[0];
    const last = bucketDays(keys[keys.length - 1], unit)[1];
    if (o.period === 'auto') unit = choosePeriod(first, last);
    periods = periodsBetween(first, last, unit);
  }
  const periodOfKey = (k: string) => (o.period === 'auto' ? periodOf(k, unit)! : k);
  // roll the buckets up into periods
  const per = new Map<string, Bucket>(periods.map((p) => [p, { articles: 0, scored: 0, sum: 0, tokens: 0 }]));
  for (const [k, b] of acc.buckets) {
    const t = per.get(periodOfKey(k))!;
    t.articles += b.articles;
    t.scored += b.scored;
    t.sum += b.sum;
    t.tokens += b.tokens;
  }
  const followed = topRows(acc.terms, o.terms, 1).map(([term]) => term);
  const wanted = new Set(followed);
  const termCounts = new Map<string, number>(); // `${period}\t${term}`
  const { bucketTerms: bt } = acc;
  for (let r = 0; r < bt.size; r++) {
    const term = bt.words[bt.ids[2 * r + 1]];
    if (!wanted.has(term)) continue;
    const key = `${periodOfKey(bt.words[bt.ids[2 * r]])}\t${term}`;
    termCounts.set(key, (termCounts.get(key) ?? 0) + bt.count[r]);
  }
  const catCounts = new Map<string, Map<string, number>>(periods.map((p) => [p, new Map()]));
  const categories = new Set<string>();
  for (const [k, c] of acc.categories) {
    const m = catCounts.get(periodOfKey(k))!;
    for (const [cat, n] of c) {
      categories.add(cat);
      m.set(cat, (m.get(cat) ?? 0) + n);
    }
  }
  const cats = [...categories].sort(byString);
  const note = `Periods: ${unit === 'week' ? 'ISO weeks' : `${unit}s`}${o.period === 'auto' ? ' (chosen from the date range)' : ''}; a period without articles has empty values.${acc.undated ? ` ${acc.undated} article${acc.undated === 1 ? '' : 's'} without a valid date left out.` : ''}`;
  const termRows: Record<string, Cell>[] = [];
  const catRows: Record<string, Cell>[] = [];
  const sentRows: Record<string, Cell>[] = [];
  for (const p of periods) {
    const b = per.get(p)!;
    const has = b.articles > 0;
    for (const term of followed) {
      const n = termCounts.get(`${p}\t${term}`) ?? 0;
      termRows.push({ period: p, articles: b.articles, term, count: has ? n : null, share: has ? round(n / (b.tokens || 1)) : null });
    }
    const m = catCounts.get(p)!;
    const all = [...m.values()].reduce((x, y) => x + y, 0);
    for (const c of cats) {
      const n = m.get(c) ?? 0;
      catRows.push({ period: p, articles: b.articles, category: c, statements: has ? n : null, share: has && all > 0 ? round(n / all) : null });
    }
    sentRows.push({ period: p, articles: b.articles, scored_articles: b.scored, mean: b.scored > 0 ? round(b.sum / FIXED / b.scored, 4) : null });
  }
  const period = { name: 'period', type: 'string' as const, description: `calendar period (${unit}${unit === 'week' ? ': ISO 8601, YYYY-Www' : ''})` };
  const articles = { name: 'articles', type: 'integer' as const, description: 'articles dated in the period' };
  return [
    { ...table('trend_terms', 'Top terms over time', [period, articles, { name: 'term', type: 'string', description: "one of the corpus's most frequent terms" }, { name: 'count', type: 'integer', description: 'occurrences in the period' }, { name: 'share', type: 'number', description: 'count / all kept term occurrences in the period' }], termRows), note },
    { ...table('trend_categories', 'Statements by source category over time', [period, articles, { name: 'category', type: 'string', description: 'source category' }, { name: 'statements', type: 'integer', description: 'attributions to a source of the category in the period' }, { name: 'share', type: 'number', description: "statements / all the period's attributions with a source" }], catRows), note },
    { ...table('trend_sentiment', 'Mean sentiment over time', [period, articles, { name: 'scored_articles', type: 'integer', description: 'articles with at least one scored sentence' }, { name: 'mean', type: 'number', description: 'mean of the article means (compound, −1…1); empty without scored articles' }], sentRows), note },
  ];
}
