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
import { createRequire } from 'node:module';
import { measureText, RENDER_FONT_FILES } from './charts/metrics.ts';

export { FONT_FILES, measureText } from './charts/metrics.ts';

/** The font family every chart uses (see `baseConfig` in charts/common.ts). */
export const FONT_FAMILY = 'DejaVu Sans';

interface TextItem { fontSize?: number; fontWeight?: string | number; limit?: number; ellipsis?: string; dir?: string }

type Vega = typeof import('vega');
type VegaLite = typeof import('vega-lite');

let engines: Promise<{ vega: Vega; compile: VegaLite['compile']; noNetwork: ReturnType<Vega['loader']> }> | undefined;

/**
 * Loads vega and vega-lite on first use (they are large; importing presslens must stay fast) and
 * installs the DejaVu text measurer.
 */
function loadEngines() {
  engines ??= (async () => {
    const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
    const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
    metrics.width = (item: TextItem, text: unknown): number => {
      const size = item.fontSize != null ? +item.fontSize || 0 : 11;
      if (size <= 0 || text == null) return 0;
      const s = String(text).trim();
      const weight = item.fontWeight;
      const bold = weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600) || (typeof weight === 'string' && +weight >= 600);
      return measureText(s, size, bold);
    };
    /** Charts inline their data; a spec that tries to load a URL or file is an error, not a network request. */
    const noNetwork = Object.assign(vega.loader(), {
      load: async (uri: string): Promise<string> => { throw new Error(`chart specs must inline their data (values); refusing to load ${JSON.stringify(uri)}`); },
      sanitize: async (uri: string): Promise<{ href: string }> => { throw new Error(`chart specs must inline their data (values); refusing to load ${JSON.stringify(uri)}`); },
    });
    return { vega, compile: vl.compile, noNetwork };
  })();
  return engines;
}

const require = createRequire(import.meta.url);

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

/** Compiles a Vega-Lite spec to a Vega spec (what the report's live views run). */
export async function compileSpec(spec: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { compile } = await loadEngines();
  return compile(structuredClone(spec) as never, { logger: quietLogger }).spec as unknown as Record<string, unknown>;
}

/** Compiles a Vega-Lite spec to Vega and returns its SVG markup (no trailing newline). */
export async function specToSvg(spec: Record<string, unknown>): Promise<string> {
  return vegaToSvg(await compileSpec(spec));
}

/** Renders a Vega spec headless to SVG markup (no trailing newline). */
async function vegaToSvg(vg: Record<string, unknown>): Promise<string> {
  const { vega, noNetwork } = await loadEngines();
  const errors: string[] = [];
  const logger = {
    level(): unknown { return logger; },
    error(...args: unknown[]): unknown { errors.push(args.map((x) => (x instanceof Error ? x.message : String(x))).join(' ')); return logger; },
    warn(...args: unknown[]): unknown {
      // Vega reports failed data loads as warnings; for a report they are errors.
      if (typeof args[0] === 'string' && /^(Loading|Data ingestion) failed/.test(args[0])) logger.error(...args);
      return logger;
    },
    info(): unknown { return logger; },
    debug(): unknown { return logger; },
  };
  const view = new vega.View(vega.parse(structuredClone(vg) as never), { renderer: 'none', logger: logger as never, loader: noNetwork });
  try {
    (vega as unknown as { resetSVGDefIds?: () => void }).resetSVGDefIds?.();
    const svg = await view.toSVG();
    if (errors.length) throw new Error(`chart rendering failed: ${errors.join('; ')}`);
    // Safety net for charts that pass raw strings: characters XML forbids would make the SVG invalid.
    return svg.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  } finally {
    view.finalize();
  }
}

/**
 * Rasterises SVG markup with resvg using only the bundled DejaVu fonts, on resvg's own thread pool (a
 * report's charts rasterise in parallel with each other and with the next chart's layout). `scale`
 * multiplies the pixel size.
 */
export async function svgToPng(svg: string, scale = 1): Promise<Buffer> {
  const { renderAsync } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const image = await renderAsync(svg, {
    font: { fontFiles: RENDER_FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    background: 'white',
  });
  return Buffer.from(image.asPng());
}

/** A chart's spec, its compiled Vega spec and SVG; its PNG still rasterising (see {@link svgToPng}). */
export async function layoutChart(spec: Record<string, unknown>): Promise<{ vl: string; vg: Record<string, unknown>; svg: string; png: Promise<Buffer> }> {
  const vl = stableStringify(spec);
  const vg = await compileSpec(JSON.parse(vl) as Record<string, unknown>);
  const svg = (await vegaToSvg(vg)) + '\n';
  const png = svgToPng(svg);
  png.catch(() => {
    /* awaited by the caller; this only keeps an early failure from being reported as unhandled */
  });
  return { vl, vg, svg, png };
}

/** Renders a Vega-Lite spec to its `.vl.json`, `.svg` and `.png` contents. Same spec → identical bytes. */
export async function renderChart(spec: Record<string, unknown>): Promise<RenderedChart> {
  const { vl, svg, png } = await layoutChart(spec);
  return { vl, svg, png: await png };
}
