/**
 * Tables: the unit every aggregator produces and every sink consumes.
 * One table → one CSV file and zero or more charts.
 * @module
 */

/** A cell value. `null` is written as an empty CSV cell. */
export type Cell = string | number | boolean | null;

/** Column types, used for CSV formatting, HTML alignment and chart encodings. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** A column: its name (the CSV header), type and a one-line description for readers. */
export interface Column {
  name: string;
  type: ColumnType;
  description?: string;
}

/** A named table with typed columns and rows as records keyed by column name. */
export interface Table {
  /** File-safe name: the CSV is `<name>.csv`. */
  name: string;
  /** Human title for the report. */
  title: string;
  columns: Column[];
  /** The rows; for a streamed table (see {@link Table.rowCount}) only the first few, as a preview. */
  rows: Record<string, Cell>[];
  /**
   * Set on per-article tables the runner streamed to their CSV file instead of holding them in
   * memory: the total number of rows in the file. `rows` then holds only the first rows.
   */
  rowCount?: number;
  /** A sentence for readers on how the rows were chosen (shown under the table; charts may quote it). */
  note?: string;
}

/** Rows in the table's CSV: `rowCount` for a streamed table, else `rows.length`. */
export function rowCount(t: Table): number {
  return t.rowCount ?? t.rows.length;
}

/** Builds a table, checking that every row has exactly the declared columns (a programming error otherwise). */
export function table(name: string, title: string, columns: Column[], rows: Record<string, Cell>[]): Table {
  const names = columns.map((c) => c.name);
  for (const row of rows.slice(0, 1)) {
    const keys = Object.keys(row);
    if (keys.length !== names.length || names.some((n) => !(n in row))) {
      throw new Error(`table ${name}: row keys [${keys.join(', ')}] do not match columns [${names.join(', ')}]`);
    }
  }
  return { name, title, columns, rows };
}

/** Rounds a number to `digits` decimals so CSV output does not depend on floating-point noise. */
export function round(x: number, digits = 6): number {
  if (!Number.isFinite(x)) return 0;
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
