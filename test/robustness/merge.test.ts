/**
 * Trustworthy merges (issue 20): `presslens merge` refuses a set of partials that is not one whole
 * run — a shard missing or given twice, partials of different n, inputs, options or pipeline, a
 * partial edited after it was written, counts that disagree with the shard — naming the partials;
 * `--allow-missing` merges what is there into a report marked incomplete; merge never imports a
 * module a partial names; and shards of long articles merge back into input order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/corpora.ts';
import { cli, jl, snapshot, tmpInputs } from './util.ts';

/** 200 short articles (four shard blocks of 64), and a second input that differs in one article. */
function inputs() {
  const records = Array.from({ length: 200 }, (_, i) => ({ id: `a${i}`, text: `Article ${i}. Officials said on Monday that talks would go on. "We will stay," the mayor said.` }));
  const other = records.map((r, i) => (i === 7 ? { ...r, text: 'A different article.' } : r));
  return tmpInputs({ 'in.jsonl': jl(...records), 'other.jsonl': jl(...other) });
}

function shard(dir: string, spec: string, name: string, extra: string[] = [], input = 'in.jsonl') {
  const file = path.join(dir, name);
  const r = cli(['run', 'news-report', '--input', path.join(dir, input), '--shard', spec, '--partial', file, '-q', ...extra]);
  assert.equal(r.code, 0, r.stderr);
  return file;
}

/** Writes `text` (latin1, so bytes are kept) to `file` with its checksum recomputed, as a forger could (layout: partial-file.ts). */
function reseal(file: string, text: string) {
  const head = Number(/^\{"format":"presslens-partial@7","head":"(\d{16})"\}\n/.exec(text)![1]);
  const json = text.slice(head, -1).replace(/,"checksum":"[0-9a-f]{64}"\}$/, '}');
  const sum = createHash('sha256').update(Buffer.from(text.slice(text.indexOf('\n') + 1, head), 'latin1')).update(Buffer.from(json, 'latin1')).digest('hex');
  writeFileSync(file, `${text.slice(0, head)}${json.slice(0, -1)},"checksum":"${sum}"}\n`, 'latin1');
}

const merge = (dir: string, parts: string[], extra: string[] = []) => cli(['merge', ...parts, '--out', path.join(dir, 'merged'), '--no-report', '-q', ...extra]);

test('presslens merge refuses an incomplete set, naming the missing shard and the partials given; --allow-missing marks the report incomplete', () => {
  const dir = inputs();
  const parts = ['1/3', '2/3'].map((s, i) => shard(dir, s, `p${i + 1}.json`));
  const r = merge(dir, parts);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /shard 3 of 3 missing \(given: .*p1\.json, .*p2\.json\); merge every shard, or pass --allow-missing/);
  assert.equal(existsSync(path.join(dir, 'merged')), false);
  const ok = merge(dir, parts, ['--allow-missing']);
  assert.equal(ok.code, 0, ok.stderr);
  const m = JSON.parse(readFileSync(path.join(dir, 'merged', 'manifest.json'), 'utf8'));
  assert.deepEqual(m.incomplete, { shards: 3, missing: [3] });
  // shards 1 and 2 read the first two thirds of the file (cut at line starts): shard 3 holds the rest
  const p3 = shard(dir, '3/3', 'p3.json');
  assert.equal(merge(dir, [p3], ['--allow-missing']).code, 0);
  const m3 = JSON.parse(readFileSync(path.join(dir, 'merged', 'manifest.json'), 'utf8'));
  assert.ok(m.counts.articles > 100 && m3.counts.articles > 50);
  assert.equal(m.counts.articles + m3.counts.articles, 200);
  assert.ok(m.diagnostics.some((d: { code: string; message: string }) => d.code === 'incomplete-merge' && /merged 2 of 3 shards; shard 3 missing/.test(d.message)));
});

test('presslens merge refuses a shard given twice and partials of different n, inputs or options', () => {
  const dir = inputs();
  const p1 = shard(dir, '1/2', 'p1.json');
  const p2 = shard(dir, '2/2', 'p2.json');
  const copy = path.join(dir, 'p1-copy.json');
  writeFileSync(copy, readFileSync(p1));
  const cases: [string[], RegExp][] = [
    [[p1, copy, p2], /shard 1\/2 is given twice: .*p1\.json, .*p1-copy\.json/],
    [[p1, shard(dir, '2/3', 'n3.json')], /partials differ in their shard count n: .*p1\.json has 2, .*n3\.json 3/],
    [[p1, shard(dir, '2/2', 'other.json', [], 'other.jsonl')], /partials differ in their (input files and sizes|settings)/],
    [[p1, shard(dir, '2/2', 'fmt.json', ['--format', 'jsonl'])], /partials differ in their settings: .*p1\.json has .*"format":"auto".*fmt\.json .*"format":"jsonl"/],
    [[p1, shard(dir, '2/2', 'raw.json', ['--no-neutralize'])], /partials differ in their CSV formula neutralisation/],
  ];
  for (const [parts, msg] of cases) {
    const r = merge(dir, parts);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, msg);
    assert.equal(existsSync(path.join(dir, 'merged')), false);
  }
  assert.equal(merge(dir, [p2, p1]).code, 0);
});

test('presslens merge refuses a partial edited after it was written, and one whose counts disagree with its shard even with a matching checksum', () => {
  const dir = inputs();
  const p1 = shard(dir, '1/2', 'p1.json');
  const p2 = shard(dir, '2/2', 'p2.json');
  const text = readFileSync(p2, 'latin1');
  // the last digit changed, so the length (and the streams' offsets) stay the same
  const edited = text.replace(/"counts":\{"articles":(\d+)/, (_, n: string) => `"counts":{"articles":${n.slice(0, -1)}${n.endsWith('9') ? 8 : Number(n.slice(-1)) + 1}`);
  assert.notEqual(edited, text);
  writeFileSync(p2, edited, 'latin1');
  let r = merge(dir, [p1, p2]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /p2\.json: presslens partial file was changed after it was written \(checksum mismatch\)/);
  // the same edit with the checksum recomputed (as a deliberate forger would): the counts no longer add up
  reseal(p2, edited);
  r = merge(dir, [p1, p2]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /p2\.json: inconsistent presslens partial: its counts say \d+ articles analyzed and 0 skipped, but it read \d+/);
});

test('presslens merge refuses a partial whose streamed rows were forged to carry a formula, even with a matching checksum', () => {
  const dir = inputs();
  const p1 = shard(dir, '1/2', 'p1.json');
  const p2 = shard(dir, '2/2', 'p2.json');
  const text = readFileSync(p2, 'latin1');
  // a whole cell of the per-article rows, replaced by a formula of the same length (offsets stay valid)
  const forged = text.replace(',Officials,', ',=1111+111,');
  assert.notEqual(forged, text);
  reseal(p2, forged);
  const r = merge(dir, [p1, p2]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /p2\.json: table attributions, block 1: record \d+, cell \d+ starts like a spreadsheet formula and is not neutralised; merge refuses/);
  assert.equal(existsSync(path.join(dir, 'merged')), false);
  // the untouched partials merge (the check does not refuse what presslens writes, numbers like -0.5 included)
  const ok = merge(dir, [p1, shard(dir, '2/2', 'p2b.json')]);
  assert.equal(ok.code, 0, ok.stderr);
});

test('presslens merge never imports the module a partial names: a pipeline that is not built in needs --pipeline', () => {
  const dir = inputs();
  const marker = path.join(dir, 'imported');
  const file = path.join(dir, 'custom.mts');
  writeFileSync(
    file,
    `import { writeFileSync } from 'node:fs';\nimport base from ${JSON.stringify(path.join(repoRoot, 'src/pipelines/news-report.ts'))};\nimport { definePipeline } from ${JSON.stringify(path.join(repoRoot, 'src/index.ts'))};\n` +
      `writeFileSync(${JSON.stringify(marker)}, 'imported');\nexport default definePipeline({ ...base, name: 'custom' });\n`,
  );
  const part = path.join(dir, 'part.json');
  const r0 = cli(['run', file, '--input', path.join(dir, 'in.jsonl'), '--shard', '1/1', '--partial', part, '-q']);
  assert.equal(r0.code, 0, r0.stderr);
  rmSync(marker);
  const r = merge(dir, [part]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /the partials come from pipeline "custom", which is not built in; pass its module with --pipeline <file> \(merge never loads code named by a partial\)/);
  assert.equal(existsSync(marker), false, 'merge imported the module named in the partial');
  const ok = merge(dir, [part], ['--pipeline', file]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.ok(existsSync(marker));
});

test('presslens merge of shards of long articles (several batches per shard block) gives the rows of a single run, in input order', () => {
  const para = 'Officials said the talks would continue next week, according to a statement. '.repeat(130); // ~10 KB
  const dir = tmpInputs({ 'in.jsonl': jl(...Array.from({ length: 300 }, (_, i) => ({ id: `a${i}`, text: `Article ${i}. ${para}` }))) });
  const single = path.join(dir, 'single');
  assert.equal(cli(['run', 'news-report', '--input', path.join(dir, 'in.jsonl'), '--out', single, '--no-report', '-q']).code, 0);
  const parts = ['1/3', '2/3', '3/3'].map((s, i) => shard(dir, s, `p${i + 1}.json`));
  assert.equal(merge(dir, parts.reverse()).code, 0);
  const strip = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== 'manifest.json'));
  assert.deepEqual(strip(snapshot(path.join(dir, 'merged'))), strip(snapshot(single)));
});
