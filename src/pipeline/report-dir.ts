/**
 * The report directory: one CSV per table (streamed tables moved in from their staging files),
 * charts, `index.html`, `summary.md` and `manifest.json`, written atomically.
 * @module
 */
import { appendFile } from 'node:fs/promises';
import type { RunContext } from '../context.ts';
import { toCsv, type CsvOptions } from '../report/csv.ts';
import type { Table } from '../report/table.ts';
import type { Pipeline } from './define.ts';
import type { Manifest } from './manifest.ts';
import { checkNotInput, checkOutDir } from './out-dir.ts';
import { flattenPreview, type StreamInfo } from './streams.ts';
import { writeDirAtomic, type FileRef } from './write.ts';

/** Options of {@link writeReport}. */
export interface WriteReportOptions extends CsvOptions {
  /** Render charts, HTML and summary (default true); false writes the CSV tables and manifest only. */
  report?: boolean;
  /** Table name → the file already holding its CSV (streamed tables), moved into the report. */
  streamed?: ReadonlyMap<string, string>;
  /** Context whose timing hook gets the CSV and chart timings. */
  ctx?: RunContext;
  /** A file to append `summary.md` to (the CLI passes `$GITHUB_STEP_SUMMARY`). */
  stepSummary?: string;
}

/** Puts the streamed tables' previews and row counts in place of their (empty) finished rows. */
export function withStreams(tables: Table[], infos: readonly StreamInfo[]): Table[] {
  for (const info of infos) {
    const t = tables.find((x) => x.name === info.name);
    if (!t) continue;
    t.rows = flattenPreview(info.previewBlocks);
    t.rowCount = info.rows;
  }
  return tables;
}

/** Table name → the file holding its streamed CSV. */
export function streamFiles(infos: readonly StreamInfo[]): Map<string, string> {
  return new Map(infos.map((i) => [i.name, i.file]));
}

/**
 * Renders and writes the report directory `out` (tables, charts, HTML, summary, manifest), replacing
 * it whole. The manifest lists every file of the directory (`files`), so a later run recognises it as
 * a report it may replace. Refuses (before writing anything) when `out` is not safe to replace or
 * holds one of the manifest's inputs.
 */
export async function writeReport(pipeline: Pipeline, tables: Table[], manifest: Manifest, out: string, options: WriteReportOptions = {}): Promise<void> {
  await checkOutDir(out);
  checkNotInput(out, manifest.inputs.map((i) => i.file), '--out');
  const files = new Map<string, string | Uint8Array | FileRef>();
  const t0 = Date.now();
  for (const t of tables) {
    const file = options.streamed?.get(t.name);
    files.set(`${t.name}.csv`, file ? { path: file } : toCsv(t, options));
  }
  options.ctx?.time('CSV', t0);
  if (options.report !== false) {
    const { renderReport } = await import('../report/report.ts');
    const rendered = await renderReport({ pipeline: { name: pipeline.name, description: pipeline.description }, tables, charts: pipeline.charts, manifest, files: options.streamed, timing: options.ctx?.timing });
    manifest.charts = [...rendered.keys()].filter((k) => k.endsWith('.vl.json')).map((k) => k.slice(0, -'.vl.json'.length)).sort();
    for (const [k, v] of rendered) files.set(k, v);
    const summary = rendered.get('summary.md');
    if (summary && options.stepSummary) await appendFile(options.stepSummary, String(summary));
  }
  manifest.files = [...files.keys(), 'manifest.json'].sort();
  files.set('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
  const t1 = Date.now();
  await writeDirAtomic(out, files);
  options.ctx?.time('write', t1);
}
