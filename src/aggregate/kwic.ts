/**
 * Words in context (keyword in context, as quanteda's `kwic` and Voyant's Contexts): every occurrence
 * of a term or phrase with the words around it, one row per occurrence, streamed in input order.
 * @module
 */
import type { Aggregator, StreamSpec } from '../pipeline/define.ts';
import { resolveParams, type Param } from '../pipeline/params.ts';
import { table, type Cell } from '../report/table.ts';
import { groupKey } from '../group/spec.ts';
import { compilePhrase } from '../text/phrase-match.ts';
import { tokenize } from '../text/tokens.ts';
import type { Doc, Token } from '../types.ts';

/** Options of {@link kwic}. */
export interface KwicOptions {
  /** A word or a phrase (words separated by spaces); `*` and `?` are globs. Required. */
  query: string;
  window?: number;
  caseSensitive?: boolean;
  stem?: boolean;
  /** Group key (see src/group/spec.ts) for the `group` column; empty: no grouping (the column is empty). */
  groupBy?: string;
  table?: string;
}

/** Declared parameters of {@link kwic}. */
export const KWIC_PARAMS: readonly Param[] = [
  { name: 'query', type: 'string', default: '', description: 'word or phrase to find ("prime minister"); * and ? are globs (econom*) (required)' },
  { name: 'window', type: 'integer', default: 5, min: 1, description: 'words of context on each side' },
  { name: 'caseSensitive', type: 'boolean', default: false, description: 'match the case as written (Bush, not bush)' },
  { name: 'stem', type: 'boolean', default: false, description: 'match Porter stems (elect finds elected, elections)' },
  { name: 'groupBy', type: 'string', default: '', description: 'group key for the group column: source, author, a column, date:week|month|year, id:/(re)/' },
  { name: 'table', type: 'string', default: 'kwic', description: 'name of the output table' },
];

/** Accumulator of {@link kwic}: occurrences and articles with one, and the rows when no runner streams them. */
export interface KwicAcc {
  matches: number;
  articles: number;
  rows: Record<string, Cell>[];
}

/** Whitespace runs (newlines, tabs) shown as one space in a context. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const isWord = (t: Token) => t.kind === 'word' || t.kind === 'number';

/** Start offset of the `n`-th word token before token `i` (or of the first one there is). */
function leftEdge(tokens: readonly Token[], i: number, n: number): number {
  let edge = tokens[i].start;
  for (let k = i - 1, seen = 0; k >= 0 && seen < n; k--) {
    edge = tokens[k].start;
    if (isWord(tokens[k])) seen++;
  }
  return edge;
}

/** End offset of the `n`-th word token after token `j` (exclusive index; or of the last one there is). */
function rightEdge(tokens: readonly Token[], j: number, n: number): number {
  let edge = tokens[j - 1].end;
  for (let k = j, seen = 0; k < tokens.length && seen < n; k++) {
    edge = tokens[k].end;
    if (isWord(tokens[k])) seen++;
  }
  return edge;
}

/**
 * The streamed `kwic` table: article, title, date, group, left, match, right, start, end: one row per
 * occurrence of the query (phrases: adjacent words only; overlapping occurrences each get a row), in
 * input order. `left` and `right` are up to `window` words of context (punctuation between them kept),
 * with whitespace runs shown as one space; `start`/`end` are the match's offsets in the article text.
 * Uses `doc.tokens` when present.
 */
export function kwic(options: KwicOptions): Aggregator<KwicAcc> {
  const o = resolveParams<Required<KwicOptions>>('kwic', KWIC_PARAMS, options);
  if (!o.query.trim()) throw new TypeError('kwic: option query is required (a word or a phrase)');
  const phrase = compilePhrase(o.query, o);
  const groupOf = o.groupBy ? groupKey(o.groupBy) : null;
  const spec: StreamSpec = {
    name: o.table,
    title: `Words in context: ${phrase.words.join(' ')}`,
    columns: [
      { name: 'article', type: 'string', description: 'article id' },
      { name: 'title', type: 'string', description: 'headline' },
      { name: 'date', type: 'date', description: 'publication date' },
      { name: 'group', type: 'string', description: o.groupBy ? `group (${o.groupBy})` : 'group (none asked for)' },
      { name: 'left', type: 'string', description: `up to ${o.window} words before the match` },
      { name: 'match', type: 'string', description: 'the text matched, as written' },
      { name: 'right', type: 'string', description: `up to ${o.window} words after the match` },
      { name: 'start', type: 'integer', description: 'offset of the match in the article text (UTF-16 code units)' },
      { name: 'end', type: 'integer', description: 'end offset of the match (exclusive)' },
    ],
  };
  return {
    kind: 'aggregator',
    params: KWIC_PARAMS,
    name: 'kwic',
    requires: [],
    streams: [spec],
    init: () => ({ matches: 0, articles: 0, rows: [] }),
    add(acc, doc: Doc, sink) {
      const a = doc.article;
      const tokens = doc.tokens ?? tokenize(a.text);
      let found = 0;
      for (let i = 0; i < tokens.length; i++) {
        const n = phrase.matchAt(tokens, i);
        if (n === 0) continue;
        const start = tokens[i].start;
        const end = tokens[i + n - 1].end;
        const row = {
          article: a.id,
          title: a.title ?? null,
          date: a.date ?? null,
          group: groupOf ? groupOf(a) : null,
          left: flat(a.text.slice(leftEdge(tokens, i, o.window), start)),
          match: flat(a.text.slice(start, end)),
          right: flat(a.text.slice(end, rightEdge(tokens, i + n, o.window))),
          start,
          end,
        };
        if (sink) sink.push(spec.name, row);
        else acc.rows.push(row);
        found++;
      }
      acc.matches += found;
      if (found) acc.articles++;
      return acc;
    },
    merge: (a, b) => ({ matches: a.matches + b.matches, articles: a.articles + b.articles, rows: [...a.rows, ...b.rows] }),
    finish: (acc) => [table(spec.name, spec.title, spec.columns, acc.rows)],
  };
}
