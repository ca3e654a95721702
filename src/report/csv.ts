/**
 * Tables → CSV through csv-stringify: RFC 4180, UTF-8, header row, `\n` record delimiter,
 * and (by default) neutralisation of cells a spreadsheet would run as a formula.
 * @module
 */
import { stringify } from 'csv-stringify/sync';
import type { Cell, Column, Table } from './table.ts';

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /**
   * Prefix string cells that start with `=`, `+`, `-`, `@`, tab or CR with a `'` so spreadsheet apps
   * show them as text instead of evaluating them (OWASP CSV injection guidance). Numbers are never
   * changed. Default true.
   */
  neutralizeFormulas?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises one string cell (see {@link CsvOptions.neutralizeFormulas}). */
export function neutralizeCell(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** Serialises a table as CSV text (header row first). */
export function toCsv(t: Table, options: CsvOptions = {}): string {
  return csvRows(t.columns, t.rows, options, true);
}

/**
 * Serialises rows as CSV records (`\n` after each), with the header row first when `header` is set.
 * Streamed tables are written as one header followed by such chunks, which concatenate to exactly
 * what {@link toCsv} writes for the whole table.
 */
export function csvRows(columns: readonly Column[], rows: readonly Record<string, Cell>[], options: CsvOptions = {}, header = false): string {
  const neutralize = options.neutralizeFormulas !== false;
  const cols = columns.map((c) => c.name);
  const records = rows.map((row) =>
    cols.map((c) => {
      const v = row[c];
      if (v === null || v === undefined) return '';
      if (typeof v === 'boolean') return v ? 'true' : 'false';
      if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
      return neutralize ? neutralizeCell(v) : v;
    }),
  );
  if (!header && records.length === 0) return '';
  return stringify(records, { header, columns: cols, record_delimiter: '\n' });
}
