/**
 * Nothing lost (issues 7 and 20): a run interrupted by SIGINT or SIGTERM — while reading a large input,
 * while analysing a huge article, while writing its temporary output directory, or between the two
 * renames of the swap — stops within a second, exits 130/143 with a message, leaves the previous
 * report byte-identical, and leaves no `.presslens-*` behind. A run killed outright (SIGKILL) at any of
 * those points is finished by the next run into the same output; two runs into one output never
 * overlap (a lock file).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/corpora.ts';
import { bin, cli, snapshot } from './util.ts';
import { tempDir } from '../helpers/tmp.ts';

/** ~20 MB of JSONL (about 11k articles of 300 words): several seconds of work for the default pipeline. */
function bigJsonl(file: string, megabytes = 20): void {
  const words = 'the army said on Tuesday that forces loyal to cleric Moqtada al-Sadr clashed with U.S. troops in Baghdad . officials warned'.split(' ');
  const lines: string[] = [];
  let size = 0;
  for (let n = 0; size < megabytes * 1e6; n++) {
    const t: string[] = [];
    for (let i = 0; i < 300; i++) t.push(words[(i * 7 + n) % words.length]);
    const line = JSON.stringify({ id: `a${n}`, text: t.join(' ') + '.' });
    lines.push(line);
    size += line.length + 1;
  }
  writeFileSync(file, lines.join('\n') + '\n');
}

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.presslens-'));

interface Started {
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  /** Resolves once stderr matches `re`. */
  stderrMatches(re: RegExp): Promise<void>;
  kill(sig: NodeJS.Signals): void;
}

function start(args: string[], env: Record<string, string> = {}): Started {
  const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...process.env, GITHUB_STEP_SUMMARY: '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => {
    stderr += d;
    for (const w of [...waiters]) if (w.re.test(stderr)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return {
    done,
    stderrMatches: (re) => (re.test(stderr) ? Promise.resolve() : new Promise((resolve) => waiters.push({ re, resolve }))),
    kill: (sig) => child.kill(sig),
  };
}

async function until(cond: () => boolean, what: string, ms = 30_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A work dir with the ~20 MB input and a previous report at `<dir>/out/report`. */
function setup(): { dir: string; input: string; parent: string; out: string; before: Record<string, string> } {
  const dir = tempDir('presslens-sig-');
  const input = path.join(dir, 'big.jsonl');
  bigJsonl(input);
  const parent = path.join(dir, 'out');
  mkdirSync(parent);
  const out = path.join(parent, 'report');
  const prev = cli(['run', 'pipelines/news-report.ts', '--input', 'data', '--out', out, '--no-report', '-q']);
  assert.equal(prev.code, 0, prev.stderr);
  return { dir, input, parent, out, before: snapshot(out) };
}

for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  test(`presslens run interrupted by ${sig} while reading a 20 MB input exits ${code} and keeps the previous report byte-identical`, async () => {
    const s = setup();
    const run = start(['run', 'pipelines/news-report.ts', '--input', s.input, '--out', s.out, '--no-report', '--progress']);
    await run.stderrMatches(/\d+ articles · /); // mid-run: the progress line is drawn while reading
    run.kill(sig);
    const r = await run.done;
    assert.equal(r.code, code, r.stderr);
    assert.match(r.stderr, new RegExp(`presslens: interrupted by ${sig}; no output was replaced \\(the previous report, if any, is intact\\)`));
    assert.deepEqual(snapshot(s.out), s.before);
    assert.deepEqual(leftovers(s.parent), []);
  });
}

test('presslens run interrupted by SIGTERM while writing its temporary directory removes it and keeps the previous report', async () => {
  const s = setup();
  const run = start(['run', 'pipelines/news-report.ts', '--input', 'data', '--out', s.out, '--no-report', '-q'], { PRESSLENS_DEBUG_PAUSE: 'write:20000' });
  await until(() => leftovers(s.parent).some((n) => n.startsWith('.presslens-tmp-report-')), 'the temporary directory');
  run.kill('SIGTERM');
  const r = await run.done;
  assert.equal(r.code, 143, r.stderr);
  assert.match(r.stderr, /interrupted by SIGTERM; no output was replaced/);
  assert.deepEqual(snapshot(s.out), s.before);
  assert.deepEqual(leftovers(s.parent), []);
});

test('presslens run interrupted by SIGINT between the two renames of the swap puts the previous report back', async () => {
  const s = setup();
  const run = start(['run', 'pipelines/news-report.ts', '--input', 'data', '--out', s.out, '--no-report', '-q'], { PRESSLENS_DEBUG_PAUSE: 'swap:20000' });
  await until(() => leftovers(s.parent).some((n) => n.startsWith('.presslens-old-report-')), 'the swap');
  assert.equal(existsSync(s.out), false); // the previous report is moved aside right now
  run.kill('SIGINT');
  const r = await run.done;
  assert.equal(r.code, 130, r.stderr);
  assert.match(r.stderr, /interrupted by SIGINT; no output was replaced/);
  assert.deepEqual(snapshot(s.out), s.before);
  assert.deepEqual(leftovers(s.parent), []);
});

test('presslens run removes temporary directories left by killed runs, whatever their pid, once it holds the output lock', () => {
  const dir = tempDir('presslens-stale-');
  const out = path.join(dir, 'report');
  for (const pid of [999999999, process.pid]) mkdirSync(path.join(dir, `.presslens-tmp-report-${pid}`));
  const r = cli(['run', 'pipelines/news-report.ts', '--input', 'data', '--out', out, '--no-report']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /presslens: removed an unfinished report left by a killed run \(\.presslens-tmp-report-999999999\)/);
  assert.deepEqual(leftovers(dir), []);
  assert.ok(existsSync(path.join(out, 'manifest.json')));
});

test('a run killed (SIGKILL) between the two renames of the swap: the next run puts the previous report back, even one that writes nothing', async () => {
  const s = setup();
  const run = start(['run', 'pipelines/news-report.ts', '--input', 'data', '--out', s.out, '--no-report', '-q'], { PRESSLENS_DEBUG_PAUSE: 'swap:20000' });
  await until(() => leftovers(s.parent).some((n) => n.startsWith('.presslens-old-report-')), 'the swap');
  run.kill('SIGKILL');
  await run.done;
  assert.equal(existsSync(s.out), false); // the previous report is stranded, and the lock is left
  assert.ok(leftovers(s.parent).includes('.presslens-lock-report'));
  const empty = path.join(s.dir, 'empty.jsonl');
  writeFileSync(empty, '');
  const r = cli(['run', 'pipelines/news-report.ts', '--input', empty, '--out', s.out, '--no-report']);
  assert.equal(r.code, 1, r.stderr); // no article: nothing written, but the recovery happened
  assert.match(r.stderr, /presslens: put the previous report back in .*report \(a run was killed while it replaced it\)/);
  assert.deepEqual(snapshot(s.out), s.before);
  assert.deepEqual(leftovers(s.parent), []);
});

test('a run killed (SIGKILL) while writing its new report: the next run removes the leftovers and writes its report', async () => {
  const s = setup();
  const run = start(['run', 'pipelines/news-report.ts', '--input', 'data', '--out', s.out, '--no-report', '-q'], { PRESSLENS_DEBUG_PAUSE: 'write:20000' });
  await until(() => leftovers(s.parent).some((n) => n.startsWith('.presslens-tmp-report-')), 'the temporary directory');
  run.kill('SIGKILL');
  await run.done;
  assert.deepEqual(snapshot(s.out), s.before);
  const r = cli(['run', 'pipelines/news-report.ts', '--input', 'data', '--out', s.out, '--no-report', '-q']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(leftovers(s.parent), []);
});

test('a second run into the same --out while one is writing it is refused (lock), and the first one finishes untouched', async () => {
  const s = setup();
  const first = start(['run', 'pipelines/news-report.ts', '--input', 'data', '--out', s.out, '--no-report', '-q'], { PRESSLENS_DEBUG_PAUSE: 'swap:3000' });
  await until(() => leftovers(s.parent).some((n) => n.startsWith('.presslens-old-report-')), 'the swap');
  const second = cli(['run', 'pipelines/news-report.ts', '--input', 'data', '--out', s.out, '--no-report', '-q']);
  assert.equal(second.code, 1, second.stderr);
  assert.match(second.stderr, /another presslens run \(pid \d+, started .*\) is writing .*report; wait for it to finish/);
  const r = await first.done;
  assert.equal(r.code, 0, r.stderr);
  const tables = (x: Record<string, string>) => Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'manifest.json'));
  assert.deepEqual(tables(snapshot(s.out)), tables(s.before)); // same input: the same tables
  assert.deepEqual(leftovers(s.parent), []);
});

for (const [what, file, workers] of [
  ['a 4 MB article (analysed in a worker thread)', 'huge.jsonl', '1'],
  ['a batch of 300 KB articles (this thread yields between articles)', 'large.jsonl', '1'],
] as const) {
  test(`SIGINT while analysing ${what} stops the run within a second`, async (t) => {
    const dir = tempDir('presslens-sigfast-');
    const words = 'Officials said on Tuesday that the talks "would go on", according to a statement. '.repeat(50) + '\n\n';
    const articles = file === 'huge.jsonl' ? [{ id: 'huge', text: words.repeat(Math.ceil(4e6 / words.length)) }] : Array.from({ length: 40 }, (_, i) => ({ id: `l${i}`, text: words.repeat(Math.ceil(3e5 / words.length)) }));
    writeFileSync(path.join(dir, file), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const run = start(['run', 'news-report', '--input', path.join(dir, file), '--out', path.join(dir, 'out'), '--workers', workers, '--progress']);
    // well into the analysis: the huge article alone takes seconds; the 300 KB ones are counted as they go
    if (file === 'huge.jsonl') await new Promise((r) => setTimeout(r, 1500));
    else await run.stderrMatches(/[1-9]\d* articles · /);
    const t0 = Date.now();
    run.kill('SIGINT');
    const r = await run.done;
    const ms = Date.now() - t0;
    t.diagnostic(`stopped ${ms} ms after SIGINT`);
    assert.equal(r.code, 130, r.stderr);
    assert.ok(ms < 1000, `took ${ms} ms to stop`);
    assert.deepEqual(leftovers(dir), []);
  });
}
