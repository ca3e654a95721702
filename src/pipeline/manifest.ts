/**
 * The run manifest written beside every report (`manifest.json`): inputs with hashes, counts,
 * versions and skipped inputs. The only place a wall-clock time appears.
 * @module
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Skipped, Diagnostic, RunContext } from '../context.ts';
import { rowCount, type Table } from '../report/table.ts';
import { NO_GROUP } from '../group/spec.ts';
import { byNatural, byString } from '../util/compare.ts';
import type { Pipeline } from './define.ts';
import type { FileRead } from '../read/files.ts';
import type { RunState } from './state.ts';

/**
 * One input file as read (see {@link FileRead}: its sha256 is '' when shards read it in parts; `from` and
 * `lines` only in a partial).
 */
export interface ManifestInput extends FileRead {
  /** In a merged report: the byte ranges shards read of a file cut by byte range, with their sha256. */
  parts?: { from: number; bytes: number; sha256: string }[];
}

/** The manifest of a run. */
export interface Manifest {
  pipeline: string;
  /** ISO timestamp of the run (excluded from determinism checks). */
  generatedAt: string;
  /** Version of presslens that wrote the report (with `files`, how `--out` recognises a report it may replace). */
  presslens: string;
  node: string;
  packages: Record<string, string>;
  settings: Record<string, unknown>;
  inputs: ManifestInput[];
  counts: { articles: number; skipped: number; warnings: number; sentences: number; tokens: number };
  /** A grouped run's key and its groups with their articles (natural order); `none`: articles without a value, in group (none). */
  groups?: { key: string; none: number; articles: { group: string; articles: number }[] };
  /** Earliest and latest article date, when any article has one. */
  dateRange: { from: string; to: string } | null;
  skipped: Skipped[];
  diagnostics: Diagnostic[];
  tables: { name: string; rows: number; file: string }[];
  charts: string[];
  /** Every file of the report directory, this one included, in name order (set when the report is written). */
  files?: string[];
  /** Set by `presslens merge --allow-missing` when shards were missing: the report covers only part of the input. */
  incomplete?: { shards: number; missing: number[] };
}

const require = createRequire(import.meta.url);

/** The version in a package's package.json, found from its resolved entry point (works for ESM-only packages and restrictive `exports`). */
function versionOf(pkg: string): string {
  let file: string;
  try {
    file = fileURLToPath(import.meta.resolve(pkg));
  } catch {
    return 'unknown';
  }
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const json = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
        if (json.name === pkg && json.version) return json.version;
      } catch {
        /* keep walking up */
      }
    }
  }
  return 'unknown';
}

/** The version of presslens itself. */
export function presslensVersion(): string {
  return (require('../../package.json') as { version: string }).version;
}

/** Versions of presslens and the packages that shape its output. */
export function packageVersions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of ['natural', 'stopword', 'vega', 'vega-lite', 'csv-stringify', 'vader-sentiment', '@resvg/resvg-js']) out[p] = versionOf(p);
  return out;
}

/** The run's timestamp: `SOURCE_DATE_EPOCH` (reproducible builds convention) when set, else now. */
export function runTimestamp(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

function originKey(x: { file?: string; line?: number; origin?: { file: string; line?: number } }): [string, number] {
  const o = x.origin ?? x;
  return [o.file ?? '', o.line ?? 0];
}

/** Sorts diagnostics or skipped entries by file, line, code, message: the same order for any number of workers or shards. */
export function sortByOrigin<T extends { code: string; file?: string; line?: number; origin?: { file: string; line?: number }; message?: string; reason?: string }>(xs: T[]): T[] {
  return xs.sort((a, b) => {
    const [fa, la] = originKey(a);
    const [fb, lb] = originKey(b);
    return fa < fb ? -1 : fa > fb ? 1 : la - lb || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || byString(String(a.message ?? a.reason), String(b.message ?? b.reason));
  });
}

function groupCounts(key: string, groups: Map<string, number> | undefined): NonNullable<Manifest['groups']> {
  const entries = [...(groups ?? [])].sort((a, b) => byNatural(a[0], b[0]));
  return { key, none: groups?.get(NO_GROUP) ?? 0, articles: entries.map(([group, articles]) => ({ group, articles })) };
}

/** Builds the manifest of a finished run. */
export function buildManifest(pipeline: Pipeline, state: RunState, tables: Table[], ctx: RunContext, inputs: ManifestInput[], settings: Record<string, unknown>, charts: string[] = []): Manifest {
  return {
    pipeline: pipeline.name,
    generatedAt: runTimestamp(),
    presslens: presslensVersion(),
    node: process.version,
    packages: packageVersions(),
    settings,
    inputs,
    counts: {
      articles: state.counts.articles,
      skipped: ctx.skipped.length,
      warnings: ctx.diagnostics.filter((d) => d.level === 'warning').length,
      sentences: state.counts.sentences,
      tokens: state.counts.tokens,
    },
    ...(pipeline.groupBy !== undefined ? { groups: groupCounts(pipeline.groupBy, state.counts.groups) } : {}),
    dateRange: state.counts.minDate && state.counts.maxDate ? { from: state.counts.minDate, to: state.counts.maxDate } : null,
    skipped: sortByOrigin(ctx.skipped.map((x) => ({ ...x }))),
    diagnostics: sortByOrigin(ctx.diagnostics.map((d) => ({ ...d, origin: d.origin ? { ...d.origin } : undefined }))),
    tables: tables.map((t) => ({ name: t.name, rows: rowCount(t), file: `${t.name}.csv` })),
    charts,
  };
}
