/**
 * The check `presslens merge` makes of every streamed block it copies from a partial file. A partial's
 * checksum finds damage, not forgery: anyone can edit its rows and compute the sum again. So the merge
 * re-reads each block as CSV and refuses one that presslens could not have written: a record with
 * the wrong number of cells, or (when the run neutralised formulas) a cell a spreadsheet could run.
 * @module
 */
import { parse } from 'csv-parse/sync';
import { neutralizeCell } from '../report/csv.ts';

/** Whether `cell` is how {@link csvRows} writes a number (`-0.5`, `1e-7`): those are never neutralised. */
function isNumberCell(cell: string): boolean {
  return cell !== '' && String(Number(cell)) === cell;
}

/**
 * Why a block of CSV records (no header) could not have been written by presslens, or null.
 * @param columns the table's number of columns
 * @param neutralized whether the run neutralised formula cells (see CsvOptions)
 */
export function checkStreamedRows(csv: string, columns: number, neutralized: boolean): string | null {
  if (csv === '') return null;
  if (!csv.endsWith('\n')) return 'its last record does not end with a line break';
  let records: string[][];
  try {
    records = parse(csv, { relax_column_count: true }) as string[][];
  } catch (e) {
    return `it is not valid CSV (${(e as Error).message})`;
  }
  for (let r = 0; r < records.length; r++) {
    const cells = records[r];
    if (cells.length !== columns) return `record ${r + 1} has ${cells.length} cells, not ${columns}`;
    if (!neutralized) continue;
    const bad = cells.findIndex((c) => !isNumberCell(c) && neutralizeCell(c) !== c);
    if (bad >= 0) return `record ${r + 1}, cell ${bad + 1} starts like a spreadsheet formula and is not neutralised`;
  }
  return null;
}
