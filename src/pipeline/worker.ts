/**
 * The worker-thread side of a parallel run: loads the pipeline file, analyzes the batches of
 * articles it is sent, folds them into its own state, and returns that state when told to finish.
 * @module
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { createContext } from '../context.ts';
import type { Article } from '../types.ts';
import type { CsvOptions } from '../report/csv.ts';
import type { Pipeline } from './define.ts';
import { BlockCollector, streamSpecs } from './streams.ts';
import { addToState, analyzeArticle, initState } from './run.ts';

/** Messages the main thread sends. */
export type ToWorker = { type: 'batch'; id: number; articles: Article[] } | { type: 'finish' };

const port = parentPort!;
const { pipelineFile, streaming, csv, spillBatches } = workerData as { pipelineFile: string; streaming: boolean; csv: CsvOptions; spillBatches: number };
const pipeline = ((await import(pathToFileURL(pipelineFile).href)) as { default: Pipeline }).default;
let state = initState(pipeline);
let sinceSpill = 0;
const collector = streaming ? new BlockCollector(streamSpecs(pipeline.aggregators), csv) : undefined;
const ctx = createContext({ log: null });

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'batch') {
    const tb = Date.now();
    const d0 = ctx.diagnostics.length;
    const s0 = ctx.skipped.length;
    for (const article of msg.articles) {
      const doc = analyzeArticle(pipeline, article, ctx);
      if (doc) addToState(pipeline, state, doc, collector);
    }
    if (process.env.PRESSLENS_TIMING) process.stderr.write(`worker ${threadId}: batch ${msg.id} (${msg.articles.length}) ${Date.now() - tb} ms at ${Date.now() % 100000}\n`);
    // hand the accumulators over now and then (see RunOptions.spillBatches)
    if (++sinceSpill >= spillBatches) {
      port.postMessage({ type: 'spill', state });
      state = initState(pipeline);
      sinceSpill = 0;
    }
    port.postMessage({ type: 'done', id: msg.id, diagnostics: ctx.diagnostics.slice(d0), skipped: ctx.skipped.slice(s0), block: collector ? collector.take() : null });
  } else {
    port.postMessage({ type: 'state', state });
  }
});
if (process.env.PRESSLENS_TIMING) process.stderr.write(`worker ${threadId}: ready at ${Date.now() % 100000}\n`);
port.postMessage({ type: 'ready' });
