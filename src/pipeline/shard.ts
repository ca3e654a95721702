/**
 * Shard and merge: `presslens run … --shard i/n --partial <file>` writes the serialized state of a
 * deterministic 1/n of the input; `presslens merge <partials…> --out <dir>` merges them and finishes
 * the report — byte-identical to a single run over the whole input.
 * @module
 */
import { closeSync, fstatSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, Skipped } from '../context.ts';
import { RunContext } from '../context.ts';
import { decodeState, encodeState } from './codec.ts';
import type { Pipeline } from './define.ts';
import type { Manifest, ManifestInput } from './manifest.ts';
import { buildManifest, finishState, mergeStates, streamFiles, withStreams, writeReport, type RunState } from './run.ts';
import { PREVIEW_ROWS, type StreamInfo } from './streams.ts';
import { stagingDir, writeFileAtomic } from './write.ts';

/** A streamed table inside a partial file: where its CSV (header, then blocks) lies in the file. */
export interface PartialStream {
  name: string;
  rows: number;
  /** Byte length of the CSV header, then of each block. */
  header: number;
  blocks: number[];
  previewBlocks: StreamInfo['previewBlocks'];
  /** Byte offset of the header in the partial file. */
  offset: number;
}

const FORMAT = 'presslens-partial@4';

/**
 * What a partial file holds. On disk: one line of JSON (this object, Maps encoded by codec.ts), then
 * the streamed tables' CSV bytes back to back, as `streams` locates them.
 */
export interface Partial {
  format: typeof FORMAT;
  pipeline: string;
  pipelineFile: string | null;
  settings: Record<string, unknown>;
  shard: { index: number; count: number } | null;
  state: RunState;
  inputs: ManifestInput[];
  diagnostics: Diagnostic[];
  skipped: Skipped[];
  streams: PartialStream[];
  /** The file it was read from (set by {@link readPartial}). */
  file?: string;
}

const CHUNK = 1 << 20;

/** Copies `length` bytes at `offset` of `from` to the end of `to` (file descriptors). */
function copyRange(from: number, offset: number, length: number, to: number, buf: Buffer): void {
  for (let done = 0; done < length; ) {
    const n = readSync(from, buf, 0, Math.min(buf.length, length - done), offset + done);
    if (n === 0) throw new Error('unexpected end of file');
    writeSync(to, buf, 0, n);
    done += n;
  }
}

/** Writes a partial file atomically: the state as one JSON line, then the streamed tables' CSV files. */
export async function writePartial(file: string, p: Omit<Partial, 'format' | 'streams'>, streams: readonly StreamInfo[] = []): Promise<void> {
  const located: PartialStream[] = [];
  const sizes: number[] = [];
  for (const s of streams) {
    const fd = openSync(s.file, 'r');
    const size = fstatSync(fd).size;
    closeSync(fd);
    const blockBytes = s.blocks.reduce((a, b) => a + b, 0);
    located.push({ name: s.name, rows: s.rows, header: size - blockBytes, blocks: s.blocks, previewBlocks: s.previewBlocks, offset: 0 });
    sizes.push(size);
  }
  // Offsets are relative to the end of the JSON line (its length depends on them otherwise).
  let at = 0;
  located.forEach((s, i) => {
    s.offset = at;
    at += sizes[i];
  });
  const head = Buffer.from(encodeState({ format: FORMAT, ...p, streams: located }) + '\n');
  await writeFileAtomic(file, (fd) => {
    writeSync(fd, head);
    const buf = Buffer.allocUnsafe(CHUNK);
    streams.forEach((s, i) => {
      const from = openSync(s.file, 'r');
      try {
        copyRange(from, 0, sizes[i], fd, buf);
      } finally {
        closeSync(from);
      }
    });
  });
}

/** Reads the JSON line of a partial file and checks it; the streamed tables stay on disk until the merge. */
export async function readPartial(file: string): Promise<Partial> {
  let p: Partial;
  let headBytes = 0;
  try {
    const fd = openSync(file, 'r');
    const parts: Buffer[] = [];
    try {
      const buf = Buffer.allocUnsafe(CHUNK);
      for (let pos = 0; ; ) {
        const n = readSync(fd, buf, 0, buf.length, pos);
        if (n === 0) break;
        const nl = buf.subarray(0, n).indexOf(10);
        parts.push(Buffer.from(buf.subarray(0, nl < 0 ? n : nl)));
        pos += n;
        if (nl >= 0) break;
      }
    } finally {
      closeSync(fd);
    }
    const head = Buffer.concat(parts);
    headBytes = head.length + 1;
    p = decodeState<Partial>(head.toString('utf8'));
  } catch (e) {
    throw new TypeError(`${file}: not a presslens partial file (${(e as Error).message})`);
  }
  if (p?.format !== FORMAT) throw new TypeError(`${file}: not a presslens partial file of this version (format ${JSON.stringify(p?.format)}, expected ${FORMAT})`);
  if (!Array.isArray(p.streams)) throw new TypeError(`${file}: not a presslens partial file (no streams)`);
  let end = headBytes;
  for (const s of p.streams) {
    s.offset += headBytes;
    end = Math.max(end, s.offset + s.header + s.blocks.reduce((a, b) => a + b, 0));
  }
  const size = statSync(file).size;
  if (size !== end) throw new TypeError(`${file}: truncated or damaged presslens partial file (${size} bytes, expected ${end})`);
  p.file = file;
  return p;
}

/**
 * Writes each streamed table of the partials into `dir`, interleaving the shards' blocks back into
 * input order (shard i holds blocks i, i + n, i + 2n, …), and returns where they are.
 */
function mergeStreams(partials: Partial[], dir: string): StreamInfo[] {
  const ordered = [...partials].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0));
  const names = ordered[0].streams.map((s) => s.name);
  for (const p of ordered) {
    if (p.streams.map((s) => s.name).join('\u0000') !== names.join('\u0000')) throw new TypeError(`${p.file}: its streamed tables differ from the other partials'`);
  }
  const fds = ordered.map((p) => openSync(p.file!, 'r'));
  const buf = Buffer.allocUnsafe(CHUNK);
  try {
    return names.map((name, k) => {
      const file = path.join(dir, `${name}.csv`);
      const out = openSync(file, 'w');
      const streams = ordered.map((p) => p.streams[k]);
      const info: StreamInfo = { name, file, rows: 0, blocks: [], previewBlocks: [] };
      try {
        copyRange(fds[0], streams[0].offset, streams[0].header, out, buf);
        const cursors = streams.map((s) => s.offset + s.header);
        const most = Math.max(...streams.map((s) => s.blocks.length));
        let preview = 0;
        for (let j = 0; j < most; j++) {
          streams.forEach((s, i) => {
            if (j >= s.blocks.length) return;
            copyRange(fds[i], cursors[i], s.blocks[j], out, buf);
            cursors[i] += s.blocks[j];
            info.blocks.push(s.blocks[j]);
            if (preview < PREVIEW_ROWS && j < s.previewBlocks.length) {
              info.previewBlocks.push(s.previewBlocks[j]);
              preview += s.previewBlocks[j].length;
            }
          });
        }
        info.rows = streams.reduce((a, s) => a + s.rows, 0);
      } finally {
        closeSync(out);
      }
      return info;
    });
  } finally {
    fds.forEach((fd) => closeSync(fd));
  }
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Merges partials (any order) of the same pipeline and, with `out`, writes the finished report.
 * Read problems seen by every shard (they all read every file) are reported once.
 */
export async function mergePartials(pipeline: Pipeline, partials: Partial[], out: string | undefined, options: { report?: boolean; neutralizeFormulas?: boolean } = {}): Promise<{ manifest: Manifest }> {
  if (partials.length === 0) throw new TypeError('merge needs at least one partial file');
  for (const p of partials) {
    if (p.pipeline !== pipeline.name) throw new TypeError(`partial is from pipeline ${JSON.stringify(p.pipeline)}, not ${JSON.stringify(pipeline.name)}`);
  }
  const counts = partials[0].shard?.count;
  const indexes = partials.map((p) => p.shard?.index);
  if (counts !== undefined && new Set(indexes).size !== partials.length) throw new TypeError(`duplicate shards among partials: ${indexes.map((i) => (i ?? 0) + 1).join(', ')}`);
  const state = partials.map((p) => p.state).reduce((a, b) => mergeStates(pipeline, a, b));
  const ctx = new RunContext({ log: null });
  for (const d of uniqueBy(partials.flatMap((p) => p.diagnostics), (d) => JSON.stringify(d))) ctx.diagnostics.push(d);
  for (const s of uniqueBy(partials.flatMap((p) => p.skipped), (s) => JSON.stringify(s))) ctx.skipped.push(s);
  const inputs = uniqueBy(partials.flatMap((p) => p.inputs), (i) => i.file);
  const staging = await stagingDir(out ?? partials[0].file ?? 'partial');
  try {
    const streams = mergeStreams(partials, staging.dir);
    const tables = withStreams(finishState(pipeline, state), streams);
    const manifest = buildManifest(pipeline, state, tables, ctx, inputs, partials[0].settings);
    if (out) await writeReport(pipeline, tables, manifest, out, { neutralizeFormulas: options.neutralizeFormulas }, options.report !== false, streamFiles(streams));
    return { manifest };
  } finally {
    await staging.release();
  }
}
