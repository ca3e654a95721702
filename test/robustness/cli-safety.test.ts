/**
 * CLI safety (issue 7): `--out` never replaces something that is not a presslens report, and a closed
 * stdout (`presslens analyze … | head`) ends quietly instead of with a stack trace.
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
    [path.join(dir, 'cwd'), '.', /refusing to replace \.: it is a non-empty directory that is not a presslens report/],
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
  writeFileSync(path.join(out, 'stale.csv'), 'old');
  assert.equal(cli([...args, '--out', out]).code, 0);
  assert.equal(existsSync(path.join(out, 'stale.csv')), false); // the report is replaced whole
  const r = cli([...args, '--out', '.'], { cwd: out });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /refusing to replace \.: it is the current directory or one of its parents/);
  assert.ok(existsSync(path.join(out, 'manifest.json')));
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
