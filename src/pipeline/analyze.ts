/**
 * The analysis phase of a run: reads every article, deals them into batches (and shards), analyzes
 * each batch — in this thread, or in worker threads — and folds the results into one state, while the
 * per-article rows go to their files in input order.
 *
 * Two things keep one article from holding the run hostage. This thread yields to the event loop
 * between articles every {@link YIELD_MS}, so a SIGINT/SIGTERM handler runs within one article's
 * analysis; and an article of {@link ISOLATE_CHARS} or more is analyzed in a worker thread (started when
 * the first one comes) when the pipeline has a module file, so that stopping never waits for it and
 * running out of memory on it costs that article, not the run.
 * @module
 */
import type { RunContext } from '../context.ts';
import { readArticles, type ReadOptions } from '../read/files.ts';
import type { CsvOptions } from '../report/csv.ts';
import type { Article } from '../types.ts';
import type { Pipeline } from './define.ts';
import type { ManifestInput } from './manifest.ts';
import { BlockCollector, type BlockOrder, streamSpecs } from './streams.ts';
import { addToState, analyzeArticle, initState, mergeStates, type RunState } from './state.ts';
import type { Pool } from './workers.ts';

/** Articles per block of the streamed tables (a batch never spans two blocks). */
const BLOCK = 64;

/** Default articles per batch, and text bytes that also end a batch (see {@link AnalyzeOptions.batchSize}). */
const BATCH_ARTICLES = 256;
const BATCH_BYTES = 1 << 19;

/** Articles at least this long (UTF-16 code units, 1 Mi) are analyzed in a worker thread when the pipeline has a module file. */
export const ISOLATE_CHARS = 1 << 20;

/** Longest stretch this thread analyzes without letting signal handlers and I/O run. */
const YIELD_MS = 50;

/** The options of the analysis phase (part of the run's options). */
export interface AnalyzeOptions extends ReadOptions, CsvOptions {
  /** Files, directories, globs, or `-` for stdin. */
  input: string[];
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
  /** Path of the pipeline module (what worker threads load). */
  pipelineFile?: string;
}

/** What the analysis phase returns. */
export interface Analysis {
  state: RunState;
  /** Articles read (by this shard: its split of the input). */
  read: number;
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

/**
 * Reads every article, analyzes and folds it (in this thread, and in `workers - 1` worker threads when
 * `workers` > 1); streamed rows go to `order` batch by batch, under the shard block each batch belongs to.
 */
export async function analyzeAll(pipeline: Pipeline, options: AnalyzeOptions, ctx: RunContext, inputs: ManifestInput[], order: BlockOrder | null): Promise<Analysis> {
  const workers = options.workers ?? 1;
  const progress = progressLine(options.progress ?? Boolean(process.stderr.isTTY));
  const articles = readArticles(options.input, ctx, {
    format: options.format,
    stdin: options.stdin,
    shard: options.shard,
    onPlan: options.onPlan,
    maxArticleBytes: options.maxArticleBytes,
    onFile: (f) => {
      inputs.push(f);
      options.onFile?.(f);
    },
  });
  const batchSize = options.batchSize ?? BATCH_ARTICLES;
  const t0 = Date.now();
  let bytes = 0;
  let done = 0;
  let read = 0;
  // This thread analyzes too: with N workers it is one of them, beside N - 1 worker threads that get a
  // batch whenever they have room (up to six queued each, see workers.ts), so no core waits for the reader.
  let local = initState(pipeline);
  const collector = order ? new BlockCollector(streamSpecs(pipeline.aggregators), options) : undefined;
  let lastYield = Date.now();
  const analyzeHere = async (batch: Article[], id: number) => {
    for (const article of batch) {
      if (Date.now() - lastYield >= YIELD_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        lastYield = Date.now();
      }
      const doc = analyzeArticle(pipeline, article, ctx);
      if (doc) addToState(pipeline, local, doc, collector);
      progress.tick(++done, bytes);
    }
    if (collector) order!.put(id, collector.take());
  };
  const pools: Pool[] = [];
  const startPool = async (n: number): Promise<Pool> => {
    const { startPool } = await import('./workers.ts');
    const pool = startPool(pipeline, options.pipelineFile!, n, ctx, {
      streaming: order !== null,
      csv: options,
      onDone: (k) => {
        done += k;
        progress.tick(done, bytes);
      },
      onBlock: (id, block) => order!.put(id, block),
      spillBatches: options.spillBatches ?? 16,
      onSpill: (s) => (local = mergeStates(pipeline, local, s)),
    });
    pools.push(pool);
    return pool;
  };
  const pool = workers > 1 ? await startPool(workers - 1) : null;
  let isolated: Pool | null = pool;

  let batch: Article[] = [];
  let batchBytes = 0;
  let batchBlock = -1;
  let nextBatch = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const id = nextBatch++;
    order?.keyBatch(id, batchBlock);
    const b = batch;
    batch = [];
    batchBytes = 0;
    if (pool?.hasRoom()) await pool.push(b, id);
    else await analyzeHere(b, id);
  };
  /** A huge article goes alone to a worker thread, which hands its accumulators over right after it. */
  const isolate = async (article: Article) => {
    await flush();
    const id = nextBatch++;
    order?.keyBatch(id, batchBlock);
    isolated ??= await startPool(1);
    await isolated.push([article], id, true);
  };
  try {
    for await (const article of articles) {
      const block = Math.floor(read++ / BLOCK);
      if (block !== batchBlock) await flush();
      batchBlock = block;
      bytes += article.text.length;
      if (article.text.length >= ISOLATE_CHARS && options.pipelineFile) {
        await isolate(article);
        continue;
      }
      batch.push(article);
      batchBytes += article.text.length;
      if (batch.length >= batchSize || batchBytes >= BATCH_BYTES) await flush();
    }
    await flush();
    const tf = Date.now();
    ctx.time('read+analyze', t0);
    // hand-overs still arrive while a pool finishes: read `local` after
    const finished = [];
    for (const p of pools) finished.push(await p.finish());
    const state = finished.reduce((a, b) => mergeStates(pipeline, a, b), local);
    ctx.time('finish+merge', tf);
    progress.done();
    return { state, read };
  } catch (e) {
    await Promise.all(pools.map((p) => p.terminate()));
    progress.done();
    throw e;
  }
}
