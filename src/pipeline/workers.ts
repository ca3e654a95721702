/**
 * A pool of worker threads that analyze batches of articles (see analyze.ts for who sends what).
 * Batches are sent with at most {@link QUEUE} in flight per worker (a bounded queue: the reader
 * analyzes or waits when workers are busy, so memory stays flat on any input size). Each worker folds
 * its batches into its own accumulators and hands them over every `spillBatches` batches and at the
 * end — aggregators' merges are associative and commutative, so tables are the same for any N and any
 * hand-over schedule.
 *
 * A worker that dies (out of memory on a huge article, a crash in native code) takes only the batch it
 * was analyzing with it: those articles are reported as skipped (`worker-failed`), a new worker takes
 * the batches that were queued behind it, and the batches it had finished since its last hand-over are
 * analyzed again there for their accumulators only (their rows and diagnostics were already delivered).
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { Diagnostic, RunContext, Skipped } from '../context.ts';
import type { Article } from '../types.ts';
import type { CsvOptions } from '../report/csv.ts';
import type { Pipeline } from './define.ts';
import type { BlockData } from './streams.ts';
import { mergeStates, type RunState } from './state.ts';

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

/** Messages a worker sends (see worker.ts). */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; id: number; diagnostics: Diagnostic[]; skipped: Skipped[]; block: BlockData | null }
  | { type: 'state'; state: RunState }
  | { type: 'spill'; state: RunState; upTo: number }
  | { type: 'timing'; label: string; ms: number };

/** Messages a worker is sent: a batch (`spill`: hand the accumulators over after it; `replay`: fold it in silently), or the end. */
export type ToWorker = { type: 'batch'; id: number; articles: Article[]; spill?: boolean; replay?: boolean } | { type: 'finish' };

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

/** A batch sent to a worker and not yet covered by one of its hand-overs. */
interface Sent {
  id: number;
  articles: Article[];
  spill: boolean;
  /** Its `done` arrived (rows and diagnostics delivered). */
  done: boolean;
  /** Sent again to a new worker only for its accumulators. */
  replay: boolean;
}

interface Slot {
  worker: Worker;
  /** Batches sent since the worker's last hand-over, in the order it analyzes them. */
  sent: Sent[];
  ready: Promise<void>;
  started: boolean;
  onState?: (s: RunState) => void;
}

/** A running pool; feed it with {@link Pool.push}, end with {@link Pool.finish}. */
export interface Pool {
  /** True when a worker has fewer than {@link QUEUE} batches queued (a push would not wait for room). */
  hasRoom(): boolean;
  /** Sends batch `id` (the id its streamed rows are reported under) to the least-loaded worker, waiting for room; `spill` hands the accumulators over right after it. */
  push(articles: Article[], id: number, spill?: boolean): Promise<void>;
  finish(): Promise<RunState>;
  terminate(): Promise<void>;
}

const inFlight = (s: Slot) => s.sent.reduce((n, b) => n + (b.done ? 0 : 1), 0);

/** Starts `n` workers that each load `pipelineFile`. */
export function startPool(pipeline: Pipeline, pipelineFile: string, n: number, ctx: RunContext, options: PoolOptions = {}): Pool {
  const { onDone, onBlock } = options;
  const slots: Slot[] = [];
  let waiters: (() => void)[] = [];
  let failure: Error | null = null;
  let ending = false;
  const wake = () => {
    const w = waiters;
    waiters = [];
    w.forEach((f) => f());
  };
  const fail = (e: Error) => {
    failure ??= e;
    wake();
  };
  const send = (slot: Slot, b: Sent) => slot.worker.postMessage({ type: 'batch', id: b.id, articles: b.articles, spill: b.spill, replay: b.replay } satisfies ToWorker);

  const onMessage = (slot: Slot, msg: FromWorker) => {
    if (msg.type === 'ready') return;
    if (msg.type === 'timing') ctx.timing?.(msg.label, msg.ms);
    else if (msg.type === 'spill') {
      // every batch up to this one is done (a worker analyzes in order, and sends `done` before `spill`)
      slot.sent.splice(0, slot.sent.findIndex((b) => b.id === msg.upTo) + 1);
      options.onSpill?.(msg.state);
    } else if (msg.type === 'state') slot.onState?.(msg.state);
    else if (msg.type === 'done') {
      const b = slot.sent.find((x) => x.id === msg.id && !x.done);
      if (!b) return;
      b.done = true;
      if (b.replay) return wake();
      for (const d of msg.diagnostics) ctx.report(d);
      for (const s of msg.skipped) ctx.skipped.push(s);
      if (msg.block) onBlock?.(msg.id, msg.block);
      onDone?.(b.articles.length);
      wake();
    }
  };

  /** A worker died: report its current batch, and hand the rest of its work to a new worker. */
  const onDeath = (slot: Slot, why: string) => {
    if (ending || failure) return;
    if (!slot.started) return fail(new Error(`worker failed to start: ${why}`));
    const culprit = slot.sent.find((b) => !b.done);
    const redo = slot.sent.filter((b) => b !== culprit).map((b) => ({ ...b, replay: b.replay || b.done, done: false }));
    if (culprit) {
      for (const a of culprit.articles) {
        ctx.skip('worker-failed', `the analysis thread died (${why}) on the batch holding article ${JSON.stringify(a.id)}; the ${culprit.articles.length === 1 ? 'article is' : `${culprit.articles.length} articles of that batch are`} left out`, a.origin, 'run');
      }
      if (!culprit.replay) {
        onBlock?.(culprit.id, {});
        onDone?.(culprit.articles.length);
      }
    }
    const next = spawn(slots.indexOf(slot));
    next.sent = redo;
    for (const b of redo) send(next, b);
    wake();
  };

  const spawn = (index: number): Slot => {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      workerData: {
        pipelineFile,
        groupBy: pipeline.groupBy,
        streaming: options.streaming === true,
        csv: { neutralizeFormulas: options.csv?.neutralizeFormulas },
        spillBatches: options.spillBatches ?? Infinity,
        timing: ctx.timing !== null,
      },
    });
    let readyResolve!: () => void;
    const slot: Slot = { worker, sent: [], started: false, ready: new Promise<void>((r) => (readyResolve = r)) };
    let why = 'it exited';
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') {
        slot.started = true;
        readyResolve();
      }
      try {
        onMessage(slot, msg);
      } catch (e) {
        // e.g. ENOSPC while appending the rows to their file: the run fails with that message, no stack trace
        fail(e as Error);
      }
    });
    worker.on('error', (e: Error & { code?: string }) => {
      why = e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : e.message;
    });
    worker.on('exit', () => {
      readyResolve();
      if (slots[index] === slot) onDeath(slot, why);
    });
    slots[index] = slot;
    return slot;
  };
  for (let i = 0; i < n; i++) spawn(i);

  const check = () => {
    if (failure) throw failure;
  };
  return {
    hasRoom: () => slots.some((s) => inFlight(s) < QUEUE),
    async push(articles, id, spill = false) {
      check();
      for (;;) {
        // least-loaded worker with room
        let best: Slot | null = null;
        for (const s of slots) if (inFlight(s) < QUEUE && (best === null || inFlight(s) < inFlight(best))) best = s;
        if (best) {
          await best.ready;
          check();
          if (!slots.includes(best)) continue; // it died while starting
          const b: Sent = { id, articles, spill, done: false, replay: false };
          best.sent.push(b);
          send(best, b);
          return;
        }
        await new Promise<void>((r) => waiters.push(r));
        check();
      }
    },
    async finish() {
      while (slots.some((s) => inFlight(s) > 0)) {
        await new Promise<void>((r) => waiters.push(r));
        check();
      }
      const states = await Promise.all(
        slots.map(
          (s) =>
            new Promise<RunState>((resolve, reject) => {
              s.onState = resolve;
              s.worker.once('exit', () => reject(failure ?? new Error('a worker exited before handing over its accumulators')));
              s.worker.postMessage({ type: 'finish' } satisfies ToWorker);
            }),
        ),
      );
      ending = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
      return states.reduce((a, b) => mergeStates(pipeline, a, b));
    },
    async terminate() {
      ending = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
