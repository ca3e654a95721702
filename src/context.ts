/**
 * The run context: options, collected diagnostics and counters shared by all stages of a run.
 * Modelled on vfile messages: every diagnostic carries a level and, when known, a file:line origin.
 * @module
 */
import type { Origin } from './types.ts';

/** Severity of a diagnostic: `fatal` stops the input it concerns, `warning` is reported and (with --strict) fails the run, `info` is informational. */
export type Level = 'fatal' | 'warning' | 'info';

/** One message about the run, with where it happened and what the user can do. */
export interface Diagnostic {
  level: Level;
  /** Stable machine-readable code, e.g. `jsonl-malformed`, `empty-file`, `binary-file`. */
  code: string;
  message: string;
  origin?: Origin;
  /** The stage that raised it, e.g. `read`, `sentiment`. */
  stage?: string;
}

/** An input (file, record or line) that was not analyzed, and why. */
export interface Skipped {
  file: string;
  line?: number;
  /** See {@link Origin.from}. */
  from?: number;
  reason: string;
  code: string;
}

/** Options for {@link createContext}. */
export interface ContextOptions {
  /** Where diagnostics are printed as they arrive; `null` keeps them silent (library use). Default: process.stderr. */
  log?: NodeJS.WritableStream | null;
  /**
   * Receives phase timings (reading and analysis, merges, tables, CSV, each chart, each worker batch) in
   * milliseconds; unset, nothing is timed. The CLI sets it for `PRESSLENS_TIMING=1`.
   */
  timing?: ((label: string, ms: number) => void) | null;
}

/** Collects diagnostics and skipped inputs for a run. */
export class RunContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly skipped: Skipped[] = [];
  private readonly log: NodeJS.WritableStream | null;
  /** The timing hook (see {@link ContextOptions.timing}), or null. */
  readonly timing: ((label: string, ms: number) => void) | null;

  constructor(options: ContextOptions = {}) {
    this.log = options.log === undefined ? process.stderr : options.log;
    this.timing = options.timing ?? null;
  }

  /** Reports the time a phase took since `t0` (a `Date.now()`) to the timing hook, if any. */
  time(label: string, t0: number): void {
    this.timing?.(label, Date.now() - t0);
  }

  /** Prints a note about the run (not a diagnostic: not recorded, never fails a run) as `presslens: …`. */
  note(message: string): void {
    this.log?.write(`presslens: ${escapeControls(message)}\n`);
  }

  /** Records a diagnostic and prints it (`file:line: level: message [code]`) to the log stream. */
  report(d: Diagnostic): void {
    this.diagnostics.push(d);
    this.log?.write(formatDiagnostic(d) + '\n');
  }

  warn(code: string, message: string, origin?: Origin, stage?: string): void {
    this.report({ level: 'warning', code, message, origin, stage });
  }

  info(code: string, message: string, origin?: Origin, stage?: string): void {
    this.report({ level: 'info', code, message, origin, stage });
  }

  /** Records an input that was skipped; also reports it as a warning. */
  skip(code: string, reason: string, origin: Origin, stage = 'read'): void {
    this.skipped.push({ file: origin.file, line: origin.line, ...(origin.from !== undefined ? { from: origin.from } : {}), reason, code });
    this.warn(code, reason, origin, stage);
  }

  /** Number of warnings and fatals so far (what `--strict` fails on). */
  get problemCount(): number {
    return this.diagnostics.filter((d) => d.level !== 'info').length;
  }
}

/**
 * Control characters (C0, DEL, C1), line and paragraph separators and bidirectional formatting
 * characters: in a terminal they move the cursor, change colours, start new lines or reorder what
 * follows, so a file name or a malformed input line holding them could forge or hide diagnostics.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every character of {@link UNSAFE} written as a `\xNN` or `\uNNNN` escape (and `\` as `\\` when it starts one), for one-line terminal output. */
export function escapeControls(s: string): string {
  return s.replace(/\\(?=x[0-9a-f]{2}|u[0-9a-f]{4})/gi, '\\\\').replace(UNSAFE, (c) => {
    const u = c.charCodeAt(0);
    return u < 0x100 ? `\\x${u.toString(16).padStart(2, '0')}` : `\\u${u.toString(16).padStart(4, '0')}`;
  });
}

/** `data/a.jsonl:12: warning: malformed JSON (Unexpected token) [jsonl-malformed]`, on one line whatever the file name or message hold. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.origin ? `${d.origin.file}${d.origin.from !== undefined ? `@${d.origin.from}` : ''}${d.origin.line ? `:${d.origin.line}` : ''}: ` : '';
  return escapeControls(`${where}${d.level}: ${d.message} [${d.code}]`);
}

/** Creates a run context. */
export function createContext(options: ContextOptions = {}): RunContext {
  return new RunContext(options);
}
