import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './helpers/corpora.ts';
import { tempDir } from './helpers/tmp.ts';

const bin = path.join(repoRoot, 'bin/presslens.js');
function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, input, encoding: 'utf8', env: { ...process.env, GITHUB_STEP_SUMMARY: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('presslens --help and help run print usage and exit 0', () => {
  const r = cli(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /presslens run <pipeline.ts>/);
  assert.match(cli(['help', 'analyze']).stdout, /offsets/);
  assert.match(cli(['run', '--help']).stdout, /--strict/);
});

test('presslens with bad usage exits 2 with a message and no stack trace', () => {
  for (const args of [['frobnicate'], ['run', 'pipelines/news-report.ts'], ['run', 'nope.ts', '--input', 'data', '--out', '/tmp/x'], ['analyze', 'nosuchstage'], ['run', '--bogus']]) {
    const r = cli(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^presslens: /);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});

test('presslens analyze tokens reads JSONL on stdin and prints one line per article', () => {
  const r = cli(['analyze', 'tokens'], '{"id":"a","text":"Sadr\'s U.S. plan."}\n{"id":"b","text":"Two."}\n');
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a', 'b']);
  assert.deepEqual(lines[0].tokens.map((t: { norm: string }) => t.norm), ['sadr', 'u.s.', 'plan', '.']);
});

test('presslens analyze terms on a file prints term counts', () => {
  const r = cli(['analyze', 'terms', 'data/wsws-2008-04-26-sadr-city-iran.md']);
  assert.equal(r.code, 0, r.stderr);
  const line = JSON.parse(r.stdout);
  assert.equal(line.id, 'wsws-2008-04-26-sadr-city-iran');
  assert.ok(line.terms.sadr >= 10);
  assert.equal(line.terms.s, undefined);
});

test('presslens run warns on bad lines, keeps the rest, and --strict exits 1', () => {
  const dir = tempDir('presslens-cli-');
  writeFileSync(path.join(dir, 'in.jsonl'), '{"id":"a","text":"Good text here."}\n{broken\n');
  const out = path.join(dir, 'out');
  const ok = cli(['run', 'pipelines/news-report.ts', '--input', path.join(dir, 'in.jsonl'), '--out', out, '--no-report']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stderr, /in\.jsonl:2: warning: malformed JSON/);
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
  assert.equal(manifest.counts.articles, 1);
  assert.deepEqual(manifest.skipped.map((s: { line: number; code: string }) => [s.line, s.code]), [[2, 'jsonl-malformed']]);
  assert.match(manifest.inputs[0].sha256, /^[0-9a-f]{64}$/);
  const strict = cli(['run', 'pipelines/news-report.ts', '--input', path.join(dir, 'in.jsonl'), '--out', out, '--no-report', '--strict']);
  assert.equal(strict.code, 1);
});

test('presslens run twice gives byte-identical outputs (manifest time aside)', () => {
  const dir = tempDir('presslens-det-');
  const outs = [path.join(dir, 'a'), path.join(dir, 'b')];
  for (const out of outs) assert.equal(cli(['run', 'pipelines/news-report.ts', '--input', 'data', '--out', out, '-q']).code, 0);
  const list = (d: string) => readdirSync(d, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(d, f)).isFile()).sort();
  const files = list(outs[0]);
  assert.deepEqual(list(outs[1]), files);
  assert.ok(files.includes('terms.csv') && files.includes('manifest.json'));
  for (const f of files) {
    const [a, b] = outs.map((o) => readFileSync(path.join(o, f), 'utf8'));
    if (f === 'manifest.json') {
      const strip = (s: string) => s.replace(/"generatedAt": "[^"]*"/, '');
      assert.equal(strip(a), strip(b));
    } else assert.equal(a, b, f);
  }
});

test('presslens run <pipeline.ts outside an ESM package> says to rename it to .mts; the .mts runs', () => {
  const dir = tempDir('presslens-plfile-');
  const src = `import { definePipeline, terms, tokens, termStats } from ${JSON.stringify(path.join(repoRoot, 'src/index.ts'))};\nconst top: number = 5;\nexport default definePipeline({ name: 'mine', analyzers: [tokens(), terms()], aggregators: [termStats({ top })] });\n`;
  writeFileSync(path.join(dir, 'mine.ts'), src);
  writeFileSync(path.join(dir, 'mine.mts'), src);
  const bad = cli(['run', path.join(dir, 'mine.ts'), '--input', 'data', '--out', path.join(dir, 'a'), '-q']);
  assert.equal(bad.code, 2, bad.stderr);
  assert.match(bad.stderr, /mine\.ts could not be loaded as an ES module .*rename it to \.mts or add "type": "module"/);
  const good = cli(['run', path.join(dir, 'mine.mts'), '--input', 'data', '--out', path.join(dir, 'b'), '--no-report', '-q']);
  assert.equal(good.code, 0, good.stderr);
  assert.equal(readFileSync(path.join(dir, 'b', 'terms.csv'), 'utf8').trimEnd().split('\n').length, 6);
});
