import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { table, toCsv } from '../src/index.ts';

const tricky = ['plain', 'comma, inside', 'quote " inside', 'new\nline', 'Zürich “curly”', '', '  padded  ', 'emoji 🎉'];

test('toCsv writes a header and RFC 4180 quoting that csv-parse reads back unchanged', () => {
  const t = table('t', 'T', [{ name: 'id', type: 'integer' }, { name: 'text', type: 'string' }, { name: 'x', type: 'number' }, { name: 'ok', type: 'boolean' }],
    tricky.map((text, i) => ({ id: i, text, x: i / 4, ok: i % 2 === 0 })));
  const csv = toCsv(t);
  assert.ok(csv.startsWith('id,text,x,ok\n'));
  const back = parse(csv, { columns: true }) as Record<string, string>[];
  assert.deepEqual(back.map((r) => r.text), tricky);
  assert.deepEqual(back.map((r) => r.ok), tricky.map((_, i) => (i % 2 === 0 ? 'true' : 'false')));
  assert.deepEqual(back.map((r) => Number(r.x)), tricky.map((_, i) => i / 4));
});

test('toCsv writes null as an empty cell', () => {
  const csv = toCsv(table('t', 'T', [{ name: 'a', type: 'string' }, { name: 'b', type: 'number' }], [{ a: null, b: null }]));
  assert.equal(csv, 'a,b\n,\n');
});

test('toCsv neutralises formula-like strings but not numbers, unless disabled', () => {
  const t = table('t', 'T', [{ name: 's', type: 'string' }, { name: 'n', type: 'number' }], [
    { s: '=HYPERLINK("http://x")', n: -1 }, { s: '+1', n: 0 }, { s: '-x', n: 0 }, { s: '@SUM(A1)', n: 0 }, { s: '\tx', n: 0 }, { s: 'safe', n: 0 },
  ]);
  const back = (parse(toCsv(t), { columns: true }) as Record<string, string>[]).map((r) => r.s);
  assert.deepEqual(back, [`'=HYPERLINK("http://x")`, "'+1", "'-x", "'@SUM(A1)", "'\tx", 'safe']);
  assert.equal((parse(toCsv(t), { columns: true }) as Record<string, string>[])[0].n, '-1');
  const raw = (parse(toCsv(t, { neutralizeFormulas: false }), { columns: true }) as Record<string, string>[]).map((r) => r.s);
  assert.deepEqual(raw, ['=HYPERLINK("http://x")', '+1', '-x', '@SUM(A1)', '\tx', 'safe']);
});

test('table() rejects rows that do not match the columns', () => {
  assert.throws(() => table('t', 'T', [{ name: 'a', type: 'string' }], [{ b: 1 }]), /do not match columns/);
});
