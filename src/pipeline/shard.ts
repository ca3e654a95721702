/**
 * Shard and merge: `presslens run … --shard i/n --partial <file>` writes the serialized state of a
 * deterministic 1/n of the input; `presslens merge <partials…> --out <dir>` merges them and finishes
 * the report — byte-identical to a single run over the whole input.
 * @module
 */
import { readFile } from 'node:fs/promises';
import type { Diagnostic, Skipped } from '../context.ts';
import { RunContext } from '../context.ts';
import { decodeState, encodeState } from './codec.ts';
import type { Pipeline } from './define.ts';
import type { Manifest, ManifestInput } from './manifest.ts';
import { buildManifest, finishState, initState, mergeStates, writeReport, type RunState } from './run.ts';
import { writeFileAtomic } from './write.ts';

/** What a partial file holds. */
export interface Partial {
  format: 'presslens-partial@1';
  pipeline: string;
  pipelineFile: string | null;
  settings: Record<string, unknown>;
  shard: { index: number; count: number } | null;
  state: RunState;
  inputs: ManifestInput[];
  diagnostics: Diagnostic[];
  skipped: Skipped[];
}

/** Writes a partial file atomically. */
export async function writePartial(file: string, p: Omit<Partial, 'format'>): Promise<void> {
  await writeFileAtomic(file, encodeState({ format: 'presslens-partial@1', ...p }) + '\n');
}

/** Reads and checks a partial file. */
export async function readPartial(file: string): Promise<Partial> {
  let p: Partial;
  try {
    p = decodeState<Partial>(await readFile(file, 'utf8'));
  } catch (e) {
    throw new TypeError(`${file}: not a presslens partial file (${(e as Error).message})`);
  }
  if (p?.format !== 'presslens-partial@1') throw new TypeError(`${file}: not a presslens partial file (format ${JSON.stringify(p?.format)})`);
  return p;
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Merges partials (any order) of the same pipeline and, with `out`, writes the finished report.
 * Read problems seen by every shard (they all read every file) are reported once.
 */
export async function mergePartials(pipeline: Pipeline, partials: Partial[], out: string | undefined, options: { report?: boolean; neutralizeFormulas?: boolean } = {}): Promise<{ manifest: Manifest }> {
  if (partials.length === 0) throw new TypeError('merge needs at least one partial file');
  for (const p of partials) {
    if (p.pipeline !== pipeline.name) throw new TypeError(`partial is from pipeline ${JSON.stringify(p.pipeline)}, not ${JSON.stringify(pipeline.name)}`);
  }
  const counts = partials[0].shard?.count;
  const indexes = partials.map((p) => p.shard?.index);
  if (counts !== undefined && new Set(indexes).size !== partials.length) throw new TypeError(`duplicate shards among partials: ${indexes.map((i) => (i ?? 0) + 1).join(', ')}`);
  const state = partials.map((p) => p.state).reduce((a, b) => mergeStates(pipeline, a, b), initState(pipeline));
  const ctx = new RunContext({ log: null });
  for (const d of uniqueBy(partials.flatMap((p) => p.diagnostics), (d) => JSON.stringify(d))) ctx.diagnostics.push(d);
  for (const s of uniqueBy(partials.flatMap((p) => p.skipped), (s) => JSON.stringify(s))) ctx.skipped.push(s);
  const inputs = uniqueBy(partials.flatMap((p) => p.inputs), (i) => i.file);
  const tables = finishState(pipeline, state);
  const manifest = buildManifest(pipeline, state, tables, ctx, inputs, partials[0].settings);
  if (out) await writeReport(pipeline, tables, manifest, out, { neutralizeFormulas: options.neutralizeFormulas }, options.report !== false);
  return { manifest };
}
