/**
 * Term charts: corpus top terms, top bigrams and distinctive (tf-idf) terms per article.
 * @module
 */
import type { Chart } from '../../pipeline/define.ts';
import type { Table } from '../table.ts';
import { cmp, drillKey, fmtInt, num, rankedBar, requireColumns, str, tip, topLevel, chartOptions, countParam, uniqueLabels } from './common.ts';
import type { Param } from '../../pipeline/params.ts';

const TOP_TERMS_PARAMS: readonly Param[] = [countParam('top', 25, 'terms shown')];
const TOP_BIGRAMS_PARAMS: readonly Param[] = [countParam('top', 20, 'two-word phrases shown')];
const DISTINCTIVE_TERMS_PARAMS: readonly Param[] = [
  countParam('terms', 5, 'terms shown per article'),
  countParam('panels', 9, 'articles shown, one panel each'),
  countParam('rows', 25, 'rows of the tf-idf table read per article'),
];

/** Top rows by `count` (desc), ties by label (asc), with unique display labels; `listed` is how many rows the table has. */
function topByCount(t: Table, labelCol: string, top: number): { rows: { key: string; label: string; count: number; docs: number }[]; listed: number } {
  const all = t.rows
    .map((r) => ({ key: str(r[labelCol]), count: num(r.count) ?? 0, docs: num(r.docs) ?? 0 }))
    .filter((r) => r.key !== '' && r.count > 0)
    .sort((a, b) => b.count - a.count || cmp(a.key, b.key));
  const rows = all.slice(0, top);
  const labels = uniqueLabels(rows.map((r) => ({ key: r.key, label: r.key })));
  return { rows: rows.map((r) => ({ ...r, label: labels.get(r.key)! })), listed: all.length };
}

/** "the 25 most frequent of the 100 terms in terms.csv": the table itself is a top list, so the chart says what it is drawn from. */
function ofListed(shown: number, listed: number, noun: string, file: string): string {
  return shown < listed ? `the ${shown} most frequent of the ${fmtInt(listed)} ${noun} listed in ${file}` : `all ${fmtInt(listed)} ${noun} listed in ${file}`;
}

/** Horizontal bar chart of the most frequent terms in the corpus (table `terms`). */
export function topTermsChart(options: { top?: number } = {}): Chart {
  const name = 'top-terms';
  const { top } = chartOptions<{ top: number }>(name, TOP_TERMS_PARAMS, options);
  return {
    name,
    params: TOP_TERMS_PARAMS,
    table: 'terms',
    build(t) {
      requireColumns(name, t, ['term', 'count', 'docs']);
      const { rows, listed } = topByCount(t, 'term', top);
      if (!rows.length) return null;
      return rankedBar({
        title: 'Most frequent terms',
        subtitle: `How often each term occurs across all articles: ${ofListed(rows.length, listed, 'terms', 'terms.csv')}.`,
        values: rows.map((r) => ({ term: r.label, name: r.key, count: r.count, articles: r.docs, drill: drillKey('term', r.key) })),
        label: 'term',
        value: 'count',
        valueTitle: 'Occurrences in all articles',
        format: ',d',
        tooltip: [tip('name', 'Term'), tip('count', 'Occurrences', 'quantitative', ',d'), tip('articles', 'Articles', 'quantitative', ',d')],
      });
    },
  };
}

/** Horizontal bar chart of the most frequent two-word phrases (table `bigrams`). */
export function topBigramsChart(options: { top?: number } = {}): Chart {
  const name = 'top-bigrams';
  const { top } = chartOptions<{ top: number }>(name, TOP_BIGRAMS_PARAMS, options);
  return {
    name,
    params: TOP_BIGRAMS_PARAMS,
    table: 'bigrams',
    build(t) {
      requireColumns(name, t, ['bigram', 'count', 'docs']);
      const { rows, listed } = topByCount(t, 'bigram', top);
      if (!rows.length) return null;
      return rankedBar({
        title: 'Most frequent two-word phrases',
        subtitle: `How often each pair of adjacent terms occurs across all articles: ${ofListed(rows.length, listed, 'phrases', 'bigrams.csv')}.`,
        values: rows.map((r) => ({ phrase: r.label, name: r.key, count: r.count, articles: r.docs, drill: drillKey('bigram', r.key) })),
        label: 'phrase',
        value: 'count',
        valueTitle: 'Occurrences in all articles',
        format: ',d',
        tooltip: [tip('name', 'Phrase'), tip('count', 'Occurrences', 'quantitative', ',d'), tip('articles', 'Articles', 'quantitative', ',d')],
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
  const { terms, panels, rows: maxRows } = chartOptions<{ terms: number; panels: number; rows: number }>(name, DISTINCTIVE_TERMS_PARAMS, options);
  return {
    name,
    params: DISTINCTIVE_TERMS_PARAMS,
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
        return a.terms.map((x, i) => ({ article: labels.get(key)!, title: a.title, id: key, order, term: termLabels.get(x.term)!, name: x.term, tf_idf: x.score, rank: i + 1, drill: drillKey('term', x.term) }));
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
      const tooltip = [tip('title', 'Article'), tip('name', 'Term'), tip('tf_idf', 'tf-idf', 'quantitative', '.3f'), tip('rank', 'Rank in the article', 'quantitative')];
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
              { mark: { type: 'bar', cornerRadiusEnd: 2, cursor: 'pointer' } },
              { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3 }, encoding: { text: { field: 'tf_idf', type: 'quantitative', format: '.2f' } } },
            ],
            encoding: {
              tooltip,
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
          tooltip,
        },
        layer: [
          {
            mark: { type: 'rect', stroke: 'white', strokeWidth: 1, cursor: 'pointer' },
            encoding: { color: { field: 'tf_idf', type: 'quantitative', title: 'tf-idf', scale: { range: ['#f2f7fc', '#7fb1da'] }, legend: { format: '.2f', gradientLength: 160 } } },
          },
          { mark: { type: 'text', fontSize: 10, limit: 110 }, encoding: { text: { field: 'term', type: 'nominal' } } },
        ],
      });
    },
  };
}
