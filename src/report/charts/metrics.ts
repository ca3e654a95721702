/**
 * Text metrics of the bundled DejaVu Sans fonts (`dejavu-fonts-ttf`): advance widths read from the
 * TrueType cmap and hmtx tables. Used by the renderer (as Vega's text measurer) and by the chart
 * builders to shorten labels to a pixel width, so layout never depends on the host's fonts.
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
/** Absolute paths of the bundled DejaVu Sans fonts (regular, bold): what text is measured with and drawn in. */
export const FONT_FILES = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')];

/**
 * The font files the PNG renderer loads, in order: small core subsets of the same two fonts first,
 * then the full fonts for characters the subsets lack (see src/report/fonts/README.md).
 */
export const RENDER_FONT_FILES = [
  fileURLToPath(new URL('../fonts/DejaVuSans-core.ttf', import.meta.url)),
  fileURLToPath(new URL('../fonts/DejaVuSans-Bold-core.ttf', import.meta.url)),
  ...FONT_FILES,
];

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


/**
 * Shortens `text` with a trailing ellipsis so that it is at most `maxPx` wide in DejaVu Sans at
 * `size` px. Chart builders shorten labels with this instead of relying on Vega's `labelLimit`:
 * Vega reserves layout space for the untruncated text when a custom measurer is installed.
 */
export function fitText(text: string, maxPx: number, size = 11, bold = false): string {
  if (measureText(text, size, bold) <= maxPx) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measureText(chars.slice(0, mid).join('').trimEnd() + '…', size, bold) <= maxPx) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + '…';
}
