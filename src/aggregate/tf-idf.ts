/**
 * tf-idf (tidytext's `bind_tf_idf`): the most distinctive terms of each article (or group).
 * tf = count / terms in the group; idf = ln(documents / documents containing the term).
 * @module
 */
import type { Aggregator } from '../pipeline/define.ts';
import { resolveParams, type Param } from '../pipeline/params.ts';
import { round, table } from '../report/table.ts';
import { addCounts, byNatural, byString } from '../util/compare.ts';
import { fmix32, fnv1a } from '../util/hash.ts';
import { addDocTerms, createCountTable, docsOf, mergeCountTables, type CountTable } from './count-table.ts';
import type { Doc } from '../types.ts';

/** Options of {@link tfIdf}. */
export interface TfIdfOptions {
  by?: 'article' | 'source' | 'author' | 'month' | 'year';
  top?: number;
  maxGroups?: number;
  table?: string;
}

/** Declared parameters of {@link tfIdf}. */
export const TF_IDF_PARAMS: readonly Param[] = [
  { name: 'by', type: 'enum', values: ['article', 'source', 'author', 'month', 'year'], default: 'article', description: 'what a "document" is for tf' },
  { name: 'top', type: 'integer', default: 10, min: 1, description: 'terms kept per group, highest tf-idf first' },
  { name: 'maxGroups', type: 'integer', default: 500, min: 1, description: 'with by = article, articles kept: a sample of the whole corpus, those with the smallest hash of their id (the same in every run, whatever the input order); bounds memory on large corpora' },
  { name: 'table', type: 'string', default: 'tfidf', description: 'name of the output table' },
];

interface Group {
  title: string;
  counts: Map<string, number>;
}

/** Accumulator of {@link tfIdf}. */
export interface TfIdfAcc {
  docs: number;
  /** Articles per term: the `docs` column (`count` holds occurrences, unused here). */
  df: CountTable;
  groups: Map<string, Group>;
  /** Groups seen in total (articles are distinct, so this adds up across shards when by = article). */
  seen: number;
}

function groupKey(doc: Doc, by: NonNullable<TfIdfOptions['by']>): string {
  const a = doc.article;
  switch (by) {
    case 'article':
      return a.id;
    case 'source':
      return a.source ?? '(unknown source)';
    case 'author':
      return a.author ?? '(unknown author)';
    case 'month':
      return a.date ? a.date.slice(0, 7) : '(no date)';
    case 'year':
      return a.date ? a.date.slice(0, 4) : '(no date)';
  }
}

/**
 * The `max` groups with the smallest hash of their key (FNV-1a, then MurmurHash3's finaliser; ties by
 * key): for articles, a sample spread over the whole corpus (every topic, source and period in
 * proportion) rather than its first ids, and the same for any input order, workers or shards (the
 * smallest hashes of a union are the smallest of the parts' smallest).
 */
function prune(groups: Map<string, Group>, max: number): Map<string, Group> {
  if (groups.size <= max) return groups;
  const keys = [...groups.keys()].map((k) => ({ k, h: fmix32(fnv1a(k)) }));
  keys.sort((a, b) => a.h - b.h || byString(a.k, b.k));
  return new Map(keys.slice(0, max).map(({ k }) => [k, groups.get(k)!]));
}

/**
 * tf-idf of terms per group (`tfidf`: article, title, term, count, tf, idf, tf_idf, rank), top `top`
 * terms per group by tf-idf desc then term, groups in natural order. idf counts documents = articles,
 * whatever `by` is. With `by: 'article'` and more than `maxGroups` articles, only a sample of
 * `maxGroups` articles get rows (those with the smallest hash of their id, see `prune`), so memory
 * stays bounded; the table's title says so.
 */
export function tfIdf(options: TfIdfOptions = {}): Aggregator<TfIdfAcc> {
  const o = resolveParams<Required<TfIdfOptions>>('tfIdf', TF_IDF_PARAMS, options);
  const cap = o.by === 'article' ? o.maxGroups : Number.MAX_SAFE_INTEGER;
  return {
    kind: 'aggregator',
    params: TF_IDF_PARAMS,
    name: 'tf-idf',
    requires: ['terms'],
    init: () => ({ docs: 0, df: createCountTable(), groups: new Map(), seen: 0 }),
    add(acc, doc) {
      acc.docs++;
      const terms = doc.terms ?? new Map<string, number>();
      addDocTerms(acc.df, doc);
      const key = groupKey(doc, o.by);
      let g = acc.groups.get(key);
      if (!g) {
        acc.seen++;
        // The doc's own term map is not changed after analysis, so a new group can share it.
        g = { title: o.by === 'article' ? doc.article.title ?? '' : key, counts: o.by === 'article' ? terms : new Map(terms) };
        acc.groups.set(key, g);
      } else addCounts(g.counts, terms);
      if (acc.groups.size > cap * 2) acc.groups = prune(acc.groups, cap);
      return acc;
    },
    merge(a, b) {
      // in place: merge consumes its arguments
      const [big, small] = a.groups.size >= b.groups.size ? [a, b] : [b, a];
      const groups = big.groups;
      for (const [k, g] of small.groups) {
        const t = groups.get(k);
        // a group's counts may be a doc's own term map, so they are copied before being added to
        if (t) groups.set(k, { title: t.title, counts: addCounts(new Map(t.counts), g.counts) });
        else groups.set(k, g);
      }
      return { docs: a.docs + b.docs, df: mergeCountTables(a.df, b.df), groups: prune(groups, cap), seen: a.seen + b.seen };
    },
    finish(acc) {
      const rows: Record<string, string | number>[] = [];
      const groups = prune(acc.groups, cap);
      for (const key of [...groups.keys()].sort(byNatural)) {
        const g = groups.get(key)!;
        let total = 0;
        for (const c of g.counts.values()) total += c;
        const scored: { term: string; count: number; tf: number; idf: number; tfidf: number }[] = [];
        for (const [term, count] of g.counts) {
          const tf = count / total;
          const idf = Math.log(acc.docs / (docsOf(acc.df, term) || 1));
          scored.push({ term, count, tf, idf, tfidf: tf * idf });
        }
        // Compare rounded scores so ties do not depend on floating-point summation order.
        scored.sort((x, y) => round(y.tfidf, 9) - round(x.tfidf, 9) || y.count - x.count || byString(x.term, y.term));
        scored.slice(0, o.top).forEach((s, i) =>
          rows.push({ article: key, title: g.title, term: s.term, count: s.count, tf: round(s.tf), idf: round(s.idf), tf_idf: round(s.tfidf), rank: i + 1 }),
        );
      }
      return [
        table(
          o.table,
          o.by !== 'article'
            ? `Distinctive terms per ${o.by} (tf-idf)`
            : acc.seen > groups.size
              ? `Distinctive terms per article (tf-idf): a sample of ${groups.size.toLocaleString('en-US')} of ${acc.seen.toLocaleString('en-US')} articles, chosen by a hash of the id`
              : 'Distinctive terms per article (tf-idf)',
          [
            { name: 'article', type: 'string', description: o.by === 'article' ? 'article id' : `group (${o.by})` },
            { name: 'title', type: 'string', description: 'article title' },
            { name: 'term', type: 'string', description: 'term' },
            { name: 'count', type: 'integer', description: 'occurrences in the group' },
            { name: 'tf', type: 'number', description: 'count / terms in the group' },
            { name: 'idf', type: 'number', description: 'ln(articles / articles with the term)' },
            { name: 'tf_idf', type: 'number', description: 'tf × idf' },
            { name: 'rank', type: 'integer', description: '1 = most distinctive' },
          ],
          rows,
        ),
      ];
    },
  };
}
