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

/** Occurrences and documents of one term: `[count, docs]`. */
export type CountDocs = [number, number];

/** Accumulator of {@link termStats}: plain Maps, mergeable. */
export interface TermStatsAcc {
  docs: number;
  tokens: number;
  terms: Map<string, CountDocs>;
  bigrams: Map<string, CountDocs>;
}

function top(m: Map<string, CountDocs>, n: number, min: number): [string, number, number][] {
  const rows: [string, number, number][] = [];
  for (const [k, [c, d]] of m) if (c >= min) rows.push([k, c, d]);
  rows.sort((a, b) => b[1] - a[1] || b[2] - a[2] || byString(a[0], b[0]));
  return rows.slice(0, n);
}

function addDoc(into: Map<string, CountDocs>, counts: Map<string, number>): number {
  let total = 0;
  for (const [t, c] of counts) {
    const e = into.get(t);
    if (e === undefined) into.set(t, [c, 1]);
    else {
      e[0] += c;
      e[1]++;
    }
    total += c;
  }
  return total;
}

/** Adds the smaller map into the larger one (in place: merge consumes its arguments) and returns it. */
function mergeCounts(a: Map<string, CountDocs>, b: Map<string, CountDocs>): Map<string, CountDocs> {
  const [big, small] = a.size >= b.size ? [a, b] : [b, a];
  for (const [k, v] of small) {
    const e = big.get(k);
    if (e === undefined) big.set(k, v);
    else {
      e[0] += v[0];
      e[1] += v[1];
    }
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
    init: () => ({ docs: 0, tokens: 0, terms: new Map(), bigrams: new Map() }),
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
