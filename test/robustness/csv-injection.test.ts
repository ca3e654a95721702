/**
 * CSV injection (issues 7 and 20): string cells that a spreadsheet could run as a formula — `=`, `+`,
 * `-`, `@` (or their full-width and small forms, or the minus sign) first, after any leading whitespace
 * or invisible characters, or tab, CR or LF first — are written as `'` + the original by default, and a
 * lone CR inside a cell becomes LF (LibreOffice reads it as a new row); nothing else changes;
 * `--no-neutralize` turns it off. Where LibreOffice Calc is installed, it opens the neutralised CSV with
 * formulas evaluated and spaces trimmed, and evaluates none of them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { neutralizeCell, table, toCsv } from '../../src/index.ts';
import { cli, jl, tmpInputs } from './util.ts';
import { tempDir } from '../helpers/tmp.ts';

/** Characters that start a formula (after leading blanks), and blanks a spreadsheet or a cleaning step may strip first. */
const FORMULA_CHARS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫', '−'];
const BLANKS = [' ', '  ', '\u00a0', '\u3000', '\u2003', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u202e', '\f', '\v'];
const CONTROL_FIRST = ['\t', '\r', '\n'];
/** The oracle: does `s` need the quote? */
const risky = (s: string): boolean => CONTROL_FIRST.includes(s[0]) || FORMULA_CHARS.includes(s.replace(/^[\s\p{Cf}]+/u, '')[0]);
/** What the CSV should hold for `s` when neutralised. */
const expected = (s: string): string => {
  const t = s.replace(/\r(?!\n)/g, '\n');
  return risky(s) ? `'${t}` : t;
};
const formulaLike = fc
  .tuple(fc.array(fc.constantFrom(...BLANKS), { maxLength: 3 }), fc.constantFrom(...FORMULA_CHARS, ...CONTROL_FIRST), fc.string({ unit: 'grapheme', maxLength: 20 }))
  .map(([blanks, c, rest]) => blanks.join('') + c + rest);
const anyString = fc.oneof(formulaLike, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('', "'=x", ' x', 'a=b', '1-2', 'a\r=1', 'a\r\n=1', ' \u00a0 text'));

test('neutralizeCell prefixes exactly the strings whose first character after blanks and invisible ones starts a formula (ASCII, full-width, small forms, minus sign) or that start with tab, CR or LF; lone CRs become LF', () => {
  fc.assert(
    fc.property(anyString, (s) => assert.equal(neutralizeCell(s), expected(s))),
    { seed: 7, numRuns: 3000 },
  );
  for (const s of [' =1+1', '\u200b=1+1', '\u00a0=1+1', '＝1+1', '﹦1+1', '−1+1', '＠SUM(1,1)', '\u3000+1']) assert.equal(neutralizeCell(s), `'${s}`, JSON.stringify(s));
  assert.equal(neutralizeCell('abc\r=1+1'), 'abc\n=1+1');
  assert.equal(neutralizeCell(' plain text'), ' plain text');
});

test('toCsv round-trip through csv-parse: neutralised cells come back as exactly \' + original, every other value unchanged', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(anyString, anyString, fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1e6, max: 1e6 }))), { minLength: 1, maxLength: 8 }), (rows) => {
      const t = table('t', 'T', [{ name: 'a', type: 'string' }, { name: 'b', type: 'string' }, { name: 'n', type: 'number' }], rows.map(([a, b, n]) => ({ a, b, n })));
      for (const neutralize of [true, false]) {
        const back = parse(toCsv(t, { neutralizeFormulas: neutralize }), { columns: true }) as Record<string, string>[];
        rows.forEach(([a, b, n], i) => {
          for (const [orig, got] of [[a, back[i].a], [b, back[i].b]]) assert.equal(got, neutralize ? expected(orig) : orig);
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

const hasLibreOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

test('LibreOffice Calc opens a neutralised CSV of every variant with formulas evaluated and spaces trimmed, and evaluates none', { skip: hasLibreOffice ? false : 'LibreOffice (soffice) is not installed' }, () => {
  const variants = ['=1+1', '+1+1', '-1+1', '@SUM(1;1)', ' =1+1', '  =1+1', '\t=1+1', '\r=1+1', 'x\r=1+1', '\n=1+1', '＝1+1', '﹦1+1', '−1+1', '\u200b=1+1', '\u00a0=1+1', '\u3000=1+1'];
  const t = table('t', 'T', [{ name: 'k', type: 'number' }, { name: 'v', type: 'string' }], variants.map((v, k) => ({ k, v })));
  const dir = tempDir('presslens-lo-');
  const run = (csv: string, name: string) => {
    writeFileSync(path.join(dir, `${name}.csv`), csv);
    // CSV import: comma, double quote, UTF-8, line 1, …, "Trim spaces" on (token 11), "Evaluate formulas" on (token 13)
    const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--infilter=CSV:44,34,76,1,,1033,false,false,false,false,true,-1,true', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false', '--outdir', path.join(dir, 'out'), path.join(dir, `${name}.csv`)], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    return parse(readFileSync(path.join(dir, 'out', `${name}.csv`), 'utf8'), { relax_column_count: true }) as string[][];
  };
  // the raw CSV shows the test can fail: LibreOffice evaluates some of these (to 2)
  const raw = run(toCsv(t, { neutralizeFormulas: false }), 'raw');
  assert.ok(raw.some((row) => row.includes('2')), `LibreOffice evaluated none of the raw variants: ${JSON.stringify(raw)}`);
  const safe = run(toCsv(t), 'safe');
  assert.deepEqual(safe.slice(1).map((row) => row[1]), variants.map((v) => neutralizeCell(v).trim()));
});
