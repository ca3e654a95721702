/**
 * The partial file a shard writes (`presslens run … --partial <file>`) and `presslens merge` reads.
 *
 * Layout (format @7), written in one pass so that a shard never reads back what it wrote:
 * 1. one fixed-width line of JSON: `{"format":"presslens-partial@7","head":"<16 digits>"}`, where
 *    `head` is the byte offset of the closing JSON line (filled in last);
 * 2. the streamed tables' CSV as the run produced it: each table's header, then its blocks, tables
 *    interleaved block by block (each {@link PartialStream} says where its pieces lie);
 * 3. one line of JSON: the {@link Partial} (Maps encoded by codec.ts), ending with its `checksum`, the
 *    sha256 of the bytes of part 2 followed by this line without the checksum field.
 * @module
 */
import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import type { Diagnostic, RunContext, Skipped } from '../context.ts';
import { csvRows, type CsvOptions } from '../report/csv.ts';
import { decodeState, encodeState } from './codec.ts';
import type { Pipeline, StreamSpec } from './define.ts';
import { presslensVersion, type ManifestInput } from './manifest.ts';
import type { RunState } from './state.ts';
import { recordBatch, streamSpecs, type BlockData, type BlockWriter, type StreamInfo, type StreamProgress } from './streams.ts';

export const PARTIAL_FORMAT = 'presslens-partial@7';

/** The first line with the JSON line's offset: fixed width, so it can be written first and filled in last. */
const firstLine = (head: number) => `{"format":"${PARTIAL_FORMAT}","head":"${String(head).padStart(16, '0')}"}\n`;
const FIRST_LINE_BYTES = Buffer.byteLength(firstLine(0));

/** A streamed table inside a partial file: where its CSV header and each of its blocks lie. */
export interface PartialStream {
  name: string;
  rows: number;
  /** Byte offset and length of the CSV header. */
  headerAt: number;
  header: number;
  /** Byte length of each block (of up to 64 articles), and where it starts in the file. */
  blocks: number[];
  at: number[];
  previewBlocks: StreamInfo['previewBlocks'];
}

/** The stages of a pipeline by name: partials of one pipeline file edited between shards do not merge. */
export function pipelineShape(pipeline: Pipeline): { analyzers: string[]; aggregators: string[]; streams: string[]; charts: string[] } {
  return {
    analyzers: pipeline.analyzers.map((a) => a.name),
    aggregators: pipeline.aggregators.map((g) => g.name),
    streams: streamSpecs(pipeline.aggregators).map((s) => `${s.name}(${s.columns.map((c) => c.name).join(',')})`),
    charts: pipeline.charts.map((c) => c.name),
  };
}

/** What a partial file holds (its closing JSON line). */
export interface Partial {
  format: typeof PARTIAL_FORMAT;
  /** Version of presslens that wrote it. */
  presslens: string;
  pipeline: string;
  shape: ReturnType<typeof pipelineShape>;
  settings: Record<string, unknown>;
  /** Whether the CSV cells were neutralised (see CsvOptions): the merged tables must not mix both. */
  neutralizeFormulas: boolean;
  shard: { index: number; count: number } | null;
  /** Articles this shard read (from its split of the input). */
  read: number;
  /** Every file of the whole input with its size: the same in every shard of one run. */
  plan: { file: string; size: number }[];
  state: RunState;
  /** What this shard read: whole files, or parts of files (with `from` and `lines`). */
  inputs: ManifestInput[];
  diagnostics: Diagnostic[];
  skipped: Skipped[];
  streams: PartialStream[];
  /** See the module comment. */
  checksum: string;
  /** The file it was read from (set by {@link readPartial}). */
  file?: string;
}

/** What a shard run hands to {@link PartialWriter.finish}. */
export interface PartialInput {
  pipeline: Pipeline;
  settings: Record<string, unknown>;
  neutralizeFormulas?: boolean;
  shard: { index: number; count: number } | null;
  read: number;
  plan: { file: string; size: number }[];
  state: RunState;
  inputs: ManifestInput[];
  ctx: RunContext;
}

function writeAll(fd: number, buf: Buffer, position?: number): void {
  for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at, buf.length - at, position === undefined ? null : position + at);
}

interface Table extends StreamProgress {
  info: PartialStream;
  /** The current block's CSV, written as one piece when the next block starts. */
  pending: Buffer[];
  previewRows: number;
}

/**
 * Writes a partial file as the run goes: streamed blocks are appended as they come (the blocks of one
 * table kept whole, so a merge copies each in one piece), then {@link finish} appends the JSON line.
 * Blocks must come in input order (see BlockOrder); batches with the same `key` make one block.
 */
export class PartialWriter implements BlockWriter {
  #fd: number;
  #pos = FIRST_LINE_BYTES;
  #hash: Hash = createHash('sha256');
  #tables: Table[] = [];
  #lastKey: number | undefined;
  #open = true;

  /** Opens `file` (a temporary file: the caller renames it into place after {@link finish}). */
  constructor(specs: readonly StreamSpec[], readonly file: string, csv: CsvOptions = {}) {
    this.#fd = openSync(file, 'w');
    writeAll(this.#fd, Buffer.from(firstLine(0)));
    for (const s of specs) {
      const header = Buffer.from(csvRows(s.columns, [], csv, true));
      const stream: PartialStream = { name: s.name, rows: 0, headerAt: this.#pos, header: header.length, blocks: [], at: [], previewBlocks: [] };
      this.#append(header);
      this.#tables.push({ info: stream, pending: [], previewRows: 0 });
    }
  }

  #append(buf: Buffer): void {
    writeAll(this.#fd, buf);
    this.#hash.update(buf);
    this.#pos += buf.length;
  }

  /** Writes the pending block of every table. */
  #flush(): void {
    for (const t of this.#tables) {
      if (t.info.at.length === t.info.blocks.length) continue;
      t.info.at.push(this.#pos);
      if (t.pending.length) this.#append(t.pending.length === 1 ? t.pending[0] : Buffer.concat(t.pending));
      t.pending = [];
    }
  }

  /** Adds one batch's rows (see RowStreams.write: the same block and preview bookkeeping). */
  write(block: BlockData, key?: number): void {
    const same = key !== undefined && key === this.#lastKey;
    this.#lastKey = key;
    if (!same) this.#flush();
    for (const t of this.#tables) {
      const b = block[t.info.name];
      const csv = b && b.csv ? Buffer.from(b.csv) : null;
      if (csv) t.pending.push(csv);
      recordBatch(t, b, csv?.length ?? 0, same);
    }
  }

  /** Appends the JSON line, fills in the first line and closes the file. */
  finish(p: PartialInput): void {
    this.#flush();
    const body: Omit<Partial, 'checksum' | 'file'> = {
      format: PARTIAL_FORMAT,
      presslens: presslensVersion(),
      pipeline: p.pipeline.name,
      shape: pipelineShape(p.pipeline),
      settings: p.settings,
      neutralizeFormulas: p.neutralizeFormulas !== false,
      shard: p.shard,
      read: p.read,
      plan: p.plan,
      state: p.state,
      inputs: p.inputs,
      diagnostics: p.ctx.diagnostics,
      skipped: p.ctx.skipped,
      streams: this.#tables.map((t) => t.info),
    };
    const json = encodeState(body);
    const head = this.#pos;
    const sum = this.#hash.update(json).digest('hex');
    writeAll(this.#fd, Buffer.from(`${json.slice(0, -1)},"checksum":"${sum}"}\n`));
    writeAll(this.#fd, Buffer.from(firstLine(head)), 0);
    this.close();
  }

  /** Closes the file (again on later calls); an unfinished file is not a partial. */
  close(): void {
    if (this.#open) closeSync(this.#fd);
    this.#open = false;
  }
}

const CHUNK = 1 << 20;

/** Reads `length` bytes at `offset` of the open file `fd` into a new buffer. */
export function readRange(fd: number, offset: number, length: number, file: string): Buffer {
  const buf = Buffer.allocUnsafe(length);
  for (let got = 0; got < length; ) {
    const n = readSync(fd, buf, got, length - got, offset + got);
    if (n === 0) throw new TypeError(`${file}: unexpected end of file`);
    got += n;
  }
  return buf;
}

const CHECKSUM_TAIL = /,"checksum":"([0-9a-f]{64})"\}$/;
const FIRST_LINE = /^\{"format":"presslens-partial@7","head":"(\d{16})"\}\n$/;

/** The format named at the start of a file, for messages about files of other versions. */
function formatOf(start: string): string {
  return /^\{"format":("[^"]{0,40}")/.exec(start)?.[1] ?? 'none';
}

/**
 * Reads the JSON line of a partial file and checks that the file is whole and unchanged (its size,
 * where its pieces lie, and its checksum); the streamed tables stay on disk until the merge.
 */
export async function readPartial(file: string): Promise<Partial> {
  const notPartial = (why: string) => new TypeError(`${file}: not a presslens partial file (${why})`);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw notPartial((e as Error).message);
  }
  try {
    const size = statSync(file).size;
    const start = readRange(fd, 0, Math.min(size, FIRST_LINE_BYTES), file).toString('latin1');
    const m1 = FIRST_LINE.exec(start);
    if (!m1) {
      if (!start.startsWith('{"format":"presslens-partial@')) throw notPartial('it does not start with a presslens partial header');
      throw new TypeError(`${file}: not a presslens partial file of this version (format ${formatOf(start)}, expected "${PARTIAL_FORMAT}"); write it again with this version`);
    }
    const head = Number(m1[1]);
    if (head < FIRST_LINE_BYTES || head >= size) throw new TypeError(`${file}: truncated or damaged presslens partial file (${size} bytes, its JSON line said to start at ${head})`);
    const line = readRange(fd, head, size - head, file).toString('utf8');
    if (!line.endsWith('\n')) throw new TypeError(`${file}: truncated or damaged presslens partial file (no end of line after its JSON)`);
    let p: Partial;
    try {
      p = decodeState<Partial>(line.slice(0, -1));
    } catch (e) {
      throw notPartial((e as Error).message);
    }
    if (p?.format !== PARTIAL_FORMAT || !Array.isArray(p.streams)) throw notPartial('no format or streams in its JSON line');
    for (const s of p.streams) {
      const pieces: [number, number][] = [[s.headerAt, s.header], ...s.blocks.map((len, j): [number, number] => [s.at?.[j], len])];
      if (!Array.isArray(s.at) || s.at.length !== s.blocks.length || pieces.some(([at, len]) => !(Number.isInteger(at) && Number.isInteger(len) && at >= FIRST_LINE_BYTES && len >= 0 && at + len <= head))) {
        throw new TypeError(`${file}: truncated or damaged presslens partial file (table ${s.name} lies outside its data)`);
      }
    }
    const m = CHECKSUM_TAIL.exec(line.slice(0, -1));
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(CHUNK);
    for (let at = FIRST_LINE_BYTES; at < head; ) {
      const n = readSync(fd, buf, 0, Math.min(CHUNK, head - at), at);
      if (n === 0) throw new TypeError(`${file}: unexpected end of file`);
      hash.update(buf.subarray(0, n));
      at += n;
    }
    hash.update(m ? line.slice(0, m.index) + '}' : '');
    if (!m || hash.digest('hex') !== m[1]) throw new TypeError(`${file}: presslens partial file was changed after it was written (checksum mismatch); write it again`);
    p.file = file;
    return p;
  } finally {
    closeSync(fd);
  }
}
