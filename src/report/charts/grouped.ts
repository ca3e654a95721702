/**
 * A chart of a grouped table (one with a leading `group` column): the chart drawn for each group's
 * rows, stacked with the group as each part's title, so groups never mix in one plot.
 * @module
 */
import type { Chart } from '../../pipeline/define.ts';
import type { Table } from '../table.ts';

/** Groups drawn at most (the first in the table's order, which is natural order); the table has them all. */
export const MAX_CHART_GROUPS = 12;

/** Top-level-only properties of a Vega-Lite spec: kept once on the outer spec. */
const TOP_ONLY = ['$schema', 'config', 'autosize', 'padding', 'background', 'usermeta'];

/**
 * Wraps a chart: a table without a `group` column is drawn as before; a grouped one as one part per
 * group (at most {@link MAX_CHART_GROUPS}, said in the subtitle when there are more).
 */
export function groupedChart(chart: Chart): Chart {
  return {
    name: chart.name,
    table: chart.table,
    ...(chart.params ? { params: chart.params } : {}),
    build(t: Table) {
      if (!t.columns.some((c) => c.name === 'group')) return chart.build(t);
      const groups: string[] = [];
      const rows = new Map<string, Table['rows']>();
      for (const r of t.rows) {
        const g = String(r.group);
        let list = rows.get(g);
        if (!list) {
          rows.set(g, (list = []));
          groups.push(g);
        }
        list.push(r);
      }
      let top: Record<string, unknown> | null = null;
      let title = '';
      const parts: Record<string, unknown>[] = [];
      for (const g of groups.slice(0, MAX_CHART_GROUPS)) {
        const spec = chart.build({ ...t, rows: rows.get(g)! });
        if (!spec) continue;
        if (!top) {
          top = Object.fromEntries(TOP_ONLY.filter((k) => k in spec).map((k) => [k, spec[k]]));
          const st = spec.title as { text?: string } | string | undefined;
          title = typeof st === 'string' ? st : st?.text ?? chart.name;
        }
        const part = Object.fromEntries(Object.entries(spec).filter(([k]) => !TOP_ONLY.includes(k) && k !== 'description'));
        part.title = { text: g, subtitle: (spec.title as { subtitle?: unknown } | undefined)?.subtitle };
        parts.push(part);
      }
      if (!top) return null;
      const more = groups.length > MAX_CHART_GROUPS ? `; the first ${MAX_CHART_GROUPS} of ${groups.length} groups shown (all are in ${t.name}.csv)` : '';
      // two groups side by side per row
      return { ...top, title: { text: `${title}, by group`, subtitle: `one chart per group${more}` }, description: `${title}, one chart per group${more}`, columns: 2, concat: parts };
    },
  };
}
