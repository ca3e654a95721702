import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { csvLine } from '../src/report/csv.ts';
import { CsvRecordParser, csvFileRecords } from '../src/report/csv-read.ts';

const tricky = ['plain', '', 'comma, inside', 'quote " inside', '"', '""', 'new\nline', 'cr\r\nlf', 'lone\rcr', ',', ' padded ', 'Zürich “curly” 🎉', "'=1+1", 'a,"b",\nc'];

/** Rows that mix every tricky field with its neighbours, and the columns' names themselves tricky. */
function sample(): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < tricky.length; i++) rows.push([tricky[i], tricky[(i * 5 + 3) % tricky.length], String(i), tricky[(i + 1) % tricky.length]]);
  return rows;
}

test('csvLine quotes and escapes every field exactly as csv-stringify does', () => {
  const header = ['id', 'a,b', 'q"', 'x'];
  const rows = sample();
  const ours = csvLine(header) + rows.map(csvLine).join('');
  assert.equal(ours, stringify(rows, { header: true, columns: header, record_delimiter: '\n' }));
});

test('CsvRecordParser reads what csvLine writes, split into pieces anywhere (even inside a character)', () => {
  const rows = sample();
  const bytes = Buffer.from(rows.map(csvLine).join(''));
  assert.deepEqual(parse(bytes, { relax_column_count: false }), rows);
  for (const size of [1, 2, 3, 7, 64, bytes.length]) {
    const p = new CsvRecordParser();
    const got: string[][] = [];
    for (let i = 0; i < bytes.length; i += size) {
      p.feed(bytes.subarray(i, i + size));
      got.push(...p.take());
    }
    p.end();
    got.push(...p.take());
    assert.deepEqual(got, rows, `pieces of ${size} bytes`);
  }
});

test('CsvRecordParser completes a last record without its newline and keeps empty fields', () => {
  const p = new CsvRecordParser();
  p.feed(Buffer.from('a,,"b"\n,\nx,"y""",'));
  p.end();
  assert.deepEqual(p.take(), [['a', '', 'b'], ['', ''], ['x', 'y"', '']]);
});

test('CsvRecordParser refuses what csv.ts never writes', () => {
  for (const bad of ['a"b\n', '"a"b\n', '"never closed\n']) {
    const p = new CsvRecordParser();
    assert.throws(() => {
      p.feed(Buffer.from(bad));
      p.end();
    }, /CSV: /, JSON.stringify(bad));
  }
});

test('csvFileRecords streams a file record by record', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'csv-read-'));
  try {
    const rows: string[][] = [];
    for (let i = 0; i < 20_000; i++) rows.push([String(i), tricky[i % tricky.length], 'é'.repeat(i % 7)]);
    const file = join(dir, 't.csv');
    writeFileSync(file, rows.map(csvLine).join(''));
    const got: string[][] = [];
    for await (const r of csvFileRecords(file)) got.push(r);
    assert.deepEqual(got, rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
