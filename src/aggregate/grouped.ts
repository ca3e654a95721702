/**
 * Grouping for any aggregator: one accumulator per group of articles (by a group key, see
 * src/group/spec.ts), each table of the groups joined into one with a leading `group` column.
 *
 * A group exists only once an article of it is added, so a group with no articles has no rows (it is
 * absent, not zero). Merging merges the accumulators of equal groups, so it stays associative and
 * commutative when the wrapped aggregator's merge is; groups are finished in natural order, whatever
 * order they were met or merged in.
 * @module
 */
import type { Aggregator, RowSink, StreamSpec } from '../pipeline/define.ts';
import type { Cell, Column, Table } from '../report/table.ts';
import { groupKey, parseGroupBy } from '../group/spec.ts';
import { byNatural } from '../util/compare.ts';

/** The column every grouped table starts with. */
export const GROUP_COLUMN: Column = { name: 'group', type: 'string', description: 'group of articles (see the group key in the manifest); (none): articles without a value' };

/** Accumulator of a grouped aggregator: the wrapped accumulator of each group that has articles. */
export type GroupedAcc<A> = Map<string, A>;

/** A sink that puts the group first in every row it passes on. */
function groupSink(sink: RowSink, group: string): RowSink {
  return { push: (t, row) => sink.push(t, { group, ...row }) };
}

/** Joins each group's tables by name (tables in the order the first group returned them). */
function joinTables(perGroup: [string, Table[]][]): Table[] {
  const byName = new Map<string, Table>();
  for (const [group, tables] of perGroup) {
    for (const t of tables) {
      let joined = byName.get(t.name);
      if (!joined) {
        joined = { ...t, columns: [GROUP_COLUMN, ...t.columns], rows: [] };
        if (t.rowCount !== undefined) joined.rowCount = 0;
        byName.set(t.name, joined);
      }
      for (const row of t.rows) joined.rows.push({ group, ...row } as Record<string, Cell>);
      if (joined.rowCount !== undefined) joined.rowCount += t.rowCount ?? t.rows.length;
    }
  }
  return [...byName.values()];
}

/**
 * Wraps an aggregator so that it folds each group of articles apart: every table it returns gains a
 * leading `group` column, with the rows of each group (groups in natural order, `(none)` among them
 * for articles without a value). Streamed tables gain the column too.
 * @throws TypeError on a bad group key (see {@link parseGroupBy}), or an aggregator that compares
 * groups itself (`comparesGroups`, e.g. keyness: give it the key as its own option).
 */
export function grouped<A>(agg: Aggregator<A>, groupBy: string): Aggregator<GroupedAcc<A>> {
  const spec = parseGroupBy(groupBy);
  if (agg.comparesGroups) throw new TypeError(`aggregator ${agg.name} compares groups itself; give it its own groupBy option instead of grouping it`);
  const groupOf = groupKey(spec);
  const streams: StreamSpec[] | undefined = agg.streams?.map((s) => ({ ...s, columns: [GROUP_COLUMN, ...s.columns] }));
  const wrapped: Aggregator<GroupedAcc<A>> = {
    kind: 'aggregator',
    name: agg.name,
    requires: agg.requires,
    ...(agg.params ? { params: agg.params } : {}),
    ...(streams ? { streams } : {}),
    groupBy: spec.key,
    init: () => new Map(),
    add(acc, doc, sink) {
      const g = groupOf(doc.article);
      acc.set(g, agg.add(acc.get(g) ?? agg.init(), doc, sink && groupSink(sink, g)));
      return acc;
    },
    merge(a, b) {
      for (const [g, accB] of b) {
        const accA = a.get(g);
        a.set(g, accA === undefined ? accB : agg.merge(accA, accB));
      }
      return a;
    },
    finish(acc) {
      const groups = [...acc.keys()].sort(byNatural);
      return joinTables(groups.map((g) => [g, agg.finish(acc.get(g)!)]));
    },
  };
  return wrapped;
}
