/**
 * Every row of a table, for the parts of the report that need more than the in-memory preview of a
 * streamed table (drill-down, the quotes page): read back from the table's CSV file as it streams
 * (one row at a time; callers keep only what they show), or the rows in memory when there is no file.
 * @module
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { neutralizeCell } from './csv.ts';
import type { Cell, Column, Table } from './table.ts';

/** A CSV cell back as the table's value: numbers and booleans typed, empty as null, a formula-guard `'` removed. */
function cellOf(v: string, c: Column): Cell {
  if (v === '') return null;
  if (c.type === 'integer' || c.type === 'number') {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  if (c.type === 'boolean') return v === 'true';
  // the CSV writer prefixes cells a spreadsheet would run as a formula with ' (see csv.ts): undo exactly that
  return v.startsWith("'") && neutralizeCell(v.slice(1)) === v ? v.slice(1) : v;
}

/**
 * The rows of `t`: read from `file` (the table's CSV, header first) when given, else `t.rows`.
 * Streamed tables hold only a preview in memory, so a reader of all rows must pass the file.
 */
export async function* tableRows(t: Table, file?: string): AsyncGenerator<Record<string, Cell>> {
  if (!file) {
    yield* t.rows;
    return;
  }
  const byName = new Map(t.columns.map((c) => [c.name, c]));
  const parser = createReadStream(file).pipe(parse({ columns: true, relax_column_count: false }));
  for await (const rec of parser as AsyncIterable<Record<string, string>>) {
    const row: Record<string, Cell> = {};
    for (const [k, v] of Object.entries(rec)) {
      const c = byName.get(k);
      row[k] = c ? cellOf(v, c) : v;
    }
    yield row;
  }
}
