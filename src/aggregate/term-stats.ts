/**
 * Corpus term statistics: term counts with document frequency, and top bigrams.
 * @module
 */
import type { Aggregator } from '../pipeline/define.ts';
import { resolveParams, type Param } from '../pipeline/params.ts';
import { round, table, type Table } from '../report/table.ts';
import { addDocBigrams, addDocTerms, createCountTable, mergeCountTables, topRows, type CountTable } from './count-table.ts';

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

/** Accumulator of {@link termStats}. */
export interface TermStatsAcc {
  docs: number;
  tokens: number;
  terms: CountTable;
  bigrams: CountTable;
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
    params: TERM_STATS_PARAMS,
    name: 'term-stats',
    requires: ['terms'],
    init: () => ({ docs: 0, tokens: 0, terms: createCountTable(), bigrams: createCountTable(2) }),
    add(acc, doc) {
      acc.docs++;
      acc.tokens += addDocTerms(acc.terms, doc);
      if (o.topBigrams > 0) addDocBigrams(acc.bigrams, doc);
      return acc;
    },
    merge(a, b) {
      return { docs: a.docs + b.docs, tokens: a.tokens + b.tokens, terms: mergeCountTables(a.terms, b.terms), bigrams: mergeCountTables(a.bigrams, b.bigrams) };
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
          topRows(acc.terms, o.top, o.minCount).map(([term, count, docs]) => ({ term, count, docs, share: round(count / (acc.tokens || 1)) })),
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
            topRows(acc.bigrams, o.topBigrams, o.minCount).map(([bigram, count, docs]) => ({ bigram, count, docs })),
          ),
        );
      }
      return tables;
    },
  };
}
