/**
 * Streamed tables: the per-article tables aggregators declare as `streams` are written to CSV files
 * while the run goes, block by block in input order, instead of being held in memory.
 *
 * - A {@link BlockCollector} is the {@link RowSink} the aggregators push rows to while one block of
 *   articles is analysed (in the main thread or in a worker); `take()` turns the block's rows into CSV
 *   text (plus the first rows, kept as a preview for the report).
 * - {@link RowStreams} appends blocks, in order, to one file per table (header first), counts rows and
 *   records each block's byte length, so sharded runs can be interleaved back into input order by
 *   `presslens merge`.
 * @module
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { csvRows, type CsvOptions } from '../report/csv.ts';
import type { Cell, Column } from '../report/table.ts';
import type { Aggregator, RowSink, StreamSpec } from './define.ts';

type Row = Record<string, Cell>;

/** Rows of the report's table previews kept for streamed tables. */
export const PREVIEW_ROWS = 10;

/** One block's output for one streamed table. */
export interface BlockTable {
  csv: string;
  rows: number;
  /** The block's first rows (at most {@link PREVIEW_ROWS}). */
  preview: Row[];
}

/** One block's output: streamed table name → its CSV text and counts. */
export type BlockData = Record<string, BlockTable>;

/** Writes all of `text` (writeSync may write less than asked, e.g. on a pipe or a nearly full disk) and returns its byte length. */
function writeBytes(fd: number, text: string): number {
  const buf = Buffer.from(text);
  for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at, buf.length - at);
  return buf.length;
}

/** The streamed tables of a pipeline's aggregators, checked for duplicate names. */
export function streamSpecs(aggregators: readonly Aggregator<unknown>[]): StreamSpec[] {
  const specs: StreamSpec[] = [];
  const names = new Set<string>();
  for (const g of aggregators) {
    for (const s of g.streams ?? []) {
      if (names.has(s.name)) throw new TypeError(`streamed table ${s.name} is declared by two aggregators`);
      names.add(s.name);
      specs.push(s);
    }
  }
  return specs;
}

/** Collects the rows of one block (a {@link RowSink}); `take()` returns them as CSV and starts the next block. */
export class BlockCollector implements RowSink {
  #columns = new Map<string, readonly Column[]>();
  #rows = new Map<string, Row[]>();

  constructor(
    specs: readonly StreamSpec[],
    private readonly csv: CsvOptions = {},
  ) {
    for (const s of specs) {
      this.#columns.set(s.name, s.columns);
      this.#rows.set(s.name, []);
    }
  }

  push(table: string, row: Row): void {
    const rows = this.#rows.get(table);
    if (!rows) throw new Error(`no streamed table ${JSON.stringify(table)} is declared`);
    rows.push(row);
  }

  /** The block's rows as CSV text per table; the collector is empty afterwards. */
  take(): BlockData {
    const out: BlockData = {};
    for (const [name, rows] of this.#rows) {
      out[name] = { csv: csvRows(this.#columns.get(name)!, rows, this.csv), rows: rows.length, preview: rows.slice(0, PREVIEW_ROWS) };
      this.#rows.set(name, []);
    }
    return out;
  }
}

/** What a finished stream holds: its file, row count, each block's byte length and the preview rows per leading block. */
export interface StreamInfo {
  name: string;
  file: string;
  rows: number;
  /** Byte length of each block, in order (lets merges interleave shards' blocks). */
  blocks: number[];
  /** Rows of the leading blocks, one array per block, until {@link PREVIEW_ROWS} rows are kept. */
  previewBlocks: Row[][];
}

/** The first {@link PREVIEW_ROWS} rows from preview blocks in order. */
export function flattenPreview(blocks: readonly Row[][]): Row[] {
  return blocks.flat().slice(0, PREVIEW_ROWS);
}

/** A stream being written: what it holds so far and how many preview rows it has kept. */
export interface StreamProgress {
  info: Pick<StreamInfo, 'rows' | 'blocks' | 'previewBlocks'>;
  previewRows: number;
}

/**
 * Records one batch of a stream: `bytes` of CSV written, its rows and, until {@link PREVIEW_ROWS} are
 * kept, its preview rows. `same`: the batch continues the previous block (same shard block key).
 */
export function recordBatch(s: StreamProgress, b: BlockTable | undefined, bytes: number, same: boolean): void {
  const blocks = s.info.blocks;
  if (same) blocks[blocks.length - 1] += bytes;
  else blocks.push(bytes);
  if (!b) return;
  s.info.rows += b.rows;
  if (s.previewRows < PREVIEW_ROWS) {
    const previews = s.info.previewBlocks;
    if (same && previews.length === blocks.length) previews[previews.length - 1] = previews[previews.length - 1].concat(b.preview);
    else previews.push(b.preview);
    s.previewRows += b.preview.length;
  }
}

/** Where blocks go in input order: {@link RowStreams} (a report's CSV files) or a shard's partial file. */
export interface BlockWriter {
  /** Adds one batch's rows; consecutive batches with the same `key` make one block. */
  write(block: BlockData, key?: number): void;
}

/** Appends blocks of streamed tables to `<dir>/<name>.csv`, in the order given. */
export class RowStreams implements BlockWriter {
  #streams: { info: StreamInfo; fd: number; previewRows: number }[] = [];
  #lastKey: number | undefined;

  constructor(specs: readonly StreamSpec[], dir: string, csv: CsvOptions = {}) {
    for (const s of specs) {
      const file = path.join(dir, `${s.name}.csv`);
      const fd = openSync(file, 'w');
      writeBytes(fd, csvRows(s.columns, [], csv, true));
      this.#streams.push({ info: { name: s.name, file, rows: 0, blocks: [], previewBlocks: [] }, fd, previewRows: 0 });
    }
  }

  /**
   * Appends one batch's rows (batches must come in input order). Consecutive batches with the same
   * `key` (the shard block they belong to) are recorded as one block, so that a merge can interleave
   * the shards' blocks back into input order however each shard cut its blocks into batches.
   */
  write(block: BlockData, key?: number): void {
    const same = key !== undefined && key === this.#lastKey;
    this.#lastKey = key;
    for (const s of this.#streams) {
      const b = block[s.info.name];
      recordBatch(s, b, b && b.csv ? writeBytes(s.fd, b.csv) : 0, same);
    }
  }

  #closed = false;

  /** Closes the files and returns what they hold (again on later calls). */
  close(): StreamInfo[] {
    if (!this.#closed) for (const s of this.#streams) closeSync(s.fd);
    this.#closed = true;
    return this.#streams.map((s) => s.info);
  }
}

/** Re-orders blocks that finish out of order (worker threads) and writes them in sequence. */
export class BlockOrder {
  #next = 0;
  #pending = new Map<number, BlockData>();
  #keys = new Map<number, number>();

  constructor(private readonly streams: BlockWriter) {}

  /** Records that batch `id` belongs to shard block `key` (see {@link RowStreams.write}). */
  keyBatch(id: number, key: number): void {
    this.#keys.set(id, key);
  }

  /** Accepts batch `id` (0, 1, 2, … in input order) and writes every batch that is now in sequence. */
  put(id: number, block: BlockData): void {
    this.#pending.set(id, block);
    for (let b = this.#pending.get(this.#next); b !== undefined; b = this.#pending.get(this.#next)) {
      const key = this.#keys.get(this.#next);
      this.#keys.delete(this.#next);
      this.#pending.delete(this.#next++);
      this.streams.write(b, key);
    }
  }
}
