/**
 * The runner: reads articles, runs the analyzers on each, folds them into the aggregators,
 * finishes the tables and writes the report (CSV, charts, HTML, summary, manifest) atomically.
 *
 * The pieces (`analyzeArticle`, `initState`, `addToState`, `mergeStates`, `finishState`) are exported
 * so worker threads and sharded runs compose the same way as a single run.
 * @module
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendFile } from 'node:fs/promises';
import { createContext, RunContext } from '../context.ts';
import { readArticles, type ReadOptions } from '../read/files.ts';
import { toCsv, type CsvOptions } from '../report/csv.ts';
import { rowCount, type Table } from '../report/table.ts';
import type { Article, Doc } from '../types.ts';
import type { Pipeline, RowSink } from './define.ts';
import { BlockCollector, BlockOrder, flattenPreview, RowStreams, streamSpecs, type StreamInfo } from './streams.ts';
import type { Manifest, ManifestInput } from './manifest.ts';
import { stagingDir, writeDirAtomic, type FileRef } from './write.ts';
import { byString } from '../util/compare.ts';

/** Counters carried with the accumulators. */
export interface RunCounts {
  articles: number;
  sentences: number;
  tokens: number;
  minDate: string | null;
  maxDate: string | null;
}

/** Per-run state: one accumulator per aggregator plus counters. Mergeable like the accumulators. */
export interface RunState {
  accs: unknown[];
  counts: RunCounts;
}

/** Options of {@link run}. */
export interface RunOptions extends ReadOptions, CsvOptions {
  /** Files, directories, globs, or `-` for stdin. */
  input: string[];
  /** Output directory; omit to only compute the tables. */
  out?: string;
  /** Context to report on (default: a new one logging to stderr). */
  ctx?: RunContext;
  /** Render charts, HTML and summary (default true when `out` is set). */
  report?: boolean;
  /** Settings recorded in the manifest and shown in the report header. */
  settings?: Record<string, unknown>;
  /** Show a progress line on stderr (default: when stderr is a TTY). */
  progress?: boolean;
  /** Threads that analyze (default 1 = this thread only; N > 1 adds N - 1 worker threads). More than 1 needs `pipelineFile` and `out` or `partial`. */
  workers?: number;
  /** Articles per batch: the unit sent to a worker and written to the streamed tables (default 256; a batch also ends at 512 KiB of text). */
  batchSize?: number;
  /**
   * With workers: batches after which a worker thread hands its accumulators to this thread and starts
   * afresh (default 16), so the corpus maps (vocabulary, bigrams) are held once instead of once per
   * thread. Merges are associative and commutative: the value never changes a result, only memory and
   * time. Measured against 16 with 2 workers: at 73 MB (2 interleaved pairs each) 8 gave 376 against
   * 412 MiB peak for 1.03× the wall time, and 4 gave 372 against 420 MiB for 1.04×; at 1 GB (one run
   * each) 8 gave 500 against 525 MiB for 1.14× (5 min 3 s against 4 min 26 s).
   */
  spillBatches?: number;
  /** Path of the pipeline module (what workers load). */
  pipelineFile?: string;
  /**
   * Process only shard `index` (0-based) of `count`: the articles read at positions p with
   * ⌊p / {@link SHARD_BLOCK}⌋ ≡ index (mod count) — blocks of consecutive articles, dealt round-robin.
   */
  shard?: { index: number; count: number };
  /** Write the serialized state to this file (for `presslens merge`) instead of finishing a report. */
  partial?: string;
}

/** What a run returns. */
export interface RunResult {
  tables: Table[];
  manifest: Manifest;
  ctx: RunContext;
}

/**
 * Runs every analyzer on one article. An analyzer that throws makes the article skipped
 * (reported with its origin), never the run fail.
 */
export function analyzeArticle(pipeline: Pipeline, article: Article, ctx: RunContext): Doc | null {
  const doc: Doc = { article };
  for (const a of pipeline.analyzers) {
    try {
      a.run(doc, ctx);
    } catch (e) {
      ctx.skip('analyzer-failed', `analyzer ${a.name} failed on article ${JSON.stringify(article.id)}: ${(e as Error).message}`, article.origin, a.name);
      return null;
    }
  }
  return doc;
}

/** Fresh state: `init()` of every aggregator. */
export function initState(pipeline: Pipeline): RunState {
  return { accs: pipeline.aggregators.map((g) => g.init()), counts: { articles: 0, sentences: 0, tokens: 0, minDate: null, maxDate: null } };
}

/** Folds one analyzed document into the state; rows of streamed tables go to `sink` when given. */
export function addToState(pipeline: Pipeline, state: RunState, doc: Doc, sink?: RowSink): void {
  pipeline.aggregators.forEach((g, i) => {
    state.accs[i] = g.add(state.accs[i], doc, sink);
  });
  const c = state.counts;
  c.articles++;
  c.sentences += doc.sentences?.length ?? 0;
  c.tokens += doc.tokens?.length ?? 0;
  const d = doc.article.date?.slice(0, 10);
  if (d && /^\d{4}-\d{2}-\d{2}$/.test(d)) {
    if (c.minDate === null || d < c.minDate) c.minDate = d;
    if (c.maxDate === null || d > c.maxDate) c.maxDate = d;
  }
}

function minS(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}
function maxS(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}

/** Merges two states (associative and commutative, like each aggregator's merge). */
export function mergeStates(pipeline: Pipeline, a: RunState, b: RunState): RunState {
  return {
    accs: pipeline.aggregators.map((g, i) => g.merge(a.accs[i], b.accs[i])),
    counts: {
      articles: a.counts.articles + b.counts.articles,
      sentences: a.counts.sentences + b.counts.sentences,
      tokens: a.counts.tokens + b.counts.tokens,
      minDate: minS(a.counts.minDate, b.counts.minDate),
      maxDate: maxS(a.counts.maxDate, b.counts.maxDate),
    },
  };
}

/** Finishes every aggregator into tables, in pipeline order. */
export function finishState(pipeline: Pipeline, state: RunState): Table[] {
  return pipeline.aggregators.flatMap((g, i) => g.finish(state.accs[i]));
}

const require = createRequire(import.meta.url);

/** The version in a package's package.json, found from its resolved entry point (works for ESM-only packages and restrictive `exports`). */
function versionOf(pkg: string): string {
  let file: string;
  try {
    file = fileURLToPath(import.meta.resolve(pkg));
  } catch {
    return 'unknown';
  }
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const json = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
        if (json.name === pkg && json.version) return json.version;
      } catch {
        /* keep walking up */
      }
    }
  }
  return 'unknown';
}

/** Versions of presslens and the packages that shape its output. */
export function packageVersions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of ['natural', 'stopword', 'vega', 'vega-lite', 'csv-stringify', 'vader-sentiment', '@resvg/resvg-js']) out[p] = versionOf(p);
  return out;
}

/** The run's timestamp: `SOURCE_DATE_EPOCH` (reproducible builds convention) when set, else now. */
export function runTimestamp(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

function originKey(x: { file?: string; line?: number; origin?: { file: string; line?: number } }): [string, number] {
  const o = x.origin ?? x;
  return [o.file ?? '', o.line ?? 0];
}

/** Sorts diagnostics or skipped entries by file, line, code, message: the same order for any number of workers or shards. */
export function sortByOrigin<T extends { code: string; file?: string; line?: number; origin?: { file: string; line?: number }; message?: string; reason?: string }>(xs: T[]): T[] {
  return xs.sort((a, b) => {
    const [fa, la] = originKey(a);
    const [fb, lb] = originKey(b);
    return fa < fb ? -1 : fa > fb ? 1 : la - lb || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || byString(String(a.message ?? a.reason), String(b.message ?? b.reason));
  });
}

/** Builds the manifest of a finished run. */
export function buildManifest(pipeline: Pipeline, state: RunState, tables: Table[], ctx: RunContext, inputs: ManifestInput[], settings: Record<string, unknown>, charts: string[] = []): Manifest {
  return {
    pipeline: pipeline.name,
    generatedAt: runTimestamp(),
    presslens: (require('../../package.json') as { version: string }).version,
    node: process.version,
    packages: packageVersions(),
    settings,
    inputs,
    counts: {
      articles: state.counts.articles,
      skipped: ctx.skipped.length,
      warnings: ctx.diagnostics.filter((d) => d.level === 'warning').length,
      sentences: state.counts.sentences,
      tokens: state.counts.tokens,
    },
    dateRange: state.counts.minDate && state.counts.maxDate ? { from: state.counts.minDate, to: state.counts.maxDate } : null,
    skipped: sortByOrigin(ctx.skipped.map((x) => ({ ...x }))),
    diagnostics: sortByOrigin(ctx.diagnostics.map((d) => ({ ...d, origin: d.origin ? { ...d.origin } : undefined }))),
    tables: tables.map((t) => ({ name: t.name, rows: rowCount(t), file: `${t.name}.csv` })),
    charts,
  };
}

/** A progress line on stderr, redrawn at most every 250 ms. */
function progressLine(enabled: boolean) {
  let last = 0;
  const t0 = Date.now();
  return {
    tick(articles: number, bytes: number, force = false) {
      if (!enabled) return;
      const now = Date.now();
      if (!force && now - last < 250) return;
      last = now;
      const s = (now - t0) / 1000 || 1e-3;
      process.stderr.write(`\r\x1b[K${articles} articles · ${(bytes / 1e6).toFixed(1)} MB · ${(bytes / 1e6 / s).toFixed(1)} MB/s`);
    },
    done() {
      if (enabled) process.stderr.write('\r\x1b[K');
    },
  };
}

/** Articles per shard block: `--shard i/n` takes every n-th block of this many consecutive articles. */
export const SHARD_BLOCK = 64;

/** Default articles per batch, and text bytes that also end a batch (see {@link RunOptions.batchSize}). */
const BATCH_ARTICLES = 256;
const BATCH_BYTES = 1 << 19;

/**
 * Runs a pipeline over the inputs. With `out`, writes `<out>/` atomically: one CSV per table,
 * charts (`.vl.json`, `.svg`, `.png`), `index.html`, `summary.md` and `manifest.json`. Per-article
 * tables (aggregators' `streams`) are then written to disk as the run goes, in input order, and the
 * returned tables hold only their first rows (`rowCount` gives the total); without `out` or `partial`
 * every table is returned whole.
 */
export async function run(pipeline: Pipeline, options: RunOptions): Promise<RunResult> {
  const ctx = options.ctx ?? createContext();
  const inputs: ManifestInput[] = [];
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
  const specs = options.out || options.partial ? streamSpecs(pipeline.aggregators) : [];
  const staging = specs.length ? await stagingDir(options.partial ?? options.out!) : null;
  let streams: RowStreams | null = null;
  try {
    streams = staging ? new RowStreams(specs, staging.dir, options) : null;
    const state = await analyzeAll(pipeline, options, ctx, inputs, workers, streams ? new BlockOrder(streams) : null);
    const streamInfos = streams ? streams.close() : [];
    const settings = options.settings ?? {};
    if (options.partial) {
      const { writePartial } = await import('./shard.ts');
      await writePartial(options.partial, { pipeline: pipeline.name, pipelineFile: options.pipelineFile ?? null, settings, state, inputs, diagnostics: ctx.diagnostics, skipped: ctx.skipped, shard: shard ?? null }, streamInfos);
      return { tables: [], manifest: buildManifest(pipeline, state, [], ctx, inputs, settings), ctx };
    }
    const t1 = Date.now();
    const tables = withStreams(finishState(pipeline, state), streamInfos);
    const manifest = buildManifest(pipeline, state, tables, ctx, inputs, settings);
    if (process.env.PRESSLENS_TIMING) process.stderr.write(`timing: finish tables ${Date.now() - t1} ms\n`);
    if (options.out) await writeReport(pipeline, tables, manifest, options.out, options, options.report !== false, streamFiles(streamInfos));
    return { tables, manifest, ctx };
  } finally {
    streams?.close();
    await staging?.release();
  }
}

/** Puts the streamed tables' previews and row counts in place of their (empty) finished rows. */
export function withStreams(tables: Table[], infos: readonly StreamInfo[]): Table[] {
  for (const info of infos) {
    const t = tables.find((x) => x.name === info.name);
    if (!t) continue;
    t.rows = flattenPreview(info.previewBlocks);
    t.rowCount = info.rows;
  }
  return tables;
}

/** Table name → the file holding its streamed CSV. */
export function streamFiles(infos: readonly StreamInfo[]): Map<string, string> {
  return new Map(infos.map((i) => [i.name, i.file]));
}

/** Reads every article, analyzes and folds it (in this thread, and in `workers - 1` worker threads when `workers` > 1); streamed rows go to `order` block by block. */
async function analyzeAll(
  pipeline: Pipeline,
  options: RunOptions,
  ctx: RunContext,
  inputs: ManifestInput[],
  workers: number,
  order: BlockOrder | null,
): Promise<RunState> {
  const shard = options.shard;
  const progress = progressLine(options.progress ?? Boolean(process.stderr.isTTY));
  let bytes = 0;
  let done = 0;
  let position = 0;
  const articles = readArticles(options.input, ctx, {
    format: options.format,
    stdin: options.stdin,
    onFile: (f) => {
      inputs.push(f);
      options.onFile?.(f);
    },
  });
  const batchSize = options.batchSize ?? BATCH_ARTICLES;
  const t0 = Date.now();
  let batch: Article[] = [];
  let batchBytes = 0;
  let batchBlock = -1;
  let state: RunState;
  let flush: () => Promise<void>;
  let end: () => Promise<RunState>;
  let abort = async (): Promise<void> => {};
  // This thread analyzes too: with N workers it is one of them, beside N - 1 worker threads that get a
  // batch whenever they have room (up to six queued each, see workers.ts), so no core waits for the reader.
  let local = initState(pipeline);
  const collector = order ? new BlockCollector(streamSpecs(pipeline.aggregators), options) : undefined;
  const analyzeHere = (articles: Article[], id: number) => {
    for (const article of articles) {
      const doc = analyzeArticle(pipeline, article, ctx);
      if (doc) addToState(pipeline, local, doc, collector);
      progress.tick(++done, bytes);
    }
    if (collector) order!.put(id, collector.take());
  };
  let nextBatch = 0;
  if (workers === 1) {
    flush = async () => analyzeHere(batch, nextBatch++);
    end = async () => local;
  } else {
    const { startPool } = await import('./workers.ts');
    const pool = startPool(pipeline, options.pipelineFile!, workers - 1, ctx, {
      streaming: order !== null,
      csv: options,
      onDone: (n) => {
        done += n;
        progress.tick(done, bytes);
      },
      onBlock: (id, block) => order!.put(id, block),
      spillBatches: options.spillBatches ?? 16,
      onSpill: (s) => (local = mergeStates(pipeline, local, s)),
    });
    flush = async () => {
      const id = nextBatch++;
      if (pool.hasRoom()) await pool.push(batch, id);
      else analyzeHere(batch, id);
    };
    end = async () => {
      const last = await pool.finish(); // hand-overs still arrive meanwhile: read `local` after
      return mergeStates(pipeline, local, last);
    };
    abort = () => pool.terminate();
  }
  try {
    for await (const article of articles) {
      const p = position++;
      if (shard) {
        const block = Math.floor(p / SHARD_BLOCK);
        if (block % shard.count !== shard.index) continue;
        // a batch never spans two shard blocks, so merges can interleave the shards' blocks
        if (batch.length && block !== batchBlock) {
          await flush();
          batch = [];
          batchBytes = 0;
        }
        batchBlock = block;
      }
      bytes += article.text.length;
      batch.push(article);
      batchBytes += article.text.length;
      if (batch.length >= batchSize || batchBytes >= BATCH_BYTES) {
        await flush();
        batch = [];
        batchBytes = 0;
      }
    }
    if (batch.length) await flush();
    batch = [];
    const tf = Date.now();
    state = await end();
    if (process.env.PRESSLENS_TIMING) process.stderr.write(`timing: read+analyze ${tf - t0} ms, finish+merge ${Date.now() - tf} ms\n`);
  } catch (e) {
    await abort();
    throw e;
  }
  progress.done();
  return state;
}

/** Renders and writes the report directory (tables, charts, HTML, summary, manifest). */
export async function writeReport(pipeline: Pipeline, tables: Table[], manifest: Manifest, out: string, csv: CsvOptions = {}, report = true, streamed: ReadonlyMap<string, string> = new Map()): Promise<void> {
  const files = new Map<string, string | Uint8Array | FileRef>();
  const t0 = Date.now();
  for (const t of tables) {
    const file = streamed.get(t.name);
    files.set(`${t.name}.csv`, file ? { path: file } : toCsv(t, csv));
  }
  if (process.env.PRESSLENS_TIMING) process.stderr.write(`timing: CSV ${Date.now() - t0} ms\n`);
  if (report) {
    const { renderReport } = await import('../report/report.ts');
    const rendered = await renderReport({ pipeline: { name: pipeline.name, description: pipeline.description }, tables, charts: pipeline.charts, manifest, files: streamed });
    manifest.charts = [...rendered.keys()].filter((k) => k.endsWith('.vl.json')).map((k) => k.slice(0, -'.vl.json'.length)).sort();
    for (const [k, v] of rendered) files.set(k, v);
    const summary = rendered.get('summary.md');
    if (summary && process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, String(summary));
  }
  files.set('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
  await writeDirAtomic(out, files);
}
