/**
 * The runner: checks and locks the output, reads and analyzes every article (analyze.ts), finishes
 * the tables and writes the report directory (report-dir.ts) or a shard's partial file (partial-file.ts).
 *
 * Layers, each importing only the ones below it: state.ts (accumulators and their operations),
 * manifest.ts, write.ts → out-dir.ts (atomic writes; output guards and locks), streams.ts,
 * workers.ts / worker.ts, analyze.ts, report-dir.ts, partial-file.ts (a shard's output), shard.ts
 * (merge), and this module on top.
 * @module
 */
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { createContext, RunContext } from '../context.ts';
import type { Table } from '../report/table.ts';
import { analyzeAll, type AnalyzeOptions } from './analyze.ts';
import type { Pipeline } from './define.ts';
import { buildManifest, type Manifest, type ManifestInput } from './manifest.ts';
import { checkNotInput, checkPartialFile, prepareOut, type OutputLock } from './out-dir.ts';
import { streamFiles, withStreams, writeReport } from './report-dir.ts';
import { PartialWriter } from './partial-file.ts';
import { finishState } from './state.ts';
import { BlockOrder, RowStreams, streamSpecs } from './streams.ts';
import { stagingDir } from './write.ts';


/** Options of {@link run}. */
export interface RunOptions extends AnalyzeOptions {
  /** Output directory; omit to only compute the tables. */
  out?: string;
  /** Context to report on (default: a new one logging to stderr). */
  ctx?: RunContext;
  /** Render charts, HTML and summary (default true when `out` is set). */
  report?: boolean;
  /** Settings recorded in the manifest and shown in the report header. */
  settings?: Record<string, unknown>;
  /** Write the serialized state to this file (for `presslens merge`) instead of finishing a report. */
  partial?: string;
  /** A file to append `summary.md` to (the CLI passes `$GITHUB_STEP_SUMMARY`). */
  stepSummary?: string;
}

/** What a run returns. */
export interface RunResult {
  tables: Table[];
  manifest: Manifest;
  ctx: RunContext;
  /** Whether `out` (or `partial`) was written: a run that analyzed no article leaves `out` as it was. */
  written: boolean;
}

function checkOptions(options: RunOptions): void {
  const workers = options.workers ?? 1;
  if (!Number.isInteger(workers) || workers < 1) throw new TypeError(`workers must be an integer ≥ 1, got ${workers}`);
  if (workers > 1 && !options.pipelineFile) throw new TypeError('workers > 1 needs pipelineFile (the module workers load)');
  // per-article rows come back from the threads in any order; only streaming them to files puts them in input order
  if (workers > 1 && !options.out && !options.partial) throw new TypeError('workers > 1 needs out or partial (per-article tables are put in input order as they are written)');
  for (const k of ['batchSize', 'spillBatches'] as const) {
    const v = options[k];
    if (v !== undefined && !(Number.isInteger(v) && v >= 1)) throw new TypeError(`${k} must be an integer ≥ 1, got ${v}`);
  }
  const shard = options.shard;
  if (shard && !(Number.isInteger(shard.count) && shard.count >= 1 && Number.isInteger(shard.index) && shard.index >= 0 && shard.index < shard.count)) {
    throw new TypeError(`shard must be i/n with 1 ≤ i ≤ n, got ${shard.index + 1}/${shard.count}`);
  }
}

/**
 * Checks, before anything is read, that the outputs may be written: `partial` must be new or a
 * presslens partial; `out` is locked against other runs, what a killed run left there is finished,
 * and it must be new, empty or a report presslens wrote. Neither may be an input.
 */
async function prepareOutputs(options: RunOptions, ctx: RunContext): Promise<OutputLock | null> {
  if (options.partial) {
    checkPartialFile(options.partial);
    checkNotInput(options.partial, options.input, '--partial');
    return null;
  }
  return options.out ? prepareOut(options.out, options.input, (note) => ctx.note(note)) : null;
}

/**
 * Runs a pipeline over the inputs. With `out`, writes `<out>/` atomically: one CSV per table,
 * charts (`.vl.json`, `.svg`, `.png`), `index.html`, `summary.md` and `manifest.json`. Per-article
 * tables (aggregators' `streams`) are then written to disk as the run goes, in input order, and the
 * returned tables hold only their first rows (`rowCount` gives the total); without `out` or `partial`
 * every table is returned whole.
 */
export async function run(pipeline: Pipeline, options: RunOptions): Promise<RunResult> {
  checkOptions(options);
  const ctx = options.ctx ?? createContext();
  const lock = await prepareOutputs(options, ctx);
  const inputs: ManifestInput[] = [];
  const specs = options.out || options.partial ? streamSpecs(pipeline.aggregators) : [];
  const staging = specs.length || options.partial ? await stagingDir(options.partial ?? options.out!) : null;
  let streams: RowStreams | null = null;
  let partial: PartialWriter | null = null;
  try {
    // a shard writes its streamed rows straight into its partial file (read back by nobody but the merge)
    if (options.partial) partial = new PartialWriter(specs, path.join(staging!.dir, 'partial'), options);
    else streams = staging ? new RowStreams(specs, staging.dir, options) : null;
    let plan: { file: string; size: number }[] = [];
    const onPlan = (files: { file: string; size: number }[]) => {
      plan = files;
      options.onPlan?.(files);
    };
    const writer = partial ?? streams;
    const analysis = await analyzeAll(pipeline, { ...options, onPlan }, ctx, inputs, writer ? new BlockOrder(writer) : null);
    const { state } = analysis;
    const streamInfos = streams ? streams.close() : [];
    const settings = options.settings ?? {};
    if (options.partial) {
      checkNotInput(options.partial, inputs.map((i) => i.file), '--partial');
      partial!.finish({ pipeline, settings, state, inputs, ctx, shard: options.shard ?? null, read: analysis.read, plan, neutralizeFormulas: options.neutralizeFormulas });
      await rename(partial!.file, options.partial); // same directory: atomic
      return { tables: [], manifest: buildManifest(pipeline, state, [], ctx, inputs, settings), ctx, written: true };
    }
    const t1 = Date.now();
    const tables = withStreams(finishState(pipeline, state), streamInfos);
    const manifest = buildManifest(pipeline, state, tables, ctx, inputs, settings);
    ctx.time('finish tables', t1);
    const written = Boolean(options.out) && state.counts.articles > 0;
    if (written) {
      await writeReport(pipeline, tables, manifest, options.out!, { neutralizeFormulas: options.neutralizeFormulas, report: options.report, streamed: streamFiles(streamInfos), ctx, stepSummary: options.stepSummary });
    }
    return { tables, manifest, ctx, written };
  } finally {
    streams?.close();
    partial?.close();
    await staging?.release();
    await lock?.release();
  }
}
