/**
 * The HTML report page, `index.html`: a header from the manifest, a table of contents, every chart
 * (its static SVG, which scripts replace with a live Vega view with tooltips and drill-down) followed
 * by its table (filter box and sortable columns when scripts run), the remaining tables, skipped
 * inputs and warnings. Works without scripts and in print (the static SVGs).
 *
 * Every string that can come from input (titles, quotes, names, file names, messages, settings) goes
 * through {@link escapeHtml}; data for scripts goes into JSON data blocks (see page.ts). Chart SVG
 * comes from Vega's SVG renderer, which escapes text itself; {@link checkSvg} verifies that before it
 * is inlined. The Content-Security-Policy allows only the report's own script files.
 * @module
 */
import type { Manifest } from '../pipeline/manifest.ts';
import type { DrillEntry } from './drill.ts';
import { escapeHtml, jsonBlock, pageEnd, pageStart } from './page.ts';
import { rowCount, type Cell, type Column, type Table } from './table.ts';

export { escapeHtml } from './page.ts';

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
  /** Text alternative of the static image (the spec's description). */
  alt?: string;
  /** The compiled Vega spec the live view runs (absent: the static SVG only). */
  vg?: Record<string, unknown>;
}

export interface HtmlInput {
  pipeline: { name: string; description?: string };
  tables: Table[];
  charts: HtmlChart[];
  manifest: Manifest;
  /** Rows shown per table (default 50; streamed tables have only their first rows in memory). */
  previewRows?: number;
  /** Drill-down entries by key (see drill.ts). */
  drill?: Record<string, DrillEntry>;
  /** Whether the report has a quotes.html page. */
  quotesPage?: boolean;
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

/** Columns that join tables (opaque ids) and stay in the CSV, not in the page. */
const ID_COLUMNS = new Set(['source_id', 'also_ids']);

function tablePreview(t: Table, rows: number): string {
  const shown = t.rows.slice(0, rows);
  const columns = t.columns.filter((c) => !ID_COLUMNS.has(c.name));
  const head = columns
    .map((c) => `<th scope="col"${isNumeric(c) ? ' class="num"' : ''}${c.description ? ` title="${escapeHtml(c.description)}"` : ''}>${escapeHtml(c.name)}</th>`)
    .join('');
  const body = shown
    .map((r) => '<tr>' + columns.map((c) => `<td${isNumeric(c) ? ' class="num"' : c.type === 'date' ? ' class="date"' : ''}>${escapeHtml(formatCell(r[c.name], c))}</td>`).join('') + '</tr>')
    .join('\n');
  const n = rowCount(t);
  const csv = `${encodeURIComponent(t.name)}.csv`;
  const note = n === 0
    ? 'The table is empty.'
    : n > shown.length ? `First ${shown.length} of ${n.toLocaleString('en-US')} rows.` : `All ${n.toLocaleString('en-US')} row${n === 1 ? '' : 's'}.`;
  return `<div class="table-wrap"><table class="data">
<caption>${escapeHtml(t.title)} <span class="muted">(<code>${escapeHtml(t.name)}</code>)</span></caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>
<p class="tablenote">${t.note ? `${escapeHtml(t.note)} ` : ''}${note} <a href="${escapeHtml(csv)}">Full table: ${escapeHtml(t.name)}.csv</a></p>`;
}

function settingValue(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
}

/** Skipped inputs and warnings listed on the page at most (all are in manifest.json). */
const MAX_LISTED = 200;

/** What a click on each chart shows (charts without drill-down are left out). */
const CLICK_HINT: Record<string, string> = {
  'top-terms': 'Click a bar for sentences with the term.',
  'top-bigrams': 'Click a bar for sentences with the phrase.',
  'distinctive-terms': 'Click a term for sentences with it.',
  'sentiment-over-time': 'Click a point for the articles of that period.',
  'article-sentiment': 'Click a bar for the article and its quotes.',
  'quotes-per-source': 'Click a bar for the source’s quotes.',
  'source-categories': 'Click a bar for the sources in it.',
  'cue-verbs': 'Click a bar for the statements the verb introduces.',
  'source-sentiment': 'Click a bar for the source’s quotes.',
};

interface Section { id: string; title: string }

/** The width and height an SVG declares (Vega writes both). */
function svgSize(svg: string): [number, number] {
  const m = /^<svg[^>]*?\swidth="(\d+(?:\.\d+)?)"[^>]*?\sheight="(\d+(?:\.\d+)?)"/.exec(svg.trim());
  return m ? [Math.round(+m[1]), Math.round(+m[2])] : [600, 400];
}

/** "← previous · next → · contents" links of a section. */
function sectionNav(sections: Section[], i: number): string {
  const links: string[] = [];
  if (i > 0) links.push(`<a href="#${escapeHtml(sections[i - 1].id)}" title="${escapeHtml(sections[i - 1].title)}">← previous</a>`);
  if (i + 1 < sections.length) links.push(`<a href="#${escapeHtml(sections[i + 1].id)}" title="${escapeHtml(sections[i + 1].title)}">next →</a>`);
  links.push('<a href="#top">contents ↑</a>');
  return `<span class="sectionnav">${links.join('')}</span>`;
}

/** Renders the report page. Deterministic: no clocks, no randomness (the manifest's generatedAt is not shown). */
export function renderHtml(input: HtmlInput): string {
  const { pipeline, tables, charts, manifest } = input;
  const rows = input.previewRows ?? 50;
  const byName = new Map(tables.map((t) => [t.name, t]));
  const n = (x: number): string => x.toLocaleString('en-US');
  const c = manifest.counts;
  const chartTables = new Set(charts.map((ch) => ch.table));
  const otherTables = tables.filter((t) => !chartTables.has(t.name));
  const sections: Section[] = [{ id: 'overview', title: 'Overview' }, ...charts.map((ch) => ({ id: `chart-${ch.name}`, title: ch.title }))];
  if (otherTables.length) sections.push({ id: 'tables', title: 'More tables' });
  sections.push({ id: 'skipped', title: 'Skipped inputs and warnings' });

  const out: string[] = [pageStart(`${pipeline.name} — presslens report`, manifest.presslens)];
  out.push('<div class="layout" id="top">');
  out.push('<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>');
  for (const s of sections) out.push(`<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`);
  if (input.quotesPage) out.push('<li><a href="quotes.html">Sources and their quotes (page)</a></li>');
  out.push('</ol></nav>');
  out.push('<main>');
  out.push(`<header id="overview">\n<h1>${escapeHtml(pipeline.name)}</h1>`);
  if (pipeline.description) out.push(`<p class="lead">${escapeHtml(pipeline.description)}</p>`);
  const figures: [string, number][] = [['articles', c.articles], ['sentences', c.sentences], ['tokens', c.tokens], ['skipped inputs', c.skipped], ['warnings', c.warnings]];
  out.push(`<ul class="figures">${figures.map(([k, v]) => `<li><b>${n(v)}</b><span>${k}</span></li>`).join('')}</ul>`);
  out.push('<dl class="meta">');
  out.push(`<dt>Dates</dt><dd>${manifest.dateRange ? `${escapeHtml(manifest.dateRange.from)} to ${escapeHtml(manifest.dateRange.to)}` : 'no article has a date'}</dd>`);
  const inputs = manifest.inputs.map((i) => `<code>${escapeHtml(i.file)}</code> (${n(i.articles)} article${i.articles === 1 ? '' : 's'}, ${n(i.bytes)} bytes, ${i.parts ? `read by shards in ${i.parts.length} byte ranges` : `sha256 <code>${escapeHtml(i.sha256.slice(0, 12))}</code>`})`);
  out.push(`<dt>Inputs</dt><dd>${inputs.length ? inputs.join('<br>') : 'none'}</dd>`);
  const settings = Object.keys(manifest.settings).sort().map((k) => `<code>${escapeHtml(k)}</code> = <code>${escapeHtml(settingValue(manifest.settings[k]))}</code>`);
  out.push(`<dt>Settings</dt><dd>${settings.length ? settings.join(', ') : 'defaults'}</dd>`);
  out.push(`<dt>Software</dt><dd>presslens ${escapeHtml(manifest.presslens)}${Object.keys(manifest.packages).sort().map((k) => `, ${escapeHtml(k)} ${escapeHtml(manifest.packages[k])}`).join('')}</dd>`);
  out.push(`<dt>Files</dt><dd>${input.quotesPage ? '<a href="quotes.html">quotes.html</a> (every source with its quotes), ' : ''}<a href="manifest.json">manifest.json</a> (inputs with hashes, settings, diagnostics), <a href="summary.md">summary.md</a></dd>`);
  out.push('</dl>');
  out.push('<p class="hint">Charts show details on hover; click a bar or point to list the rows behind it. Tables can be filtered and sorted. Without scripts the page shows the same charts as static images.</p>');
  out.push('</header>');

  charts.forEach((ch, i) => {
    checkSvg(ch.svg);
    const stem = encodeURIComponent(ch.name);
    const id = escapeHtml(ch.name);
    out.push(`<section id="chart-${id}">`);
    out.push(`<h2>${sectionNav(sections, i + 1)}${escapeHtml(ch.title)}</h2>`);
    const hint = ch.vg && CLICK_HINT[ch.name] ? ` ${CLICK_HINT[ch.name]}` : '';
    const [w, h] = svgSize(ch.svg);
    out.push(`<figure data-chart="${id}">\n<img class="static" src="${stem}.svg" width="${w}" height="${h}" alt="${escapeHtml(ch.alt ?? ch.title)}">\n<div class="live"></div>\n<figcaption>${ch.vg ? `Hover for details.${escapeHtml(hint)} ` : ''}Chart files: <a href="${stem}.svg">SVG</a> · <a href="${stem}.png">PNG</a> · <a href="${stem}.vl.json">Vega-Lite spec</a></figcaption>\n</figure>`);
    if (ch.vg) {
      out.push(jsonBlock(`spec-${ch.name}`, ch.vg));
      out.push(`<div class="drill" id="drill-${id}" hidden aria-live="polite"></div>`);
    }
    const t = byName.get(ch.table);
    if (t) out.push(tablePreview(t, rows));
    out.push('</section>');
  });

  if (otherTables.length) {
    out.push('<section id="tables">');
    out.push(`<h2>${sectionNav(sections, sections.length - 2)}More tables</h2>`);
    for (const t of otherTables) out.push(`<h3 id="table-${escapeHtml(t.name)}">${escapeHtml(t.title)}</h3>\n${tablePreview(t, rows)}`);
    out.push('</section>');
  }

  out.push('<section id="skipped">');
  out.push(`<h2>${sectionNav(sections, sections.length - 1)}Skipped inputs and warnings</h2>`);
  if (manifest.skipped.length) {
    out.push(`<div class="table-wrap"><table class="data">
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
  out.push(`<footer>Generated by presslens ${escapeHtml(manifest.presslens)} from pipeline <code>${escapeHtml(pipeline.name)}</code>. The run time is recorded in <a href="manifest.json">manifest.json</a>. Charts are drawn in the browser by Vega (shipped in <code>assets/</code>, BSD-3-Clause).</footer>`);
  out.push('</main>\n</div>');
  if (input.drill && Object.keys(input.drill).length) out.push(jsonBlock('drill-data', input.drill));
  out.push(pageEnd(charts.some((ch) => ch.vg)));
  return out.join('\n');
}
