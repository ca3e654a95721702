/**
 * A grouped run (`presslens run --group-by <key>`): the same pipeline with every aggregator folding
 * each group of articles apart (see src/aggregate/grouped.ts), so every corpus table gains a `group`
 * column. Worker threads and `presslens merge` group the pipeline they load the same way.
 * @module
 */
import { grouped } from '../aggregate/grouped.ts';
import { groupKey, parseGroupBy } from '../group/spec.ts';
import { groupedChart } from '../report/charts/grouped.ts';
import type { Article } from '../types.ts';
import type { Pipeline } from './define.ts';

/**
 * The pipeline grouped by `groupBy` (a group key, checked now): its aggregators wrapped by
 * {@link grouped} (those that compare groups themselves, like keyness, set to compare the groups
 * of this key), its charts (but those that draw groups themselves) drawn once per group (see
 * src/report/charts/grouped.ts). An empty key returns the pipeline unchanged.
 * @throws TypeError on a bad group key, or a pipeline already grouped by another key.
 */
export function groupPipeline(pipeline: Pipeline, groupBy: string | undefined): Pipeline {
  if (groupBy === undefined || groupBy === '') return pipeline;
  const key = parseGroupBy(groupBy).key;
  if (pipeline.groupBy !== undefined) {
    if (pipeline.groupBy === key) return pipeline;
    throw new TypeError(`pipeline ${pipeline.name} is grouped by ${JSON.stringify(pipeline.groupBy)} already, not ${JSON.stringify(key)}`);
  }
  return { ...pipeline, aggregators: pipeline.aggregators.map((g) => (g.comparesGroups ? (g.regroup?.(key) ?? g) : grouped(g, key))), charts: pipeline.charts.map((c) => (c.comparesGroups ? c : groupedChart(c))), groupBy: key };
}

const GROUP_OF = new WeakMap<Pipeline, (a: Article) => string>();

/** The group of an article in a grouped pipeline (compiled once per pipeline), or null when the run is not grouped. */
export function pipelineGroupOf(pipeline: Pipeline): ((a: Article) => string) | null {
  if (pipeline.groupBy === undefined) return null;
  let f = GROUP_OF.get(pipeline);
  if (!f) GROUP_OF.set(pipeline, (f = groupKey(pipeline.groupBy)));
  return f;
}
