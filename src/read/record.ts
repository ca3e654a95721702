/**
 * Mapping of a parsed record (a JSONL object or a CSV row) to an {@link Article}.
 * @module
 */
import type { Article, Origin } from '../types.ts';

const KNOWN = new Set(['id', 'title', 'date', 'source', 'author', 'url', 'text']);

/** Why a record could not become an article. */
export interface RecordProblem {
  code: string;
  reason: string;
}

function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

/**
 * Turns a record into an article, or explains why not. `fallbackId` is used when the record has no
 * usable `id`. Fields other than the known ones are kept in `extra`.
 */
export function recordToArticle(rec: unknown, origin: Origin, fallbackId: string): Article | RecordProblem {
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
    return { code: 'not-an-object', reason: `expected a JSON object with a "text" field, got ${Array.isArray(rec) ? 'an array' : rec === null ? 'null' : typeof rec}` };
  }
  const r = rec as Record<string, unknown>;
  if (!('text' in r) || r.text === null || r.text === undefined) {
    return { code: 'missing-text', reason: 'record has no "text" field; add the article body as "text"' };
  }
  if (typeof r.text !== 'string') {
    return { code: 'text-not-string', reason: `"text" must be a string, got ${Array.isArray(r.text) ? 'an array' : typeof r.text}` };
  }
  if (r.text.trim() === '') {
    return { code: 'empty-text', reason: '"text" is empty or only whitespace; the record has no article body to analyze' };
  }
  const id = str(r.id)?.trim() || fallbackId;
  let extra: Record<string, unknown> | undefined;
  for (const k of Object.keys(r)) {
    if (!KNOWN.has(k)) (extra ??= {})[k] = r[k];
  }
  const art: Article = {
    id,
    title: str(r.title),
    date: str(r.date),
    source: str(r.source),
    author: str(r.author),
    url: str(r.url),
    text: r.text.replace(/\r\n?/g, '\n'),
    origin,
  };
  if (extra) art.extra = extra;
  return art;
}

/** Type guard for {@link RecordProblem}. */
export function isProblem(x: Article | RecordProblem): x is RecordProblem {
  return 'code' in x && !('text' in x);
}
