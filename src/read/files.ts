/**
 * Sources: turn paths, directories, globs and stdin into a stream of articles.
 *
 * Formats by extension: `.jsonl`/`.ndjson` (one JSON object per line, streamed), `.csv` (header row,
 * streamed through csv-parse), `.md`/`.markdown` (seed layout), `.txt` (whole file is the body; other
 * extensions are read as text when they are not binary, with an `unknown-extension` info; `.json` is
 * skipped with a hint to convert it to JSONL). Problems never throw: they are reported on the
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
import { decodeBytes, decodeUtf8, firstInvalidUtf8, hasBom, incompleteUtf8Tail, lineAt, sniff } from './decode.ts';
import { parseMarkdown } from './markdown.ts';
import { isProblem, recordToArticle } from './record.ts';
import { StringTally } from '../util/string-tally.ts';

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
  /** Called once per input file with its size and sha256, after it has been read. */
  onFile?: (info: { file: string; bytes: number; sha256: string; articles: number }) => void;
}

const GLOB_CHARS = /[*?[]/;

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
  if (starts(0x1f, 0x8b)) return 'gzip-compressed (decompress it first: gunzip -k <file>)';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a ZIP archive or an Office document (.docx/.xlsx; export the text first)';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'a PDF (extract the text first, e.g. pdftotext)';
  if (starts(0x42, 0x5a, 0x68)) return 'bzip2-compressed (decompress it first: bunzip2 -k <file>)';
  if (starts(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) return 'xz-compressed (decompress it first: unxz -k <file>)';
  if (starts(0x28, 0xb5, 0x2f, 0xfd)) return 'zstd-compressed (decompress it first: unzstd <file>)';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return 'an image';
  return null;
}

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

/**
 * Collects the regular files under `dir` in name order. Dotfiles and dot-directories are skipped;
 * symbolic links are followed (each real directory is walked once, so link loops end); unreadable
 * directories and dangling links are reported on `ctx` when given.
 */
async function walk(dir: string, out: string[], ctx?: RunContext, seen = new Set<string>()): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await fsp.realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (e) {
    ctx?.skip('unreadable', `cannot read directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: dir });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await fsp.stat(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        ctx?.skip('not-found', `broken symbolic link: ${p}`, { file: p });
        continue;
      }
    }
    if (isDir) await walk(p, out, ctx, seen);
    else if (isFile) out.push(p);
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
      await walk(input, all, ctx);
      if (all.length === 0) ctx.skip('empty-directory', `directory has no files: ${input}`, { file: input });
      all.forEach(add);
    } else if (st.isFile() || st.isFIFO()) add(input);
    else ctx.skip('not-a-file', `not a regular file (device or socket): ${input}; give files, directories, globs or - for stdin`, { file: input });
  }
  return files;
}

function baseId(file: string): string {
  return file === '-' ? 'stdin' : path.basename(file, path.extname(file));
}

type ByteSource = AsyncIterable<Buffer | string> | Iterable<Buffer>;

/**
 * Streams the lines of a byte stream as Buffers with their 1-based numbers, without loading the whole
 * input and in linear time however long a line is. `\n`, `\r\n` and a lone `\r` each end a line (a raw
 * CR or LF can never be inside a JSON string, so this is safe for JSONL).
 */
async function* byteLines(stream: ByteSource): AsyncGenerator<{ bytes: Buffer; line: number }> {
  let pending: Buffer[] = []; // pieces of the current, unfinished line
  let pendingCR = false; // the previous chunk ended with a CR: skip a LF that starts the next one
  let line = 0;
  const take = (last: Buffer): Buffer => {
    const out = pending.length === 0 ? last : Buffer.concat([...pending, last]);
    pending = [];
    return out;
  };
  for await (const chunk of stream) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    if (pendingCR) {
      pendingCR = false;
      if (data[0] === 10) from = 1;
    }
    // Next LF and CR at or after `from`, each searched again only once passed (a file without CRs
    // must not be rescanned to the end of the chunk for every line).
    let lf = data.indexOf(10, from);
    let cr = data.indexOf(13, from);
    for (;;) {
      if (lf >= 0 && lf < from) lf = data.indexOf(10, from);
      if (cr >= 0 && cr < from) cr = data.indexOf(13, from);
      const nl = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      if (nl < 0) break;
      line++;
      yield { bytes: take(data.subarray(from, nl)), line };
      if (data[nl] === 13) {
        if (nl + 1 < data.length) from = data[nl + 1] === 10 ? nl + 2 : nl + 1;
        else {
          pendingCR = true;
          from = nl + 1;
        }
      } else from = nl + 1;
    }
    if (from < data.length) pending.push(Buffer.from(data.subarray(from)));
  }
  if (pending.length > 0) {
    line++;
    yield { bytes: take(Buffer.alloc(0)), line };
  }
}

/** Reads a JSONL stream, one article per non-blank line. */
async function* readJsonl(stream: ByteSource, file: string, ctx: RunContext): AsyncGenerator<Article> {
  const fallback = baseId(file);
  let nonBlank = 0;
  for await (const { bytes, line } of byteLines(stream)) {
    const origin = { file, line };
    // decodeUtf8 drops a BOM (at the start of the file, or of a concatenated file's first line).
    const { text, invalidLine } = decodeUtf8(bytes);
    if (text.trim() === '') continue;
    nonBlank++;
    if (invalidLine !== undefined) {
      ctx.warn('invalid-utf8', INVALID_UTF8, origin, 'read');
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
  if (nonBlank === 0) ctx.skip('empty-file', 'file has only blank lines; expected one JSON object per line', { file });
}

/** Turns `\r\n` and lone `\r` into `\n` in a byte stream (so csv-parse counts lines like the other readers). */
async function* lfOnly(stream: ByteSource): AsyncGenerator<Buffer> {
  let pendingCR = false;
  for await (const chunk of stream) {
    let data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (pendingCR) {
      pendingCR = false;
      if (data[0] === 10) data = data.subarray(1);
    }
    if (data.indexOf(13) < 0) {
      if (data.length) yield data;
      continue;
    }
    const out = Buffer.allocUnsafe(data.length);
    let o = 0;
    for (let i = 0; i < data.length; i++) {
      const c = data[i];
      if (c !== 13) out[o++] = c;
      else {
        out[o++] = 10;
        if (i + 1 < data.length) {
          if (data[i + 1] === 10) i++;
        } else pendingCR = true;
      }
    }
    yield out.subarray(0, o);
  }
}

/** Passes bytes through, warning once (with file:line) at the first invalid UTF-8 sequence. Expects LF line ends. */
async function* checkUtf8(stream: AsyncIterable<Buffer>, file: string, ctx: RunContext): AsyncGenerator<Buffer> {
  let carry: Buffer | null = null;
  let line = 1;
  let warned = false;
  const check = (data: Buffer) => {
    const bad = firstInvalidUtf8(data);
    if (bad >= 0) {
      warned = true;
      ctx.warn('invalid-utf8', `${INVALID_UTF8}; first bad byte on this line`, { file, line: lineAt(data, bad, line) }, 'read');
    }
  };
  for await (const chunk of stream) {
    if (!warned) {
      const data: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      const cut = incompleteUtf8Tail(data);
      const body = cut ? data.subarray(0, data.length - cut) : data;
      check(body);
      carry = cut ? Buffer.from(data.subarray(data.length - cut)) : null;
      if (!warned) for (let i = body.indexOf(10); i >= 0; i = body.indexOf(10, i + 1)) line++;
    }
    yield chunk;
  }
  if (!warned && carry) check(carry);
}

/** Line breaks in a raw CSV record (LF only), not counting blank lines before it and its own terminator. */
function innerLines(raw: string): number {
  let s = 0;
  while (s < raw.length && raw.charCodeAt(s) === 10) s++;
  let e = raw.length;
  if (e > s && raw.charCodeAt(e - 1) === 10) e--;
  let n = 0;
  for (let i = raw.indexOf('\n', s); i >= 0 && i < e; i = raw.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Reads a CSV stream with a header row (`id,title,date,source,author,url,text`; only `text` is required).
 * A row with more fields than the header (usually an unquoted comma) is warned about (`csv-extra-fields`);
 * when `text` is the last column the extra fields are joined back into it with commas. A badly quoted
 * record is skipped (`csv-malformed`) and parsing goes on.
 */
async function* readCsv(stream: ByteSource, file: string, ctx: RunContext): AsyncGenerator<Article> {
  const fallback = baseId(file);
  let bad = 0; // records skipped by csv-parse
  const pendingSkips: { line?: number; reason: string }[] = [];
  const flushSkips = (before = Infinity) => {
    while (pendingSkips.length > 0 && (pendingSkips[0].line ?? 0) < before) {
      const p = pendingSkips.shift()!;
      ctx.skip('csv-malformed', p.reason, p.line ? { file, line: p.line } : { file });
    }
  };
  const quoting = 'fix the quoting (a field with a comma, quote or newline must be in double quotes, quotes inside doubled)';
  const parser = parseCsv({
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    // A badly quoted record is skipped and reported; parsing goes on with the next record.
    skip_records_with_error: true,
    on_skip: (err, raw) => {
      bad++;
      const at = err?.lines;
      const line = typeof at === 'number' ? at - (raw ? innerLines(raw) : 0) : undefined;
      // csv-parse runs ahead of the consumer: queue, and report in line order with the records.
      pendingSkips.push({ line, reason: `CSV record skipped: ${err?.message ?? 'parse error'}; ${quoting}` });
      return undefined;
    },
  });
  const open = () => !parser.destroyed && !parser.errored;
  const source = (async () => {
    try {
      for await (const chunk of checkUtf8(lfOnly(stream), file, ctx)) {
        if (!open()) continue; // after a parse error: keep reading so the whole file is hashed
        if (!parser.write(chunk) && open()) {
          // Wait for drain — or for the parser to fail or be closed by the consumer (else this would hang).
          await new Promise<void>((resolve) => {
            const done = () => {
              parser.off('drain', done).off('close', done).off('error', done);
              resolve();
            };
            parser.on('drain', done).on('close', done).on('error', done);
          });
        }
      }
      if (open()) parser.end();
    } catch (e) {
      parser.destroy(e as Error);
    }
  })();
  let header: string[] | null = null;
  let records = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>) {
      const line = item.info.lines - innerLines(item.raw);
      if (header === null) {
        header = item.record.map((h) => h.trim());
        continue;
      }
      records++;
      flushSkips(line);
      const origin = { file, line };
      const fields = item.record;
      const rec: Record<string, string> = {};
      header.forEach((h, i) => {
        if (i < fields.length) rec[h] = fields[i];
      });
      if (fields.length > header.length) {
        const textLast = header[header.length - 1] === 'text';
        if (textLast) rec.text = fields.slice(header.length - 1).join(',');
        ctx.warn(
          'csv-extra-fields',
          `row has ${fields.length} fields but the header has ${header.length}${textLast ? '; the extra fields were joined back into "text" with commas' : '; the extra fields were dropped'} — put fields that contain commas in double quotes`,
          origin,
          'read',
        );
      }
      const art = recordToArticle(rec, origin, `${fallback}-${line}`);
      if (isProblem(art)) {
        ctx.skip(art.code, art.reason, origin);
        continue;
      }
      yield art;
    }
    flushSkips();
    if (records === 0 && bad === 0) ctx.skip('empty-file', header ? 'CSV file has a header but no records' : 'CSV file is empty', { file });
  } catch (e) {
    flushSkips();
    const line = (e as { lines?: number }).lines;
    ctx.skip(
      'csv-malformed',
      `CSV parse error, rest of file skipped: ${(e as Error).message}; ${quoting}`,
      line ? { file, line } : { file },
    );
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
  // Every id of the run is kept to catch duplicates: compactly, as a 1 GB input has about a million.
  const ids = new StringTally();
  for (const file of files) {
    const sink = { hash: createHash('sha256'), bytes: 0 };
    let count = 0;
    for await (const art of readFile(file, ctx, options, sink)) {
      const n = ids.add(art.id);
      if (n > 0) {
        const renamed = `${art.id}~${n + 1}`;
        ctx.warn('duplicate-id', `duplicate article id ${JSON.stringify(art.id)}; renamed to ${JSON.stringify(renamed)} (give every article a unique "id")`, art.origin, 'read');
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
    if (file === '-') format = decodeBytes(head, enc).text.trimStart().startsWith('{') ? 'jsonl' : 'text';
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
    const bytes = await readAllBytes(stream);
    const { text, invalidLine } = decodeBytes(bytes, enc);
    const name = enc.toUpperCase();
    if (hasBom(head)) ctx.info('utf16', `decoded as ${name} (byte-order mark)`, { file }, 'read');
    else ctx.warn('utf16-no-bom', `no byte-order mark; decoded as ${name} from the byte pattern (check the text, or re-save the file as UTF-8)`, { file }, 'read');
    if (invalidLine !== undefined) {
      ctx.warn('invalid-utf16', `invalid ${name} (odd byte count or unpaired surrogate); replaced with U+FFFD (re-save the file as UTF-8)`, { file, line: invalidLine }, 'read');
    }
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
  yield* parseString(text, format, file, ctx);
}

/** Parses decoded text (JSONL and CSV are re-encoded as UTF-8 and read line by line; line numbers are unchanged). */
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
