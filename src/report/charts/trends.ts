/**
 * Change-over-time charts of the `trends` tables: lines of the top terms' shares, stacked areas of
 * statements by source category, a line of mean sentiment. Periods are an ordinal axis in time
 * order with thinned labels (never overlapping); a period without articles has null values, which
 * break the line or area there instead of joining its neighbours.
 * @module
 */
import type { Chart } from '../../pipeline/define.ts';
import type { Table } from '../table.ts';
import { categoryLabel } from './attribution.ts';
import { chartOptions, COLORS, num, requireColumns, str, tip, topLevel, WIDTH } from './common.ts';

/** The period axis: time order as in the table, labels thinned so they never overlap. */
function periodAxis(periods: string[]): Record<string, unknown> {
  return {
    field: 'period',
    type: 'ordinal',
    sort: periods,
    title: null,
    scale: { domain: periods },
    axis: { labelAngle: periods.length > 12 ? -45 : 0, labelOverlap: 'greedy', labelSeparation: 6, labelPadding: 4 },
  };
}

function periodsOf(t: Table): string[] {
  const seen = new Set<string>();
  for (const r of t.rows) seen.add(str(r.period));
  return [...seen];
}

const gaps = (t: Table) => (t.rows.some((r) => r.articles === 0) ? 'gaps: periods without articles' : 'every period has articles');

/** Share of the corpus's top terms per period (`trend_terms`), one line per term. */
export function trendTermsChart(options: Record<string, never> = {}): Chart {
  const name = 'trend-terms';
  chartOptions(name, [], options);
  return {
    name,
    params: [],
    table: 'trend_terms',
    build(t) {
      requireColumns(name, t, ['period', 'articles', 'term', 'share']);
      const periods = periodsOf(t);
      if (periods.length < 2) return null;
      const values = t.rows.map((r) => ({ period: str(r.period), term: str(r.term), share: num(r.share), count: num(r.count), articles: num(r.articles) }));
      const terms = [...new Set(values.map((v) => v.term))];
      return topLevel('Top terms over time', [`Share of all kept term occurrences in each period, for the corpus's ${terms.length} most frequent terms; ${gaps(t)}`], {
        data: { values },
        width: WIDTH,
        height: 260,
        mark: { type: 'line', point: { size: 24 }, strokeWidth: 2, invalid: 'break-paths-show-domains' },
        encoding: {
          x: periodAxis(periods),
          y: { field: 'share', type: 'quantitative', title: 'Share of term occurrences', axis: { format: '.1%' } },
          color: { field: 'term', type: 'nominal', title: 'Term', sort: terms, scale: { scheme: 'tableau10' }, legend: { columns: 4, orient: 'top', direction: 'horizontal' } },
          tooltip: [tip('period', 'Period'), tip('term', 'Term'), tip('count', 'Occurrences', 'quantitative', ',d'), tip('share', 'Share', 'quantitative', '.2%'), tip('articles', 'Articles', 'quantitative', ',d')],
        },
      });
    },
  };
}

/** Statements by source category per period (`trend_categories`), stacked areas. */
export function trendCategoriesChart(options: Record<string, never> = {}): Chart {
  const name = 'trend-categories';
  chartOptions(name, [], options);
  return {
    name,
    params: [],
    table: 'trend_categories',
    build(t) {
      requireColumns(name, t, ['period', 'articles', 'category', 'statements']);
      const periods = periodsOf(t);
      if (periods.length < 2 || !t.rows.some((r) => (num(r.statements) ?? 0) > 0)) return null;
      const values = t.rows.map((r) => ({ period: str(r.period), category: categoryLabel(str(r.category)), statements: num(r.statements), articles: num(r.articles) }));
      return topLevel('Statements by source category over time', [`Attributions to a source of each category, per period; ${gaps(t)}`], {
        data: { values },
        width: WIDTH,
        height: 260,
        // points too: a period between two gaps has no width to fill, its stack shows as points
        encoding: {
          x: periodAxis(periods),
          y: { field: 'statements', type: 'quantitative', stack: 'zero', title: 'Statements', axis: { tickMinStep: 1 } },
          color: { field: 'category', type: 'nominal', title: 'Category', scale: { scheme: 'tableau20' }, legend: { columns: 4, orient: 'top', direction: 'horizontal' } },
          order: { field: 'category' },
          tooltip: [tip('period', 'Period'), tip('category', 'Category'), tip('statements', 'Statements', 'quantitative', ',d'), tip('articles', 'Articles', 'quantitative', ',d')],
        },
        layer: [
          { mark: { type: 'area', line: { strokeWidth: 1 }, opacity: 0.85, invalid: 'break-paths-show-domains' } },
          { mark: { type: 'point', filled: true, size: 30, opacity: 1, invalid: 'break-paths-show-domains' } },
        ],
      });
    },
  };
}

/** Mean sentiment per period (`trend_sentiment`), a line with a zero rule. */
export function trendSentimentChart(options: Record<string, never> = {}): Chart {
  const name = 'trend-sentiment';
  chartOptions(name, [], options);
  return {
    name,
    params: [],
    table: 'trend_sentiment',
    build(t) {
      requireColumns(name, t, ['period', 'articles', 'mean']);
      const periods = periodsOf(t);
      if (periods.length < 2 || !t.rows.some((r) => num(r.mean) !== null)) return null;
      const values = t.rows.map((r) => ({ period: str(r.period), mean: num(r.mean), articles: num(r.articles) }));
      return topLevel('Mean sentiment over time', [`Mean of the article means (VADER compound, −1 to +1) per period; ${gaps(t)}`], {
        data: { values },
        width: WIDTH,
        height: 220,
        layer: [
          { mark: { type: 'rule', color: '#888888' }, encoding: { y: { datum: 0 } } },
          {
            mark: { type: 'line', point: { size: 30 }, color: COLORS.positive, strokeWidth: 2, invalid: 'break-paths-show-domains' },
            encoding: {
              x: periodAxis(periods),
              y: { field: 'mean', type: 'quantitative', title: 'Mean sentiment', axis: { format: '+.2f' } },
              tooltip: [tip('period', 'Period'), tip('mean', 'Mean', 'quantitative', '+.3f'), tip('articles', 'Articles', 'quantitative', ',d')],
            },
          },
        ],
      });
    },
  };
}
