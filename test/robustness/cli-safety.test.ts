/**
 * CLI safety (issues 7 and 20): `--out` never replaces something that is not a presslens report (by
 * the content of its manifest and its file list), `--partial` never replaces anything but a partial,
 * neither output may be an input, and a closed stdout (`presslens analyze … | head`) ends quietly
 * instead of with a stack trace.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/corpora.ts';
import { bin, cli, jl, snapshot, tmpInputs } from './util.ts';

test('presslens run refuses to replace a file, a non-report directory or the current directory, and leaves them untouched', () => {
  const dir = tmpInputs({ 'keep.txt': 'user file', 'notes/a.txt': 'user notes', 'cwd/b.txt': 'project file', 'in.jsonl': jl({ id: 'a', text: 'Some text.' }) });
  const before = snapshot(dir);
  const cases: [string, string, RegExp][] = [
    [repoRoot, path.join(dir, 'keep.txt'), /refusing to replace .*keep\.txt: it exists and is not a directory/],
    [repoRoot, path.join(dir, 'notes'), /refusing to replace .*notes: it is a non-empty directory that is not a presslens report \(no manifest\.json\)/],
    [path.join(dir, 'cwd'), '.', /refusing to replace \.: it is the current directory or one of its parents/],
  ];
  for (const [cwd, out, msg] of cases) {
    const r = cli(['run', path.join(repoRoot, 'pipelines/news-report.ts'), '--input', path.join(dir, 'in.jsonl'), '--out', out, '--no-report', '-q'], { cwd });
    assert.equal(r.code, 1, `${out}: ${r.stderr}`);
    assert.match(r.stderr, msg);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
  assert.deepEqual(snapshot(dir), before);
});

test('presslens run replaces an empty directory and a previous report, but refuses a report that is the current directory', () => {
  const dir = tmpInputs({ 'in.jsonl': jl({ id: 'a', text: 'Some text.' }) });
  const out = path.join(dir, 'out');
  mkdirSync(out);
  const args = ['run', path.join(repoRoot, 'pipelines/news-report.ts'), '--input', path.join(dir, 'in.jsonl'), '--no-report', '-q'];
  assert.equal(cli([...args, '--out', out]).code, 0);
  assert.equal(cli([...args, '--out', out]).code, 0);
  assert.ok(existsSync(path.join(out, 'manifest.json')));
  const r = cli([...args, '--out', '.'], { cwd: out });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /refusing to replace \.: it is the current directory or one of its parents/);
  assert.ok(existsSync(path.join(out, 'manifest.json')));
});

test('presslens run refuses a folder whose manifest.json is not a presslens manifest, or a report holding files it did not write, and touches neither', () => {
  const dir = tmpInputs({
    'in.jsonl': jl({ id: 'a', text: 'Some text.' }),
    // a web app's folder: its own manifest.json (a web app manifest), pages and scripts
    'webapp/manifest.json': JSON.stringify({ name: 'My App', start_url: '/', icons: [] }),
    'webapp/index.html': '<!doctype html><title>app</title>',
    'webapp/app.js': 'console.log(1)',
    'notjson/manifest.json': 'not json',
  });
  const args = ['run', 'news-report', '--input', path.join(dir, 'in.jsonl'), '--no-report', '-q'];
  const report = path.join(dir, 'report');
  assert.equal(cli([...args, '--out', report]).code, 0);
  writeFileSync(path.join(report, 'my-notes.txt'), 'notes the user kept beside the tables');
  const before = snapshot(dir);
  const cases: [string, RegExp][] = [
    ['webapp', /refusing to replace .*webapp: it is not a presslens report \(its manifest\.json was not written by presslens\)/],
    ['notjson', /refusing to replace .*notjson: it is not a presslens report \(its manifest\.json is not JSON\)/],
    ['report', /refusing to replace .*report: it holds files the report did not write \("my-notes\.txt"\); move them out or choose a new --out directory/],
  ];
  for (const [name, msg] of cases) {
    const r = cli([...args, '--out', path.join(dir, name)]);
    assert.equal(r.code, 1, `${name}: ${r.stderr}`);
    assert.match(r.stderr, msg);
  }
  assert.deepEqual(snapshot(dir), before);
});

test('presslens run replaces a report written before manifests listed their files (recognised by its tables and charts)', () => {
  const dir = tmpInputs({ 'in.jsonl': jl({ id: 'a', text: 'Officials said the talks would go on.' }) });
  const out = path.join(dir, 'out');
  const args = ['run', 'news-report', '--input', path.join(dir, 'in.jsonl'), '-q', '--out', out];
  assert.equal(cli(args).code, 0);
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
  assert.ok(manifest.files.includes('index.html') && manifest.files.includes('manifest.json'), 'the manifest lists the report files');
  delete manifest.files;
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest));
  const r = cli(args);
  assert.equal(r.code, 0, r.stderr);
});

test('presslens run --partial refuses an input file and an existing file that is not a partial, and replaces an earlier partial', () => {
  const dir = tmpInputs({ 'corpus.jsonl': jl({ id: 'a', text: 'Some text.' }), 'notes.json': '{"mine": true}\n', 'docs/a.txt': 'A text file.' });
  const before = snapshot(dir);
  const run = (partial: string, input = path.join(dir, 'corpus.jsonl')) => cli(['run', 'news-report', '--input', input, '--shard', '1/1', '--partial', partial, '-q']);
  const cases: [string, string, RegExp][] = [
    [path.join(dir, 'corpus.jsonl'), path.join(dir, 'corpus.jsonl'), /refusing to replace .*corpus\.jsonl with a partial: it exists and is not a presslens partial file/],
    [path.join(dir, 'notes.json'), path.join(dir, 'corpus.jsonl'), /refusing to replace .*notes\.json with a partial: it exists and is not a presslens partial file/],
    [path.join(dir, 'docs'), path.join(dir, 'corpus.jsonl'), /refusing to replace .*docs with a partial: it exists and is not a regular file/],
  ];
  for (const [partial, input, msg] of cases) {
    const r = run(partial, input);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, msg);
  }
  assert.deepEqual(snapshot(dir), before);
  const part = path.join(dir, 'part.json');
  assert.equal(run(part).code, 0);
  assert.equal(run(part).code, 0, 'an earlier partial is replaced');
});

test('presslens run refuses an --out that is or contains an input, before reading anything', () => {
  const dir = tmpInputs({ 'in/a.jsonl': jl({ id: 'a', text: 'Some text.' }) });
  const before = snapshot(dir);
  for (const out of [path.join(dir, 'in'), dir]) {
    const r = cli(['run', 'news-report', '--input', path.join(dir, 'in/a.jsonl'), '--out', out, '-q'], { cwd: repoRoot });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /refusing to write --out .*: it contains the input/);
  }
  assert.deepEqual(snapshot(dir), before);
});

test('presslens analyze piped into a reader that stops early (| head) exits 0 without a stack trace', async () => {
  const lines = Array.from({ length: 20000 }, (_, i) => JSON.stringify({ id: `a${i}`, text: 'Officials said the talks would go on next week. '.repeat(5) }));
  const dir = tmpInputs({ 'in.jsonl': lines.join('\n') + '\n' });
  const child = spawn(process.execPath, [bin, 'analyze', 'tokens', path.join(dir, 'in.jsonl')], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdout.once('data', () => child.stdout.destroy()); // like `head -1` closing the pipe
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
  assert.ok(readFileSync(path.join(dir, 'in.jsonl')).length > 0);
});

test('presslens run replaces a full report with its assets/ folder, but not one holding a file the report did not write inside assets/', () => {
  const dir = tmpInputs({ 'in.jsonl': jl({ id: 'a', text: '"The road is open," Mayor Ana Ruiz said.' }) });
  const out = path.join(dir, 'report');
  const args = ['run', 'news-report', '--input', path.join(dir, 'in.jsonl'), '--out', out, '-q'];
  assert.equal(cli(args).code, 0);
  assert.ok(existsSync(path.join(out, 'assets', 'report.js')));
  assert.equal(cli(args).code, 0, 'a report with its own assets/ is replaced');
  writeFileSync(path.join(out, 'assets', 'mine.js'), 'user script');
  const r = cli(args);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /it holds files the report did not write \("assets\/mine\.js"\)/);
  assert.ok(existsSync(path.join(out, 'assets', 'mine.js')));
});
