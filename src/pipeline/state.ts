/**
 * Run state: one accumulator per aggregator plus counters, and the four operations every way of
 * running composes — analyse an article, fold it in, merge two states, finish the tables. A single
 * run, worker threads and sharded runs all use these, so they give the same tables.
 * @module
 */
import type { RunContext } from '../context.ts';
import type { Table } from '../report/table.ts';
import type { Article, Doc } from '../types.ts';
import type { Pipeline, RowSink } from './define.ts';
import { pipelineGroupOf } from './group-pipeline.ts';

/** Counters carried with the accumulators. */
export interface RunCounts {
  articles: number;
  sentences: number;
  tokens: number;
  minDate: string | null;
  maxDate: string | null;
  /** Articles per group in a grouped run (absent otherwise). */
  groups?: Map<string, number>;
}

/** Per-run state: one accumulator per aggregator plus counters. Mergeable like the accumulators. */
export interface RunState {
  accs: unknown[];
  counts: RunCounts;
}

/**
 * Runs every analyzer on one article. An analyzer that throws makes the article skipped
 * (reported with its origin), never the run fail.
 */
export function analyzeArticle(pipeline: Pipeline, article: Article, ctx: RunContext): Doc | null {
  const doc: Doc = { article };
  for (const a of pipeline.analyzers) {
    try {
      a.run(doc, ctx);
    } catch (e) {
      ctx.skip('analyzer-failed', `analyzer ${a.name} failed on article ${JSON.stringify(article.id)}: ${(e as Error).message}`, article.origin, a.name);
      return null;
    }
  }
  return doc;
}

/** Fresh state: `init()` of every aggregator. */
export function initState(pipeline: Pipeline): RunState {
  const counts: RunCounts = { articles: 0, sentences: 0, tokens: 0, minDate: null, maxDate: null };
  if (pipeline.groupBy !== undefined) counts.groups = new Map();
  return { accs: pipeline.aggregators.map((g) => g.init()), counts };
}

/** Folds one analyzed document into the state; rows of streamed tables go to `sink` when given. */
export function addToState(pipeline: Pipeline, state: RunState, doc: Doc, sink?: RowSink): void {
  pipeline.aggregators.forEach((g, i) => {
    state.accs[i] = g.add(state.accs[i], doc, sink);
  });
  const c = state.counts;
  c.articles++;
  c.sentences += doc.sentences?.length ?? 0;
  c.tokens += doc.tokens?.length ?? 0;
  const groupOf = pipelineGroupOf(pipeline);
  if (groupOf && c.groups) {
    const g = groupOf(doc.article);
    c.groups.set(g, (c.groups.get(g) ?? 0) + 1);
  }
  const d = doc.article.date?.slice(0, 10);
  if (d && /^\d{4}-\d{2}-\d{2}$/.test(d)) {
    if (c.minDate === null || d < c.minDate) c.minDate = d;
    if (c.maxDate === null || d > c.maxDate) c.maxDate = d;
  }
}

function minS(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}
function maxS(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}

/** Merges two states (associative and commutative, like each aggregator's merge). */
export function mergeStates(pipeline: Pipeline, a: RunState, b: RunState): RunState {
  return {
    accs: pipeline.aggregators.map((g, i) => g.merge(a.accs[i], b.accs[i])),
    counts: {
      articles: a.counts.articles + b.counts.articles,
      sentences: a.counts.sentences + b.counts.sentences,
      tokens: a.counts.tokens + b.counts.tokens,
      minDate: minS(a.counts.minDate, b.counts.minDate),
      maxDate: maxS(a.counts.maxDate, b.counts.maxDate),
      ...(a.counts.groups || b.counts.groups ? { groups: mergeGroupCounts(a.counts.groups, b.counts.groups) } : {}),
    },
  };
}

function mergeGroupCounts(a: Map<string, number> | undefined, b: Map<string, number> | undefined): Map<string, number> {
  const out = new Map(a);
  for (const [g, n] of b ?? []) out.set(g, (out.get(g) ?? 0) + n);
  return out;
}

/** Finishes every aggregator into tables, in pipeline order. */
export function finishState(pipeline: Pipeline, state: RunState): Table[] {
  return pipeline.aggregators.flatMap((g, i) => g.finish(state.accs[i]));
}
