/**
 * Input splits (`--shard i/n` reads only its part of the input), compressed input, and the indexed-job
 * contract (`--shard auto`): merged shards equal a single run for several files × shards layouts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { corpusFile, repoRoot } from './helpers/corpora.ts';
import { tempDir } from './helpers/tmp.ts';
import { createContext } from '../src/context.ts';
import { run } from '../src/pipeline/run.ts';
import { mergePartials } from '../src/pipeline/shard.ts';
import { alignToLine, planSplits, type PlanFile } from '../src/read/splits.ts';
import newsReport from '../src/pipelines/news-report.ts';

const bin = path.join(repoRoot, 'bin/presslens.js');
const quiet = () => createContext({ log: null });

test('planSplits: at least as many files as shards gives contiguous runs of whole files, balanced by size, every shard one at least', () => {
  const files: PlanFile[] = [100, 1, 1, 1, 1, 1, 1, 1000].map((size, i) => ({ file: `f${i}`, size, splittable: true }));
  for (const n of [1, 2, 3, 8]) {
    const plan = planSplits(files, n);
    assert.equal(plan.length, n);
    assert.deepEqual(plan.flat().map((s) => s.file), files.map((f) => f.file), `n=${n}: every file once, in input order`);
    assert.ok(plan.every((p) => p.length > 0 && p.every((s) => s.start === 0 && s.end === s.size)));
    assert.deepEqual(planSplits(files, n), plan, 'deterministic');
  }
  // the largest file alone, the rest together
  assert.deepEqual(planSplits(files, 2).map((p) => p.map((s) => s.file)), [['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6'], ['f7']]);
});

test('planSplits: fewer files than shards cuts JSONL files into byte ranges; other files go whole to the shard where they start', () => {
  assert.deepEqual(planSplits([{ file: 'a', size: 1000, splittable: true }], 4).map((p) => p.map((s) => [s.start, s.end])), [[[0, 250]], [[250, 500]], [[500, 750]], [[750, 1000]]]);
  const plan = planSplits([{ file: 'a.csv', size: 600, splittable: false }, { file: 'b', size: 400, splittable: true }], 4);
  assert.deepEqual(plan.map((p) => p.map((s) => `${s.file}[${s.start},${s.end})`)), [['a.csv[0,600)'], [], ['b[0,150)'], ['b[150,400)']]);
});

test('alignToLine: a record belongs to the split where its line starts (LF, CRLF and lone CR line ends)', () => {
  const dir = tempDir('presslens-align-');
  const file = path.join(dir, 'x.jsonl');
  const text = 'aaa\nbbbb\r\ncc\rdd\n';
  writeFileSync(file, text);
  const fd = openSync(file, 'r');
  try {
    const starts = Array.from({ length: text.length + 1 }, (_, p) => alignToLine(fd, p, text.length));
    // line starts: 0, 4 (after LF), 10 (after CRLF), 13 (after CR), 16 (end)
    assert.deepEqual(starts, [0, 4, 4, 4, 4, 10, 10, 10, 10, 10, 10, 13, 13, 13, 16, 16, 16]);
  } finally {
    closeSync(fd);
  }
});

/** `n` short articles (BBC texts cut to 600 characters when the corpus is there, else made up), as JSONL lines. */
function records(n: number, prefix = 'a'): string[] {
  const bbc = corpusFile('news/bbc-news-2225.jsonl');
  const lines = bbc ? readFileSync(bbc, 'utf8').split('\n').filter(Boolean) : [];
  return Array.from({ length: n }, (_, i) => {
    const r = lines.length ? JSON.parse(lines[(i * 13) % lines.length]) : { text: `Officials said on day ${i} that talks would go on. "We will stay," the mayor said.`, title: `Story ${i}` };
    return JSON.stringify({ ...r, id: `${prefix}${i}`, text: String(r.text).slice(0, 600) });
  });
}

/** The report files of a directory, manifest without timestamp and without the inputs' hashes (see parallel.test.ts). */
function outputs(dir: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of readdirSync(dir).sort()) {
    let s = readFileSync(path.join(dir, f), 'utf8');
    if (f === 'manifest.json') {
      const j = JSON.parse(s);
      j.generatedAt = '';
      j.inputs = j.inputs.map((i: { file: string; bytes: number; articles: number }) => ({ file: i.file, bytes: i.bytes, articles: i.articles }));
      s = JSON.stringify(j, null, 2);
    }
    m.set(f, s);
  }
  return m;
}

async function single(input: string[], out: string) {
  await run(newsReport, { input, out, report: false, ctx: quiet() });
  return outputs(out);
}

async function sharded(input: string[], n: number, dir: string, tag: string) {
  const parts: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const partial = path.join(dir, `${tag}-${i + 1}of${n}.part`);
    await run(newsReport, { input, partial, shard: { index: i, count: n }, ctx: quiet() });
    parts.push(partial);
  }
  const out = path.join(dir, `${tag}-merged${n}`);
  await mergePartials(newsReport, parts, out, { report: false });
  return out;
}

test('shards over 1, 3 (very different sizes) and 8 files merge to a single run, for 2, 3, 5 and 8 shards; records straddle the byte-range cuts', async () => {
  const dir = tempDir('presslens-splits-');
  const all = records(120);
  // a malformed line late in the one-file input: its line number must come out true from a mid-file shard
  const one = [...all.slice(0, 100), '{"id": "broken"', ...all.slice(100)];
  writeFileSync(path.join(dir, 'one.jsonl'), one.join('\n') + '\n');
  const layouts: Record<string, string[]> = { one: [path.join(dir, 'one.jsonl')], three: [], eight: [] };
  [all.slice(0, 1), all.slice(1, 11), all.slice(11)].forEach((lines, i) => {
    const f = path.join(dir, `three-${i}.jsonl`);
    writeFileSync(f, lines.join('\n') + '\n');
    layouts.three.push(f);
  });
  for (let i = 0; i < 8; i++) {
    const f = path.join(dir, `eight-${i}.jsonl`);
    writeFileSync(f, all.slice(i * 15, i * 15 + 15).join('\n') + '\n');
    layouts.eight.push(f);
  }
  for (const [name, input] of Object.entries(layouts)) {
    const want = await single(input, path.join(dir, `${name}-single`));
    for (const n of name === 'eight' ? [3, 8] : [2, 3, 5]) {
      const out = await sharded(input, n, dir, name);
      assert.deepEqual(outputs(out), want, `${name} file(s), ${n} shards`);
      if (name === 'one') {
        // every cut of the one file falls inside a record's line (none of its lines is shorter than a split)
        const size = statSync(input[0]).size;
        const starts = new Set<number>([0]);
        let at = 0;
        for (const l of one) starts.add((at += Buffer.byteLength(l) + 1));
        for (let k = 1; k < n; k++) assert.ok(!starts.has(Math.floor((k * size) / n)), `cut ${k} of ${n} is inside a line`);
        const m = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
        assert.equal(m.inputs[0].parts.length, n);
        assert.ok(m.skipped.some((s: { code: string; line: number }) => s.code === 'jsonl-malformed' && s.line === 101), JSON.stringify(m.skipped));
        assert.match(readFileSync(path.join(out, 'articles.csv'), 'utf8'), /one\.jsonl:121\r?\n$/);
      }
    }
  }
});

test('an id repeated in two shards stays repeated in the merged tables (a single run renames the later one id~2)', async () => {
  const dir = tempDir('presslens-dup-');
  const [a, b] = [records(3, 'x'), records(3, 'y')];
  b[1] = JSON.stringify({ ...JSON.parse(b[1]), id: 'x0' });
  const input = ['a.jsonl', 'b.jsonl'].map((f, i) => {
    writeFileSync(path.join(dir, f), [a, b][i].join('\n') + '\n');
    return path.join(dir, f);
  });
  await single(input, path.join(dir, 'single'));
  const ids = (out: string) => readFileSync(path.join(out, 'articles.csv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[0]);
  assert.deepEqual(ids(path.join(dir, 'single')), ['x0', 'x1', 'x2', 'y0', 'x0~2', 'y2']);
  const out = await sharded(input, 2, dir, 'dup');
  assert.deepEqual(ids(out), ['x0', 'x1', 'x2', 'y0', 'x0', 'y2']);
  // within one shard the rename is as before
  const merged1 = await sharded(input, 1, dir, 'dup');
  assert.deepEqual(ids(merged1), ids(path.join(dir, 'single')));
});

test('.jsonl.gz is read streamed and gives the tables of the uncompressed file; a corrupt or truncated archive is named and the other inputs are read', async () => {
  const dir = tempDir('presslens-gz-');
  const lines = records(40).join('\n') + '\n';
  writeFileSync(path.join(dir, 'plain.jsonl'), lines);
  mkdirSync(path.join(dir, 'gz'));
  writeFileSync(path.join(dir, 'gz', 'plain.jsonl.gz'), gzipSync(lines));
  const strip = (m: Map<string, string>) => new Map([...m].map(([k, v]) => [k, k === 'manifest.json' ? '' : v.replaceAll('gz/plain.jsonl.gz', 'plain.jsonl')]));
  const plain = await single([path.join(dir, 'plain.jsonl')], path.join(dir, 'out-plain'));
  const gz = await single([path.join(dir, 'gz', 'plain.jsonl.gz')], path.join(dir, 'out-gz'));
  assert.deepEqual(strip(gz), strip(plain));
  const whole = gzipSync(lines);
  writeFileSync(path.join(dir, 'cut.jsonl.gz'), whole.subarray(0, Math.floor(whole.length / 2)));
  const ctx = quiet();
  const r = await run(newsReport, { input: [path.join(dir, 'cut.jsonl.gz'), path.join(dir, 'plain.jsonl')], out: path.join(dir, 'out-cut'), report: false, ctx });
  const corrupt = ctx.skipped.filter((s) => s.code === 'corrupt-archive');
  assert.equal(corrupt.length, 1);
  assert.equal(corrupt[0].file, path.join(dir, 'cut.jsonl.gz'));
  assert.match(corrupt[0].reason, /gzip archive is corrupt or truncated/);
  const byFile = Object.fromEntries(r.manifest.inputs.map((i) => [path.basename(i.file), i.articles]));
  assert.equal(byFile['plain.jsonl'], 40);
  assert.ok(byFile['cut.jsonl.gz'] < 40);
  // zstd: a clear message, and the run goes on
  writeFileSync(path.join(dir, 'z.jsonl.zst'), Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0, 0]));
  const ctx2 = quiet();
  await run(newsReport, { input: [path.join(dir, 'z.jsonl.zst'), path.join(dir, 'plain.jsonl')], ctx: ctx2 });
  assert.match(ctx2.skipped.find((s) => s.code === 'binary-file')!.reason, /zstd-compressed, which Node 20's zlib cannot read .*zstd -d -k/);
});

test('--shard auto: n processes with JOB_COMPLETION_INDEX and PRESSLENS_SHARD_COUNT (or auto/n), then presslens merge, equal a single run', () => {
  const dir = tempDir('presslens-auto-');
  const input = path.join(dir, 'in.jsonl');
  writeFileSync(input, records(60).join('\n') + '\n');
  const cli = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ...env } });
  const single = path.join(dir, 'single');
  assert.equal(cli(['run', 'news-report', '--input', input, '--out', single, '--no-report', '-q']).status, 0);
  const n = 3;
  const parts = Array.from({ length: n }, (_, i) => path.join(dir, `part-${i}.bin`));
  parts.forEach((partial, i) => {
    const shard = i === 2 ? 'auto/3' : 'auto';
    const env: Record<string, string> = i === 2 ? { JOB_COMPLETION_INDEX: String(i) } : { JOB_COMPLETION_INDEX: String(i), PRESSLENS_SHARD_COUNT: String(n) };
    const r = cli(['run', 'news-report', '--input', input, '--shard', shard, '--partial', partial, '-q'], env);
    assert.equal(r.status, 0, r.stderr);
  });
  const merged = path.join(dir, 'merged');
  const r = cli(['merge', ...parts.reverse(), '--out', merged, '--no-report', '-q']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(outputs(merged), outputs(single));
  // missing variables are named
  const bad = cli(['run', 'news-report', '--input', input, '--shard', 'auto', '--partial', path.join(dir, 'x.bin'), '-q'], { JOB_COMPLETION_INDEX: '', PRESSLENS_SHARD_COUNT: '' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--shard auto needs JOB_COMPLETION_INDEX/);
  const noCount = cli(['run', 'news-report', '--input', input, '--shard', 'auto', '--partial', path.join(dir, 'x.bin'), '-q'], { JOB_COMPLETION_INDEX: '1', PRESSLENS_SHARD_COUNT: '' });
  assert.match(noCount.stderr, /--shard auto needs the shard count: --shard auto\/N or PRESSLENS_SHARD_COUNT/);
});
