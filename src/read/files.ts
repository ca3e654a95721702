/**
 * Sources: turn paths, directories, globs and stdin into a stream of articles.
 *
 * Formats by extension: `.jsonl`/`.ndjson` (one JSON object per line, streamed), `.csv` (header row,
 * streamed through csv-parse), `.md`/`.markdown` (seed layout), `.txt` (whole file is the body; other
 * extensions are read as text when they are not binary). Problems never throw: they are reported on the
 * {@link RunContext} with file:line and the input is skipped.
 * @module
 */
import { createReadStream, promises as fsp } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import type { RunContext } from '../context.ts';
import type { Article } from '../types.ts';
import { decodeBytes, decodeUtf8, sniff } from './decode.ts';
import { parseMarkdown } from './markdown.ts';
import { isProblem, recordToArticle } from './record.ts';

/** Input formats presslens reads. */
export type Format = 'jsonl' | 'csv' | 'markdown' | 'text';

/** Options for {@link readArticles}. */
export interface ReadOptions {
  /** Force a format instead of guessing from the extension (stdin defaults to JSONL when it starts with `{`, else text). */
  format?: Format;
  /** Stream used for `-` (default process.stdin). */
  stdin?: Readable;
  /** Called once per input file with its size and sha256, after it has been read. */
  onFile?: (info: { file: string; bytes: number; sha256: string; articles: number }) => void;
}

const GLOB_CHARS = /[*?[]/;

/** Format for a file name, by extension. */
export function formatOf(file: string): Format | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt' || ext === '.text') return 'text';
  return null;
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '(?:.*/)?';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += glob.slice(i, end + 1);
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fsp.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile()) out.push(p);
  }
}

/**
 * Expands inputs (files, directories walked recursively in name order, globs with `*`, `**`, `?`, `[]`,
 * and `-` for stdin) into a list of files. Missing paths and empty directories are reported as warnings.
 */
export async function expandInputs(inputs: readonly string[], ctx: RunContext): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      add('-');
      continue;
    }
    if (GLOB_CHARS.test(input)) {
      const firstGlob = input.search(GLOB_CHARS);
      const base = input.slice(0, input.lastIndexOf('/', firstGlob) + 1) || '.';
      const re = globToRegExp(path.normalize(input));
      const all: string[] = [];
      try {
        await walk(base, all);
      } catch {
        /* no base dir: no matches */
      }
      const matched = all.filter((f) => re.test(path.normalize(f)));
      if (matched.length === 0) ctx.skip('no-match', `pattern matched no files: ${input}`, { file: input });
      matched.forEach(add);
      continue;
    }
    let st;
    try {
      st = await fsp.stat(input);
    } catch {
      ctx.skip('not-found', `no such file or directory: ${input}`, { file: input });
      continue;
    }
    if (st.isDirectory()) {
      const all: string[] = [];
      await walk(input, all);
      if (all.length === 0) ctx.skip('empty-directory', `directory has no files: ${input}`, { file: input });
      all.forEach(add);
    } else add(input);
  }
  return files;
}

function baseId(file: string): string {
  return file === '-' ? 'stdin' : path.basename(file, path.extname(file));
}

/** Streams lines of a byte stream as Buffers with their 1-based numbers, without loading the whole input. */
async function* byteLines(stream: AsyncIterable<Buffer | string> | Iterable<Buffer>): AsyncGenerator<{ bytes: Buffer; line: number }> {
  let rest: Buffer | null = null;
  let line = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let data: Buffer = rest ? Buffer.concat([rest, buf]) : buf;
    let from = 0;
    for (;;) {
      const nl = data.indexOf(10, from);
      if (nl < 0) break;
      line++;
      let end = nl;
      if (end > from && data[end - 1] === 13) end--;
      yield { bytes: data.subarray(from, end), line };
      from = nl + 1;
    }
    rest = from < data.length ? Buffer.from(data.subarray(from)) : null;
    data = Buffer.alloc(0);
  }
  if (rest && rest.length > 0) {
    line++;
    let end = rest.length;
    if (rest[end - 1] === 13) end--;
    yield { bytes: rest.subarray(0, end), line };
  }
}

/** Reads a JSONL stream, one article per non-blank line. */
async function* readJsonl(stream: AsyncIterable<Buffer | string> | Iterable<Buffer>, file: string, ctx: RunContext): AsyncGenerator<Article> {
  const fallback = baseId(file);
  for await (const { bytes, line } of byteLines(stream)) {
    let start = 0;
    if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    const origin = { file, line };
    const { text, invalidLine } = decodeUtf8(bytes.subarray(start));
    if (text.trim() === '') continue;
    if (invalidLine !== undefined) {
      ctx.warn('invalid-utf8', 'invalid UTF-8; bad bytes replaced with U+FFFD (re-save the file as UTF-8)', origin, 'read');
    }
    let rec: unknown;
    try {
      rec = JSON.parse(text);
    } catch (e) {
      ctx.skip('jsonl-malformed', `malformed JSON line skipped (${(e as Error).message}); each line must be one JSON object`, origin);
      continue;
    }
    const art = recordToArticle(rec, origin, `${fallback}-${line}`);
    if (isProblem(art)) {
      ctx.skip(art.code, art.reason, origin);
      continue;
    }
    yield art;
  }
}

/** Reads a CSV stream with a header row (`id,title,date,source,author,url,text`; only `text` is required). */
async function* readCsv(stream: AsyncIterable<Buffer | string> | Iterable<Buffer>, file: string, ctx: RunContext): AsyncGenerator<Article> {
  const fallback = baseId(file);
  const parser = parseCsv({ columns: true, bom: true, info: true, relax_column_count: true, skip_empty_lines: true });
  const source = (async () => {
    try {
      for await (const chunk of stream) if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
      parser.end();
    } catch (e) {
      parser.destroy(e as Error);
    }
  })();
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const origin = { file, line: item.info.lines };
      const art = recordToArticle(item.record, origin, `${fallback}-${item.info.lines}`);
      if (isProblem(art)) {
        ctx.skip(art.code, art.reason, origin);
        continue;
      }
      yield art;
    }
  } catch (e) {
    ctx.skip('csv-malformed', `CSV parse error, rest of file skipped: ${(e as Error).message}`, { file });
  }
  await source.catch(() => undefined);
}

async function readAllBytes(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(parts);
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
 * Reads every input and yields articles in input order. Never throws for bad input: problems are
 * reported on `ctx` (file:line) and the offending file or record is skipped.
 */
export async function* readArticles(inputs: readonly string[], ctx: RunContext, options: ReadOptions = {}): AsyncGenerator<Article> {
  const files = await expandInputs(inputs, ctx);
  const ids = new Map<string, number>();
  for (const file of files) {
    const sink = { hash: createHash('sha256'), bytes: 0 };
    let count = 0;
    for await (const art of readFile(file, ctx, options, sink)) {
      const n = ids.get(art.id) ?? 0;
      ids.set(art.id, n + 1);
      if (n > 0) {
        const renamed = `${art.id}~${n + 1}`;
        ctx.warn('duplicate-id', `duplicate article id ${JSON.stringify(art.id)}; renamed to ${JSON.stringify(renamed)}`, art.origin, 'read');
        art.id = renamed;
      }
      count++;
      yield art;
    }
    options.onFile?.({ file, bytes: sink.bytes, sha256: sink.hash.digest('hex'), articles: count });
  }
}

async function* readFile(file: string, ctx: RunContext, options: ReadOptions, sink: { hash: ReturnType<typeof createHash>; bytes: number }): AsyncGenerator<Article> {
  let format = options.format ?? (file === '-' ? null : formatOf(file));
  let head: Buffer;
  let stream: AsyncIterable<Buffer | string>;
  if (file === '-') {
    const all = await readAllOrStream(options.stdin ?? process.stdin);
    head = all.head;
    stream = all.stream;
  } else {
    try {
      const fh = await fsp.open(file, 'r');
      try {
        const buf = Buffer.alloc(8192);
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        head = buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    } catch (e) {
      ctx.skip('unreadable', `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file });
      return;
    }
    stream = createReadStream(file, { highWaterMark: 1 << 20 });
  }
  stream = hashing(stream, sink);
  const enc = sniff(head);
  if (enc === 'empty' || (head.length > 0 && head.toString('utf8').trim() === '' && head.length < 8192)) {
    await drain(stream);
    ctx.skip('empty-file', 'file is empty', { file });
    return;
  }
  if (enc === 'binary') {
    await drain(stream);
    ctx.skip('binary-file', 'binary file (not text) skipped; presslens reads UTF-8 or UTF-16 text: .jsonl, .csv, .md, .txt', { file });
    return;
  }
  if (format === null) {
    if (file === '-') format = head.toString('utf8').trimStart().startsWith('{') ? 'jsonl' : 'text';
    else format = 'text';
  }
  if (enc === 'utf-16le' || enc === 'utf-16be') {
    // UTF-16: decode whole, then parse from the string (rare; not streamed).
    const bytes = await readAllBytes(stream);
    const { text } = decodeBytes(bytes, enc);
    ctx.info('utf16', `decoded as ${enc.toUpperCase()}`, { file }, 'read');
    yield* parseString(text, format, file, ctx);
    return;
  }
  if (format === 'jsonl') {
    yield* readJsonl(stream, file, ctx);
    return;
  }
  if (format === 'csv') {
    yield* readCsv(stream, file, ctx);
    return;
  }
  const bytes = await readAllBytes(stream);
  const { text, invalidLine } = decodeUtf8(bytes);
  if (invalidLine !== undefined) {
    ctx.warn('invalid-utf8', 'invalid UTF-8; bad bytes replaced with U+FFFD (re-save the file as UTF-8)', { file, line: invalidLine }, 'read');
  }
  yield* parseString(text, format, file, ctx);
}

async function* parseString(text: string, format: Format, file: string, ctx: RunContext): AsyncGenerator<Article> {
  if (format === 'jsonl') {
    yield* readJsonl([Buffer.from(text)], file, ctx);
    return;
  }
  if (format === 'csv') {
    yield* readCsv([Buffer.from(text)], file, ctx);
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

/** Peeks the first bytes of stdin and returns a stream that replays them. */
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
