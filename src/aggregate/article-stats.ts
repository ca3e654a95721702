/**
 * One row per article: metadata and sizes (`articles` table).
 * @module
 */
import type { Aggregator, StreamSpec } from '../pipeline/define.ts';
import { resolveParams } from '../pipeline/params.ts';
import { table, type Cell } from '../report/table.ts';
import { partLineMarker } from '../read/splits.ts';

/** Accumulator of {@link articleStats}: the rows so far (empty when the runner streams them). */
export interface ArticleStatsAcc {
  rows: Record<string, Cell>[];
}

const ARTICLES: StreamSpec = {
  name: 'articles',
  title: 'Articles',
  columns: [
    { name: 'article', type: 'string', description: 'article id' },
    { name: 'title', type: 'string', description: 'headline' },
    { name: 'date', type: 'date', description: 'publication date' },
    { name: 'source', type: 'string', description: 'outlet' },
    { name: 'author', type: 'string', description: 'byline' },
    { name: 'words', type: 'integer', description: 'word and number tokens' },
    { name: 'sentences', type: 'integer', description: 'sentences' },
    { name: 'origin', type: 'string', description: 'file (and line) it was read from' },
  ],
};

/**
 * The `articles` table (streamed): article, title, date, source, author, words, sentences, origin
 * (file:line), one row per article in input order. Uses `tokens` and `sentences` when present.
 */
export function articleStats(options: Record<string, never> = {}): Aggregator<ArticleStatsAcc> {
  resolveParams('articleStats', [], options);
  return {
    kind: 'aggregator',
    params: [],
    name: 'article-stats',
    requires: [],
    streams: [ARTICLES],
    init: () => ({ rows: [] }),
    add(acc, doc, sink) {
      const a = doc.article;
      let words = 0;
      if (doc.tokens) for (const t of doc.tokens) if (t.kind === 'word' || t.kind === 'number') words++;
      const row = {
        article: a.id,
        title: a.title ?? null,
        date: a.date ?? null,
        source: a.source ?? null,
        author: a.author ?? null,
        words,
        sentences: doc.sentences?.length ?? 0,
        // a shard reading from mid-file writes a marker the merge turns into the true line number
        origin: a.origin.line ? `${a.origin.file}:${a.origin.from !== undefined ? partLineMarker(a.origin.from, a.origin.line) : a.origin.line}` : a.origin.file,
      };
      if (sink) sink.push(ARTICLES.name, row);
      else acc.rows.push(row);
      return acc;
    },
    merge: (a, b) => ({ rows: [...a.rows, ...b.rows] }),
    finish: (acc) => [table(ARTICLES.name, ARTICLES.title, ARTICLES.columns, acc.rows)],
  };
}
