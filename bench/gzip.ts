/**
 * `npm run bench:gzip`: what reading `.jsonl.gz` costs against the uncompressed file — the full default
 * report over Reuters-21578 (18.2 MB) and its gzip (made in a temp dir), as interleaved whole-process
 * runs under `/usr/bin/time` (wall seconds, CPU seconds, peak RSS), medians of `--reps` (default 3).
 * The target is ≤ 1.3× the wall time of the uncompressed file.
 *
 *   npm run bench:gzip
 *   npm run bench:gzip -- --reps 5 --workers 2
 * @module
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { reps: { type: 'string', default: '3' }, workers: { type: 'string', default: '1' } } });
const reps = Number(values.reps);
const corpora = process.env.PRESSLENS_CORPORA ?? path.resolve(root, '../shared/corpora');
const reuters = path.join(corpora, 'news/reuters21578.jsonl');
if (!existsSync(reuters)) {
  console.error(`bench: ${reuters} not found; set PRESSLENS_CORPORA to the corpora directory`);
  process.exit(0);
}
const tmp = mkdtempSync(path.join(tmpdir(), 'presslens-bench-gz-'));
const gz = path.join(tmp, 'reuters21578.jsonl.gz');
await pipeline(createReadStream(reuters), createGzip(), createWriteStream(gz));

function measure(input: string, out: string): { wall: number; cpu: number; rss: number } {
  const timeFile = path.join(tmp, 'time.txt');
  const cmd = [process.execPath, 'bin/presslens.js', 'run', 'news-report', '--input', input, '--out', path.join(tmp, out), '--workers', values.workers!, '-q'];
  const r = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %M %U %S', ...cmd], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const [wall, rss, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: user + sys, rss: rss / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = { plain: [] as ReturnType<typeof measure>[], gz: [] as ReturnType<typeof measure>[] };
for (let r = 0; r < reps; r++) {
  // interleaved, alternating which goes first, so drifting load on the machine hits both alike
  const order = r % 2 ? (['gz', 'plain'] as const) : (['plain', 'gz'] as const);
  for (const k of order) runs[k].push(measure(k === 'gz' ? gz : reuters, `out-${k}`));
}
const m = (k: 'plain' | 'gz') => ({ wall: median(runs[k].map((x) => x.wall)), cpu: median(runs[k].map((x) => x.cpu)), rss: median(runs[k].map((x) => x.rss)) });
const [p, g] = [m('plain'), m('gz')];
console.log(`\nWhole-process medians of ${reps} interleaved run(s), --workers ${values.workers}, node ${process.version}:\n`);
console.log('| input | bytes | wall s | CPU s | peak RSS MiB |');
console.log('|---|---:|---:|---:|---:|');
console.log(`| reuters21578.jsonl | ${statSync(reuters).size} | ${p.wall.toFixed(2)} | ${p.cpu.toFixed(1)} | ${p.rss.toFixed(0)} |`);
console.log(`| reuters21578.jsonl.gz | ${statSync(gz).size} | ${g.wall.toFixed(2)} | ${g.cpu.toFixed(1)} | ${g.rss.toFixed(0)} |`);
console.log(`\n.gz / plain wall time: ${(g.wall / p.wall).toFixed(3)}× (target ≤ 1.3×)`);
rmSync(tmp, { recursive: true, force: true });
