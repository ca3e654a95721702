/**
 * The JSON Lines reader: one article per non-blank line, streamed.
 * @module
 */
import type { RunContext } from '../context.ts';
import type { Article } from '../types.ts';
import { decodeUtf8 } from './decode.ts';
import { byteLines, type ByteSource } from './lines.ts';
import { baseId, isProblem, recordToArticle } from './record.ts';

/** A part of a JSONL file read by a shard (see splits.ts). */
export interface JsonlPart {
  /** Byte offset of the part when it is not the start of the file: line numbers then count from there. */
  from?: number;
  /** True when the part is not the whole file (an empty part is no empty file). */
  partial?: boolean;
  /** Receives the number of lines read. */
  onLines?: (lines: number) => void;
}

/**
 * Reads a JSONL stream. A line longer than `maxBytes` is skipped unread (`article-too-large`), a line
 * that is not JSON or not an object is skipped with its line number, and `invalidUtf8` is warned at
 * every line with a bad byte.
 */
export async function* readJsonl(stream: ByteSource, file: string, ctx: RunContext, maxBytes: number, invalidUtf8: string, part?: JsonlPart): AsyncGenerator<Article> {
  const fallback = baseId(file);
  const from = part?.from;
  let nonBlank = 0;
  let lines = 0;
  for await (const { bytes, line, tooLong } of byteLines(stream, maxBytes)) {
    lines = line;
    const origin = from === undefined ? { file, line } : { file, line, from };
    if (tooLong !== undefined) {
      nonBlank++;
      ctx.skip('article-too-large', `line skipped unread: it is ${(tooLong / (1 << 20)).toFixed(1)} MiB, over the ${+(maxBytes / (1 << 20)).toFixed(2)} MiB limit for one article (raise it with --max-article-mb)`, origin);
      continue;
    }
    // decodeUtf8 drops a BOM (at the start of the file, or of a concatenated file's first line).
    const { text, invalidLine } = decodeUtf8(bytes);
    if (text.trim() === '') continue;
    nonBlank++;
    if (invalidLine !== undefined) ctx.warn('invalid-utf8', invalidUtf8, origin, 'read');
    let rec: unknown;
    try {
      rec = JSON.parse(text);
    } catch (e) {
      ctx.skip('jsonl-malformed', `malformed JSON line skipped (${(e as Error).message}); each line must be one JSON object`, origin);
      continue;
    }
    const art = recordToArticle(rec, origin, from === undefined ? `${fallback}-${line}` : `${fallback}-@${from}+${line}`, (code, message) => ctx.warn(code, message, origin, 'read'));
    if (isProblem(art)) {
      ctx.skip(art.code, art.reason, origin);
      continue;
    }
    yield art;
  }
  part?.onLines?.(lines);
  if (nonBlank === 0 && from === undefined && !part?.partial) ctx.skip('empty-file', 'file has only blank lines; expected one JSON object per line', { file });
}
