/**
 * The run manifest written beside every report (`manifest.json`): inputs with hashes, counts,
 * versions and skipped inputs. The only place a wall-clock time appears.
 * @module
 */
import type { Skipped, Diagnostic } from '../context.ts';

/** One input file and its sha256. */
export interface ManifestInput {
  file: string;
  bytes: number;
  sha256: string;
  articles: number;
}

/** The manifest of a run. */
export interface Manifest {
  pipeline: string;
  /** ISO timestamp of the run (excluded from determinism checks). */
  generatedAt: string;
  presslens: string;
  node: string;
  packages: Record<string, string>;
  settings: Record<string, unknown>;
  inputs: ManifestInput[];
  counts: { articles: number; skipped: number; warnings: number; sentences: number; tokens: number };
  /** Earliest and latest article date, when any article has one. */
  dateRange: { from: string; to: string } | null;
  skipped: Skipped[];
  diagnostics: Diagnostic[];
  tables: { name: string; rows: number; file: string }[];
  charts: string[];
}
