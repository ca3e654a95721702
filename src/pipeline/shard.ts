/**
 * Shard and merge: `presslens run … --shard i/n --partial <file>` reads only split i of n of the input
 * (whole files, or line-aligned byte ranges of a large JSONL file: see read/splits.ts) and writes its
 * serialized state; `presslens merge <partials…> --out <dir>` merges them and finishes the report —
 * byte-identical to a single run over the whole input (see the README for the two exceptions: an id
 * repeated in two shards, and records without an id in a file cut by byte range).
 *
 * A merge checks what it is given before it writes anything (see {@link checkPartials}): every shard of
 * n present once, the same input, settings, pipeline and version in each, and each partial intact (a
 * sha256 of its bytes) and consistent (its article count against its counts). It folds the partials'
 * states one partial at a time, so its memory does not grow with the number of partials, and checks
 * every streamed row it copies (see partial-rows.ts). The file format is in partial-file.ts.
 * @module
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { RunContext } from '../context.ts';
import type { Pipeline } from './define.ts';
import { buildManifest, type Manifest, type ManifestInput } from './manifest.ts';
import { prepareOut } from './out-dir.ts';
import { checkStreamedRows } from './partial-rows.ts';
import { csvRows } from '../report/csv.ts';
import { pipelineShape, readPartial, readRange, type Partial } from './partial-file.ts';
import { fixPartLines } from '../read/splits.ts';
import { streamFiles, withStreams, writeReport } from './report-dir.ts';
import { finishState, mergeStates, type RunState } from './state.ts';
import { PREVIEW_ROWS, streamSpecs, type StreamInfo } from './streams.ts';
import { stagingDir } from './write.ts';

export { readPartial, type Partial } from './partial-file.ts';

/** Codes of articles that were read by a shard but not folded into its state. */
const ANALYSIS_SKIPS = new Set(['analyzer-failed', 'worker-failed']);

/** Why one partial disagrees with itself, or null. */
function selfCheck(p: Partial): string | null {
  const lost = p.skipped.filter((s) => ANALYSIS_SKIPS.has(s.code)).length;
  // (the state is gone once a partial has been folded into the merge: it was checked then)
  if (p.state && p.state.counts.articles + lost !== p.read) return `its counts say ${p.state.counts.articles} articles analyzed and ${lost} skipped, but it read ${p.read}`;
  const read = p.inputs.reduce((a, i) => a + i.articles, 0);
  if (read !== p.read) return `its inputs hold ${read} articles, but it says it read ${p.read}`;
  const blocks = Math.ceil(p.read / 64);
  for (const s of p.streams) {
    if (s.blocks.length > blocks) return `its table ${s.name} has ${s.blocks.length} blocks, more than ${blocks} for ${p.read} articles`;
  }
  return null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Checks a set of partials before a merge and returns the shard numbers (1-based) that are missing.
 * @throws naming the partials when one is inconsistent, when they disagree (n, input, settings,
 *   pipeline, version) or when a shard comes twice; and when shards are missing unless `allowMissing`.
 */
export function checkPartials(pipeline: Pipeline, partials: readonly Partial[], allowMissing = false): number[] {
  if (partials.length === 0) throw new TypeError('merge needs at least one partial file');
  const name = (p: Partial) => p.file ?? '(partial)';
  for (const p of partials) {
    const why = selfCheck(p);
    if (why) throw new TypeError(`${name(p)}: inconsistent presslens partial: ${why}; write it again`);
    if (p.pipeline !== pipeline.name) throw new TypeError(`${name(p)}: partial of pipeline ${JSON.stringify(p.pipeline)}, not ${JSON.stringify(pipeline.name)}`);
    if (!same(p.shape, pipelineShape(pipeline))) throw new TypeError(`${name(p)}: partial written by a pipeline ${JSON.stringify(p.pipeline)} with other stages than the one merging (${JSON.stringify(p.shape)})`);
  }
  const first = partials[0];
  const fields: [string, (p: Partial) => unknown][] = [
    ['presslens version', (p) => p.presslens],
    ['shard count n', (p) => p.shard?.count ?? 1],
    ['input files and sizes', (p) => p.plan],
    ['settings', (p) => p.settings],
    ['CSV formula neutralisation', (p) => p.neutralizeFormulas],
  ];
  for (const [what, get] of fields) {
    const odd = partials.filter((p) => !same(get(p), get(first)));
    if (odd.length) throw new TypeError(`partials differ in their ${what}: ${name(first)} has ${JSON.stringify(get(first))}, ${odd.map(name).join(', ')} ${JSON.stringify(get(odd[0]))}; merge partials of one run (same input and options, all shards of one n)`);
  }
  const n = first.shard?.count ?? 1;
  const byIndex = new Map<number, Partial[]>();
  for (const p of partials) byIndex.set(p.shard?.index ?? 0, [...(byIndex.get(p.shard?.index ?? 0) ?? []), p]);
  for (const [i, ps] of byIndex) if (ps.length > 1) throw new TypeError(`shard ${i + 1}/${n} is given twice: ${ps.map(name).join(', ')}`);
  const missing = Array.from({ length: n }, (_, i) => i).filter((i) => !byIndex.has(i)).map((i) => i + 1);
  if (missing.length && !allowMissing) {
    throw new TypeError(`shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${n} missing (given: ${partials.map(name).join(', ')}); merge every shard, or pass --allow-missing for a report marked incomplete`);
  }
  return missing;
}

/**
 * Where the lines of each part of a file cut by byte range start: for a part read from byte `from`,
 * the number of lines before it (the lines of the parts before it), or null when a part before it is
 * missing (an incomplete merge).
 */
function lineShifts(partials: readonly Partial[]): (file: string, from: number) => number | null {
  const parts = new Map<string, { from: number; bytes: number; lines: number | undefined }[]>();
  for (const p of partials) {
    for (const i of p.inputs) parts.set(i.file, [...(parts.get(i.file) ?? []), { from: i.from ?? 0, bytes: i.bytes, lines: i.lines }]);
  }
  for (const list of parts.values()) list.sort((a, b) => a.from - b.from);
  return (file, from) => {
    let before = 0;
    let end = 0; // where the parts read so far end: a gap is a part no partial read (a missing shard)
    for (const part of parts.get(file) ?? []) {
      if (part.from >= from) break;
      if (part.lines === undefined || part.from !== end) return null;
      before += part.lines;
      end = part.from + part.bytes;
    }
    return end === from ? before : null;
  };
}

/** The part of a file a partial read from mid-file (at most one per shard: its split is one byte range), or null. */
function midPart(p: Partial): { file: string; from: number } | null {
  const i = p.inputs.find((x) => x.from !== undefined && x.from > 0);
  return i ? { file: i.file, from: i.from! } : null;
}

const MARK = Buffer.from('\uE000');

function writeAll(fd: number, buf: Buffer): void {
  for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at, buf.length - at);
}

/**
 * Writes each streamed table of the partials into `dir`: the shards' splits are contiguous and in input
 * order, so their blocks are concatenated in shard order; line markers of a shard that read from
 * mid-file (see read/splits.ts) become true line numbers. Each block is checked before it is copied
 * (see partial-rows.ts), so rows forged into a partial cannot carry a formula into the report.
 */
function mergeStreams(pipeline: Pipeline, partials: Partial[], dir: string, shift: (file: string, from: number) => number | null): StreamInfo[] {
  const ordered = [...partials].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0));
  const specs = new Map(streamSpecs(pipeline.aggregators).map((s) => [s.name, s]));
  const neutralized = partials[0].neutralizeFormulas;
  return ordered[0].streams.map(({ name }, k) => {
    const spec = specs.get(name);
    if (!spec) throw new TypeError(`${ordered[0].file}: table ${name} is not one of this pipeline's streamed tables`);
    const file = path.join(dir, `${name}.csv`);
    const out = openSync(file, 'w');
    const info: StreamInfo = { name, file, rows: 0, blocks: [], previewBlocks: [] };
    let preview = 0;
    try {
      ordered.forEach((p, i) => {
        const s = p.streams[k];
        const refuse = (why: string) => new TypeError(`${p.file}: table ${name}${why}; merge refuses a partial presslens did not write as it is`);
        if (s?.name !== name) throw refuse(' is missing or out of place');
        const fd = openSync(p.file!, 'r');
        try {
          if (i === 0) {
            const header = readRange(fd, s.headerAt, s.header, p.file!);
            if (header.toString('utf8') !== csvRows(spec.columns, [], { neutralizeFormulas: neutralized }, true)) throw refuse(' has another header than this pipeline writes');
            writeAll(out, header);
          }
          const mid = midPart(p);
          const fix = mid ? (text: string) => fixPartLines(text, (from) => shift(mid.file, from)) : null;
          s.blocks.forEach((len, j) => {
            const raw = readRange(fd, s.at[j], len, p.file!);
            const text = fix && raw.includes(MARK) ? fix(raw.toString('utf8')) : raw.toString('utf8');
            const why = checkStreamedRows(text, spec.columns.length, neutralized);
            if (why) throw refuse(`, block ${j + 1}: ${why}`);
            const bytes = fix && raw.includes(MARK) ? Buffer.from(text) : raw;
            writeAll(out, bytes);
            info.blocks.push(bytes.length);
            if (preview < PREVIEW_ROWS && j < s.previewBlocks.length) {
              const rows = fix ? (JSON.parse(fix(JSON.stringify(s.previewBlocks[j]))) as typeof s.previewBlocks[number]) : s.previewBlocks[j];
              info.previewBlocks.push(rows);
              preview += rows.length;
            }
          });
          info.rows += s.rows;
        } finally {
          closeSync(fd);
        }
      });
    } finally {
      closeSync(out);
    }
    return info;
  });
}

/** The inputs of the merged report, in input order: a file read in parts becomes one entry with its `parts`. */
function mergeInputs(partials: readonly Partial[]): ManifestInput[] {
  const byFile = new Map<string, ManifestInput[]>();
  for (const p of partials) for (const i of p.inputs) byFile.set(i.file, [...(byFile.get(i.file) ?? []), i]);
  const out: ManifestInput[] = [];
  for (const { file } of partials[0].plan) {
    const reads = byFile.get(file);
    if (!reads) continue;
    byFile.delete(file);
    const whole = reads.length === 1 && reads[0].from === undefined && reads[0].lines === undefined;
    if (whole) {
      out.push(reads[0]);
      continue;
    }
    reads.sort((a, b) => (a.from ?? 0) - (b.from ?? 0));
    const bytes = reads.reduce((a, r) => a + r.bytes, 0);
    const articles = reads.reduce((a, r) => a + r.articles, 0);
    // one part covering the whole file (the other shards' parts fell inside one line): its hash is the file's
    if (reads.length === 1 && (reads[0].from ?? 0) === 0 && bytes === partials[0].plan.find((f) => f.file === file)?.size) out.push({ file, bytes, sha256: reads[0].sha256, articles });
    else out.push({ file, bytes, sha256: '', articles, parts: reads.map((r) => ({ from: r.from ?? 0, bytes: r.bytes, sha256: r.sha256 })) });
  }
  // stdin and files the plan does not list (none, unless a partial was edited) keep their order
  for (const reads of byFile.values()) out.push(...reads);
  return out;
}

/** A diagnostic or skipped entry with its line made a true line number, when a shard read its file from mid-file. */
function fixOrigin<T extends { file?: string; line?: number; from?: number }>(x: T, shift: (file: string, from: number) => number | null): T {
  if (x.from === undefined || x.line === undefined || x.file === undefined) return x;
  const s = shift(x.file, x.from);
  if (s === null) return x;
  const { from: _, ...rest } = x;
  return { ...rest, line: x.line + s } as T;
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

/** Options of {@link mergePartials}. */
export interface MergeOptions {
  /** Render charts, HTML and summary (default true). */
  report?: boolean;
  /** Merge the shards that are there when some are missing, and mark the report incomplete. */
  allowMissing?: boolean;
  /** Context for the merge's own warnings and timings (default: a silent one). */
  ctx?: RunContext;
  /** A file to append `summary.md` to. */
  stepSummary?: string;
}

/**
 * Merges partials (any order; read partials, or partial file names, read one at a time so that only
 * one partial's state is in memory besides the running merge) of one sharded run and, with `out`,
 * writes the finished report. Problems every shard saw (a missing input) are reported once.
 * @throws (before writing) when the partials do not make one whole run; see {@link checkPartials}.
 */
export async function mergePartials(pipeline: Pipeline, given: (Partial | string)[], out: string | undefined, options: MergeOptions = {}): Promise<{ manifest: Manifest }> {
  if (given.length === 0) throw new TypeError('merge needs at least one partial file');
  let state: RunState | null = null;
  const partials: Partial[] = [];
  for (const g of given) {
    const p = typeof g === 'string' ? await readPartial(g) : g;
    // checked one by one as they are folded, and together below, before anything is written
    checkPartials(pipeline, [p], true);
    state = state ? mergeStates(pipeline, state, p.state) : p.state;
    partials.push({ ...p, state: undefined as unknown as RunState });
  }
  const missing = checkPartials(pipeline, partials, options.allowMissing);
  const shift = lineShifts(partials);
  const ctx = new RunContext({ log: null, timing: options.ctx?.timing });
  for (const d of uniqueBy(partials.flatMap((p) => p.diagnostics), (d) => JSON.stringify(d))) ctx.diagnostics.push(d.origin ? { ...d, origin: fixOrigin(d.origin, shift) } : d);
  for (const s of uniqueBy(partials.flatMap((p) => p.skipped), (s) => JSON.stringify(s))) ctx.skipped.push(fixOrigin(s, shift));
  const n = partials[0].shard?.count ?? 1;
  if (missing.length) {
    const message = `merged ${partials.length} of ${n} shards; shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing: this report covers only part of the input`;
    ctx.diagnostics.push({ level: 'warning', code: 'incomplete-merge', message, stage: 'merge' });
    options.ctx?.report({ level: 'warning', code: 'incomplete-merge', message, stage: 'merge' });
  }
  const inputs = mergeInputs(partials);
  const lock = out ? await prepareOut(out, partials.map((p) => p.file!), (note) => options.ctx?.note(note)) : null;
  const staging = await stagingDir(out ?? partials[0].file ?? 'partial');
  try {
    const streams = mergeStreams(pipeline, partials, staging.dir, shift);
    const tables = withStreams(finishState(pipeline, state!), streams);
    const manifest = buildManifest(pipeline, state!, tables, ctx, inputs, partials[0].settings);
    if (missing.length) manifest.incomplete = { shards: n, missing };
    if (out) {
      await writeReport(pipeline, tables, manifest, out, {
        neutralizeFormulas: partials[0].neutralizeFormulas,
        report: options.report,
        streamed: streamFiles(streams),
        ctx,
        stepSummary: options.stepSummary,
      });
    }
    return { manifest };
  } finally {
    await staging.release();
    await lock?.release();
  }
}
