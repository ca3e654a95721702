/**
 * The worker-thread side of a parallel run: loads the pipeline file, analyzes the batches of
 * articles it is sent, folds them into its own state, and returns that state when told to finish.
 * @module
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { createContext } from '../context.ts';
import type { CsvOptions } from '../report/csv.ts';
import type { Pipeline } from './define.ts';
import { groupPipeline } from './group-pipeline.ts';
import { BlockCollector, streamSpecs } from './streams.ts';
import { addToState, analyzeArticle, initState } from './state.ts';
import type { FromWorker, ToWorker } from './workers.ts';

const port = parentPort!;
const { pipelineFile, groupBy, streaming, csv, spillBatches, timing } = workerData as { pipelineFile: string; groupBy?: string; streaming: boolean; csv: CsvOptions; spillBatches: number; timing: boolean };
const post = (m: FromWorker) => port.postMessage(m);
// a grouped run groups the pipeline the file declares, as the main thread did
const pipeline = groupPipeline(((await import(pathToFileURL(pipelineFile).href)) as { default: Pipeline }).default, groupBy);
let state = initState(pipeline);
let sinceSpill = 0;
const collector = streaming ? new BlockCollector(streamSpecs(pipeline.aggregators), csv) : undefined;
// Replayed batches (see workers.ts) fold into the state only: their rows and diagnostics were delivered once.
const discard = streaming ? new BlockCollector(streamSpecs(pipeline.aggregators), csv) : undefined;
const ctx = createContext({ log: null });

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'batch') {
    const tb = Date.now();
    const d0 = ctx.diagnostics.length;
    const s0 = ctx.skipped.length;
    const sink = msg.replay ? discard : collector;
    for (const article of msg.articles) {
      const doc = analyzeArticle(pipeline, article, ctx);
      if (doc) addToState(pipeline, state, doc, sink);
    }
    if (msg.replay) discard?.take();
    if (timing) post({ type: 'timing', label: `worker ${threadId}: batch ${msg.id} (${msg.articles.length} articles)${msg.replay ? ' replayed' : ''}`, ms: Date.now() - tb });
    post({ type: 'done', id: msg.id, diagnostics: msg.replay ? [] : ctx.diagnostics.slice(d0), skipped: msg.replay ? [] : ctx.skipped.slice(s0), block: collector && !msg.replay ? collector.take() : null });
    ctx.diagnostics.length = d0;
    ctx.skipped.length = s0;
    // hand the accumulators over now and then (see RunOptions.spillBatches), and after a batch that asks for it
    if (++sinceSpill >= spillBatches || msg.spill) {
      post({ type: 'spill', state, upTo: msg.id });
      state = initState(pipeline);
      sinceSpill = 0;
    }
  } else {
    post({ type: 'state', state });
  }
});
post({ type: 'ready' });
