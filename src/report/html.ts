/**
 * The HTML report: one self-contained `index.html` (inline CSS and SVG, no scripts, no network) with
 * a header from the manifest, every chart followed by a preview of its table, the remaining tables,
 * skipped inputs and warnings.
 *
 * Every string that can come from input (titles, quotes, names, file names, messages, settings) goes
 * through {@link escapeHtml}. Chart SVG comes from Vega's SVG renderer, which escapes text itself;
 * {@link checkSvg} verifies that before it is inlined. A Content-Security-Policy forbidding scripts
 * is a second line of defence.
 * @module
 */
import type { Manifest } from '../pipeline/manifest.ts';
import { rowCount, type Cell, type Column, type Table } from './table.ts';

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

const SVG_TAGS = new Set([
  'svg', 'g', 'path', 'rect', 'line', 'circle', 'ellipse', 'polygon', 'polyline', 'text', 'tspan', 'title', 'desc',
  'defs', 'clippath', 'lineargradient', 'radialgradient', 'stop', 'pattern', 'mask',
]);

/**
 * Throws unless `svg` is plain Vega output: only drawing elements, no event-handler or link
 * attributes, no scripts, foreign objects, entities or CDATA. Text content must not contain `<`.
 */
export function checkSvg(svg: string): void {
  const s = svg.trim();
  if (!s.startsWith('<svg')) throw new Error('chart SVG does not start with <svg');
  if (/<!|<\?/.test(s)) throw new Error('chart SVG contains a declaration, comment or CDATA');
  const tag = /<\/?([A-Za-z][\w:-]*)((?:\s+[A-Za-z_:][-\w:.]*="[^"<>]*")*)\s*\/?>/gy;
  const attr = /\s+([A-Za-z_:][-\w:.]*)="([^"<>]*)"/g;
  let pos = 0;
  while (pos < s.length) {
    const lt = s.indexOf('<', pos);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(s);
    if (!m) throw new Error(`chart SVG has malformed markup at offset ${lt}: ${JSON.stringify(s.slice(lt, lt + 40))}`);
    const name = m[1].toLowerCase();
    if (!SVG_TAGS.has(name)) throw new Error(`chart SVG contains a <${name}> element`);
    for (const a of m[2].matchAll(attr)) {
      const an = a[1].toLowerCase();
      if (an.startsWith('on') || an === 'href' || an === 'xlink:href' || an === 'style' && /url\s*\(|expression/i.test(a[2])) {
        throw new Error(`chart SVG has a forbidden attribute ${an} on <${name}>`);
      }
    }
    pos = tag.lastIndex;
  }
}

/** A rendered chart as the HTML page needs it. */
export interface HtmlChart {
  /** File stem: the chart's files are `<name>.svg`, `<name>.png`, `<name>.vl.json`. */
  name: string;
  /** The table it was built from. */
  table: string;
  title: string;
  /** Inline SVG markup from the renderer. */
  svg: string;
}

export interface HtmlInput {
  pipeline: { name: string; description?: string };
  tables: Table[];
  charts: HtmlChart[];
  manifest: Manifest;
  /** Rows shown per table preview (default 10). */
  previewRows?: number;
}

/** Formats one cell for a reader: grouped integers, at most 3 decimals, yes/no, long text cut. */
export function formatCell(v: Cell, col: Column | undefined, maxChars = 160): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return String(v);
    if (Number.isInteger(v) && col?.type !== 'number') return v.toLocaleString('en-US');
    if (Number.isInteger(v)) return String(v);
    const r = Math.round(v * 1000) / 1000;
    return Object.is(r, -0) ? '0' : String(r);
  }
  const s = String(v).replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ');
  const chars = [...s];
  return chars.length > maxChars ? chars.slice(0, maxChars - 1).join('') + '…' : s;
}

function isNumeric(c: Column): boolean {
  return c.type === 'integer' || c.type === 'number';
}

function tablePreview(t: Table, rows: number): string {
  const shown = t.rows.slice(0, rows);
  const head = t.columns
    .map((c) => `<th scope="col"${isNumeric(c) ? ' class="num"' : ''}${c.description ? ` title="${escapeHtml(c.description)}"` : ''}>${escapeHtml(c.name)}</th>`)
    .join('');
  const body = shown
    .map((r) => '<tr>' + t.columns.map((c) => `<td${isNumeric(c) ? ' class="num"' : c.type === 'date' ? ' class="date"' : ''}>${escapeHtml(formatCell(r[c.name], c))}</td>`).join('') + '</tr>')
    .join('\n');
  const n = rowCount(t);
  const csv = `${encodeURIComponent(t.name)}.csv`;
  const note = n === 0
    ? 'The table is empty.'
    : n > shown.length ? `First ${shown.length} of ${n.toLocaleString('en-US')} rows.` : `All ${n.toLocaleString('en-US')} row${n === 1 ? '' : 's'}.`;
  return `<div class="table-wrap"><table>
<caption>${escapeHtml(t.title)} <span class="muted">(<code>${escapeHtml(t.name)}</code>)</span></caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>
<p class="tablenote">${note} <a href="${escapeHtml(csv)}">Full table: ${escapeHtml(t.name)}.csv</a></p>`;
}

function settingValue(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
}

const CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d8dee4; --bg-alt: #f6f8fa; --accent: #2166ac; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Roboto, sans-serif; color: var(--fg); background: #fff; line-height: 1.5; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 20px 64px; }
header { padding-bottom: 8px; }
h1 { font-size: 1.8rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 40px 0 12px; padding-top: 8px; border-top: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 24px 0 8px; }
a { color: var(--accent); }
.muted, .tablenote, figcaption { color: var(--muted); }
.lead { font-size: 1.05rem; margin: 4px 0 16px; }
.figures { display: flex; flex-wrap: wrap; gap: 12px 28px; margin: 12px 0; padding: 0; list-style: none; }
.figures li { min-width: 110px; }
.figures b { display: block; font-size: 1.4rem; font-variant-numeric: tabular-nums; }
.figures span { color: var(--muted); font-size: 0.85rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; font-size: 0.9rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
nav ol { columns: 2; font-size: 0.9rem; padding-left: 20px; }
figure { margin: 8px 0; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; display: block; }
svg text { font-family: "DejaVu Sans", Verdana, sans-serif; }
figcaption { font-size: 0.85rem; margin-top: 4px; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
caption { text-align: left; padding: 8px 10px; font-weight: 600; background: var(--bg-alt); border-bottom: 1px solid var(--line); }
th, td { padding: 4px 10px; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); max-width: 420px; overflow-wrap: break-word; }
td.date { white-space: nowrap; }
th { background: var(--bg-alt); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fbfcfd; }
tbody tr:last-child td { border-bottom: none; }
.tablenote { font-size: 0.85rem; margin: 6px 0 0; }
ul.diagnostics { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85rem; padding-left: 20px; overflow-wrap: anywhere; }
.level-warning, .level-fatal { color: #9a3412; font-weight: 600; }
footer { margin-top: 48px; font-size: 0.8rem; color: var(--muted); }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
`;

/** Skipped inputs and warnings listed on the page at most (all are in manifest.json). */
const MAX_LISTED = 200;

/** Renders the report page. Deterministic: no clocks, no randomness (the manifest's generatedAt is not shown). */
export function renderHtml(input: HtmlInput): string {
  const { pipeline, tables, charts, manifest } = input;
  const rows = input.previewRows ?? 10;
  const byName = new Map(tables.map((t) => [t.name, t]));
  const n = (x: number): string => x.toLocaleString('en-US');
  const c = manifest.counts;
  const out: string[] = [];
  out.push(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:">
<meta name="generator" content="presslens ${escapeHtml(manifest.presslens)}">
<title>${escapeHtml(pipeline.name)} — presslens report</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(pipeline.name)}</h1>`);
  if (pipeline.description) out.push(`<p class="lead">${escapeHtml(pipeline.description)}</p>`);
  const figures: [string, number][] = [['articles', c.articles], ['sentences', c.sentences], ['tokens', c.tokens], ['skipped inputs', c.skipped], ['warnings', c.warnings]];
  out.push(`<ul class="figures">${figures.map(([k, v]) => `<li><b>${n(v)}</b><span>${k}</span></li>`).join('')}</ul>`);
  out.push('<dl class="meta">');
  out.push(`<dt>Dates</dt><dd>${manifest.dateRange ? `${escapeHtml(manifest.dateRange.from)} to ${escapeHtml(manifest.dateRange.to)}` : 'no article has a date'}</dd>`);
  const inputs = manifest.inputs.map((i) => `<code>${escapeHtml(i.file)}</code> (${n(i.articles)} article${i.articles === 1 ? '' : 's'}, ${n(i.bytes)} bytes, sha256 <code>${escapeHtml(i.sha256.slice(0, 12))}</code>)`);
  out.push(`<dt>Inputs</dt><dd>${inputs.length ? inputs.join('<br>') : 'none'}</dd>`);
  const settings = Object.keys(manifest.settings).sort().map((k) => `<code>${escapeHtml(k)}</code> = <code>${escapeHtml(settingValue(manifest.settings[k]))}</code>`);
  out.push(`<dt>Settings</dt><dd>${settings.length ? settings.join(', ') : 'defaults'}</dd>`);
  out.push(`<dt>Software</dt><dd>presslens ${escapeHtml(manifest.presslens)}${Object.keys(manifest.packages).sort().map((k) => `, ${escapeHtml(k)} ${escapeHtml(manifest.packages[k])}`).join('')}</dd>`);
  out.push(`<dt>Files</dt><dd><a href="manifest.json">manifest.json</a> (inputs with hashes, settings, diagnostics), <a href="summary.md">summary.md</a></dd>`);
  out.push('</dl>');
  const chartTables = new Set(charts.map((ch) => ch.table));
  const otherTables = tables.filter((t) => !chartTables.has(t.name));
  const toc: string[] = charts.map((ch) => `<li><a href="#chart-${escapeHtml(ch.name)}">${escapeHtml(ch.title)}</a></li>`);
  if (otherTables.length) toc.push('<li><a href="#tables">More tables</a></li>');
  toc.push('<li><a href="#skipped">Skipped inputs and warnings</a></li>');
  out.push(`<nav aria-label="Contents"><ol>${toc.join('')}</ol></nav>`);
  out.push('</header>');

  for (const ch of charts) {
    checkSvg(ch.svg);
    const stem = encodeURIComponent(ch.name);
    out.push(`<section id="chart-${escapeHtml(ch.name)}">`);
    out.push(`<h2>${escapeHtml(ch.title)}</h2>`);
    out.push(`<figure>\n${ch.svg.trim()}\n<figcaption>Chart files: <a href="${stem}.svg">SVG</a> · <a href="${stem}.png">PNG</a> · <a href="${stem}.vl.json">Vega-Lite spec</a></figcaption>\n</figure>`);
    const t = byName.get(ch.table);
    if (t) out.push(tablePreview(t, rows));
    out.push('</section>');
  }

  if (otherTables.length) {
    out.push('<section id="tables">');
    out.push('<h2>More tables</h2>');
    for (const t of otherTables) out.push(`<h3 id="table-${escapeHtml(t.name)}">${escapeHtml(t.title)}</h3>\n${tablePreview(t, rows)}`);
    out.push('</section>');
  }

  out.push('<section id="skipped">');
  out.push('<h2>Skipped inputs and warnings</h2>');
  if (manifest.skipped.length) {
    out.push(`<div class="table-wrap"><table>
<caption>Inputs not analysed (${n(manifest.skipped.length)})</caption>
<thead><tr><th scope="col">file</th><th scope="col" class="num">line</th><th scope="col">code</th><th scope="col">reason</th></tr></thead>
<tbody>
${manifest.skipped.slice(0, MAX_LISTED).map((s) => `<tr><td><code>${escapeHtml(s.file)}</code></td><td class="num">${s.line ?? ''}</td><td><code>${escapeHtml(s.code)}</code></td><td>${escapeHtml(formatCell(s.reason, undefined, 300))}</td></tr>`).join('\n')}
</tbody>
</table></div>`);
    if (manifest.skipped.length > MAX_LISTED) out.push(`<p class="tablenote">First ${MAX_LISTED} shown; all are listed in <a href="manifest.json">manifest.json</a>.</p>`);
  } else {
    out.push('<p>No input was skipped.</p>');
  }
  const problems = manifest.diagnostics.filter((d) => d.level !== 'info');
  if (problems.length) {
    out.push(`<h3>Warnings (${n(problems.length)})</h3>`);
    out.push('<ul class="diagnostics">');
    for (const d of problems.slice(0, MAX_LISTED)) {
      const where = d.origin ? `${d.origin.file}${d.origin.line ? `:${d.origin.line}` : ''}: ` : '';
      out.push(`<li>${escapeHtml(where)}<span class="level-${escapeHtml(d.level)}">${escapeHtml(d.level)}</span>: ${escapeHtml(formatCell(d.message, undefined, 300))} [<code>${escapeHtml(d.code)}</code>]${d.stage ? ` <span class="muted">(${escapeHtml(d.stage)})</span>` : ''}</li>`);
    }
    out.push('</ul>');
    if (problems.length > MAX_LISTED) out.push(`<p class="tablenote">First ${MAX_LISTED} shown; all are listed in <a href="manifest.json">manifest.json</a>.</p>`);
  } else {
    out.push('<p>No warnings.</p>');
  }
  out.push('</section>');
  out.push(`<footer>Generated by presslens ${escapeHtml(manifest.presslens)} from pipeline <code>${escapeHtml(pipeline.name)}</code>. The run time is recorded in <a href="manifest.json">manifest.json</a>.</footer>`);
  out.push('</main>\n</body>\n</html>\n');
  return out.join('\n');
}
