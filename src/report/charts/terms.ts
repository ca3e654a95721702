/**
 * Term charts: corpus top terms, top bigrams and distinctive (tf-idf) terms per article.
 * @module
 */
import type { Chart } from '../../pipeline/define.ts';
import type { Table } from '../table.ts';
import { cmp, fmtInt, num, rankedBar, requireColumns, str, topLevel, topOption, uniqueLabels } from './common.ts';

/** Top rows by `count` (desc), ties by label (asc). */
function topByCount(t: Table, labelCol: string, top: number): { label: string; count: number; docs: number }[] {
  const rows = t.rows
    .map((r) => ({ label: str(r[labelCol]), count: num(r.count) ?? 0, docs: num(r.docs) ?? 0 }))
    .filter((r) => r.label !== '' && r.count > 0)
    .sort((a, b) => b.count - a.count || cmp(a.label, b.label))
    .slice(0, top);
  const labels = uniqueLabels(rows.map((r) => ({ key: r.label, label: r.label })));
  return rows.map((r) => ({ ...r, label: labels.get(r.label)! }));
}

/** Horizontal bar chart of the most frequent terms in the corpus (table `terms`). */
export function topTermsChart(options: { top?: number } = {}): Chart {
  const name = 'top-terms';
  const top = topOption(name, options.top, 25);
  return {
    name,
    table: 'terms',
    build(t) {
      requireColumns(name, t, ['term', 'count', 'docs']);
      const rows = topByCount(t, 'term', top);
      if (!rows.length) return null;
      return rankedBar({
        title: 'Most frequent terms',
        subtitle: `How often each term occurs across all articles (top ${rows.length} of ${fmtInt(t.rows.length)} terms)`,
        values: rows.map((r) => ({ term: r.label, count: r.count, articles: r.docs })),
        label: 'term',
        value: 'count',
        valueTitle: 'Occurrences in all articles',
        format: ',d',
      });
    },
  };
}

/** Horizontal bar chart of the most frequent two-word phrases (table `bigrams`). */
export function topBigramsChart(options: { top?: number } = {}): Chart {
  const name = 'top-bigrams';
  const top = topOption(name, options.top, 20);
  return {
    name,
    table: 'bigrams',
    build(t) {
      requireColumns(name, t, ['bigram', 'count', 'docs']);
      const rows = topByCount(t, 'bigram', top);
      if (!rows.length) return null;
      return rankedBar({
        title: 'Most frequent two-word phrases',
        subtitle: `How often each pair of adjacent terms occurs across all articles (top ${rows.length} of ${fmtInt(t.rows.length)})`,
        values: rows.map((r) => ({ phrase: r.label, count: r.count, articles: r.docs })),
        label: 'phrase',
        value: 'count',
        valueTitle: 'Occurrences in all articles',
        format: ',d',
      });
    },
  };
}

/**
 * Distinctive terms per article (table `tfidf`): terms frequent in the article but rare in the corpus.
 * Up to `panels` articles are shown as small multiples (one bar panel each); with more articles, a grid
 * with one row per article (up to `rows`) and the article's top terms in rank order, shaded by tf-idf.
 * When the table has more articles than fit, the chart shows those whose top term scores highest
 * (ties by article id), in that order, and says so: never the first ones in table order; when the
 * table's title says it holds a sample of the corpus (tfIdf over `maxGroups` articles), so does the chart.
 */
export function distinctiveTermsChart(options: { terms?: number; panels?: number; rows?: number } = {}): Chart {
  const name = 'distinctive-terms';
  const terms = topOption(name, options.terms, 5);
  const panels = topOption(name, options.panels, 9);
  const maxRows = topOption(name, options.rows, 25);
  return {
    name,
    table: 'tfidf',
    build(t) {
      requireColumns(name, t, ['article', 'title', 'term', 'tf_idf', 'rank']);
      // Articles in table order; each article's terms by rank.
      const byArticle = new Map<string, { title: string; terms: { term: string; score: number; rank: number }[] }>();
      for (const r of t.rows) {
        const article = str(r.article);
        const term = str(r.term);
        const score = num(r.tf_idf);
        if (!article || !term || score === null) continue;
        let a = byArticle.get(article);
        if (!a) byArticle.set(article, (a = { title: str(r.title), terms: [] }));
        a.terms.push({ term, score, rank: num(r.rank) ?? a.terms.length + 1 });
      }
      for (const a of byArticle.values()) {
        a.terms.sort((x, y) => x.rank - y.rank || y.score - x.score || cmp(x.term, y.term));
        a.terms = a.terms.slice(0, terms);
      }
      const all = [...byArticle.entries()];
      if (!all.length) return null;
      const grid = all.length > panels;
      const fits = grid ? maxRows : panels;
      const top = (a: { terms: { score: number }[] }) => a.terms[0]?.score ?? 0;
      const shown = all.length <= fits ? all : [...all].sort(([ka, a], [kb, b]) => top(b) - top(a) || cmp(ka, kb)).slice(0, fits);
      const labels = uniqueLabels(shown.map(([key, a]) => ({ key, label: a.title })), grid ? 250 : 200, 11, !grid);
      const values = shown.flatMap(([key, a], order) => {
        const termLabels = uniqueLabels(a.terms.map((x) => ({ key: x.term, label: x.term })), grid ? 100 : 110, grid ? 10 : 11);
        return a.terms.map((x, i) => ({ article: labels.get(key)!, order, term: termLabels.get(x.term)!, tf_idf: x.score, rank: i + 1 }));
      });
      const subtitle = [
        `Terms frequent in an article but rare in the others (tf-idf); up to ${terms} per article`,
        shown.length < all.length
          ? `The ${shown.length} of ${fmtInt(all.length)} articles in the table whose top term scores highest, highest first`
          : `${shown.length} article${shown.length === 1 ? '' : 's'}`,
      ];
      // tfIdf's title says when its table holds a sample of the corpus
      const sample = /a sample of ([\d,]+) of ([\d,]+) articles/.exec(t.title);
      if (sample) subtitle.push(`The table holds a sample of ${sample[1]} of the corpus's ${sample[2]} articles, chosen by a hash of the id`);
      if (!grid) {
        return topLevel('Distinctive terms per article', subtitle, {
          data: { values },
          facet: { field: 'article', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, header: { labelFontWeight: 'bold', labelAnchor: 'start', labelLimit: 240 } },
          columns: 3,
          spacing: { row: 16, column: 24 },
          resolve: { scale: { y: 'independent' }, axis: { x: 'independent' } },
          spec: {
            width: 150,
            height: { step: 18 },
            layer: [
              { mark: { type: 'bar', cornerRadiusEnd: 2 } },
              { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3 }, encoding: { text: { field: 'tf_idf', type: 'quantitative', format: '.2f' } } },
            ],
            encoding: {
              y: { field: 'term', type: 'nominal', sort: null, title: null, axis: { labelLimit: 130 } },
              x: { field: 'tf_idf', type: 'quantitative', title: 'tf-idf score', axis: { format: '.2f', tickCount: 3 } },
            },
          },
        });
      }
      return topLevel('Distinctive terms per article', subtitle, {
        data: { values },
        width: { step: 112 },
        height: { step: 22 },
        encoding: {
          y: { field: 'article', type: 'nominal', sort: null, title: null, axis: { labelLimit: 290 } },
          x: { field: 'rank', type: 'ordinal', title: 'Rank within the article (1 = most distinctive)', axis: { labelAngle: 0, orient: 'top' } },
        },
        layer: [
          {
            mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
            encoding: { color: { field: 'tf_idf', type: 'quantitative', title: 'tf-idf', scale: { range: ['#f2f7fc', '#7fb1da'] }, legend: { format: '.2f', gradientLength: 160 } } },
          },
          { mark: { type: 'text', fontSize: 10, limit: 110 }, encoding: { text: { field: 'term', type: 'nominal' } } },
        ],
      });
    },
  };
}
