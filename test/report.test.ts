import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCharts, topTermsChart } from '../src/report/charts/index.ts';
import { checkSvg, escapeHtml, formatCell } from '../src/report/html.ts';
import { measureText, renderChart, stableStringify } from '../src/report/render.ts';
import { renderReport } from '../src/report/report.ts';
import { escapeMarkdown, renderSummary } from '../src/report/summary.ts';
import type { Table } from '../src/report/table.ts';
import { fixtureManifest, fixtureTables, HOSTILE_QUOTE, HOSTILE_SPEAKER, HOSTILE_TITLE } from './golden/fixtures.ts';

const pipeline = { name: 'news-report', description: 'Terms, sentiment & sources <b>bold</b>' };

/** Every tag in an HTML document outside inline <svg> blocks and JSON data blocks, as [name, attribute names]. */
function htmlTags(html: string): [string, string[]][] {
  const noSvg = withoutData(html).replace(/<svg[\s\S]*?<\/svg>/g, '');
  const out: [string, string[]][] = [];
  for (const m of noSvg.matchAll(/<\/?([A-Za-z][\w-]*)([^>]*)>/g)) {
    out.push([m[1].toLowerCase(), [...m[2].replace(/"[^"]*"|'[^']*'/g, '""').matchAll(/\s([^\s="']+)(?==|\s|$)/g)].map((a) => a[1].toLowerCase())]);
  }
  return out;
}

/** The page without the contents of its JSON data blocks (which the browser never parses as markup). */
function withoutData(html: string): string {
  return html.replace(/(<script type="application\/json" id="[^"]*">)[^<]*(<\/script>)/g, '$1$2');
}

const ALLOWED_TAGS = new Set(['html', 'head', 'meta', 'title', 'link', 'body', 'main', 'header', 'h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'b', 'span', 'dl', 'dt', 'dd', 'code', 'br', 'a', 'nav', 'section', 'figure', 'figcaption', 'div', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'footer', 'img', 'script', 'noscript']);

/** Every <script> is a JSON data block or one of the shipped files; every <img> a chart's own SVG. */
function checkScriptsAndImages(html: string): void {
  for (const m of withoutData(html).matchAll(/<script([^>]*)>([^<]*)<\/script>/g)) {
    assert.ok(/^ type="application\/json" id="[a-z0-9-]+"$/.test(m[1]) || /^ src="assets\/[a-z.-]+\.js" defer$/.test(m[1]), `unexpected script${m[1]}`);
    assert.equal(m[2], '', 'no inline script code');
  }
  for (const m of html.matchAll(/<img([^>]*)>/g)) assert.match(m[1], /^ class="static" src="[a-z0-9-]+\.svg" width="\d+" height="\d+" alt="[^"<>]*"$/);
  // JSON data blocks cannot be closed from inside: no "<" in their text
  for (const m of html.matchAll(/<script type="application\/json" id="[^"]*">([\s\S]*?)<\/script>/g)) {
    assert.ok(!m[1].includes('<'), 'data block contains no <');
    JSON.parse(m[1]);
  }
}

async function hostileReport(): Promise<Map<string, string | Buffer>> {
  const tables = fixtureTables({ hostile: true });
  return renderReport({ pipeline, tables, charts: defaultCharts(), manifest: fixtureManifest(tables, { hostile: true }) });
}

test('escapeHtml escapes the five HTML-significant characters', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test('formatCell: integers grouped, decimals rounded, booleans, null, long text cut', () => {
  assert.equal(formatCell(1234567, { name: 'n', type: 'integer' }), '1,234,567');
  assert.equal(formatCell(0.123456, { name: 'n', type: 'number' }), '0.123');
  assert.equal(formatCell(-0.0001, { name: 'n', type: 'number' }), '0');
  assert.equal(formatCell(true, undefined), 'yes');
  assert.equal(formatCell(null, undefined), '');
  assert.equal(formatCell('x'.repeat(200), undefined, 10), 'x'.repeat(9) + '…');
});

test('checkSvg accepts Vega output and rejects scripts, handlers, links and foreign content', async () => {
  const { svg } = await renderChart(topTermsChart().build(fixtureTables({ hostile: true })[0])!);
  checkSvg(svg);
  for (const bad of [
    '<svg><script>alert(1)</script></svg>',
    '<svg onload="alert(1)"></svg>',
    '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>',
    '<svg><image xlink:href="x.png"/></svg>',
    '<svg><foreignObject><div>x</div></foreignObject></svg>',
    '<svg><text>a</text><!-- c --></svg>',
    '<svg><g onclick=alert(1)></g></svg>',
    '<div>not svg</div>',
  ]) assert.throws(() => checkSvg(bad), Error, bad);
});

test('HTML report escapes every article-derived string and contains only expected markup', async () => {
  const files = await hostileReport();
  const html = String(files.get('index.html'));
  assert.ok(!html.includes('<img src=x'), 'no raw <img');
  assert.ok(!html.includes('<script>'), 'no raw <script');
  assert.ok(!html.includes('<b onmouseover'), 'no raw speaker markup');
  assert.ok(!html.includes('<svg onload'), 'no raw file name markup');
  checkScriptsAndImages(html);
  const quotes = String(files.get('quotes.html'));
  checkScriptsAndImages(quotes);
  for (const [tag, attrs] of htmlTags(quotes)) {
    assert.ok(ALLOWED_TAGS.has(tag), `unexpected <${tag}> in quotes.html`);
    for (const a of attrs) assert.ok(!a.startsWith('on'), `event handler ${a} on <${tag}> in quotes.html`);
  }
  assert.ok(quotes.includes(JSON.stringify(HOSTILE_SPEAKER).replace(/</g, '\\u003c')), 'hostile speaker only as JSON data on the quotes page');
  assert.ok(html.includes(escapeHtml(HOSTILE_TITLE)), 'title shown escaped');
  assert.ok(html.includes(escapeHtml(formatCell(HOSTILE_QUOTE, undefined)).slice(0, 60)), 'quote shown escaped');
  assert.ok(html.includes('&lt;b onmouseover='), 'speaker shown escaped');
  assert.ok(html.includes('Terms, sentiment &amp; sources &lt;b&gt;bold&lt;/b&gt;'), 'description escaped');
  for (const [tag, attrs] of htmlTags(html)) {
    assert.ok(ALLOWED_TAGS.has(tag), `unexpected <${tag}>`);
    for (const a of attrs) assert.ok(!a.startsWith('on'), `event handler ${a} on <${tag}>`);
  }
  // each inline SVG is plain Vega output
  for (const m of html.matchAll(/<svg[\s\S]*?<\/svg>/g)) checkSvg(m[0]);
  for (const page of [html, quotes]) {
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">`), 'strict CSP');
    assert.ok(!/unsafe-(inline|eval)/.test(page), 'no unsafe-inline or unsafe-eval');
    assert.ok(!/https?:\/\//.test(page), 'no network references');
  }
});

test('HTML report: header, chart sections with table previews, CSV links, skipped and warnings; no run time', async () => {
  const tables = fixtureTables();
  const manifest = fixtureManifest(tables);
  const files = await renderReport({ pipeline, tables, charts: defaultCharts(), manifest });
  const html = String(files.get('index.html'));
  assert.ok(!html.includes(manifest.generatedAt), 'generatedAt must not appear (index.html is deterministic)');
  assert.ok(!html.includes('2024-03-05'), 'no run date');
  assert.match(html, /<h1>news-report<\/h1>/);
  assert.match(html, /2024-03-01 to 2024-03-04/);
  assert.match(html, /<b>5<\/b><span>articles<\/span>/);
  for (const c of defaultCharts()) {
    assert.ok(html.includes(`id="chart-${c.name}"`), `section for ${c.name}`);
    assert.ok(html.includes(`href="${c.table}.csv"`), `CSV link for ${c.table}`);
  }
  for (const t of tables) assert.ok(html.includes(`href="${t.name}.csv"`), `every table previewed: ${t.name}`);
  assert.match(html, /All 12 rows\./);
  // navigation, live charts with their drill-down panels, the quotes page, the notes of tables
  assert.match(html, /<nav class="toc" aria-label="Contents">/);
  assert.match(html, /<a href="quotes\.html">/);
  for (const c of defaultCharts()) {
    assert.ok(html.includes(`<figure data-chart="${c.name}">`), `live figure ${c.name}`);
    assert.ok(html.includes(`<script type="application/json" id="spec-${c.name}">`), `Vega spec of ${c.name}`);
    assert.ok(html.includes(`<img class="static" src="${c.name}.svg"`), `static fallback of ${c.name}`);
  }
  assert.match(html, /Only articles with at least 5 sentences: 5 of 5 scored articles\./);
  const drill = JSON.parse(/<script type="application\/json" id="drill-data">([^<]*)<\/script>/.exec(html)![1]) as Record<string, { title: string; rows: unknown[][] }>;
  // the source drills down to its quotes, also those of articles that name her only "Berg" (its also_ids)
  const anna = drill['source:s0berg'];
  assert.equal(anna.title, 'Anna Berg');
  assert.equal(anna.rows.length, 2);
  assert.deepEqual(anna.rows[0], ['The budget is balanced', 'said', 'direct quote', 'Council approves new budget', '2024-03-01']);
  assert.equal(anna.rows[1][0], 'the road reopens on Monday');
  assert.ok(drill['period:day:2024-03-02'], 'a day of the time series drills down to its articles');
  assert.ok(drill['article:a3'], 'an article drills down to its figures');
  assert.ok(Object.keys(drill).some((k) => k.startsWith('category:government')), 'a category drills down to its sources');
  assert.ok(drill['term:council'], 'a term drills down to its articles');
  assert.match(html, /data\/broken\.jsonl/);
  assert.match(html, /Warnings \(3\)/);
  assert.ok(!html.includes('informational only'), 'info diagnostics are not warnings');
});

test('renderReport returns the chart files, index.html and summary.md; skips absent tables and empty charts', async () => {
  const all = fixtureTables();
  const tables: Table[] = all.filter((t) => t.name !== 'cue_verbs').map((t) => (t.name === 'sentiment_over_time' ? { ...t, rows: [] } : t));
  const files = await renderReport({ pipeline, tables, charts: defaultCharts(), manifest: fixtureManifest(tables) });
  const names = [...files.keys()];
  assert.ok(names.includes('index.html') && names.includes('summary.md'));
  assert.ok(!names.some((n) => n.startsWith('cue-verbs')), 'chart of an absent table is skipped');
  assert.ok(!names.some((n) => n.startsWith('sentiment-over-time')), 'null chart is skipped');
  for (const c of ['top-terms', 'source-sentiment']) {
    assert.equal(typeof files.get(`${c}.vl.json`), 'string');
    assert.match(String(files.get(`${c}.svg`)), /^<svg /);
    const png = files.get(`${c}.png`) as Buffer;
    assert.ok(Buffer.isBuffer(png));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svg = String(files.get(`${c}.svg`));
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
    assert.equal(png.readUInt32BE(16), +w);
    assert.equal(png.readUInt32BE(20), +h);
  }
  await assert.rejects(renderReport({ pipeline, tables, charts: [topTermsChart(), topTermsChart()], manifest: fixtureManifest(tables) }), /declared twice/);
});

test('rendering is deterministic: same inputs give identical bytes', async () => {
  const spec = topTermsChart().build(fixtureTables()[0])!;
  const a = await renderChart(spec);
  const b = await renderChart(structuredClone(spec));
  assert.equal(a.vl, b.vl);
  assert.equal(a.svg, b.svg);
  assert.ok(a.png.equals(b.png));
  const tables = fixtureTables({ hostile: true });
  const r1 = await renderReport({ pipeline, tables, charts: defaultCharts(), manifest: fixtureManifest(tables, { hostile: true }) });
  const r2 = await hostileReport();
  assert.deepEqual([...r1.keys()], [...r2.keys()]);
  for (const [k, v] of r1) assert.ok(Buffer.from(v).equals(Buffer.from(r2.get(k)!)), `${k} differs between runs`);
});

test('stableStringify sorts keys with $schema first and is insensitive to insertion order', () => {
  const a = stableStringify({ z: 1, $schema: 's', a: { y: [2, { b: 1, a: 2 }], x: undefined } });
  const b = stableStringify({ a: { y: [2, { a: 2, b: 1 }] }, $schema: 's', z: 1 });
  assert.equal(a, b);
  assert.ok(a.startsWith('{\n  "$schema": "s",\n  "a"'));
});

test('text measurement uses DejaVu metrics (wider for bold, proportional)', () => {
  assert.ok(measureText('iiii', 10) < measureText('WWWW', 10));
  assert.ok(measureText('Title', 10, true) > measureText('Title', 10));
  assert.equal(Math.round(measureText('M', 1000)), 863); // DejaVu Sans advance of M is about 0.863 em
});

test('escapeMarkdown neutralises table pipes, newlines, HTML and markdown syntax', () => {
  assert.equal(escapeMarkdown('a|b\nc'), 'a\\|b c');
  assert.equal(escapeMarkdown('<img src=x onerror="x">'), '&lt;img src=x onerror="x"&gt;');
  assert.equal(escapeMarkdown('[link](javascript:alert(1))'), '\\[link\\]\\(javascript:alert\\(1\\)\\)');
  assert.equal(escapeMarkdown('*bold* `code` _i_'), '\\*bold\\* \\`code\\` \\_i\\_');
  assert.equal(escapeMarkdown('- item'), '\\- item');
});

test('summary.md: key figures, top rows per table, escaped cells, one row per line', async () => {
  const tables = fixtureTables({ hostile: true });
  const manifest = fixtureManifest(tables, { hostile: true });
  const md = renderSummary({ pipeline, tables, manifest });
  assert.match(md, /^## presslens report: news-report/);
  assert.match(md, /\*\*5\*\* articles/);
  assert.match(md, /Dates: 2024-03-01 to 2024-03-04/);
  assert.ok(!md.includes('<img') && !md.includes('<script') && !md.includes('<b '), 'no raw HTML');
  assert.ok(!md.includes(manifest.generatedAt));
  for (const t of tables) {
    assert.ok(md.includes(`\`${t.name}.csv\``), t.name);
  }
  // Every table line has exactly as many unescaped pipes as its header.
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('| ')) continue;
    const pipes = (l: string) => (l.replace(/\\\|/g, '').match(/\|/g) ?? []).length;
    let h = i;
    while (h > 0 && lines[h - 1].startsWith('| ')) h--;
    assert.equal(pipes(lines[i]), pipes(lines[h]), `line ${i + 1}: ${lines[i]}`);
  }
  assert.ok(md.includes(escapeMarkdown(HOSTILE_SPEAKER)), 'speaker shown escaped');
  assert.match(md, /### Skipped inputs \(2\)/);
  assert.match(md, /### Warnings \(3\)/);
});

test('long labels are shortened to a pixel width, so layout stays bounded; control characters do not break SVG/PNG', async () => {
  const t = fixtureTables()[0];
  const rows = [{ ...t.rows[0], term: 'x'.repeat(500) }, { ...t.rows[1], term: 'bad\u0000char\u0007\ud800' }, { ...t.rows[2], term: 'y'.repeat(500) }];
  const spec = topTermsChart().build({ ...t, rows })!;
  const labels = (spec.data as { values: { term: string }[] }).values.map((v) => v.term);
  for (const l of labels) assert.ok(measureText(l, 11) <= 240, l);
  assert.equal(new Set(labels).size, 3);
  const r = await renderChart(spec);
  const width = +/width="(\d+)"/.exec(r.svg)![1];
  assert.ok(width < 520 + 240 + 120, `svg width ${width}`);
  assert.ok(!/[\u0000-\u0008]/.test(r.svg));
  assert.ok(r.png.length > 1000);
});

test('a spec that loads data from a URL fails instead of making a request', async () => {
  await assert.rejects(
    renderChart({ data: { url: 'https://example.com/data.json' }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' } } }),
    /must inline their data/,
  );
});

test('PNGs drawn with the core font subsets (full fonts as fallback) equal PNGs drawn with the full fonts, in any script', async () => {
  const { createRequire } = await import('node:module');
  const { renderAsync } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const { FONT_FILES, RENDER_FONT_FILES } = await import('../src/report/charts/metrics.ts');
  const { FONT_FAMILY, svgToPng } = await import('../src/report/render.ts');
  const lines = [
    'Putin (Путин) said in Москва; Καλημέρα AV To Ty',
    'Łódź, Nguyễn Tấn Dũng, ș ț, ™ → − “quoted” — … €5',
    'عربي 中文 עברית ქართული ВАТ ТоV AΥ ﬁne',
  ];
  const text = lines.map((l, i) => `<text x="10" y="${30 + 30 * i}" font-family="DejaVu Sans" font-size="14px"${i === 1 ? ' font-weight="bold"' : ''}>${l}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="110" viewBox="0 0 640 110"><rect width="640" height="110" fill="white"/>${text}</svg>`;
  const full = await renderAsync(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }, fitTo: { mode: 'original' }, background: 'white' });
  assert.equal(RENDER_FONT_FILES.length, 4, 'two core subsets, then the two full fonts');
  assert.ok((await svgToPng(svg)).equals(Buffer.from(full.asPng())));
  // and a real chart
  const spec = topTermsChart().build(fixtureTables({ hostile: true })[0])!;
  const { svg: chart, png } = await renderChart(spec);
  const fullChart = await renderAsync(chart, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }, fitTo: { mode: 'original' }, background: 'white' });
  assert.ok(png.equals(Buffer.from(fullChart.asPng())));
});
