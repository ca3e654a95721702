/**
 * A pool of worker threads for `run(…, { workers: N })` (N - 1 threads: the calling thread analyzes
 * too). Articles are sent in batches with at most {@link QUEUE} batches in flight per worker (a bounded
 * queue: the reader analyzes or waits when workers are busy, so memory stays flat on any input size).
 * Each worker folds its batches into its own accumulators and hands them over every `spillBatches`
 * batches and at the end — aggregators' merges are associative and commutative, so tables are the
 * same for any N and any hand-over schedule.
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { Diagnostic, RunContext, Skipped } from '../context.ts';
import type { Article } from '../types.ts';
import type { CsvOptions } from '../report/csv.ts';
import type { Pipeline } from './define.ts';
import type { BlockData } from './streams.ts';
import { mergeStates, type RunState } from './run.ts';

/**
 * Batches in flight per worker. The calling thread analyzes a batch whenever every worker is full, and
 * one of its batches can take longer than two of a worker's: with two queued, workers measured idle
 * about a quarter of a 73 MB run; with six, about 1%.
 */
const QUEUE = 6;

/**
 * Young generation of a worker thread, in MiB (V8's default on 64-bit is 48: two 16 MiB semi-spaces and
 * room for new large objects). 24 halves the semi-spaces. Measured with 2 workers at 73 MB (5 interleaved
 * pairs, whole process): peak RSS 366 against 400 MiB, wall time 0.99× (0.97–1.04×); 12 took 1.20× the
 * time for no further saving. The main thread keeps the default: the same halving there (both threads,
 * `--max-semi-space-size=8`) cost 1.15× the time.
 */
const WORKER_YOUNG_MB = 24;

type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; id: number; diagnostics: Diagnostic[]; skipped: Skipped[]; block: BlockData | null }
  | { type: 'state'; state: RunState }
  | { type: 'spill'; state: RunState };

/** Options of {@link startPool}. */
export interface PoolOptions {
  /** Workers send each batch's streamed-table rows back as CSV (see streams.ts). */
  streaming?: boolean;
  csv?: CsvOptions;
  /** Called with the number of articles of each finished batch. */
  onDone?: (articles: number) => void;
  /** Batches after which a worker hands its accumulators over to {@link PoolOptions.onSpill} and starts afresh (default: never). */
  spillBatches?: number;
  /** Called with the accumulators a worker hands over during the run (to be merged into the caller's). */
  onSpill?: (state: RunState) => void;
  /** Called with each finished batch's streamed rows, under the id it was pushed with. */
  onBlock?: (id: number, block: BlockData) => void;
}


interface Slot {
  worker: Worker;
  inFlight: number;
  ready: Promise<void>;
  onState?: (s: RunState) => void;
}

/** A running pool; feed it with {@link Pool.push}, end with {@link Pool.finish}. */
export interface Pool {
  /** True when a worker has fewer than {@link QUEUE} batches queued (a push would not wait for room). */
  hasRoom(): boolean;
  /** Sends batch `id` (the id its streamed rows are reported under) to the least-loaded worker, waiting for room. */
  push(articles: Article[], id: number): Promise<void>;
  finish(): Promise<RunState>;
  terminate(): Promise<void>;
}

/** Starts `n` workers that each load `pipelineFile`. */
export function startPool(pipeline: Pipeline, pipelineFile: string, n: number, ctx: RunContext, options: PoolOptions = {}): Pool {
  const { onDone, onBlock } = options;
  const slots: Slot[] = [];
  let waiters: (() => void)[] = [];
  let failure: Error | null = null;
  const sizes = new Map<number, number>();
  const wake = () => {
    const w = waiters;
    waiters = [];
    w.forEach((f) => f());
  };
  for (let i = 0; i < n; i++) {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      workerData: { pipelineFile, streaming: options.streaming === true, csv: { neutralizeFormulas: options.csv?.neutralizeFormulas }, spillBatches: options.spillBatches ?? Infinity },
    });
    let readyResolve!: () => void;
    const slot: Slot = { worker, inFlight: 0, ready: new Promise<void>((r) => (readyResolve = r)) };
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') readyResolve();
      else if (msg.type === 'done') {
        slot.inFlight--;
        for (const d of msg.diagnostics) ctx.report(d);
        for (const s of msg.skipped) ctx.skipped.push(s);
        if (msg.block) onBlock?.(msg.id, msg.block);
        onDone?.(sizes.get(msg.id) ?? 0);
        sizes.delete(msg.id);
        wake();
      } else if (msg.type === 'spill') options.onSpill?.(msg.state);
      else if (msg.type === 'state') slot.onState?.(msg.state);
    });
    worker.on('error', (e) => {
      failure = e;
      readyResolve();
      wake();
    });
    slots.push(slot);
  }
  const check = () => {
    if (failure) throw new Error(`worker failed: ${failure.message}`);
  };
  return {
    hasRoom: () => slots.some((s) => s.inFlight < QUEUE),
    async push(articles, id) {
      check();
      for (;;) {
        // least-loaded worker with room
        let best: Slot | null = null;
        for (const s of slots) if (s.inFlight < QUEUE && (best === null || s.inFlight < best.inFlight)) best = s;
        if (best) {
          await best.ready;
          check();
          best.inFlight++;
          sizes.set(id, articles.length);
          best.worker.postMessage({ type: 'batch', id, articles });
          return;
        }
        await new Promise<void>((r) => waiters.push(r));
        check();
      }
    },
    async finish() {
      while (slots.some((s) => s.inFlight > 0)) {
        await new Promise<void>((r) => waiters.push(r));
        check();
      }
      const states = await Promise.all(
        slots.map(
          (s) =>
            new Promise<RunState>((resolve) => {
              s.onState = resolve;
              s.worker.postMessage({ type: 'finish' });
            }),
        ),
      );
      await Promise.all(slots.map((s) => s.worker.terminate()));
      return states.reduce((a, b) => mergeStates(pipeline, a, b));
    },
    async terminate() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
