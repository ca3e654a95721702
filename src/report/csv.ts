/**
 * Tables → CSV: RFC 4180, UTF-8, header row, `\n` record delimiter, and (by default)
 * neutralisation of cells a spreadsheet would run as a formula. Fields are quoted as csv-stringify
 * quotes them (a test compares the two), written directly: the report writes tens of MB of rows.
 * @module
 */
import type { Cell, Column, Table } from './table.ts';

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /**
   * Keep spreadsheet apps from running string cells as formulas (see {@link neutralizeCell}). Numbers
   * are never changed. Default true.
   */
  neutralizeFormulas?: boolean;
}

/**
 * What a spreadsheet may take for the start of a formula, after any leading whitespace or invisible
 * formatting characters: `=`, `+`, `-`, `@` (OWASP's CSV injection list), their full-width forms
 * `＝＋－＠` (Excel in a Japanese locale treats them as the ASCII ones: OWASP/www-community#1088), their
 * small forms `﹦﹢﹣﹫` and the minus sign `−` (no spreadsheet is known to evaluate these; they are
 * covered because input methods and NFKC normalisation turn them into the ASCII ones).
 */
const FORMULA_CHAR = /^[\s\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212]/u;

/**
 * Neutralises one string cell so that a spreadsheet app shows it as text:
 * - a cell starting with tab, CR or LF, or with a formula character ({@link FORMULA_CHAR}) after
 *   leading whitespace or invisible characters, gets a `'` in front. Leading whitespace counts because
 *   importers trim it before deciding: LibreOffice Calc 7.4 evaluates ` =1+1` when its CSV import's
 *   "Trim spaces" is on (tested here), and Google Sheets and other importers are reported to trim too
 *   (zvory/csv-safe#25); zero-width and other invisible characters are covered because cleaning steps
 *   (TRIM/CLEAN, copy and paste) may remove them. LibreOffice 7.4 evaluates only `=` (not `+ - @` or
 *   the full-width forms); Excel evaluates all four ASCII ones.
 * - a lone CR inside a cell becomes LF: LibreOffice Calc 7.4 reads a lone CR inside a quoted field as the
 *   end of the row, so `abc\r=1+1` put `=1+1` at the start of a new row and evaluated it (tested here).
 */
export function neutralizeCell(s: string): string {
  const t = s.includes('\r') ? s.replace(/\r(?!\n)/g, '\n') : s;
  return /^[\t\r\n]/.test(t) || FORMULA_CHAR.test(t) ? `'${t}` : t;
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
  if (!header && rows.length === 0) return '';
  // lines joined once: a string grown by += stays a rope of every piece until it is written
  const lines: string[] = header ? [csvLine(cols)] : [];
  const cells: string[] = new Array(cols.length);
  for (const row of rows) {
    for (let i = 0; i < cols.length; i++) {
      const v = row[cols[i]];
      if (v === null || v === undefined) cells[i] = '';
      else if (typeof v === 'boolean') cells[i] = v ? 'true' : 'false';
      else if (typeof v === 'number') cells[i] = Number.isFinite(v) ? String(v) : '';
      else cells[i] = neutralize ? neutralizeCell(v) : v;
    }
    lines.push(csvLine(cells));
  }
  return lines.join('');
}

/** A field needs quotes when it holds the delimiter, a quote or the record delimiter (csv-stringify leaves a lone `\r` bare). */
const NEEDS_QUOTES = /[",\n]/;

/** One CSV record with its `\n`: fields joined by `,`, quoted (inner quotes doubled) when they need it. */
export function csvLine(fields: readonly string[]): string {
  const out: string[] = new Array(fields.length);
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    out[i] = NEEDS_QUOTES.test(f) ? `"${f.replaceAll('"', '""')}"` : f;
  }
  return out.join(',') + '\n';
}
