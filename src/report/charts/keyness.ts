/**
 * Keyness chart: for each group, a diverging bar chart of its most over-represented terms (to the
 * right) and most under-represented terms (to the left), from the `keyness` table.
 * @module
 */
import type { Chart } from '../../pipeline/define.ts';
import { REST_GROUP } from '../../aggregate/keyness.ts';
import { COLORS, fmtInt, num, requireColumns, str, topLevel, chartOptions, countParam, uniqueLabels } from './common.ts';
import type { Param } from '../../pipeline/params.ts';

const MEASURES = {
  log_odds: { column: 'log_odds_weighted', title: 'Weighted log-odds (z-score)', format: '+,.1~f', what: 'weighted log-odds (z)' },
  g2: { column: 'g2', title: 'Signed log-likelihood G²', format: '+,~d', what: 'signed log-likelihood G²' },
} as const;

const KEYNESS_CHART_PARAMS: readonly Param[] = [
  countParam('top', 10, 'terms shown per side of each group'),
  { name: 'measure', type: 'enum', values: ['log_odds', 'g2'], default: 'log_odds', description: 'the score the bars show: weighted log-odds (log_odds) or signed G² (g2); use the one the keyness stage ranked by' },
  { name: 'table', type: 'string', default: 'keyness', description: 'the keyness table the chart reads' },
];

/**
 * One panel per group (in table order): the `top` terms of each side by the measure the table was
 * ranked by (`measure`, the keyness stage's `rankBy`), over-represented to the right in blue,
 * under-represented to the left in red, with the reference named in the subtitle.
 */
export function keynessChart(options: { top?: number; measure?: 'log_odds' | 'g2'; table?: string } = {}): Chart {
  const name = 'keyness';
  const o = chartOptions<{ top: number; measure: 'log_odds' | 'g2'; table: string }>(name, KEYNESS_CHART_PARAMS, options);
  const top = o.top;
  const measure = MEASURES[o.measure];
  return {
    name,
    params: KEYNESS_CHART_PARAMS,
    table: o.table,
    comparesGroups: true,
    build(t) {
      requireColumns(name, t, ['group', 'reference', 'side', 'rank', 'term', 'n_target', 'n_reference', measure.column]);
      const groups: string[] = [];
      const references = new Set<string>();
      const values: Record<string, unknown>[] = [];
      const byGroup = new Map<string, { term: string; score: number; over: boolean; rank: number; nTarget: number; nReference: number }[]>();
      for (const r of t.rows) {
        const group = str(r.group);
        const score = num(r[measure.column]);
        const rank = num(r.rank);
        if (!group || score === null || rank === null || rank > top || (r.side !== 'over' && r.side !== 'under')) continue;
        let list = byGroup.get(group);
        if (!list) {
          byGroup.set(group, (list = []));
          groups.push(group);
        }
        references.add(str(r.reference));
        list.push({ term: str(r.term), score, over: r.side === 'over', rank, nTarget: num(r.n_target) ?? 0, nReference: num(r.n_reference) ?? 0 });
      }
      if (!groups.length) return null;
      const panels = uniqueLabels(groups.map((g) => ({ key: g, label: g })), 300, 12, true);
      groups.forEach((g, order) => {
        // over-represented first (strongest at the top), then under-represented (strongest at the bottom)
        const list = byGroup.get(g)!.sort((a, b) => Number(b.over) - Number(a.over) || (a.over ? a.rank - b.rank : b.rank - a.rank));
        const labels = uniqueLabels(list.map((x) => ({ key: x.term, label: x.term })), 150);
        list.forEach((x, i) =>
          values.push({ group: panels.get(g)!, order, position: i, term: labels.get(x.term)!, score: x.score, side: x.over ? 'More frequent' : 'Less frequent', target: x.nTarget, reference: x.nReference }),
        );
      });
      const against = references.size === 1 && !references.has(REST_GROUP) ? `against ${[...references][0]}` : 'against all other groups';
      const subtitle = [`Terms that set each group apart, ${against}: up to ${top} on each side, by ${measure.what}`, `${fmtInt(groups.length)} group${groups.length === 1 ? '' : 's'}; bars to the right are more frequent in the group than expected, to the left less`];
      return topLevel('Distinctive terms per group (keyness)', subtitle, {
        data: { values },
        facet: { field: 'group', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, header: { labelFontWeight: 'bold', labelAnchor: 'start', labelLimit: 320, labelFontSize: 12 } },
        columns: 2,
        spacing: { row: 20, column: 36 },
        resolve: { scale: { y: 'independent' } },
        spec: {
          width: 240,
          height: { step: 16 },
          layer: [
            {
              mark: { type: 'bar', cornerRadiusEnd: 2 },
              encoding: { color: { field: 'side', type: 'nominal', title: null, scale: { domain: ['More frequent', 'Less frequent'], range: [COLORS.positive, COLORS.negative] } } },
            },
            { mark: { type: 'rule', color: '#555555' }, encoding: { x: { datum: 0 }, y: null } },
          ],
          encoding: {
            y: { field: 'term', type: 'nominal', sort: { field: 'position', op: 'min' }, title: null, axis: { labelLimit: 160 } },
            x: { field: 'score', type: 'quantitative', title: measure.title, axis: { format: measure.format, tickCount: 5 } },
          },
        },
      });
    },
  };
}
