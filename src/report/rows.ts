/**
 * Every row of a table, for the parts of the report that need more than the in-memory preview of a
 * streamed table (drill-down, the quotes page): read back from the table's CSV file as it streams
 * (one row at a time; callers keep only what they show), or the rows in memory when there is no file.
 * @module
 */
import { csvFileRecords } from './csv-read.ts';
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
  let header: string[] | null = null;
  let cols: (Column | undefined)[] = [];
  let blank: Record<string, Cell> = {};
  let line = 1;
  for await (const rec of csvFileRecords(file)) {
    if (header === null) {
      header = rec;
      cols = header.map((k) => byName.get(k));
      blank = blankRow(header);
      continue;
    }
    line++;
    if (rec.length !== header.length) throw new Error(`${file}: record ${line} has ${rec.length} fields, the header ${header.length}`);
    const row = { ...blank };
    for (let i = 0; i < rec.length; i++) {
      const c = cols[i];
      row[header[i]] = c ? cellOf(rec[i], c) : rec[i];
    }
    yield row;
  }
}

/**
 * A row with every column of `header`, to be copied for each record. Rows copied from one object
 * share its shape; a row grown by assigning the columns one by one can fall back to a dictionary of
 * its own (attributions.csv of Reuters: 1.6x the memory per row kept by the quotes page and drill-down).
 */
function blankRow(header: readonly string[]): Record<string, Cell> {
  return Object.fromEntries(header.map((k) => [k, null]));
}
