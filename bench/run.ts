/**
 * `npm run bench`: whole-process benchmark of the full default report (terms, tf-idf, sentiment,
 * attribution, tables, charts) against peer baselines, on Reuters-21578 (18.2 MB) and a 4×
 * concatenation (≈73 MB, generated in a temp dir with unique ids). Each command runs under
 * `/usr/bin/time` (wall seconds, peak RSS); the median of `--reps` runs is reported.
 *
 *   npm run bench                 # both sizes, 3 runs each
 *   npm run bench -- --quick      # 18 MB only, 1 run
 *   npm run bench -- --reps 5 --sizes 1,4
 *   npm run bench -- --reps 1 --sizes 55 --only "2 workers"   # ≈1 GB: peak memory on a large input
 *   npm run bench -- --reps 5 --sizes 1 --only group-by       # cost of --group-by date:month
 *
 * Beside the 1 → 2 workers speed-up it prints what the machine allows: two 1-worker runs side by side,
 * timed together, as throughput against one run alone; and the cost of grouping: 1-worker runs with
 * and without `--group-by date:month`, interleaved (plain, grouped, plain, …) so that load on the
 * machine falls on both alike (target: under 15% extra wall time).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, reps: { type: 'string' }, sizes: { type: 'string' }, only: { type: 'string' } } });
const reps = Number(values.reps ?? (values.quick ? 1 : 3));
const sizes = (values.sizes ?? (values.quick ? '1' : '1,4')).split(',').map(Number);
const corpora = process.env.PRESSLENS_CORPORA ?? path.resolve(root, '../shared/corpora');
const reuters = path.join(corpora, 'news/reuters21578.jsonl');
if (!existsSync(reuters)) {
  console.error(`bench: ${reuters} not found; set PRESSLENS_CORPORA to the corpora directory`);
  process.exit(0);
}
if (!existsSync('/usr/bin/time')) {
  console.error('bench: /usr/bin/time is needed (Debian package "time")');
  process.exit(1);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'presslens-bench-'));

async function concat(times: number): Promise<string> {
  if (times === 1) return reuters;
  const out = path.join(tmp, `reuters-x${times}.jsonl`);
  const ws = createWriteStream(out);
  for (let k = 1; k <= times; k++) {
    for await (const line of createInterface({ input: createReadStream(reuters), crlfDelay: Infinity })) {
      if (!line) continue;
      const rec = JSON.parse(line) as { id: string };
      rec.id = k === 1 ? rec.id : `${rec.id}-copy${k}`;
      if (!ws.write(JSON.stringify(rec) + '\n')) await new Promise<void>((r) => ws.once('drain', () => r()));
    }
  }
  await new Promise<void>((r) => ws.end(() => r()));
  return out;
}

interface Measure {
  wall: number;
  rss: number;
  /** User + system CPU seconds (less sensitive than wall time to other load on the machine). */
  cpu: number;
}

function measure(cmd: string[]): Measure {
  const timeFile = path.join(tmp, 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %M %U %S', ...cmd], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const [wall, rss, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, rss: rss / 1024, cpu: user + sys };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const node = process.execPath;
const presslens = (input: string, workers: number, out: string, extra: string[] = []) => [node, 'bin/presslens.js', 'run', 'news-report', '--input', input, '--out', path.join(tmp, out), '--workers', String(workers), '-q', ...extra];
const GROUP_BY = 'presslens, 1 worker, --group-by date:month (interleaved with the plain run)';
const commands: Record<string, (input: string) => string[]> = {
  'presslens, 1 worker': (i) => presslens(i, 1, 'out1'),
  'presslens, 2 workers': (i) => presslens(i, 2, 'out2'),
  '(a) natural WordTokenizer + stopword + Map': (i) => [node, 'bench/peers/a-natural-terms.mjs', i],
  '(b) natural SentenceTokenizer + SentimentAnalyzer': (i) => [node, 'bench/peers/b-natural-sentiment.mjs', i],
  '(e) Unicode regex + Set + Map': (i) => [node, 'bench/peers/e-regex-count.mjs', i],
};

/** One shell word. */
const shq = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
/**
 * The machine's own limit on two threads: two 1-worker runs side by side, timed as a whole. No way of
 * splitting the work between two threads can gain more than two such independent runs do (cores that
 * share caches, memory bandwidth or a hypervisor's time slices slow each other down).
 */
const SIDE_BY_SIDE = 'presslens, 1 worker, two runs side by side';
const sideBySide = (i: string) => {
  const one = (out: string) => presslens(i, 1, out).map(shq).join(' ');
  return ['sh', '-c', `${one('side-a')} & a=$!; ${one('side-b')} & b=$!; wait $a && wait $b`];
};

const rows: string[] = [];
for (const times of sizes) {
  const input = await concat(times);
  const mb = statSync(input).size / 1e6;
  let articles = 0;
  for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) if (line) articles++;
  const results = new Map<string, Measure>();
  for (const [name, cmd] of Object.entries(commands)) {
    if (values.only && !name.includes(values.only)) continue;
    if (values.only && GROUP_BY.includes(values.only)) continue;
    const runs: Measure[] = [];
    for (let r = 0; r < reps; r++) runs.push(measure(cmd(input)));
    const m = { wall: median(runs.map((x) => x.wall)), rss: median(runs.map((x) => x.rss)), cpu: median(runs.map((x) => x.cpu)) };
    results.set(name, m);
    console.error(`${mb.toFixed(1)} MB  ${name}: ${m.wall.toFixed(2)} s, ${(mb / m.wall).toFixed(2)} MB/s, ${m.cpu.toFixed(1)} CPU s, ${m.rss.toFixed(0)} MiB`);
  }
  const p2 = results.get('presslens, 2 workers');
  const p1 = results.get('presslens, 1 worker');
  let ceiling: Measure | undefined;
  if (p1 && (!values.only || SIDE_BY_SIDE.includes(values.only))) {
    const runs: Measure[] = [];
    for (let r = 0; r < reps; r++) runs.push(measure(sideBySide(input)));
    ceiling = { wall: median(runs.map((x) => x.wall)), rss: median(runs.map((x) => x.rss)), cpu: median(runs.map((x) => x.cpu)) };
    console.error(`${mb.toFixed(1)} MB  ${SIDE_BY_SIDE}: ${ceiling.wall.toFixed(2)} s for both, ${(2 * p1.wall / ceiling.wall).toFixed(2)}× the throughput of one`);
  }
  if (!values.only || GROUP_BY.includes(values.only)) {
    const plain: Measure[] = [];
    const grouped: Measure[] = [];
    for (let r = 0; r < reps; r++) {
      plain.push(measure(presslens(input, 1, 'plain')));
      grouped.push(measure(presslens(input, 1, 'grouped', ['--group-by', 'date:month'])));
    }
    const med = (xs: Measure[]): Measure => ({ wall: median(xs.map((x) => x.wall)), rss: median(xs.map((x) => x.rss)), cpu: median(xs.map((x) => x.cpu)) });
    const [p, g] = [med(plain), med(grouped)];
    console.error(`${mb.toFixed(1)} MB  plain ${plain.map((x) => x.wall.toFixed(2)).join(' ')} s; grouped ${grouped.map((x) => x.wall.toFixed(2)).join(' ')} s`);
    console.error(`${mb.toFixed(1)} MB  ${GROUP_BY}: ${g.wall.toFixed(2)} s against ${p.wall.toFixed(2)} s, ${((g.wall / p.wall - 1) * 100).toFixed(1)}% extra wall time, ${((g.cpu / p.cpu - 1) * 100).toFixed(1)}% extra CPU`);
    if (!results.has('presslens, 1 worker')) results.set('presslens, 1 worker', p);
    results.set(GROUP_BY, g);
    rows.push(`| ${mb.toFixed(1)} MB | cost of --group-by date:month (interleaved medians) | | ${((g.wall / p.wall - 1) * 100).toFixed(1)}% wall | | ${((g.cpu / p.cpu - 1) * 100).toFixed(1)}% CPU | ${((g.rss / p.rss - 1) * 100).toFixed(1)}% RSS | |`);
  }
  for (const [name, m] of results) {
    const ratio = p2 && !name.startsWith('presslens') ? ` ${(mb / p2.wall / (mb / m.wall)).toFixed(2)}×` : '';
    rows.push(`| ${mb.toFixed(1)} MB | ${name} | ${m.wall.toFixed(2)} | ${(mb / m.wall).toFixed(2)} | ${Math.round(articles / m.wall)} | ${m.cpu.toFixed(1)} | ${m.rss.toFixed(0)} |${ratio} |`);
  }
  if (p1 && p2) rows.push(`| ${mb.toFixed(1)} MB | speed-up 1 → 2 workers | | ${(p1.wall / p2.wall).toFixed(2)}× | | | | |`);
  if (p1 && ceiling) rows.push(`| ${mb.toFixed(1)} MB | two 1-worker runs side by side (the machine's ceiling for 2 threads) | ${ceiling.wall.toFixed(2)} | ${((2 * p1.wall) / ceiling.wall).toFixed(2)}× | | ${ceiling.cpu.toFixed(1)} | | |`);
}
console.log(`\nWhole-process medians of ${reps} run(s), ${new Date().toISOString().slice(0, 10)}, node ${process.version}:\n`);
console.log('| input | command | wall s | MB/s | articles/s | CPU s | peak RSS MiB | presslens (2 workers) / peer |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
rmSync(tmp, { recursive: true, force: true });
