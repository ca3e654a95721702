/**
 * One bad record never sinks a run, and no input is lost quietly (issue 20): deep or huge values are
 * dropped or skipped when read (before any hand-off to a worker thread), huge articles are skipped
 * unread above the limit, pipes and process substitution are read, exact file names win over glob
 * syntax, ids stay unique whatever the input ids, dates are read or rejected with a warning, and
 * diagnostics stay one line each whatever a file name or a bad line holds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { repoRoot } from '../helpers/corpora.ts';
import { tempDir } from '../helpers/tmp.ts';
import { bin, cli, jl, readDir, tmpInputs } from './util.ts';

const good = (id: string, extra: Record<string, unknown> = {}) => ({ id, text: `Article ${id}: officials said the talks would go on.`, ...extra });
const deep = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const out = () => path.join(tempDir('presslens-rec-'), 'report');
const manifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

test('a JSONL field nested 10,000 deep is dropped with a file:line warning and the run with worker threads goes on', () => {
  const dir = tmpInputs({ 'in.jsonl': [JSON.stringify(good('a1')), `{"id":"deep","text":"Deep record, kept.","meta":${deep(10_000)},"tags":["x"]}`, JSON.stringify(good('a3'))].join('\n') + '\n' });
  const o = out();
  const r = cli(['run', 'news-report', '--input', path.join(dir, 'in.jsonl'), '--out', o, '--no-report', '--workers', '2']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /in\.jsonl:2: warning: field "meta" is nested more than 64 levels deep; dropped \(the article is kept\) \[extra-field-dropped\]/);
  assert.equal(manifest(o).counts.articles, 3);
});

test('records, lines and files over --max-article-mb are skipped unread with file:line; the rest of the file is read', async () => {
  const big = 'x'.repeat(1_500_000);
  const dir = tmpInputs({
    'a.jsonl': jl(good('j1'), { id: 'huge', text: big }, good('j3')),
    'b.csv': `id,text\nc1,One.\nc2,"${big}"\nc3,Three.\nc4,${big}\nc5,Five.\n`,
    'c.txt': big,
    'd.txt': 'Small file.',
  });
  const o = out();
  const r = cli(['run', 'news-report', '--input', dir, '--out', o, '--no-report', '--max-article-mb', '1']);
  assert.equal(r.code, 0, r.stderr);
  const skipped = manifest(o).skipped.map((s: { file: string; line?: number; code: string }) => `${path.basename(s.file)}${s.line ? `:${s.line}` : ''} ${s.code}`);
  assert.deepEqual(skipped, ['a.jsonl:2 article-too-large', 'b.csv:3 article-too-large', 'b.csv:5 article-too-large', 'c.txt article-too-large']);
  assert.match(r.stderr, /a\.jsonl:2: warning: line skipped unread: it is 1\.4 MiB, over the 1 MiB limit for one article \(raise it with --max-article-mb\)/);
  assert.equal(manifest(o).counts.articles, 6); // j1 j3 c1 c3 c5 d
  const r2 = await readDir(dir);
  assert.ok(r2.ids.includes('huge') && r2.ids.includes('c'), 'the default limit (16 MiB) reads them');
});

test('FIFOs and process substitution are read as streams (and their format sniffed like stdin)', { skip: spawnSync('sh', ['-c', 'command -v mkfifo && command -v bash']).status !== 0 ? 'needs mkfifo and bash' : false }, () => {
  const dir = tmpInputs({ 'src.jsonl': jl(good('p1'), good('p2')) });
  const o = out();
  const script = `mkfifo ${dir}/pipe.jsonl; cat ${dir}/src.jsonl > ${dir}/pipe.jsonl & ${JSON.stringify(process.execPath)} ${bin} run news-report --input ${dir}/pipe.jsonl --input <(cat ${dir}/src.jsonl) --out ${o} --no-report -q; echo "code=$?"`;
  const r = spawnSync('bash', ['-c', script], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, GITHUB_STEP_SUMMARY: '' } });
  assert.match(r.stdout, /code=0/, r.stderr);
  const m = manifest(o);
  assert.equal(m.counts.articles, 4);
  assert.deepEqual(m.inputs.map((i: { articles: number }) => i.articles), [2, 2]);
  assert.deepEqual(m.skipped, []);
  // a pipe found by walking a directory is reported, not read (nobody may be writing to it)
  const walked = spawnSync('bash', ['-c', `mkdir ${dir}/d && mkfifo ${dir}/d/p.jsonl && cp ${dir}/src.jsonl ${dir}/d/a.jsonl && ${JSON.stringify(process.execPath)} ${bin} run news-report --input ${dir}/d --out ${out()} --no-report`], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  assert.equal(walked.status, 0, walked.stderr);
  assert.match(walked.stderr, /p\.jsonl: warning: not a regular file \(pipe, device or socket\) inside a directory: .*p\.jsonl; give it as an input of its own to read a pipe \[not-a-file\]/);
});

test('a file whose name holds glob characters is read by its exact name; a pattern still matches when no such file exists', async () => {
  const dir = tmpInputs({ 'report[1].txt': 'The report by its exact name.', 'report1.txt': 'Matched by the pattern.' });
  const exact = await readDir(dir, [path.join(dir, 'report[1].txt')]);
  assert.deepEqual(exact.ids, ['report[1]']);
  assert.deepEqual(exact.warnings, []);
  const pattern = await readDir(dir, [path.join(dir, 'report[0-9].txt')]);
  assert.deepEqual(pattern.ids, ['report1']);
});

test('ids stay unique whatever the input ids: renamed ids skip ids the input already has, and input ids skip renamed ones', async () => {
  const dir = tmpInputs({ 'a.jsonl': jl(good('a'), good('a'), good('a~2'), good('a'), good('a~3'), good('b~2'), good('b'), good('b')) });
  const r = await readDir(dir);
  assert.deepEqual(r.ids, ['a', 'a~2', 'a~2~2', 'a~3', 'a~3~2', 'b~2', 'b', 'b~3']);
  assert.equal(new Set(r.ids).size, r.ids.length);
});

test('dates: the documented forms are read (others become YYYY-MM-DD), impossible or unknown ones are dropped with a warning', async () => {
  const dates: [string, string | null][] = [
    ['2008-04-26', '2008-04-26'],
    ['2008-04-26T10:30:00Z', '2008-04-26T10:30:00Z'],
    ['2008-04-26 10:30+02:00', '2008-04-26 10:30+02:00'],
    ['2008-04', '2008-04'],
    ['26 April 2008', '2008-04-26'],
    ['Sat, 26 Apr. 2008', '2008-04-26'],
    ['April 26, 2008', '2008-04-26'],
    ['Jan 2, 2020', '2020-01-02'],
    ['Sat, 26 Apr 2008 10:30:00 +0000', '2008-04-26'],
    ['2008/04/26', '2008-04-26'],
    ['2020-02-29', '2020-02-29'],
    ['2020-02-30', null],
    ['2019-02-29', null],
    ['2020-13-01', null],
    ['2008-04-26T24:00', null],
    ['04/05/2008', null],
    ['yesterday', null],
  ];
  const dir = tmpInputs({ 'a.jsonl': jl(...dates.map(([date], i) => good(`d${i}`, { date }))), 'b.md': '---\ndate: 2021-02-31\n---\n# T\n\nBody.\n' });
  const r = await readDir(dir);
  assert.deepEqual(r.articles.slice(0, dates.length).map((a) => a.date ?? null), dates.map(([, want]) => want));
  assert.equal(r.articles.at(-1)!.date, null);
  assert.deepEqual(r.warnings, ['a.jsonl:12 invalid-date', 'a.jsonl:13 invalid-date', 'a.jsonl:14 invalid-date', 'a.jsonl:15 invalid-date', 'a.jsonl:16 invalid-date', 'a.jsonl:17 invalid-date', 'b.md:1 invalid-date']);
  assert.match(r.ctx.diagnostics[0].message, /date "2020-02-30" does not exist; the article is kept without a date/);
  assert.match(r.ctx.diagnostics[5].message, /date "yesterday" is not in a form presslens reads \(2008-04-26, .*\)/);
});

test('impossible dates never reach the tables and charts (no NaN day); a month-day-year date is counted by day', () => {
  const dir = tmpInputs({ 'a.jsonl': jl(good('x', { date: '2020-02-30' }), good('y', { date: 'Jan 2, 2020' }), good('z', { date: '2020-13-01' })) });
  const o = out();
  const r = cli(['run', 'news-report', '--input', dir, '--out', o]);
  assert.equal(r.code, 0, r.stderr);
  const days = parse(readFileSync(path.join(o, 'sentiment_over_time.csv'), 'utf8'), { columns: true }) as { date: string }[];
  assert.deepEqual(days.map((d) => d.date), ['2020-01-02']);
  assert.deepEqual(manifest(o).dateRange, { from: '2020-01-02', to: '2020-01-02' });
  for (const f of ['sentiment-over-time.vl.json', 'sentiment-over-time.svg', 'index.html']) assert.doesNotMatch(readFileSync(path.join(o, f), 'utf8'), /NaN/, f);
});

test('diagnostics are one line each: control characters and bidi overrides in file names and bad lines are escaped on stderr', () => {
  const name = 'evil\nfake.jsonl:1: warning: forged [x]\u001b[31m\u202e.jsonl';
  const dir = tmpInputs({ [name]: `\u001b]0;title\u0007\u001b[2J not json\n${JSON.stringify(good('ok'))}\n` });
  const r = cli(['run', 'news-report', '--input', dir, '--out', out(), '--no-report']);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
  const lines = r.stderr.split('\n').filter((l) => l.includes(': warning: '));
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /evil\\x0afake\.jsonl:1: warning: forged \[x\]\\x1b\[31m\\u202e\.jsonl:1: warning: malformed JSON line skipped \(.*\\x1b\]0;title\\x07.*\).*\[jsonl-malformed\]$/);
});

test('an analysis thread that dies on an article (here: the analyzer exits its thread) costs that article only; the run goes on and says so', () => {
  const dir = tmpInputs({});
  const file = path.join(dir, 'dying.mts');
  const lib = JSON.stringify(path.join(repoRoot, 'src/index.ts'));
  // Exits its thread on an article holding KILL, which is long enough (over 1 Mi characters) to be analysed in a worker thread.
  writeFileSync(
    file,
    `import { isMainThread } from 'node:worker_threads';\nimport { definePipeline, analyzer, sentences, tokens, articleStats } from ${lib};\n` +
      `const killer = analyzer('killer', [], (doc) => { if (doc.article.text.includes('KILL') && !isMainThread) process.exit(3); });\n` +
      `export default definePipeline({ name: 'dying', analyzers: [killer, sentences(), tokens()], aggregators: [articleStats()] });\n`,
  );
  const input = path.join(dir, 'in.jsonl');
  writeFileSync(input, jl(good('a1'), { id: 'killer', text: 'KILL ' + 'Officials said the talks would go on. '.repeat(30_000) }, good('a3')));
  const o = out();
  const r = cli(['run', file, '--input', input, '--out', o, '--no-report']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /in\.jsonl:2: warning: the analysis thread died \(it exited\) on the batch holding article "killer"; the article is left out \[worker-failed\]/);
  assert.equal(manifest(o).counts.articles, 2);
  const rows = parse(readFileSync(path.join(o, 'articles.csv'), 'utf8'), { columns: true }) as { article: string }[];
  assert.deepEqual(rows.map((x) => x.article), ['a1', 'a3']);
});

test('a glob that matches nothing, a file that cannot be read and an analyzer that throws are each reported, and only they are skipped', async () => {
  const dir = tmpInputs({ 'a.txt': 'Readable text.' });
  const inputs = [path.join(dir, 'nothing-*.jsonl'), path.join(dir, 'a.txt')];
  // /proc/self/mem exists and is a file, but reading it at offset 0 fails (EIO) whoever runs the test
  const unreadable = process.platform === 'linux' ? ['/proc/self/mem'] : [];
  const r = await readDir(dir, [...inputs, ...unreadable]);
  assert.deepEqual(r.ids, ['a']);
  assert.deepEqual(r.skipped.map((s) => s.replace(/^.*(nothing|mem)/, '$1')), ['nothing-*.jsonl no-match', ...(unreadable.length ? ['mem unreadable'] : [])]);
  const { analyzeArticle, analyzer, createContext, sentences } = await import('../../src/index.ts');
  const ctx = createContext({ log: null });
  const boom = analyzer('boom', [], (doc) => {
    if (doc.article.id === 'bad') throw new Error('no such thing');
  });
  const pipeline = { name: 'p', analyzers: [sentences(), boom], aggregators: [], charts: [] };
  const docs = r.articles.concat({ ...r.articles[0], id: 'bad', origin: { file: 'x.jsonl', line: 7 } }).map((a) => analyzeArticle(pipeline, a, ctx));
  assert.deepEqual(docs.map((d) => d !== null), [true, false]);
  assert.deepEqual(ctx.skipped, [{ file: 'x.jsonl', line: 7, code: 'analyzer-failed', reason: 'analyzer boom failed on article "bad": no such thing' }]);
});
