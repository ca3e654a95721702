/**
 * Shared pieces of the chart builders: the house style (fonts, colours, sizes), cell readers and
 * label helpers.
 *
 * Rule for every chart: strings that come from articles (titles, terms, speaker names, quotes) only
 * ever appear as inline data values. No Vega expression (`calculate`, `filter`, `labelExpr`, `test`)
 * is built from data, so hostile text cannot become code.
 * @module
 */
import { resolveParams, type Param } from '../../pipeline/params.ts';
import type { Cell, Table } from '../table.ts';
import { fitText, measureText } from './metrics.ts';

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Font of every chart; the renderer measures and rasterises with the bundled DejaVu fonts. */
export const CHART_FONT = 'DejaVu Sans';

/** Default plot width in pixels. */
export const WIDTH = 520;

/** Colours: a blue/red diverging pair (colour-blind safe) and a neutral grey. */
export const COLORS = {
  bar: '#4c78a8',
  positive: '#2166ac',
  negative: '#b2182b',
  neutral: '#9e9e9e',
  named: '#4c78a8',
  anonymous: '#f58518',
  loaded: '#e45756',
} as const;

/** Sentiment tone labels (VADER convention: compound ≥ 0.05 positive, ≤ −0.05 negative). */
export const TONES = ['Negative', 'Neutral', 'Positive'] as const;
export type Tone = (typeof TONES)[number];
export const TONE_SCALE = { domain: [...TONES], range: [COLORS.negative, COLORS.neutral, COLORS.positive] };

/** Tone of a compound score. */
export function tone(x: number): Tone {
  return x >= 0.05 ? 'Positive' : x <= -0.05 ? 'Negative' : 'Neutral';
}

/** The house style, as a Vega-Lite `config`. */
export function baseConfig(): Record<string, unknown> {
  return {
    font: CHART_FONT,
    background: 'white',
    padding: 12,
    view: { stroke: null },
    title: { fontSize: 15, fontWeight: 'bold', anchor: 'start', offset: 12, subtitleFontSize: 11, subtitleColor: '#555555', subtitlePadding: 4 },
    axis: {
      labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'bold', titleColor: '#333333', labelColor: '#333333',
      gridColor: '#e8e8e8', domainColor: '#888888', tickColor: '#888888', labelLimit: LABEL_PX + 40, titlePadding: 8,
    },
    legend: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'bold', labelLimit: 260, orient: 'top', direction: 'horizontal', titleOrient: 'left' },
    header: { labelFontSize: 11, labelLimit: LABEL_PX + 40, titleFontSize: 12 },
    text: { fontSize: 10, color: '#333333' },
    bar: { color: COLORS.bar },
    line: { color: COLORS.bar },
    point: { color: COLORS.bar },
  };
}

/** A complete top-level spec: schema, title (with optional subtitle), description, the body and the house config. */
export function topLevel(title: string, subtitle: string | string[] | undefined, body: Record<string, unknown>): Record<string, unknown> {
  const t: Record<string, unknown> = { text: title };
  if (subtitle !== undefined) t.subtitle = subtitle;
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: Array.isArray(subtitle) ? `${title}. ${subtitle.join(' ')}` : subtitle ? `${title}. ${subtitle}` : title,
    title: t,
    ...body,
    config: baseConfig(),
  };
}

/** A finite number from a cell, or null. */
export function num(v: Cell | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** A string from a cell ('' for null), with control characters turned into spaces and lone surrogates into U+FFFD (they are not valid XML). */
export function str(v: Cell | undefined): string {
  return v == null ? '' : cleanText(String(v));
}

/** Replaces characters that cannot appear in XML/SVG text: C0/C1 controls (→ space), lone surrogates and U+FFFE/U+FFFF (→ U+FFFD). */
export function cleanText(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, '\ufffd');
}

/** A boolean from a cell (`true`, `'true'`, 1). */
export function bool(v: Cell | undefined): boolean {
  return v === true || v === 1 || v === 'true';
}

/** Throws when the table lacks a column the chart reads: a wiring error, not a data problem. */
export function requireColumns(chart: string, t: Table, names: string[]): void {
  const have = new Set(t.columns.map((c) => c.name));
  const missing = names.filter((n) => !have.has(n));
  if (missing.length) throw new Error(`chart ${chart}: table ${t.name} lacks column(s) ${missing.join(', ')}`);
}

/** A chart option counting what it shows ("top": bars, terms, panels), an integer ≥ 1. */
export function countParam(name: string, fallback: number, description: string): Param {
  return { name, type: 'integer', min: 1, default: fallback, description };
}

/** A chart's options checked against its declared params (see resolveParams), defaults filled in. */
export function chartOptions<T>(chart: string, params: readonly Param[], options: object | undefined): T {
  return resolveParams<T>(`chart ${chart}`, params, options);
}

/** Compares strings by code unit (locale-independent, deterministic). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Display labels that are unique per key and at most `maxPx` wide (DejaVu Sans at `size` px): the
 * first key with a given label keeps it, later ones get ` (detail)` appended (the item's `detail`,
 * else its key: pass a `detail` when the key is internal), so two articles with the same title stay
 * two bars. Empty labels fall back to the detail or key.
 */
export function uniqueLabels(items: { key: string; label: string; detail?: string }[], maxPx = LABEL_PX, size = 11, bold = false): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const { key, label, detail } of items) {
    if (out.has(key)) continue;
    const shown = detail ?? key;
    const full = label.replace(/\s+/g, ' ').trim() || shown;
    let l = fitText(full, maxPx, size, bold);
    for (let i = 1; used.has(l); i++) {
      const suffix = i === 1 ? ` (${fitText(shown, maxPx / 2, size, bold)})` : ` #${i}`;
      l = fitText(full, maxPx - measureText(suffix, size, bold), size, bold) + suffix;
    }
    used.add(l);
    out.set(key, l);
  }
  return out;
}

/** Default maximum width of axis labels in pixels (the axis `labelLimit` is set a little higher). */
export const LABEL_PX = 240;

/** Cuts `s` to at most `max` characters (code points), ending in an ellipsis when cut. */
export function shorten(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max - 1).join('').trimEnd() + '…';
}

/** Bar height step in pixels for horizontal bar charts. */
export const STEP = 20;

/** Colour of the "other N" bar that sums what a top-N chart leaves out. */
export const OTHER_COLOR = '#bab0ac';

/**
 * What a click on a mark drills down to: `<kind>:<id>`, looked up in the report's drill-down data
 * (see drill.ts). Kinds: source, sources-other, category, cue, term, bigram, article, period.
 */
export function drillKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

/** A tooltip entry of a Vega-Lite encoding (every data mark gets a tooltip listing its fields). */
export function tip(field: string, title: string, type: 'nominal' | 'quantitative' | 'temporal' = 'nominal', format?: string): Record<string, unknown> {
  const t: Record<string, unknown> = { field, type, title };
  if (format) t.format = format;
  return t;
}

/**
 * The "other N" row of a top-N bar chart, so nothing is left out silently: its bar is drawn to scale
 * when it fits, else cut at 1.25 × the longest listed bar and labelled as cut (one large remainder
 * would otherwise flatten every listed bar). `shown` is the drawn length, `label` the printed value.
 */
export function otherBar(total: number, longest: number): { shown: number; label: string } {
  const cap = Math.max(1, longest) * 1.25;
  return total > cap ? { shown: cap, label: `${fmtInt(total)} (bar cut, not to scale)` } : { shown: total, label: fmtInt(total) };
}

/**
 * A horizontal bar chart of `value` per `label`, in the given row order, with the value printed at
 * the end of each bar (the `label` field of a value when it has one) and a tooltip on every bar and
 * label. Bars are drawn to `shown` when a value has it (see {@link otherBar}); bars with a `drill`
 * field are clickable.
 */
export function rankedBar(o: {
  values: Record<string, unknown>[];
  label: string;
  value: string;
  valueTitle: string;
  format: string;
  title: string;
  subtitle?: string | string[];
  color?: Record<string, unknown>;
  tooltip: Record<string, unknown>[];
}): Record<string, unknown> {
  const values = o.values.map((v) => ({ ...v, shown: v.shown ?? v[o.value], text: v.text ?? fmtInt(Number(v[o.value])) }));
  const y = { field: o.label, type: 'nominal', sort: null, title: null };
  const x = { field: 'shown', type: 'quantitative', title: o.valueTitle, axis: o.format.endsWith('d') ? { format: o.format, tickMinStep: 1 } : { format: o.format } };
  const mark: Record<string, unknown> = { type: 'bar', cornerRadiusEnd: 2 };
  if (o.values.some((v) => typeof v.drill === 'string')) mark.cursor = 'pointer';
  const bar: Record<string, unknown> = { mark, encoding: o.color ? { color: o.color } : {} };
  const text = {
    mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 },
    encoding: { text: { field: 'text', type: 'nominal' } },
  };
  return topLevel(o.title, o.subtitle, {
    width: WIDTH,
    height: { step: STEP },
    data: { values },
    encoding: { y, x, tooltip: o.tooltip },
    layer: [bar, text],
  });
}

/** `1,234` */
export function fmtInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** `+0.12` / `−0.30` */
export function signed(x: number): string {
  return (x >= 0 ? '+' : '\u2212') + Math.abs(x).toFixed(2);
}

/**
 * The body of a mean-with-interval chart (the tone of statements, the tone toward entities): one bar
 * per value coloured by tone, its 95% interval as a line, and the zero line, on an x axis symmetric
 * around 0 that fits every interval. `values` carry `mean`, `low`, `high` (null without an interval)
 * and `tone`; `label` is the y field.
 */
export function meanIntervalBody(o: { values: { mean: number; low: number | null; high: number | null; tone: string }[]; label: string; xTitle: string; tooltip: unknown[]; clickable?: boolean }): Record<string, unknown> {
  const ends = o.values.flatMap((v) => [v.mean, v.low ?? v.mean, v.high ?? v.mean]);
  const extent = Math.min(1, Math.max(0.1, Math.ceil(Math.max(...ends.map(Math.abs)) * 10) / 10));
  const tooltip = o.tooltip;
  return {
    width: WIDTH,
    height: { step: STEP },
    data: { values: o.values },
    encoding: {
      y: { field: o.label, type: 'nominal', sort: null, title: null },
      x: { field: 'mean', type: 'quantitative', title: o.xTitle, scale: { domain: [-extent, extent] }, axis: { format: '+.1f', tickCount: 5 } },
    },
    layer: [
      { mark: { type: 'bar', cornerRadiusEnd: 2, ...(o.clickable ? { cursor: 'pointer' } : {}), opacity: 0.85 }, encoding: { color: { field: 'tone', type: 'nominal', scale: TONE_SCALE, legend: { title: 'Tone', values: TONE_SCALE.domain } }, tooltip } },
      { data: { values: o.values.filter((v) => v.low !== null) }, mark: { type: 'rule', color: '#222222', strokeWidth: 1.5 }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, tooltip } },
      { mark: { type: 'rule', color: '#555555' }, encoding: { x: { datum: 0 }, y: null, tooltip: null } },
    ],
  };
}
