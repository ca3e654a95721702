/**
 * The stage contracts and `definePipeline`.
 *
 * - An **analyzer** is created by a function of options (validated eagerly) and returns a worker
 *   `(doc, ctx) => void` that adds annotations to the doc.
 * - An **aggregator** is a mergeable fold: `init() → acc`, `add(acc, doc) → acc`, `merge(a, b) → acc`,
 *   `finish(acc) → Table[]`. `merge` must be associative and commutative with `init()` as identity, so
 *   worker threads and shards give the same tables as one run. `merge` may reuse and change its
 *   arguments (merging the smaller into the larger keeps hand-overs cheap): a merged accumulator is not
 *   used again. Accumulators must be plain data
 *   (objects, arrays, numbers, strings, Maps) so they can be sent to threads and written to partial files.
 * - An aggregator may declare **streams**: per-article tables (one or more rows per article) that grow
 *   with the corpus. When the runner passes a {@link RowSink} to `add`, their rows go to the sink (the
 *   runner writes them to CSV as it goes, in input order, so memory stays flat); without a sink, `add`
 *   keeps them in the accumulator and `finish` returns them (rows in the order they were added, `merge`
 *   appending the second accumulator's rows — the only part of a merge that is not commutative).
 * - A **chart** turns one table into a Vega-Lite spec.
 * @module
 */
import type { RunContext } from '../context.ts';
import type { Doc } from '../types.ts';
import type { Cell, Column, Table } from '../report/table.ts';
import type { Param } from './params.ts';

/** Per-document worker of an analyzer. */
export type AnalyzerFn = (doc: Doc, ctx: RunContext) => void;

/** An analyzer stage: a name, what it needs before it, and its worker. */
export interface Analyzer {
  readonly kind: 'analyzer';
  readonly name: string;
  /** Names of analyzers that must run before this one (the runner adds missing ones in order). */
  readonly requires: readonly string[];
  readonly run: AnalyzerFn;
  /** The options the stage's factory takes (validation, `presslens help stages` and the README's tables come from them). */
  readonly params?: readonly Param[];
}

/** A per-article table an aggregator declares (see {@link Aggregator.streams}). */
export interface StreamSpec {
  name: string;
  title: string;
  columns: Column[];
}

/** Receives the rows of streamed tables, one article at a time, in input order. */
export interface RowSink {
  /** Adds one row to the streamed table `table` (one of the aggregator's `streams`). */
  push(table: string, row: Record<string, Cell>): void;
}

/** A mergeable fold over documents producing tables. */
export interface Aggregator<A = unknown> {
  readonly kind: 'aggregator';
  readonly name: string;
  /** Analyzers whose annotations `add` reads. */
  readonly requires: readonly string[];
  /** Per-article tables whose rows `add` pushes to the sink when it gets one (see the module notes). */
  readonly streams?: readonly StreamSpec[];
  init(): A;
  /** Folds one document in; rows of streamed tables go to `sink` when given, else into the accumulator. */
  add(acc: A, doc: Doc, sink?: RowSink): A;
  merge(a: A, b: A): A;
  finish(acc: A): Table[];
  /** Set on an aggregator that compares groups itself (keyness): grouping a run leaves it as it is. */
  /** The options the aggregator's factory takes (see {@link Analyzer.params}). */
  readonly params?: readonly Param[];
  readonly comparesGroups?: boolean;
  /** The group key of an aggregator made by `grouped()` (its tables have a leading `group` column). */
  readonly groupBy?: string;
  /** With `comparesGroups`: the same aggregator comparing the groups of another key (how a grouped run sets its key). */
  regroup?(groupBy: string): Aggregator<A>;
}

/** A Vega-Lite chart built from one table. `build` returns a top-level Vega-Lite spec (data inlined). */
export interface Chart {
  readonly name: string;
  /** Name of the table the chart reads. */
  readonly table: string;
  /** Returns the spec, or null when the table has nothing to show (e.g. no dates). */
  build(table: Table): Record<string, unknown> | null;
  /** Set on a chart that draws the groups of a grouped table itself: a grouped run leaves it as it is. */
  /** The options the chart's factory takes (see {@link Analyzer.params}). */
  readonly params?: readonly Param[];
  readonly comparesGroups?: boolean;
}

/** A declared pipeline: what a `pipelines/*.ts` file default-exports. */
export interface Pipeline {
  name: string;
  description?: string;
  analyzers: Analyzer[];
  aggregators: Aggregator<any>[];
  charts: Chart[];
  /** Group key of a grouped run (set by `groupPipeline`, from `--group-by`): every corpus table has a `group` column. */
  groupBy?: string;
  /** Group key the CLI groups by when `--group-by` is not given (a pipeline made to compare groups, like `compare`). */
  defaultGroupBy?: string;
}

/** Declares a pipeline, checking that stage names are unique and every requirement is declared. */
export function definePipeline(p: { name: string; description?: string; analyzers?: Analyzer[]; aggregators?: Aggregator<any>[]; charts?: Chart[]; defaultGroupBy?: string }): Pipeline {
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(p.name)) throw new TypeError(`pipeline name must be file-safe, got ${JSON.stringify(p.name)}`);
  const analyzers = p.analyzers ?? [];
  const aggregators = p.aggregators ?? [];
  const names = new Set<string>();
  for (const a of analyzers) {
    if (names.has(a.name)) throw new TypeError(`pipeline ${p.name}: analyzer ${a.name} is declared twice`);
    for (const r of a.requires) if (!names.has(r)) throw new TypeError(`pipeline ${p.name}: analyzer ${a.name} requires ${r}, which must come before it`);
    names.add(a.name);
  }
  for (const g of aggregators) {
    for (const r of g.requires) if (!names.has(r)) throw new TypeError(`pipeline ${p.name}: aggregator ${g.name} requires analyzer ${r}`);
  }
  const out: Pipeline = { name: p.name, description: p.description, analyzers, aggregators, charts: p.charts ?? [] };
  if (p.defaultGroupBy !== undefined) out.defaultGroupBy = p.defaultGroupBy;
  return out;
}

/** Helper to build an analyzer object. */
export function analyzer(name: string, requires: readonly string[], run: AnalyzerFn, params?: readonly Param[]): Analyzer {
  return params ? { kind: 'analyzer', name, requires, run, params } : { kind: 'analyzer', name, requires, run };
}
