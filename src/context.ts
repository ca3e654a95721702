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
  reason: string;
  code: string;
}

/** Options for {@link createContext}. */
export interface ContextOptions {
  /** Where diagnostics are printed as they arrive; `null` keeps them silent (library use). Default: process.stderr. */
  log?: NodeJS.WritableStream | null;
}

/** Collects diagnostics and skipped inputs for a run. */
export class RunContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly skipped: Skipped[] = [];
  private readonly log: NodeJS.WritableStream | null;

  constructor(options: ContextOptions = {}) {
    this.log = options.log === undefined ? process.stderr : options.log;
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
    this.skipped.push({ file: origin.file, line: origin.line, reason, code });
    this.warn(code, reason, origin, stage);
  }

  /** Number of warnings and fatals so far (what `--strict` fails on). */
  get problemCount(): number {
    return this.diagnostics.filter((d) => d.level !== 'info').length;
  }
}

/** `data/a.jsonl:12: warning: malformed JSON (Unexpected token) [jsonl-malformed]` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.origin ? `${d.origin.file}${d.origin.line ? `:${d.origin.line}` : ''}: ` : '';
  return `${where}${d.level}: ${d.message} [${d.code}]`;
}

/** Creates a run context. */
export function createContext(options: ContextOptions = {}): RunContext {
  return new RunContext(options);
}
