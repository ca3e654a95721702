/**
 * CSV injection (issue 7): string cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
 * tab, CR first) are written as `'` + the original by default; nothing else changes; `--no-neutralize`
 * turns it off.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { neutralizeCell, table, toCsv } from '../../src/index.ts';
import { cli, jl, tmpInputs } from './util.ts';
import { tempDir } from '../helpers/tmp.ts';

const FORMULA_FIRST = ['=', '+', '-', '@', '\t', '\r'];
const risky = fc.tuple(fc.constantFrom(...FORMULA_FIRST), fc.string({ unit: 'grapheme', maxLength: 20 })).map(([c, rest]) => c + rest);
const anyString = fc.oneof(risky, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('', "'=x", ' =x', '\n=x', '＝1', 'a=b', '1-2'));

test('neutralizeCell prefixes exactly the strings that start with = + - @ tab or CR, and only with one quote', () => {
  fc.assert(
    fc.property(anyString, (s) => {
      const out = neutralizeCell(s);
      if (s.length > 0 && FORMULA_FIRST.includes(s[0])) assert.equal(out, `'${s}`);
      else assert.equal(out, s);
    }),
    { seed: 7, numRuns: 2000 },
  );
});

test('toCsv round-trip through csv-parse: neutralised cells come back as exactly \' + original, every other value unchanged', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(anyString, anyString, fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1e6, max: 1e6 }))), { minLength: 1, maxLength: 8 }), (rows) => {
      const t = table('t', 'T', [{ name: 'a', type: 'string' }, { name: 'b', type: 'string' }, { name: 'n', type: 'number' }], rows.map(([a, b, n]) => ({ a, b, n })));
      for (const neutralize of [true, false]) {
        const back = parse(toCsv(t, { neutralizeFormulas: neutralize }), { columns: true }) as Record<string, string>[];
        rows.forEach(([a, b, n], i) => {
          for (const [orig, got] of [[a, back[i].a], [b, back[i].b]]) {
            const expect = neutralize && orig.length > 0 && FORMULA_FIRST.includes(orig[0]) ? `'${orig}` : orig;
            assert.equal(got, expect);
          }
          assert.ok(Number(back[i].n) === n, `number ${n} came back as ${back[i].n}`); // negative numbers keep their '-'
        });
      }
    }),
    { seed: 11, numRuns: 500 },
  );
});

test('presslens run neutralises formula-like ids, titles and authors in the CSV tables, and --no-neutralize keeps them raw', () => {
  const dir = tmpInputs({
    'in.jsonl': jl(
      { id: '=HYPERLINK("http://evil.example","x")', title: '+cmd|\' /C calc\'!A0', author: '@SUM(1+1)*cmd|\' /C calc\'!A0', text: 'First article text.' },
      { id: '-2+3', title: '\tTabbed', author: 'Plain Author', text: 'Second article text.' },
    ),
  });
  const read = (extra: string[]) => {
    const out = path.join(tempDir('presslens-csvinj-'), 'r');
    const r = cli(['run', 'pipelines/news-report.ts', '--input', dir, '--out', out, '--no-report', '-q', ...extra]);
    assert.equal(r.code, 0, r.stderr);
    return parse(readFileSync(path.join(out, 'articles.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  };
  const safe = read([]);
  assert.deepEqual(safe.map((r) => [r.article, r.title, r.author]).sort(), [
    [`'-2+3`, `'\tTabbed`, 'Plain Author'],
    [`'=HYPERLINK("http://evil.example","x")`, `'+cmd|' /C calc'!A0`, `'@SUM(1+1)*cmd|' /C calc'!A0`],
  ]);
  const raw = read(['--no-neutralize']);
  assert.deepEqual(raw.map((r) => [r.article, r.title, r.author]).sort(), [
    ['-2+3', '\tTabbed', 'Plain Author'],
    ['=HYPERLINK("http://evil.example","x")', `+cmd|' /C calc'!A0`, `@SUM(1+1)*cmd|' /C calc'!A0`],
  ]);
});
