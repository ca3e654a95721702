/**
 * Worker of the linear-time test: times every exported analyzer on one adversarial text at a time.
 * It runs with a large young generation, emptied before each pass, so that no pass of the sizes
 * measured (4n characters, with n at most 256,000) collects garbage: the cost of a collection steps up once a
 * pass outgrows the young generation, a change of regime rather than of complexity, which made the
 * ratios noisy.
 */
import { parentPort } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeArticle, createContext, type Article } from '../../src/index.ts';
import { allAnalyzers } from '../helpers/stages.ts';
import { CASES } from './linear-cases.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options: { type: 'minor' }) => void;
const pipeline = { name: 'linear', analyzers: allAnalyzers(), aggregators: [], charts: [] };

/** CPU milliseconds of one pass (other processes on a shared machine stretch wall-clock time, not this). */
function timeOnce(text: string): number {
  const article: Article = { id: 'x', title: null, date: null, source: null, author: null, url: null, text, origin: { file: 'linear' } };
  const ctx = createContext({ log: null });
  gc({ type: 'minor' }); // the last pass's garbage: all of it is dead, so this costs next to nothing
  const t0 = process.cpuUsage();
  const doc = analyzeArticle(pipeline, article, ctx);
  const used = process.cpuUsage(t0);
  if (!doc) throw new Error(ctx.diagnostics.map((d) => d.message).join('; '));
  return (used.user + used.system) / 1000;
}

const fastest = (text: string, passes: number) => Math.min(...Array.from({ length: passes }, () => timeOnce(text)));

parentPort!.on('message', (m: { name: string; n: number; passes: number } | { name: string; target: number; max: number }) => {
  const make = CASES[m.name];
  if ('target' in m) {
    // the smallest doubling of 1,000 characters whose fastest pass takes `target` ms
    let n = 1000;
    timeOnce(make(n)); // compile
    while (n < m.max && fastest(make(n), 3) < m.target) n *= 2;
    parentPort!.postMessage({ n });
    return;
  }
  const texts = [make(m.n), make(2 * m.n), make(4 * m.n)];
  const ms = texts.map(() => Infinity);
  for (let i = 0; i < m.passes; i++) texts.forEach((text, k) => (ms[k] = Math.min(ms[k], timeOnce(text))));
  parentPort!.postMessage({ chars: texts.map((x) => x.length), ms });
});
