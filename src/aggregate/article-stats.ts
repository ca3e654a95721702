/**
 * One row per article: metadata and sizes (`articles` table).
 * @module
 */
import type { Aggregator } from '../pipeline/define.ts';
import { table, type Cell } from '../report/table.ts';
import { byNatural } from '../util/compare.ts';

/** Accumulator of {@link articleStats}: the rows so far. */
export interface ArticleStatsAcc {
  rows: Record<string, Cell>[];
}

/**
 * The `articles` table: article, title, date, source, author, words, sentences, origin (file:line).
 * Sorted by article id in natural order. Uses `tokens` and `sentences` when present.
 */
export function articleStats(): Aggregator<ArticleStatsAcc> {
  return {
    kind: 'aggregator',
    name: 'article-stats',
    requires: [],
    init: () => ({ rows: [] }),
    add(acc, doc) {
      const a = doc.article;
      let words = 0;
      if (doc.tokens) for (const t of doc.tokens) if (t.kind === 'word' || t.kind === 'number') words++;
      acc.rows.push({
        article: a.id,
        title: a.title ?? null,
        date: a.date ?? null,
        source: a.source ?? null,
        author: a.author ?? null,
        words,
        sentences: doc.sentences?.length ?? 0,
        origin: a.origin.line ? `${a.origin.file}:${a.origin.line}` : a.origin.file,
      });
      return acc;
    },
    merge: (a, b) => ({ rows: [...a.rows, ...b.rows] }),
    finish(acc) {
      const rows = [...acc.rows].sort((x, y) => byNatural(String(x.article), String(y.article)));
      return [
        table(
          'articles',
          'Articles',
          [
            { name: 'article', type: 'string', description: 'article id' },
            { name: 'title', type: 'string', description: 'headline' },
            { name: 'date', type: 'date', description: 'publication date' },
            { name: 'source', type: 'string', description: 'outlet' },
            { name: 'author', type: 'string', description: 'byline' },
            { name: 'words', type: 'integer', description: 'word and number tokens' },
            { name: 'sentences', type: 'integer', description: 'sentences' },
            { name: 'origin', type: 'string', description: 'file (and line) it was read from' },
          ],
          rows,
        ),
      ];
    },
  };
}
