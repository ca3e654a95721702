/**
 * Mapping of a parsed record (a JSONL object or a CSV row) to an {@link Article}.
 * @module
 */
import path from 'node:path';
import type { Article, Origin } from '../types.ts';
import { dateProblem, readDate } from './dates.ts';

const KNOWN = new Set(['id', 'title', 'date', 'source', 'author', 'url', 'text']);

/**
 * Limits on the fields of a record that are not article fields (kept in `article.extra`): nesting
 * depth and size, in characters of strings and keys plus one per value. A deeper or larger field is
 * dropped with a warning: it would otherwise overflow the stack of the structured clone that hands
 * articles to worker threads (at about 10,000 levels), or hold memory no stage reads.
 */
export const EXTRA_LIMITS = { depth: 64, size: 1 << 20 };

/** Why a record could not become an article. */
export interface RecordProblem {
  code: string;
  reason: string;
}

/** Receives a warning about a record that is still read (a dropped field, an unreadable date). */
export type RecordWarn = (code: string, message: string) => void;

/** The id an article without one gets from its file: its base name without extension (`stdin` for `-`). */
export function baseId(file: string): string {
  return file === '-' ? 'stdin' : path.basename(file, path.extname(file));
}

function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

/** Whether `v` is deeper or larger than {@link EXTRA_LIMITS} (walked without recursion, stopping at the first limit). */
function tooBig(v: unknown): 'deep' | 'large' | null {
  const stack: [unknown, number][] = [[v, 1]];
  let size = 0;
  while (stack.length > 0) {
    const [x, depth] = stack.pop()!;
    size += typeof x === 'string' ? x.length + 1 : 1;
    if (size > EXTRA_LIMITS.size) return 'large';
    if (x === null || typeof x !== 'object') continue;
    if (depth >= EXTRA_LIMITS.depth) return 'deep';
    for (const [k, y] of Object.entries(x)) {
      size += k.length;
      stack.push([y, depth + 1]);
    }
  }
  return null;
}

/** A date field as the article keeps it (see dates.ts), warning when it cannot be read. */
export function articleDate(value: string | null, warn?: RecordWarn): string | null {
  if (value === null || value.trim() === '') return null;
  const r = readDate(value);
  if (r.date === null) warn?.('invalid-date', dateProblem(value, r.problem));
  return r.date;
}

/**
 * Turns a record into an article, or explains why not. `fallbackId` is used when the record has no
 * usable `id`. Fields other than the known ones are kept in `extra`, unless too deep or too large
 * ({@link EXTRA_LIMITS}); the date is read as dates.ts describes. Both are reported to `warn`.
 */
export function recordToArticle(rec: unknown, origin: Origin, fallbackId: string, warn?: RecordWarn): Article | RecordProblem {
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
    if (KNOWN.has(k)) continue;
    const big = tooBig(r[k]);
    if (big) {
      const limit = big === 'deep' ? `nested more than ${EXTRA_LIMITS.depth} levels deep` : `larger than ${EXTRA_LIMITS.size / (1 << 20)} MiB`;
      warn?.('extra-field-dropped', `field ${JSON.stringify(k.length > 40 ? k.slice(0, 40) + '…' : k)} is ${limit}; dropped (the article is kept)`);
      continue;
    }
    (extra ??= {})[k] = r[k];
  }
  const art: Article = {
    id,
    title: str(r.title),
    date: articleDate(str(r.date), warn),
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
