/**
 * Who each group quotes: the mix of source categories per group as 100% stacked bars, each group
 * labelled with its share of named sources. Reads the grouped `source_categories` table.
 * @module
 */
import type { Chart } from '../../pipeline/define.ts';
import { categoryLabel } from './attribution.ts';
import type { Param } from '../../pipeline/params.ts';
import { bool, chartOptions, cmp, fmtInt, num, requireColumns, str, tip, topLevel, uniqueLabels } from './common.ts';

const GROUP_MIX_PARAMS: readonly Param[] = [{ name: 'table', type: 'string', default: 'source_categories', description: 'the grouped source-categories table the chart reads' }];

/**
 * One 100% stacked bar per group (groups in table order): the share of its attributions by source
 * category; the label gives the share from named sources and the number of attributions. Null
 * without a `group` column (an ungrouped run) or without attributions.
 */
export function groupCategoryMixChart(options: { table?: string } = {}): Chart {
  const name = 'group-category-mix';
  const { table } = chartOptions<{ table: string }>(name, GROUP_MIX_PARAMS, options);
  return {
    name,
    params: GROUP_MIX_PARAMS,
    table,
    comparesGroups: true,
    build(t) {
      if (!t.columns.some((c) => c.name === 'group')) return null;
      requireColumns(name, t, ['group', 'category', 'named', 'attributions']);
      const groups: string[] = [];
      const totals = new Map<string, { all: number; named: number; byCategory: Map<string, number> }>();
      for (const r of t.rows) {
        const g = str(r.group);
        const n = num(r.attributions) ?? 0;
        if (n <= 0) continue;
        let s = totals.get(g);
        if (!s) {
          totals.set(g, (s = { all: 0, named: 0, byCategory: new Map() }));
          groups.push(g);
        }
        s.all += n;
        if (bool(r.named)) s.named += n;
        const c = categoryLabel(str(r.category));
        s.byCategory.set(c, (s.byCategory.get(c) ?? 0) + n);
      }
      if (!groups.length) return null;
      const labels = uniqueLabels(groups.map((g) => {
        const s = totals.get(g)!;
        return { key: g, label: `${g} · ${Math.round((100 * s.named) / s.all)}% named, n=${fmtInt(s.all)}` };
      }), 330);
      const categories = [...new Set(groups.flatMap((g) => [...totals.get(g)!.byCategory.keys()]))].sort(cmp);
      const values = groups.flatMap((g, order) => {
        const s = totals.get(g)!;
        return [...s.byCategory].sort((a, b) => cmp(a[0], b[0])).map(([category, n]) => ({ group: labels.get(g)!, order, category, attributions: n, share: n / s.all }));
      });
      return topLevel('Who each group quotes: source categories', ['Share of each group\'s attributions by the category of the source (100% per group)', 'the label gives the share of attributions to named sources and the number of attributions'], {
        data: { values },
        width: 420,
        height: { step: 22 },
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'group', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, axis: { labelLimit: 340 } },
          x: { field: 'attributions', type: 'quantitative', stack: 'normalize', title: 'Share of attributions', axis: { format: '.0%' } },
          color: { field: 'category', type: 'nominal', title: 'Category', scale: { domain: categories, scheme: 'tableau10' } },
          order: { field: 'category' },
          tooltip: [tip('group', 'Group'), tip('category', 'Category'), tip('attributions', 'Attributions', 'quantitative', ',d'), tip('share', 'Share', 'quantitative', '.1%')],
        },
      });
    },
  };
}
