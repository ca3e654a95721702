import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusFile, repoRoot } from './helpers/corpora.ts';
import { tempDir } from './helpers/tmp.ts';
import { createContext } from '../src/context.ts';
import type { Article } from '../src/types.ts';

const bin = path.join(repoRoot, 'bin/presslens.js');
function cli(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(r.status, 0, `presslens ${args.join(' ')}\n${r.stderr}`);
  return r;
}

/**
 * An input of a few hundred articles plus a bad line: a BBC sample when ../shared is present, else the
 * three samples of data/ repeated under new ids (enough batches for workers and hand-overs either way).
 */
function sampleInput(dir: string): string {
  const bbc = corpusFile('news/bbc-news-2225.jsonl');
  const samples = readFileSync(path.join(repoRoot, 'data/samples.jsonl'), 'utf8').split('\n').filter(Boolean);
  const lines = bbc
    ? readFileSync(bbc, 'utf8').split('\n').filter(Boolean).filter((_, i) => i % 7 === 0).slice(0, 300)
    : Array.from({ length: 240 }, (_, i) => JSON.stringify({ ...JSON.parse(samples[i % samples.length]), id: `sample-${i}` }));
  lines.splice(5, 0, '{"id": "broken"'); // one malformed line, reported once whatever the sharding
  lines.push(JSON.stringify({ id: 'seed', title: 'Seed', date: '2008-04-26', text: readFileSync(path.join(repoRoot, 'data/wsws-2008-04-26-sadr-city-iran.md'), 'utf8') }));
  const file = path.join(dir, 'in.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/**
 * The files of a report directory, the manifest without its timestamp; with `hashes: false`, also
 * without the inputs' sha256 (a file shards read in byte ranges has the ranges' hashes instead).
 */
function outputs(dir: string, hashes = true): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of readdirSync(dir).sort()) {
    let s = readFileSync(path.join(dir, f), 'utf8');
    if (f === 'manifest.json') {
      s = s.replace(/"generatedAt": "[^"]*"/, '"generatedAt": ""');
      if (!hashes) {
        const j = JSON.parse(s);
        j.inputs = j.inputs.map((i: { file: string; bytes: number; articles: number }) => ({ file: i.file, bytes: i.bytes, articles: i.articles }));
        s = JSON.stringify(j, null, 2);
      }
    }
    m.set(f, s);
  }
  return m;
}

test('presslens run --workers 1, 2 and 3 give byte-identical tables and manifest, by built-in name or file', () => {
  const dir = tempDir('presslens-par-');
  const input = sampleInput(dir);
  const outs = [1, 2, 3].map((w) => {
    const out = path.join(dir, `w${w}`);
    cli(['run', 'news-report', '--input', input, '--out', out, '--no-report', '-q', '--workers', String(w)]);
    return outputs(out);
  });
  assert.ok(outs[0].size >= 4);
  assert.deepEqual(outs[1], outs[0]);
  assert.deepEqual(outs[2], outs[0]);
  // the file re-exporting the built-in (loaded through tsx, in the worker too) gives the same, bar its settings line
  const out = path.join(dir, 'file');
  cli(['run', 'pipelines/news-report.ts', '--input', input, '--out', out, '--no-report', '-q', '--workers', '2']);
  const file = outputs(out);
  const bySettings = (m: Map<string, string>) => new Map([...m].map(([k, v]) => [k, v.replace(/"pipeline": "news-report(\.ts)?"/g, '')]));
  assert.match(file.get('manifest.json')!, /"pipeline": "news-report\.ts"/);
  assert.deepEqual(bySettings(file), bySettings(outs[0]));
});

test('presslens run --shard i/n --partial then merge equals a single run', () => {
  const dir = tempDir('presslens-shard-');
  const input = sampleInput(dir);
  const single = path.join(dir, 'single');
  cli(['run', 'pipelines/news-report.ts', '--input', input, '--out', single, '--no-report', '-q', '--workers', '1']);
  const parts = [1, 2, 3].map((i) => path.join(dir, `part${i}.json`));
  // shards written in a different order than merged, one of them with 2 workers
  cli(['run', 'pipelines/news-report.ts', '--input', input, '--shard', '3/3', '--partial', parts[2], '-q', '--workers', '2']);
  cli(['run', 'pipelines/news-report.ts', '--input', input, '--shard', '1/3', '--partial', parts[0], '-q', '--workers', '1']);
  cli(['run', 'pipelines/news-report.ts', '--input', input, '--shard', '2/3', '--partial', parts[1], '-q', '--workers', '1']);
  const merged = path.join(dir, 'merged');
  cli(['merge', parts[1], parts[2], parts[0], '--out', merged, '--no-report', '-q']);
  // one file, three shards: each read a byte range of it (the manifest has the ranges' sha256)
  assert.deepEqual(outputs(merged, false), outputs(single, false));
  const inputs = JSON.parse(readFileSync(path.join(merged, 'manifest.json'), 'utf8')).inputs;
  assert.equal(inputs.length, 1);
  assert.equal(inputs[0].parts.length, 3);
});

test('a grouped run (--group-by) gives byte-identical output for any workers and shards, merged in any order', () => {
  const dir = tempDir('presslens-grouped-par-');
  const input = sampleInput(dir);
  // BBC topics from the id (the seed and the data/ samples are in group (none)), or the samples by source
  const key = corpusFile('news/bbc-news-2225.jsonl') ? 'id:/^bbc-(\\w+)-/' : 'source';
  const outs = [1, 3].map((w) => {
    const out = path.join(dir, `w${w}`);
    cli(['run', 'news-report', '--input', input, '--out', out, '--no-report', '-q', '--workers', String(w), '--group-by', key]);
    return outputs(out);
  });
  assert.deepEqual(outs[1], outs[0]);
  assert.match(outs[0].get('terms.csv')!, /^group,term,count,docs,share\n/);
  assert.match(outs[0].get('manifest.json')!, /"groups": \{\s*"key": /);
  const parts = [1, 2].map((i) => path.join(dir, `part${i}.json`));
  cli(['run', 'pipelines/news-report.ts', '--input', input, '--shard', '2/2', '--partial', parts[1], '-q', '--workers', '2', '--group-by', key]);
  cli(['run', 'pipelines/news-report.ts', '--input', input, '--shard', '1/2', '--partial', parts[0], '-q', '--workers', '1', '--group-by', key]);
  const merged = path.join(dir, 'merged');
  cli(['merge', parts[1], parts[0], '--out', merged, '--no-report', '-q', '--pipeline', 'pipelines/news-report.ts']);
  const bySettings = (m: Map<string, string>) => new Map([...m].map(([k, v]) => [k, v.replace(/"pipeline": "news-report(\.ts)?"/g, '')]));
  // one file, two shards: each read a byte range of it (the manifest has the ranges' sha256)
  const single = outputs(path.join(dir, 'w1'), false);
  assert.deepEqual(bySettings(outputs(merged, false)), bySettings(single));
});

test('presslens merge refuses a truncated partial file, naming it', () => {
  const dir = tempDir('presslens-trunc-');
  const part = path.join(dir, 'part.json');
  cli(['run', 'pipelines/news-report.ts', '--input', 'data', '--shard', '1/1', '--partial', part, '-q']);
  const bytes = readFileSync(part);
  const cut = path.join(dir, 'cut.json');
  writeFileSync(cut, bytes.subarray(0, bytes.length - 100));
  const r = spawnSync(process.execPath, [bin, 'merge', cut, '--out', path.join(dir, 'out'), '-q'], { cwd: repoRoot, encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /cut\.json: truncated or damaged presslens partial file/);
  cli(['merge', part, '--out', path.join(dir, 'ok'), '--no-report', '-q']);
  assert.ok(readFileSync(path.join(dir, 'ok', 'attributions.csv'), 'utf8').split('\n').length > 10);
});

test('run({ workers: 3, batchSize: 7, spillBatches: 2 }) writes the same tables as one thread', async () => {
  const { run } = await import('../src/index.ts');
  const pipelineFile = path.join(repoRoot, 'pipelines/news-report.ts');
  const pipeline = (await import(pipelineFile)).default;
  const dir = tempDir('presslens-spill-');
  const input = sampleInput(dir);
  const quiet = () => createContext({ log: null });
  const one = path.join(dir, 'one');
  await run(pipeline, { input: [input], out: one, report: false, ctx: quiet() });
  const many = path.join(dir, 'many');
  // small batches and frequent hand-overs: many partial states merged into the main thread's
  await run(pipeline, { input: [input], out: many, report: false, ctx: quiet(), workers: 3, pipelineFile, batchSize: 7, spillBatches: 2 });
  assert.deepEqual(outputs(many), outputs(one));
  await assert.rejects(run(pipeline, { input: [input], batchSize: 0 }), /batchSize must be an integer ≥ 1, got 0/);
  await assert.rejects(run(pipeline, { input: [input], workers: 2, pipelineFile }), /workers > 1 needs out or partial/);
});

test('a grouped run of the compare pipeline ({ workers: 3, batchSize: 7, spillBatches: 2 }) writes the same tables as one thread', async () => {
  const { run, groupPipeline } = await import('../src/index.ts');
  const pipelineFile = path.join(repoRoot, 'pipelines/compare.ts');
  const key = corpusFile('news/bbc-news-2225.jsonl') ? 'id:/^bbc-(\\w+)-/' : 'source';
  const pipeline = groupPipeline((await import(pipelineFile)).default, key);
  const dir = tempDir('presslens-grouped-spill-');
  const input = sampleInput(dir);
  const quiet = () => createContext({ log: null });
  const one = path.join(dir, 'one');
  await run(pipeline, { input: [input], out: one, report: false, ctx: quiet() });
  const many = path.join(dir, 'many');
  // small batches and frequent hand-overs: the workers group the pipeline they load by the same key
  await run(pipeline, { input: [input], out: many, report: false, ctx: quiet(), workers: 3, pipelineFile, batchSize: 7, spillBatches: 2 });
  const a = outputs(one);
  assert.deepEqual(outputs(many), a);
  assert.ok(new Set(a.get('terms.csv')!.split('\n').slice(1, -1).map((l) => l.split(',')[0])).size >= 2, 'at least two groups');
  assert.match(a.get('trend_sentiment.csv')!, /^group,period,/);
});

test('startPool(…, { spillBatches: 1 }) hands over states whose merge equals one thread', async () => {
  const { startPool } = await import('../src/pipeline/workers.ts');
  const { BlockCollector, streamSpecs } = await import('../src/pipeline/streams.ts');
  const { addToState, analyzeArticle, finishState, initState, mergeStates, readArticles } = await import('../src/index.ts');
  const pipelineFile = path.join(repoRoot, 'pipelines/news-report.ts');
  const pipeline = (await import(pipelineFile)).default;
  const ctx = createContext({ log: null });
  const articles = [];
  for await (const a of readArticles([sampleInput(tempDir('presslens-pool-'))], ctx)) articles.push(a);
  // per-article (streamed) tables go to a sink in both runs; the rest is compared
  const sink = new BlockCollector(streamSpecs(pipeline.aggregators));
  const single = initState(pipeline);
  for (const a of articles) {
    const doc = analyzeArticle(pipeline, a, ctx);
    if (doc) addToState(pipeline, single, doc, sink);
  }
  const spilled: unknown[] = [];
  const pool = startPool(pipeline, pipelineFile, 2, createContext({ log: null }), { streaming: true, spillBatches: 1, onSpill: (s) => spilled.push(s) });
  for (let i = 0; i * 20 < articles.length; i++) await pool.push(articles.slice(i * 20, i * 20 + 20), i);
  let state = await pool.finish();
  assert.ok(spilled.length >= 10, `${spilled.length} hand-overs`);
  for (const s of spilled) state = mergeStates(pipeline, state, s as typeof state);
  assert.equal(state.counts.articles, single.counts.articles);
  assert.deepEqual(finishState(pipeline, state), finishState(pipeline, single));
});

test('startPool: a worker that dies loses only the batch it was analysing; its queued batches and unhanded-over state survive (issue 20)', async () => {
  const { startPool } = await import('../src/pipeline/workers.ts');
  const { BlockCollector, streamSpecs } = await import('../src/pipeline/streams.ts');
  const { addToState, analyzeArticle, finishState, initState, mergeStates, readArticles } = await import('../src/index.ts');
  const dir = tempDir('presslens-death-');
  const pipelineFile = path.join(dir, 'dying.mts');
  writeFileSync(
    pipelineFile,
    `import { isMainThread } from 'node:worker_threads';\nimport base from ${JSON.stringify(path.join(repoRoot, 'src/pipelines/news-report.ts'))};\nimport { definePipeline, analyzer } from ${JSON.stringify(path.join(repoRoot, 'src/index.ts'))};\n` +
      `const killer = analyzer('killer', [], (doc) => { if (doc.article.id === 'kill' && !isMainThread) process.exit(3); });\n` +
      `export default definePipeline({ ...base, name: 'dying', analyzers: [killer, ...base.analyzers] });\n`,
  );
  const pipeline = (await import(pipelineFile)).default;
  const ctx = createContext({ log: null });
  const articles: Article[] = [];
  for await (const a of readArticles([sampleInput(dir)], ctx)) articles.push(a);
  const batches = Array.from({ length: 6 }, (_, i) => articles.slice(i * 10, i * 10 + 10));
  batches[3][4] = { ...batches[3][4], id: 'kill' };
  const poolCtx = createContext({ log: null });
  const blocks: number[] = [];
  const pool = startPool(pipeline, pipelineFile, 1, poolCtx, { streaming: true, onBlock: (id) => blocks.push(id) });
  for (const [i, b] of batches.entries()) await pool.push(b, i);
  const state = await pool.finish();
  assert.deepEqual(blocks.sort(), [0, 1, 2, 3, 4, 5]); // batch 3 delivers an empty block, so the order of rows goes on
  assert.deepEqual(poolCtx.skipped.map((s) => s.code), Array(10).fill('worker-failed'));
  // the tables equal one thread's over every batch but the lost one
  const sink = new BlockCollector(streamSpecs(pipeline.aggregators));
  let single = initState(pipeline);
  for (const b of batches.filter((_, i) => i !== 3)) {
    const part = initState(pipeline);
    for (const a of b) {
      const doc = analyzeArticle(pipeline, a, ctx);
      if (doc) addToState(pipeline, part, doc, sink);
    }
    single = mergeStates(pipeline, single, part);
  }
  assert.equal(state.counts.articles, 50);
  assert.deepEqual(finishState(pipeline, state), finishState(pipeline, single));
});
