/**
 * Report assembly: builds every chart whose table exists, renders it (`.vl.json`, `.svg`, `.png`),
 * gathers the drill-down data and the quotes page from the tables (streamed tables read back from
 * their CSV files), and writes `index.html`, `quotes.html`, `summary.md` and the page assets. Pure
 * function of its inputs (no clock), so a rerun on the same data gives byte-identical files. Writing
 * the files is the runner's job.
 * @module
 */
import type { Chart } from '../pipeline/define.ts';
import type { Manifest } from '../pipeline/manifest.ts';
import { reportAssets } from './assets.ts';
import { buildDrill, drillKeys } from './drill.ts';
import { renderHtml, type HtmlChart } from './html.ts';
import { QuotesPage } from './quotes-page.ts';
import { layoutChart } from './render.ts';
import { tableRows } from './rows.ts';
import { sourceAnchors } from './source-key.ts';
import { renderSummary } from './summary.ts';
import type { Table } from './table.ts';

export interface ReportInput {
  pipeline: { name: string; description?: string };
  tables: Table[];
  charts: Chart[];
  manifest: Manifest;
  /**
   * Table name → its CSV file, for tables streamed to disk (only their first rows are in `tables`):
   * drill-down and the quotes page read every row from there.
   */
  files?: ReadonlyMap<string, string>;
  /** Receives each chart's layout time and the other steps' times in ms (the runner passes its context's timing hook). */
  timing?: ((label: string, ms: number) => void) | null;
}

/** A PNG's place in the file map until its bytes arrive. */
const PENDING = Buffer.alloc(0);

/** The compiled spec without its `$schema` URL: the page needs no schema, and carries no URL it does not use. */
function withoutSchema(vg: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _schema, ...rest } = vg;
  return rest;
}

/** The chart's title as written in its spec (`title` string or `{ text }`), else its name. */
export function chartTitle(spec: Record<string, unknown>, fallback: string): string {
  const t = spec.title;
  if (typeof t === 'string') return t;
  if (t && typeof t === 'object' && 'text' in t) {
    const text = (t as { text: unknown }).text;
    if (typeof text === 'string') return text;
    if (Array.isArray(text)) return text.join(' ');
  }
  return fallback;
}

/**
 * Renders the report files, keyed by relative file name: `<chart>.vl.json`, `<chart>.svg`,
 * `<chart>.png` for each chart that has something to show, `index.html` and `summary.md`.
 * Charts whose table is absent or whose `build` returns null are left out.
 */
export async function renderReport(input: ReportInput): Promise<Map<string, string | Buffer>> {
  const files = new Map<string, string | Buffer>();
  const tables = new Map(input.tables.map((t) => [t.name, t]));
  const seen = new Set<string>();
  const rendered: HtmlChart[] = [];
  const pngs: [string, Promise<Buffer>][] = [];
  for (const chart of input.charts) {
    if (!/^[a-z0-9][a-z0-9._-]*$/i.test(chart.name)) throw new TypeError(`chart name must be file-safe, got ${JSON.stringify(chart.name)}`);
    if (seen.has(chart.name)) throw new TypeError(`chart ${chart.name} is declared twice`);
    seen.add(chart.name);
    const table = tables.get(chart.table);
    if (!table) continue;
    let spec: Record<string, unknown> | null;
    try {
      spec = chart.build(table);
    } catch (e) {
      throw new Error(`chart ${chart.name} (table ${chart.table}): ${(e as Error).message}`, { cause: e });
    }
    if (!spec) continue;
    const t0 = Date.now();
    // Layout (vega, JavaScript) runs chart after chart; the PNGs rasterise meanwhile on resvg's threads.
    const r = await layoutChart(spec);
    input.timing?.(`chart ${chart.name}`, Date.now() - t0);
    files.set(`${chart.name}.vl.json`, r.vl);
    files.set(`${chart.name}.svg`, r.svg);
    // its place in the file order now, its bytes when the rasteriser has them (after the drill-down below)
    files.set(`${chart.name}.png`, PENDING);
    pngs.push([`${chart.name}.png`, r.png]);
    rendered.push({ name: chart.name, table: chart.table, title: chartTitle(spec, chart.name), svg: r.svg, vg: withoutSchema(r.vg), alt: typeof spec.description === 'string' ? spec.description : undefined });
  }
  // The PNGs rasterise on resvg's threads while this thread builds the drill-down data: waiting for
  // them first would leave a core idle through either step.
  let t = Date.now();
  const sources = tables.get('sources');
  const attributions = tables.get('attributions');
  const quotes = sources && attributions && sources.rows.length ? new QuotesPage(sources.rows, sourceAnchors(sources.rows)) : null;
  const rowsOf = (name: string) => async function* () {
    const t = tables.get(name);
    if (t) yield* tableRows(t, input.files?.get(name));
  };
  const drill = await buildDrill({
    keys: drillKeys(rendered.map((c) => c.vg!)),
    tables,
    anchors: quotes?.anchors ?? new Map(),
    attributions: rowsOf('attributions'),
    articles: rowsOf('sentiment_articles'),
    onAttribution: quotes ? (r) => quotes.add(r) : undefined,
  });
  if (quotes) files.set('quotes.html', quotes.render(input.pipeline, input.manifest));
  input.timing?.('drill-down and quotes page', Date.now() - t);
  t = Date.now();
  for (const [name, png] of pngs) files.set(name, await png);
  input.timing?.('PNG (waiting for the rasteriser)', Date.now() - t);
  files.set('index.html', renderHtml({ pipeline: input.pipeline, tables: input.tables, charts: rendered, manifest: input.manifest, drill, quotesPage: quotes !== null }));
  for (const [name, text] of reportAssets()) files.set(name, text);
  files.set('summary.md', renderSummary({ pipeline: input.pipeline, tables: input.tables, manifest: input.manifest, charts: rendered.map((c) => ({ name: c.name, title: c.title })) }));
  return files;
}
