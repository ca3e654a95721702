/**
 * Sources: turn paths, directories, globs and stdin into a stream of articles.
 *
 * Formats by extension: `.jsonl`/`.ndjson` (one JSON object per line, streamed; jsonl.ts), `.csv`
 * (header row, streamed; csv.ts), `.md`/`.markdown` (seed layout), `.txt` (whole file is the body;
 * other extensions are read as text when they are not binary, with an `unknown-extension` info;
 * `.json` is skipped with a hint to convert it to JSONL). Stdin and pipes (FIFOs, `<(zcat x.gz)`) are
 * read once, as streams. Problems never throw: they are reported on the {@link RunContext} with
 * file:line and the input is skipped.
 * @module
 */
import { createReadStream, promises as fsp } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { RunContext } from '../context.ts';
import type { Article } from '../types.ts';
import { readCsv } from './csv.ts';
import { decodeBytes, decodeUtf8, hasBom, lineAt, sniff } from './decode.ts';
import { expandInputs } from './inputs.ts';
import { alignedRange, planSplits, type PlanFile, type Split } from './splits.ts';
import { readJsonl, type JsonlPart } from './jsonl.ts';
import { parseMarkdown } from './markdown.ts';
import { articleDate, baseId } from './record.ts';
import { StringTally } from '../util/string-tally.ts';

export { expandInputs } from './inputs.ts';

/** Input formats presslens reads. */
export type Format = 'jsonl' | 'csv' | 'markdown' | 'text';

/** Options for {@link readArticles}. */
export interface ReadOptions {
  /** Force a format instead of guessing from the extension (stdin defaults to JSONL when it starts with `{`, else text). */
  format?: Format;
  /** Stream used for `-` (default process.stdin). */
  stdin?: Readable;
  /**
   * Largest article read, in bytes of its text (default {@link MAX_ARTICLE_BYTES}); a longer record or
   * file is skipped (`article-too-large`) without being held in memory.
   */
  maxArticleBytes?: number;
  /**
   * Called once per input file (or part of a file, for a shard) with its size and sha256, after it has
   * been read; a part that starts mid-file has `from` (its byte offset) and every part has `lines`.
   */
  onFile?: (info: FileRead) => void;
  /** Read only shard `index` (0-based) of `count`: its split of the input (see splits.ts). */
  shard?: { index: number; count: number };
  /** Receives the plan of a sharded read: every file of the input with its size (the same in every shard). */
  onPlan?: (files: { file: string; size: number }[]) => void;
}

/** What was read of one input file. */
export interface FileRead {
  file: string;
  bytes: number;
  sha256: string;
  articles: number;
  /** Byte offset of a part of the file that a shard read (absent: from the start). */
  from?: number;
  /** Lines read (JSONL parts only), so the merge can number the lines of the parts after it. */
  lines?: number;
}

/**
 * Default largest article, 16 MiB of text. Analysing an article takes about 70 bytes of memory per
 * character (a 10 MB article peaked at 850 MiB, 20 MB at 1.4 GiB with every analyzer), so this keeps
 * one article well inside the default V8 heap of a machine with 8 GB; raise it with `maxArticleBytes`
 * (`--max-article-mb`).
 */
export const MAX_ARTICLE_BYTES = 16 << 20;

const INVALID_UTF8 =
  'invalid UTF-8; bad bytes replaced with U+FFFD (re-save the file as UTF-8; if it is Latin-1/Windows-1252: iconv -f windows-1252 -t utf-8 in > out)';

/** Known binary formats by their first bytes, for a more helpful message. */
function binaryKind(head: Uint8Array): string | null {
  const starts = (...b: number[]) => b.every((x, i) => head[i] === x);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a ZIP archive or an Office document (.docx/.xlsx; export the text first)';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'a PDF (extract the text first, e.g. pdftotext)';
  if (starts(0x42, 0x5a, 0x68)) return 'bzip2-compressed (decompress it first: bunzip2 -k <file>)';
  if (starts(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) return 'xz-compressed (decompress it first: unxz -k <file>)';
  if (starts(0x28, 0xb5, 0x2f, 0xfd)) return "zstd-compressed, which Node 20's zlib cannot read (presslens reads .gz; decompress it first: zstd -d -k <file>, or pipe it: --input <(zstd -dc <file>))";
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return 'an image';
  return null;
}

/** Format for a file name, by extension. */
export function formatOf(file: string): Format | null {
  const ext = path.extname(file.replace(/\.gz$/i, '')).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt' || ext === '.text') return 'text';
  return null;
}

/** All the bytes of a stream, or how many there were when more than `max` (the rest is still read, for the hash). */
async function readAllBytes(stream: AsyncIterable<Buffer | string>, max = Infinity): Promise<Buffer | { tooLong: number }> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    total += b.length;
    if (total <= max) parts.push(b);
    else parts.length = 0;
  }
  return total > max ? { tooLong: total } : Buffer.concat(parts);
}

/** Wraps a stream so that its bytes are hashed and counted as they pass. */
function hashing(stream: AsyncIterable<Buffer | string>, sink: { hash: ReturnType<typeof createHash>; bytes: number }): AsyncIterable<Buffer> {
  return (async function* () {
    for await (const c of stream) {
      const b = typeof c === 'string' ? Buffer.from(c) : c;
      sink.hash.update(b);
      sink.bytes += b.length;
      yield b;
    }
  })();
}

/**
 * Gives every article an id no earlier article of the run has: a repeated id becomes `id~2`, `id~3`, …
 * (the first of those not taken, whether by a renamed article or by an input that has that id itself).
 */
function uniqueIds(ctx: RunContext) {
  // Every id of the run is kept: compactly, as a 1 GB input has about a million.
  const ids = new StringTally();
  // Where the search for a free `id~k` resumes, per repeated id (so renaming stays linear).
  const next = new Map<string, number>();
  return (art: Article): void => {
    const seen = ids.add(art.id);
    if (seen === 0) return;
    let k = next.get(art.id) ?? seen + 1;
    let renamed = `${art.id}~${k}`;
    while (ids.add(renamed) > 0) renamed = `${art.id}~${++k}`;
    next.set(art.id, k + 1);
    ctx.warn('duplicate-id', `duplicate article id ${JSON.stringify(art.id)}; renamed to ${JSON.stringify(renamed)} (give every article a unique "id")`, art.origin, 'read');
    art.id = renamed;
  };
}

/**
 * Reads every input and yields articles in input order. Never throws for bad input: problems are
 * reported on `ctx` (file:line) and the offending file or record is skipped.
 */
export async function* readArticles(inputs: readonly string[], ctx: RunContext, options: ReadOptions = {}): AsyncGenerator<Article> {
  const files = await expandInputs(inputs, ctx);
  const unique = uniqueIds(ctx);
  const parts: (Split | null)[] = options.shard ? await shardParts(files, options, options.shard) : files.map(() => null);
  for (const [k, split] of parts.entries()) {
    const file = split?.file ?? files[k];
    const range = split && !(split.start === 0 && split.end >= split.size) ? alignedRange(file, split.start, split.end, split.size) : null;
    if (range && range.start >= range.end) continue; // a part inside one long line: that line is the previous part's
    const sink = { hash: createHash('sha256'), bytes: 0 };
    let count = 0;
    let lines: number | undefined;
    for await (const art of readFile(file, ctx, options, sink, range ? { ...range, onLines: (n) => (lines = n) } : undefined)) {
      unique(art);
      count++;
      yield art;
    }
    const from = range && range.start > 0 ? { from: range.start } : {};
    options.onFile?.({ file, bytes: sink.bytes, sha256: sink.hash.digest('hex'), articles: count, ...from, ...(lines !== undefined ? { lines } : {}) });
  }
}

/** Extensions of compressed files presslens reads (by file only, never split). */
const COMPRESSED = /\.(gz|zst)$/i;

/** The parts of the input shard `shard` reads (see splits.ts); every shard computes the same plan. */
async function shardParts(files: string[], options: ReadOptions, shard: { index: number; count: number }): Promise<Split[]> {
  const plan: PlanFile[] = [];
  for (const file of files) {
    let size = 0;
    let splittable = false;
    if (file !== '-') {
      try {
        const st = await fsp.stat(file);
        if (st.isFile()) {
          size = st.size;
          const format = options.format ?? formatOf(file);
          splittable = format === 'jsonl' && !COMPRESSED.test(file) && size > 0 && files.length < shard.count && (await plainUtf8(file));
        }
      } catch {
        /* unreadable: reported by the shard that reads it */
      }
    }
    plan.push({ file, size, splittable });
  }
  options.onPlan?.(plan.map((p) => ({ file: p.file, size: p.size })));
  return planSplits(plan, shard.count)[shard.index];
}

/** True when a file starts like UTF-8 text (not UTF-16, not binary, not compressed): it may be cut at line starts. */
async function plainUtf8(file: string): Promise<boolean> {
  const fh = await fsp.open(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead);
    const enc = sniff(head);
    return (enc === 'utf-8' || enc === 'utf-8-bom') && binaryKind(head) === null;
  } finally {
    await fh.close();
  }
}

/** The first 8 KiB of a regular file and a stream of all of it; null (reported) when it cannot be read. */
async function openFile(file: string, ctx: RunContext, range?: { start: number; end: number }): Promise<{ head: Buffer; stream: AsyncIterable<Buffer | string> } | null> {
  try {
    const fh = await fsp.open(file, 'r');
    try {
      const buf = Buffer.alloc(8192);
      const { bytesRead } = await fh.read(buf, 0, range ? Math.min(buf.length, range.end - range.start) : buf.length, range?.start ?? 0);
      const part = range ? { start: range.start, end: range.end - 1 } : {};
      return { head: buf.subarray(0, bytesRead), stream: createReadStream(file, { highWaterMark: 1 << 20, ...part }) };
    } finally {
      await fh.close();
    }
  } catch (e) {
    ctx.skip('unreadable', `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file });
    return null;
  }
}

/** True for stdin and for pipes (a FIFO, `<(zcat x.gz)`): read once, as a stream, never by position. */
async function isPipe(file: string): Promise<boolean> {
  if (file === '-') return true;
  try {
    return (await fsp.stat(file)).isFIFO();
  } catch {
    return false;
  }
}

/** A line-aligned byte range of a JSONL file that a shard reads. */
type Range = { start: number; end: number; onLines: (lines: number) => void };

async function* readFile(file: string, ctx: RunContext, options: ReadOptions, sink: { hash: ReturnType<typeof createHash>; bytes: number }, range?: Range): AsyncGenerator<Article> {
  const pipe = await isPipe(file);
  let format = options.format ?? formatOf(file);
  let head: Buffer;
  let stream: AsyncIterable<Buffer>;
  if (pipe) {
    const all = await readAllOrStream(file === '-' ? (options.stdin ?? process.stdin) : createReadStream(file, { highWaterMark: 1 << 20 }));
    head = all.head;
    stream = all.stream;
  } else {
    const opened = await openFile(file, ctx, range);
    if (!opened) return;
    if (range && range.start > 0) {
      // mid-file: the shard with the file's start checked it (encoding, emptiness); lines count from here
      yield* readJsonl(hashing(opened.stream, sink), file, ctx, options.maxArticleBytes ?? MAX_ARTICLE_BYTES, INVALID_UTF8, { from: range.start, partial: true, onLines: range.onLines });
      return;
    }
    head = opened.head;
    stream = hashing(opened.stream, sink);
  }
  if (pipe) stream = hashing(stream, sink);
  let damaged: { error: Error | null } | null = null;
  if (head[0] === 0x1f && head[1] === 0x8b) {
    // gzip (.gz, or any file that starts like one): decompressed as it streams, never held whole
    damaged = { error: null };
    ({ head, stream } = await readAllOrStream(Readable.from(gunzipped(stream, damaged))));
  }
  try {
    yield* readDecoded(file, ctx, options, format, pipe, head, stream, range);
  } finally {
    if (damaged?.error) {
      ctx.skip('corrupt-archive', `gzip archive is corrupt or truncated (${damaged.error.message}): the rest of the file was not read (the articles before the damage were); check the file, e.g. gzip -t <file>`, { file });
    }
  }
}

/** The decompressed bytes of a gzip stream; a corrupt or truncated archive ends it early, noting the error in `damaged`. */
async function* gunzipped(stream: AsyncIterable<Buffer>, damaged: { error: Error | null }): AsyncGenerator<Buffer> {
  const gz = createGunzip();
  const source = Readable.from(stream);
  source.on('error', (e) => gz.destroy(e));
  source.pipe(gz);
  try {
    for await (const chunk of gz) yield chunk as Buffer;
  } catch (e) {
    damaged.error = e as Error;
    source.destroy();
  }
}

/** Reads a file (or its decompressed bytes) whose first bytes are `head`: checks its encoding and kind, then parses it by format. */
async function* readDecoded(file: string, ctx: RunContext, options: ReadOptions, format: Format | null, pipe: boolean, head: Buffer, stream: AsyncIterable<Buffer>, range?: Range): AsyncGenerator<Article> {
  const max = options.maxArticleBytes ?? MAX_ARTICLE_BYTES;
  const enc = sniff(head);
  if (enc === 'empty' || (head.length > 0 && head.length < 8192 && decodeBytes(head, enc).text.trim() === '')) {
    await drain(stream);
    ctx.skip('empty-file', 'file is empty (or only whitespace)', { file });
    return;
  }
  const kind = binaryKind(head);
  if (enc === 'binary' || kind) {
    await drain(stream);
    const nul = head.indexOf(0);
    const reads = 'presslens reads UTF-8 or UTF-16 text (.jsonl, .csv, .md, .txt)';
    if (kind) ctx.skip('binary-file', `binary file skipped: it is ${kind}; ${reads}`, { file });
    else {
      const why = nul >= 0 ? 'contains NUL bytes' : 'is mostly control characters';
      ctx.skip(
        'binary-file',
        `binary file skipped: it ${why}, so it is not text; ${reads} — remove it from the input, or if it is text, strip the NUL bytes or re-save it as UTF-8`,
        nul >= 0 ? { file, line: lineAt(head, nul) } : { file },
      );
    }
    return;
  }
  if (format === null) {
    const ext = path.extname(file).toLowerCase();
    // stdin and pipes without an extension (`<(zcat x.gz)`): JSONL when it starts with "{", else text
    if (pipe && !ext) format = decodeBytes(head, enc).text.trimStart().startsWith('{') ? 'jsonl' : 'text';
    else if (ext === '.json') {
      await drain(stream);
      ctx.skip(
        'unsupported-format',
        `JSON files are not read, only JSON Lines (one object per line, .jsonl); convert it (e.g. jq -c '.[]' ${path.basename(file)} > ${path.basename(file, ext)}.jsonl) or pass --format jsonl if it already is`,
        { file },
      );
      return;
    } else {
      format = 'text';
      ctx.info('unknown-extension', `unknown extension ${JSON.stringify(ext || '(none)')}: read as plain text (use --format to choose jsonl, csv or markdown)`, { file }, 'read');
    }
  }
  if (enc === 'utf-16le' || enc === 'utf-16be') {
    // UTF-16: decode whole, then parse from the string (rare; not streamed).
    const bytes = (await readAllBytes(stream)) as Buffer;
    const { text, invalidLine } = decodeBytes(bytes, enc);
    const name = enc.toUpperCase();
    if (hasBom(head)) ctx.info('utf16', `decoded as ${name} (byte-order mark)`, { file }, 'read');
    else ctx.warn('utf16-no-bom', `no byte-order mark; decoded as ${name} from the byte pattern (check the text, or re-save the file as UTF-8)`, { file }, 'read');
    if (invalidLine !== undefined) {
      ctx.warn('invalid-utf16', `invalid ${name} (odd byte count or unpaired surrogate); replaced with U+FFFD (re-save the file as UTF-8)`, { file, line: invalidLine }, 'read');
    }
    yield* parseString(text, format, file, ctx, max);
    return;
  }
  if (format === 'jsonl') {
    const part: JsonlPart | undefined = range ? { partial: true, onLines: range.onLines } : undefined;
    yield* readJsonl(stream, file, ctx, max, INVALID_UTF8, part);
    return;
  }
  if (format === 'csv') {
    yield* readCsv(stream, file, ctx, max, INVALID_UTF8);
    return;
  }
  const bytes = await readAllBytes(stream, max);
  if ('tooLong' in bytes) {
    ctx.skip('article-too-large', `file skipped unread: it is ${(bytes.tooLong / (1 << 20)).toFixed(1)} MiB, over the ${+(max / (1 << 20)).toFixed(2)} MiB limit for one article (raise it with --max-article-mb)`, { file });
    return;
  }
  const rest = bytes.indexOf(0, head.length);
  if (rest >= 0) {
    ctx.skip(
      'binary-file',
      'binary file skipped: it contains NUL bytes, so it is not text; presslens reads UTF-8 or UTF-16 text (.jsonl, .csv, .md, .txt) — remove it from the input, or if it is text, strip the NUL bytes or re-save it as UTF-8',
      { file, line: lineAt(bytes, rest) },
    );
    return;
  }
  const { text, invalidLine } = decodeUtf8(bytes);
  if (invalidLine !== undefined) {
    ctx.warn('invalid-utf8', `${INVALID_UTF8}; first bad byte on this line`, { file, line: invalidLine }, 'read');
  }
  yield* parseString(text, format, file, ctx, max);
}

/** Parses decoded text (JSONL and CSV are re-encoded as UTF-8 and read line by line; line numbers are unchanged). */
async function* parseString(text: string, format: Format, file: string, ctx: RunContext, max: number): AsyncGenerator<Article> {
  if (format === 'jsonl') {
    yield* readJsonl([Buffer.from(text)], file, ctx, max, INVALID_UTF8);
    return;
  }
  if (format === 'csv') {
    yield* readCsv([Buffer.from(text)], file, ctx, max, INVALID_UTF8);
    return;
  }
  if (text.trim() === '') {
    ctx.skip('empty-file', 'file has no text', { file });
    return;
  }
  const id = baseId(file);
  if (format === 'markdown') {
    const art = parseMarkdown(text, id, file);
    if (art.text.trim() === '') {
      ctx.skip('empty-text', 'markdown file has a header but no body', { file });
      return;
    }
    art.origin = { file, line: 1 };
    art.date = articleDate(art.date ?? null, (code, message) => ctx.warn(code, message, art.origin, 'read'));
    yield art;
    return;
  }
  yield { id, title: null, date: null, source: null, author: null, url: null, text: text.replace(/\r\n?/g, '\n'), origin: { file, line: 1 } };
}

async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of stream) {
    /* hash the rest */
  }
}

/** Peeks the first bytes of a stream read once (stdin, a pipe) and returns a stream that replays them. */
async function readAllOrStream(input: Readable): Promise<{ head: Buffer; stream: AsyncIterable<Buffer> }> {
  const it = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < 8192) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const b = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    first.push(b);
    size += b.length;
  }
  const head = Buffer.concat(first);
  const stream = (async function* () {
    if (head.length) yield head;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    }
  })();
  return { head: head.subarray(0, 8192), stream };
}
