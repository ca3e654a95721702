/**
 * Worker of the 10 MB-article test: reads one input file, runs every exported analyzer on its single
 * article and posts a message after each step, so the test can time out a step that is not linear.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createContext, readArticles, type Doc } from '../../src/index.ts';
import { allAnalyzers } from '../helpers/stages.ts';

const { file } = workerData as { file: string };
const post = (m: Record<string, unknown>) => parentPort!.postMessage(m);

const analyzers = allAnalyzers();

const ctx = createContext({ log: null });
let t = performance.now();
const articles = [];
for await (const a of readArticles([file], ctx)) articles.push(a);
post({ step: 'read', ms: performance.now() - t, articles: articles.length, length: articles[0]?.text.length, diagnostics: ctx.diagnostics.map((d) => d.code) });
const doc: Doc = { article: articles[0] };
for (const a of analyzers) {
  post({ start: a.name });
  t = performance.now();
  a.run(doc, ctx);
  post({ step: a.name, ms: performance.now() - t });
}
const text = doc.article.text;
const ok = (s: { start: number; end: number; text: string } | undefined) => !s || text.slice(s.start, s.end) === s.text;
post({ done: true, tokens: doc.tokens?.length ?? 0, sentences: doc.sentences?.length ?? 0, slices: ok(doc.tokens?.at(-1)) && ok(doc.sentences?.at(-1)) && ok(doc.tokens?.[0]) });
