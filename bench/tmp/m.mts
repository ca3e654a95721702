import { run, definePipeline } from '/work/main/src/index.ts';
import pipeline from '/work/main/pipelines/news-report.ts';
import { initState, addToState, analyzeArticle, finishState, mergeStates } from '/work/main/src/pipeline/run.ts';
import { readArticles } from '/work/main/src/read/files.ts';
import { createContext } from '/work/main/src/context.ts';
import { serialize } from 'node:v8';
const ctx = createContext({ log: null });
let t = performance.now();
const arts = [];
for await (const a of readArticles(['/work/shared/corpora/news/reuters21578.jsonl'], ctx)) arts.push(a);
console.log('read', (performance.now()-t).toFixed(0), arts.length);
for (const an of pipeline.analyzers) { t = performance.now(); const docs = arts.slice(0, 16908); for (const a of docs) { const d = (a as any).__doc ??= { article: a }; an.run(d, ctx); } console.log(an.name, (performance.now()-t).toFixed(0)); }
for (const [i, g] of pipeline.aggregators.entries()) { t = performance.now(); let acc = g.init(); for (const a of arts) acc = g.add(acc, (a as any).__doc); const ta = performance.now()-t; t = performance.now(); const ser = serialize(acc); const ts = performance.now()-t; t = performance.now(); g.merge(acc, g.init()); const tm = performance.now()-t; t=performance.now(); g.finish(acc); console.log(g.name, 'add', ta.toFixed(0), 'ser', ts.toFixed(0), (ser.length/1e6).toFixed(1)+'MB', 'merge', tm.toFixed(0), 'finish', (performance.now()-t).toFixed(0)); }
