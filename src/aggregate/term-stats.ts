/**
 * Corpus term statistics: term counts with document frequency, and top bigrams.
 * @module
 */
import type { Aggregator } from '../pipeline/define.ts';
import { resolveParams, type Param } from '../pipeline/params.ts';
import { round, table, type Table } from '../report/table.ts';
import { addCounts, byString } from '../util/compare.ts';

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

/** Accumulator of {@link termStats}: plain Maps, mergeable. */
export interface TermStatsAcc {
  docs: number;
  tokens: number;
  tf: Map<string, number>;
  df: Map<string, number>;
  btf: Map<string, number>;
  bdf: Map<string, number>;
}

function top(tf: Map<string, number>, df: Map<string, number>, n: number, min: number): [string, number, number][] {
  const rows: [string, number, number][] = [];
  for (const [k, c] of tf) if (c >= min) rows.push([k, c, df.get(k) ?? 0]);
  rows.sort((a, b) => b[1] - a[1] || b[2] - a[2] || byString(a[0], b[0]));
  return rows.slice(0, n);
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
    init: () => ({ docs: 0, tokens: 0, tf: new Map(), df: new Map(), btf: new Map(), bdf: new Map() }),
    add(acc, doc) {
      acc.docs++;
      if (doc.terms) {
        for (const [t, c] of doc.terms) {
          acc.tf.set(t, (acc.tf.get(t) ?? 0) + c);
          acc.df.set(t, (acc.df.get(t) ?? 0) + 1);
          acc.tokens += c;
        }
      }
      if (doc.bigrams && o.topBigrams > 0) {
        for (const [t, c] of doc.bigrams) {
          acc.btf.set(t, (acc.btf.get(t) ?? 0) + c);
          acc.bdf.set(t, (acc.bdf.get(t) ?? 0) + 1);
        }
      }
      return acc;
    },
    merge(a, b) {
      return {
        docs: a.docs + b.docs,
        tokens: a.tokens + b.tokens,
        tf: addCounts(addCounts(new Map(), a.tf), b.tf),
        df: addCounts(addCounts(new Map(), a.df), b.df),
        btf: addCounts(addCounts(new Map(), a.btf), b.btf),
        bdf: addCounts(addCounts(new Map(), a.bdf), b.bdf),
      };
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
          top(acc.tf, acc.df, o.top, o.minCount).map(([term, count, docs]) => ({ term, count, docs, share: round(count / (acc.tokens || 1)) })),
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
            top(acc.btf, acc.bdf, o.topBigrams, o.minCount).map(([bigram, count, docs]) => ({ bigram, count, docs })),
          ),
        );
      }
      return tables;
    },
  };
}
