/**
 * Corpus term statistics: term counts with document frequency, and top bigrams.
 * @module
 */
import type { Aggregator } from '../pipeline/define.ts';
import { resolveParams, type Param } from '../pipeline/params.ts';
import { round, table, type Table } from '../report/table.ts';
import { byString } from '../util/compare.ts';

/** Options of {@link termStats}. */
export interface TermStatsOptions {
  top?: number;
  minCount?: number;
  topBigrams?: number;
  termsTable?: string;
  bigramsTable?: string;
}

/** Declared parameters of {@link termStats}. */
export const TERM_STATS_PARAMS: readonly Param[] = [
  { name: 'top', type: 'integer', default: 100, min: 1, description: 'rows in the terms table (most frequent first)' },
  { name: 'minCount', type: 'integer', default: 2, min: 1, description: 'drop terms and bigrams seen fewer times in the corpus' },
  { name: 'topBigrams', type: 'integer', default: 50, min: 0, description: 'rows in the bigrams table (0: no table)' },
  { name: 'termsTable', type: 'string', default: 'terms', description: 'name of the terms table' },
  { name: 'bigramsTable', type: 'string', default: 'bigrams', description: 'name of the bigrams table' },
];

/**
 * Occurrences and documents per key in parallel columns: row `index.get(key)` of `count` and `docs`.
 * No object per key, so the corpus maps take less memory, less garbage-collection work and cheaper
 * hand-overs between threads than a `[count, docs]` pair per entry.
 */
export interface CountTable {
  index: Map<string, number>;
  count: Float64Array;
  docs: Float64Array;
}

/** Accumulator of {@link termStats}. */
export interface TermStatsAcc {
  docs: number;
  tokens: number;
  terms: CountTable;
  bigrams: CountTable;
}

function newTable(): CountTable {
  return { index: new Map(), count: new Float64Array(256), docs: new Float64Array(256) };
}

/** The row of `key`, added (with zero counts) when new. */
function rowOf(t: CountTable, key: string): number {
  let i = t.index.get(key);
  if (i === undefined) {
    i = t.index.size;
    if (i === t.count.length) {
      const count = new Float64Array(Math.max(256, i * 2));
      count.set(t.count);
      const docs = new Float64Array(count.length);
      docs.set(t.docs);
      t.count = count;
      t.docs = docs;
    }
    t.index.set(key, i);
  }
  return i;
}

function top(t: CountTable, n: number, min: number): [string, number, number][] {
  const rows: [string, number, number][] = [];
  for (const [k, i] of t.index) if (t.count[i] >= min) rows.push([k, t.count[i], t.docs[i]]);
  rows.sort((a, b) => b[1] - a[1] || b[2] - a[2] || byString(a[0], b[0]));
  return rows.slice(0, n);
}

function addDoc(into: CountTable, counts: Map<string, number>): number {
  let total = 0;
  for (const [key, c] of counts) {
    const i = rowOf(into, key);
    into.count[i] += c;
    into.docs[i]++;
    total += c;
  }
  return total;
}

/** Adds the smaller table into the larger one (in place: merge consumes its arguments) and returns it. */
function mergeCounts(a: CountTable, b: CountTable): CountTable {
  const [big, small] = a.index.size >= b.index.size ? [a, b] : [b, a];
  for (const [key, j] of small.index) {
    const i = rowOf(big, key);
    big.count[i] += small.count[j];
    big.docs[i] += small.docs[j];
  }
  return big;
}

/**
 * Corpus-wide term counts (`terms`: term, count, docs, share of all kept term occurrences) and
 * bigram counts (`bigrams`: bigram, count, docs). Sorted by count desc, then docs desc, then term.
 * Requires the `terms` analyzer.
 */
export function termStats(options: TermStatsOptions = {}): Aggregator<TermStatsAcc> {
  const o = resolveParams<Required<TermStatsOptions>>('termStats', TERM_STATS_PARAMS, options);
  return {
    kind: 'aggregator',
    name: 'term-stats',
    requires: ['terms'],
    init: () => ({ docs: 0, tokens: 0, terms: newTable(), bigrams: newTable() }),
    add(acc, doc) {
      acc.docs++;
      if (doc.terms) acc.tokens += addDoc(acc.terms, doc.terms);
      if (doc.bigrams && o.topBigrams > 0) addDoc(acc.bigrams, doc.bigrams);
      return acc;
    },
    merge(a, b) {
      return { docs: a.docs + b.docs, tokens: a.tokens + b.tokens, terms: mergeCounts(a.terms, b.terms), bigrams: mergeCounts(a.bigrams, b.bigrams) };
    },
    finish(acc) {
      const tables: Table[] = [
        table(
          o.termsTable,
          'Most frequent terms',
          [
            { name: 'term', type: 'string', description: 'normalised term (lower-case, stopwords removed)' },
            { name: 'count', type: 'integer', description: 'occurrences in the corpus' },
            { name: 'docs', type: 'integer', description: 'articles containing the term' },
            { name: 'share', type: 'number', description: 'count / all kept term occurrences' },
          ],
          top(acc.terms, o.top, o.minCount).map(([term, count, docs]) => ({ term, count, docs, share: round(count / (acc.tokens || 1)) })),
        ),
      ];
      if (o.topBigrams > 0) {
        tables.push(
          table(
            o.bigramsTable,
            'Most frequent bigrams',
            [
              { name: 'bigram', type: 'string', description: 'two adjacent terms' },
              { name: 'count', type: 'integer', description: 'occurrences in the corpus' },
              { name: 'docs', type: 'integer', description: 'articles containing the bigram' },
            ],
            top(acc.bigrams, o.topBigrams, o.minCount).map(([bigram, count, docs]) => ({ bigram, count, docs })),
          ),
        );
      }
      return tables;
    },
  };
}
