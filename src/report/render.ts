/**
 * Headless chart rendering: Vega-Lite spec → pretty JSON, SVG and PNG, byte-for-byte deterministic.
 *
 * Text layout: Vega measures label widths with a canvas when one is installed and with a crude
 * estimate otherwise, so the same spec could lay out differently on different machines. This module
 * replaces Vega's text measurer (a process-wide setting of the `vega` module) with one that reads the
 * advance widths of the bundled DejaVu Sans fonts (`dejavu-fonts-ttf`), which are also the only fonts
 * resvg is given for the PNG. Layout, SVG and PNG therefore agree and do not depend on the host.
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile } from 'vega-lite';

/** The font family every chart uses (see `baseConfig` in charts/common.ts). */
export const FONT_FAMILY = 'DejaVu Sans';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
/** Absolute paths of the font files used for PNG rendering. */
export const FONT_FILES = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')];

/** Advance widths of one TrueType font, in font units, keyed by code point. */
interface FontWidths {
  unitsPerEm: number;
  widths: Map<number, number>;
  /** Advance of the .notdef glyph, used for characters the font lacks. */
  missing: number;
}

/** Reads the cmap (format 12) and hmtx tables of a TrueType font: enough to measure a line of text. */
function readFontWidths(file: string): FontWidths {
  const d = readFileSync(file);
  const tables = new Map<string, number>();
  const numTables = d.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    tables.set(d.toString('latin1', rec, rec + 4), d.readUInt32BE(rec + 8));
  }
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  const cmap = tables.get('cmap');
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined) throw new Error(`${file}: not a TrueType font with head/hhea/hmtx/cmap`);
  const unitsPerEm = d.readUInt16BE(head + 18);
  const numHMetrics = d.readUInt16BE(hhea + 34);
  const advance = (glyph: number): number => d.readUInt16BE(hmtx + 4 * Math.min(glyph, numHMetrics - 1));
  let sub = -1;
  const n = d.readUInt16BE(cmap + 2);
  for (let i = 0; i < n; i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = d.readUInt16BE(rec);
    const encoding = d.readUInt16BE(rec + 2);
    const offset = cmap + d.readUInt32BE(rec + 4);
    if (d.readUInt16BE(offset) === 12 && (platform === 3 && encoding === 10 || platform === 0)) { sub = offset; break; }
  }
  if (sub < 0) throw new Error(`${file}: no format-12 cmap subtable`);
  const widths = new Map<number, number>();
  const groups = d.readUInt32BE(sub + 12);
  for (let g = 0; g < groups; g++) {
    const rec = sub + 16 + 12 * g;
    const start = d.readUInt32BE(rec);
    const end = d.readUInt32BE(rec + 4);
    const glyph = d.readUInt32BE(rec + 8);
    for (let cp = start; cp <= end; cp++) widths.set(cp, advance(glyph + cp - start));
  }
  return { unitsPerEm, widths, missing: advance(0) };
}

let fonts: { regular: FontWidths; bold: FontWidths } | undefined;

/** Width in pixels of `text` set in DejaVu Sans (bold when `bold`) at `size` px, without kerning (a slight over-estimate). */
export function measureText(text: string, size: number, bold = false): number {
  fonts ??= { regular: readFontWidths(FONT_FILES[0]), bold: readFontWidths(FONT_FILES[1]) };
  const f = bold ? fonts.bold : fonts.regular;
  let units = 0;
  for (const ch of text) units += f.widths.get(ch.codePointAt(0)!) ?? f.missing;
  return (units * size) / f.unitsPerEm;
}

interface TextItem { fontSize?: number; fontWeight?: string | number; limit?: number; ellipsis?: string; dir?: string }

const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
metrics.width = (item: TextItem, text: unknown): number => {
  const size = item.fontSize != null ? +item.fontSize || 0 : 11;
  if (size <= 0 || text == null) return 0;
  const s = String(text).trim();
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600) || (typeof weight === 'string' && +weight >= 600);
  return measureText(s, size, bold);
};

/** JSON with object keys sorted (`$schema` first) and two-space indentation: stable output for a given value. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value).sort((a, b) => (a === '$schema' ? -1 : b === '$schema' ? 1 : a < b ? -1 : a > b ? 1 : 0));
    for (const k of keys) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** The three files of a rendered chart. */
export interface RenderedChart {
  /** The Vega-Lite spec as pretty JSON with sorted keys (self-contained: data is inlined). */
  vl: string;
  svg: string;
  png: Buffer;
}

/** Vega-Lite compile messages are advisory (e.g. about faceted independent scales); keep test and CLI output clean. */
interface QuietLogger { level(): QuietLogger; warn(): QuietLogger; info(): QuietLogger; debug(): QuietLogger; error(...args: unknown[]): QuietLogger }
const quietLogger: QuietLogger = {
  level: () => quietLogger,
  warn: () => quietLogger,
  info: () => quietLogger,
  debug: () => quietLogger,
  error: (...args: unknown[]) => { throw new Error(args.map(String).join(' ')); },
};

/** Compiles a Vega-Lite spec to Vega and returns its SVG markup (no trailing newline). */
export async function specToSvg(spec: Record<string, unknown>): Promise<string> {
  const vg = compile(structuredClone(spec) as never, { logger: quietLogger }).spec;
  const view = new vega.View(vega.parse(vg), { renderer: 'none', logLevel: vega.Error });
  try {
    (vega as unknown as { resetSVGDefIds?: () => void }).resetSVGDefIds?.();
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Rasterises SVG markup with resvg using only the bundled DejaVu fonts. `scale` multiplies the pixel size. */
export function svgToPng(svg: string, scale = 1): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    background: 'white',
  });
  return Buffer.from(resvg.render().asPng());
}

/** Renders a Vega-Lite spec to its `.vl.json`, `.svg` and `.png` contents. Same spec → identical bytes. */
export async function renderChart(spec: Record<string, unknown>): Promise<RenderedChart> {
  const vl = stableStringify(spec);
  const svg = (await specToSvg(JSON.parse(vl) as Record<string, unknown>)) + '\n';
  return { vl, svg, png: svgToPng(svg) };
}
