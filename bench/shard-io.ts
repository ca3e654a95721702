/**
 * `npm run bench:shard-io`: how many bytes each shard's process reads (issue 19's targets), as Linux
 * counts them in `/proc/<pid>/io` (`rchar`: input, temporary files, modules and everything else).
 *
 * - 4 shards over one 73 MB JSONL (Reuters-21578 four times, ids made unique): each shard's `rchar`
 *   against the input size (target ≤ 45%), and the merged report against a single run.
 * - 8 shards over the same bytes as 8 JSONL files: the input bytes all shards read together against
 *   the input size (target ≤ 1.05×). A process also reads its own code and word lists; that part is
 *   measured by the same command over a one-article input and subtracted, and shown.
 *
 * Shards run one after another with `--workers 1` (worker threads would load the modules again).
 * Linux only (reads /proc).
 *
 *   npm run bench:shard-io
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = process.env.PRESSLENS_CORPORA ?? path.resolve(root, '../shared/corpora');
const reuters = path.join(corpora, 'news/reuters21578.jsonl');
if (!existsSync(reuters) || !existsSync('/proc/self/io')) {
  console.error(`bench: needs ${reuters} (set PRESSLENS_CORPORA) and Linux's /proc/self/io`);
  process.exit(0);
}
const tmp = mkdtempSync(path.join(tmpdir(), 'presslens-bench-io-'));
const probe = path.join(root, 'bench/io-probe.mjs');
const mb = (b: number) => (b / 1e6).toFixed(1);

/** Runs the CLI with the probe and returns its rchar and wchar. */
function presslens(args: string[]): { rchar: number; wchar: number } {
  const out = path.join(tmp, 'io.jsonl');
  rmSync(out, { force: true });
  const env = { ...process.env, IO_PROBE_OUT: out, SOURCE_DATE_EPOCH: '1704067200' };
  const r = spawnSync(process.execPath, ['--import', probe, 'bin/presslens.js', ...args, '-q'], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`presslens ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(readFileSync(out, 'utf8').trim().split('\n').pop()!);
}

// the inputs: Reuters four times as one file, and the same lines cut into 8 files
const lines = readFileSync(reuters, 'utf8').split('\n').filter(Boolean);
const all: string[] = [];
for (let k = 0; k < 4; k++) for (const l of lines) all.push(JSON.stringify({ ...JSON.parse(l), id: `${JSON.parse(l).id}-c${k}` }));
const big = path.join(tmp, 'big.jsonl');
writeFileSync(big, all.map((l) => `${l}\n`).join(''));
const dir = path.join(tmp, 'eight');
mkdirSync(dir);
for (let f = 0; f < 8; f++) writeFileSync(path.join(dir, `part${f}.jsonl`), all.slice(Math.floor((f * all.length) / 8), Math.floor(((f + 1) * all.length) / 8)).map((l) => `${l}\n`).join(''));
const bigSize = statSync(big).size;
const tiny = path.join(tmp, 'tiny.jsonl');
writeFileSync(tiny, '{"id":"x","text":"The minister said the talks would go on."}\n');
const base = presslens(['run', 'news-report', '--input', tiny, '--shard', '1/1', '--partial', path.join(tmp, 'tiny.part'), '--workers', '1']);

console.log(`\nBytes read per process (/proc/<pid>/io rchar), --workers 1, node ${process.version}; a one-article run reads ${mb(base.rchar)} MB (code, word lists).\n`);
console.log(`4 shards over one ${mb(bigSize)} MB JSONL (target: each ≤ 45% of the input):\n`);
console.log('| shard | rchar MB | % of input | wchar MB |');
console.log('|---|---:|---:|---:|');
const parts: string[] = [];
for (let i = 1; i <= 4; i++) {
  const part = path.join(tmp, `p${i}.part`);
  parts.push(part);
  const io = presslens(['run', 'news-report', '--input', big, '--shard', `${i}/4`, '--partial', part, '--workers', '1']);
  console.log(`| ${i}/4 | ${mb(io.rchar)} | ${((100 * io.rchar) / bigSize).toFixed(1)}% | ${mb(io.wchar)} |`);
}
presslens(['merge', ...parts, '--out', path.join(tmp, 'merged')]);
presslens(['run', 'news-report', '--input', big, '--out', path.join(tmp, 'single'), '--workers', '1']);
const same = spawnSync('diff', ['-r', '-x', 'manifest.json', '-x', 'index.html', path.join(tmp, 'single'), path.join(tmp, 'merged')], { encoding: 'utf8' });
console.log(`\nmerged vs single run: ${same.status === 0 ? 'identical' : 'DIFFERENT'} (all files but manifest.json and index.html, which record the shards' byte ranges)`);

let total = 0;
const eightSize = Array.from({ length: 8 }, (_, f) => statSync(path.join(dir, `part${f}.jsonl`)).size).reduce((a, b) => a + b, 0);
for (let i = 1; i <= 8; i++) total += presslens(['run', 'news-report', '--input', path.join(dir, '*.jsonl'), '--shard', `${i}/8`, '--partial', path.join(tmp, `e${i}.part`), '--workers', '1']).rchar - base.rchar;
console.log(`\n8 shards over 8 JSONL files (${mb(eightSize)} MB): read ${mb(total)} MB beyond what a one-article run reads = ${(total / eightSize).toFixed(3)}× the input (target ≤ 1.05×)`);
rmSync(tmp, { recursive: true, force: true });
