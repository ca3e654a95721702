import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { compilePhrase, definePipeline, kwic, run, tokenize, tokens, type Article, type KwicOptions } from '../src/index.ts';
import { repoRoot } from './helpers/corpora.ts';
import { tempDir } from './helpers/tmp.ts';

const art = (id: string, text: string, extra: Partial<Article> = {}): Article => ({ id, text, origin: { file: 'mem' }, ...extra });

/** kwic rows of one article, without a runner (rows kept in the accumulator). */
function rows(text: string, options: KwicOptions, extra: Partial<Article> = {}) {
  const stage = kwic(options);
  const acc = stage.add(stage.init(), { article: art('a', text, extra), tokens: tokenize(text) });
  return stage.finish(acc)[0].rows;
}

const matches = (q: string, text: string, o = {}) => {
  const p = compilePhrase(q, o);
  const toks = tokenize(text);
  return toks.flatMap((t, i) => {
    const n = p.matchAt(toks, i);
    return n ? [text.slice(t.start, toks[i + n - 1].end)] : [];
  });
};

test('query words match normalised tokens; case, stems and globs are options', () => {
  const text = "Bush met bush pilots. Sadr's men elected a new leader; the election of Sadr was ECONOMIC news, economy too.";
  assert.deepEqual(matches('bush', text), ['Bush', 'bush']);
  assert.deepEqual(matches('Bush', text, { caseSensitive: true }), ['Bush']);
  assert.deepEqual(matches('sadr', text), ["Sadr's", 'Sadr']);
  assert.deepEqual(matches('elect', text), []);
  assert.deepEqual(matches('elect', text, { stem: true }), ['elected', 'election']);
  assert.deepEqual(matches('elections', text, { stem: true }), ['elected', 'election']);
  assert.deepEqual(matches('econom*', text), ['ECONOMIC', 'economy']);
  assert.deepEqual(matches('econom*', text, { caseSensitive: true }), ['economy']);
  assert.deepEqual(matches('l?ader', text), ['leader']);
  assert.deepEqual(matches('Bush', text, { caseSensitive: true, stem: true }), ['Bush']);
});

test('phrases match adjacent words only, and overlapping occurrences each count', () => {
  const text = 'The prime minister spoke. Prime, minister? The Prime Minister’s aide. Ha ha ha.';
  assert.deepEqual(matches('prime minister', text), ['prime minister', "Prime Minister’s"]);
  assert.deepEqual(matches('ha ha', text), ['Ha ha', 'ha ha']);
  assert.throws(() => compilePhrase('  ,  '), /no word or number/);
  assert.throws(() => compilePhrase('*'), /matches any word/);
});

test('rows give contexts of `window` words, whitespace folded, and offsets that slice back to the match', () => {
  const text = 'One two three four five six.\n\nSeven eight NINE ten, eleven twelve thirteen.';
  const [r] = rows(text, { query: 'nine', window: 3, groupBy: 'source' }, { title: 'T', date: '2024-05-01', source: 'Wire' });
  assert.deepEqual(r, { article: 'a', title: 'T', date: '2024-05-01', group: 'Wire', left: 'six. Seven eight', match: 'NINE', right: 'ten, eleven twelve', start: text.indexOf('NINE'), end: text.indexOf('NINE') + 4 });
  const [edge] = rows('nine lives', { query: 'nine' });
  assert.deepEqual([edge.left, edge.right, edge.group], ['', 'lives', null]);
  assert.equal(rows('Nothing here.', { query: 'nine' }).length, 0);
  assert.throws(() => kwic({ query: ' ' }), /query is required/);
  assert.throws(() => kwic({ query: 'x', groupBy: 'date:fortnight' }), /unknown period/);
  assert.throws(() => kwic({ query: 'x', window: 0 }), /window must be an integer ≥ 1/);
});

test('in a run, kwic rows are streamed to kwic.csv in input order', async () => {
  const dir = tempDir('presslens-kwic-');
  const input = path.join(dir, 'in.jsonl');
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `n${i}`, source: i % 2 ? 'Odd' : 'Even', text: `Oil rose ${i}. Then oil fell again, oil.` }));
  writeFileSync(input, lines.join('\n') + '\n');
  const p = definePipeline({ name: 'kw', analyzers: [tokens()], aggregators: [kwic({ query: 'oil', groupBy: 'source' })] });
  const { tables } = await run(p, { input: [input], out: path.join(dir, 'out'), batchSize: 7, report: false });
  assert.equal(tables[0].rowCount, 120);
  const csv = parse(readFileSync(path.join(dir, 'out', 'kwic.csv'))) as string[][];
  assert.deepEqual(csv[0], ['article', 'title', 'date', 'group', 'left', 'match', 'right', 'start', 'end']);
  assert.deepEqual(csv.slice(1).map((r) => r[0]), lines.flatMap((_, i) => [`n${i}`, `n${i}`, `n${i}`]));
  assert.deepEqual(csv[2].slice(3), ['Even', 'Oil rose 0. Then', 'oil', 'fell again, oil.', '17', '20']);
});

const bin = path.join(repoRoot, 'bin/presslens.js');
const cli = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, input, encoding: 'utf8' });

test('presslens kwic prints CSV on stdout, or writes --out; bad usage exits 2', () => {
  const r = cli(['kwic', 'prime minister', '--window', '2', '-g', 'source', '-'], '{"id":"a","source":"Wire","text":"The Prime Minister said = 2. Later the prime minister left."}\n');
  assert.equal(r.status, 0, r.stderr);
  const out = parse(r.stdout) as string[][];
  assert.deepEqual(out.map((x) => x.slice(0, 7)), [
    ['article', 'title', 'date', 'group', 'left', 'match', 'right'],
    ['a', '', '', 'Wire', 'The', 'Prime Minister', 'said = 2'],
    ['a', '', '', 'Wire', 'Later the', 'prime minister', 'left.'],
  ]);
  assert.match(r.stderr, /2 occurrences in 1 article/);
  const dir = tempDir('presslens-kwic-cli-');
  mkdirSync(path.join(dir, 'sub'));
  const file = path.join(dir, 'sub', 'k.csv');
  const w = cli(['kwic', 'sadr', '--input', 'data/wsws-2008-04-26-sadr-city-iran.md', '--out', file, '-q']);
  assert.equal(w.status, 0, w.stderr);
  assert.equal(w.stdout, '');
  const rowsOut = parse(readFileSync(file)) as string[][];
  assert.ok(rowsOut.length > 10);
  const text = readFileSync(path.join(repoRoot, 'data/wsws-2008-04-26-sadr-city-iran.md'), 'utf8');
  assert.ok(rowsOut.slice(1).every((x) => /^sadr/i.test(x[5]) && Number(x[8]) > Number(x[7])));
  assert.ok(text.includes(rowsOut[1][5]));
  for (const args of [['kwic'], ['kwic', 'x'], ['kwic', 'x', '-i', 'data', '--window', 'two'], ['kwic', 'x', '-i', 'data', '-g', 'date:quarter'], ['kwic', 'x', '-i', 'data', '--out', dir]]) {
    const bad = cli(args);
    assert.equal(bad.status, 2, `${args.join(' ')}: ${bad.stderr}`);
    assert.match(bad.stderr, /^presslens: /);
  }
  assert.match(cli(['help', 'kwic']).stdout, /--case-sensitive/);
});

test('globMatch: * and ? by code point, without backtracking blow-up', async () => {
  const { globMatch } = await import('../src/text/phrase-match.ts');
  const m = (p: string, s: string) => globMatch([...p], [...s]);
  assert.equal(m('econom*', 'economy'), true);
  assert.equal(m('econom*', 'econ'), false);
  assert.equal(m('*a?c', 'xxabc'), true);
  assert.equal(m('*a?c', 'xxabcd'), false);
  assert.equal(m('**', ''), true);
  assert.equal(m('é?', 'éa'), true);
  // a pattern a regex would backtrack on for minutes: answered (false) at once
  assert.equal(m('*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(50_000)), false);
});
