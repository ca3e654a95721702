/**
 * Sentiment charts: distribution of sentence scores, mean sentiment over time and the most
 * negative / positive articles.
 * @module
 */
import type { Chart } from '../../pipeline/define.ts';
import { cmp, drillKey, fmtInt, num, requireColumns, STEP, str, tip, tone, TONE_SCALE, topLevel, chartOptions, countParam, uniqueLabels, WIDTH } from './common.ts';
import type { Param } from '../../pipeline/params.ts';
import { nextPeriod, periodEnd, periodOf, periodUnit, type PeriodUnit } from './periods.ts';

const TONE_LEGEND = { title: 'Tone', values: TONE_SCALE.domain };

const ARTICLE_SENTIMENT_PARAMS: readonly Param[] = [countParam('top', 8, 'most negative and most positive articles shown, each')];

/** Histogram of sentence compound scores (table `sentiment_histogram`), bars coloured by tone. */
export function sentimentHistogramChart(options: Record<string, never> = {}): Chart {
  const name = 'sentiment-distribution';
  chartOptions(name, [], options);
  return {
    name,
    params: [],
    table: 'sentiment_histogram',
    build(t) {
      requireColumns(name, t, ['bin_start', 'bin_end', 'sentences']);
      const values: Record<string, unknown>[] = [];
      let total = 0;
      for (const r of t.rows) {
        const start = num(r.bin_start);
        const end = num(r.bin_end);
        const n = num(r.sentences);
        if (start === null || end === null || n === null) continue;
        total += n;
        // A bin is negative/positive only when all of it is; bins straddling the neutral band are neutral.
        values.push({ bin_start: start, bin_end: end, range: `${start.toFixed(2)} to ${end.toFixed(2)}`, sentences: n, tone: end <= -0.05 + 1e-9 ? 'Negative' : start >= 0.05 - 1e-9 ? 'Positive' : 'Neutral' });
      }
      if (total <= 0) return null;
      values.sort((a, b) => (a.bin_start as number) - (b.bin_start as number));
      return topLevel('How positive or negative are the sentences?', [
        `Number of sentences by VADER compound score (${fmtInt(total)} sentences).`,
        'Scores at or below −0.05 count as negative, at or above +0.05 as positive.',
      ], {
        width: WIDTH,
        height: 220,
        data: { values },
        mark: { type: 'bar', stroke: 'white', strokeWidth: 0.5 },
        encoding: {
          x: { field: 'bin_start', type: 'quantitative', bin: { binned: true }, title: 'Sentence score (−1 = most negative, +1 = most positive)', scale: { domain: [-1, 1] }, axis: { format: '+.1f', tickCount: 10 } },
          x2: { field: 'bin_end' },
          y: { field: 'sentences', type: 'quantitative', title: 'Sentences', axis: { format: ',d', tickMinStep: 1 } },
          color: { field: 'tone', type: 'nominal', scale: TONE_SCALE, legend: TONE_LEGEND },
          tooltip: [tip('range', 'Score'), tip('sentences', 'Sentences', 'quantitative', ',d'), tip('tone', 'Tone')],
        },
      });
    },
  };
}

const UNIT_WORD: Record<PeriodUnit, string> = { day: 'day', week: 'week', month: 'month' };

/**
 * Mean article sentiment per period (table `sentiment_over_time`): per day over up to three months,
 * per week up to three years, else per month. The line breaks at every period without articles (a
 * line drawn across a gap would show a trend where there is no data); points are sized by articles.
 * Null without dates.
 */
export function sentimentOverTimeChart(options: Record<string, never> = {}): Chart {
  const name = 'sentiment-over-time';
  chartOptions(name, [], options);
  return {
    name,
    params: [],
    table: 'sentiment_over_time',
    build(t) {
      requireColumns(name, t, ['date', 'articles', 'mean']);
      const days = t.rows
        .map((r) => ({ date: str(r.date).slice(0, 10), articles: num(r.articles) ?? 0, scored: num(r.scored_articles) ?? num(r.articles) ?? 0, mean: num(r.mean) }))
        .filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.date) && r.mean !== null && r.scored > 0)
        .sort((a, b) => cmp(a.date, b.date));
      if (!days.length) return null;
      const unit = periodUnit(days[0].date, days[days.length - 1].date);
      const periods = new Map<string, { articles: number; scored: number; sum: number }>();
      for (const d of days) {
        const p = periodOf(d.date, unit);
        const e = periods.get(p) ?? { articles: 0, scored: 0, sum: 0 };
        e.articles += d.articles;
        e.scored += d.scored;
        e.sum += d.mean! * d.scored;
        periods.set(p, e);
      }
      let segment = 0;
      let prev = '';
      const values = [...periods.keys()].sort(cmp).map((p) => {
        const e = periods.get(p)!;
        if (prev && nextPeriod(prev, unit) !== p) segment++;
        prev = p;
        const mean = Math.round((e.sum / e.scored) * 1e4) / 1e4;
        const end = periodEnd(p, unit);
        return { date: p, period: end === p ? p : `${p} to ${end}`, articles: e.articles, mean, tone: tone(mean), segment, drill: drillKey('period', `${unit}:${p}`) };
      });
      const n = values.length;
      const word = UNIT_WORD[unit];
      const maxArticles = Math.max(1, ...values.map((v) => v.articles));
      const legendCounts = [...new Set([1, Math.ceil(maxArticles / 2), maxArticles])].sort((a, b) => a - b);
      const gaps = segment;
      return topLevel('Sentiment over time', [
        `Mean sentence score of the articles published each ${word} (${fmtInt(n)} ${word}${n === 1 ? '' : 's'} with articles, ${days[0].date} to ${days[days.length - 1].date}).`,
        `Point size shows the number of articles; above 0 is positive on average.${gaps ? ` The line breaks where a ${word} has no articles (${fmtInt(gaps)} gap${gaps === 1 ? '' : 's'}).` : ''}`,
      ], {
        width: WIDTH,
        height: 220,
        data: { values },
        encoding: {
          x: { field: 'date', type: 'temporal', title: unit === 'day' ? 'Publication date' : `Publication ${word} (start)`, axis: { format: unit === 'month' ? '%Y-%m' : '%Y-%m-%d', labelAngle: 0, labelOverlap: 'greedy' } },
          y: { field: 'mean', type: 'quantitative', title: 'Mean sentence score', axis: { format: '+.2f' } },
        },
        layer: [
          { mark: { type: 'rule', color: '#888888', strokeDash: [4, 3] }, encoding: { x: null, y: { datum: 0 } } },
          { mark: { type: 'line', interpolate: 'linear', strokeWidth: 2 }, encoding: { detail: { field: 'segment', type: 'nominal' } } },
          {
            mark: { type: 'point', filled: true, opacity: 1, cursor: 'pointer' },
            encoding: {
              size: { field: 'articles', type: 'quantitative', title: 'Articles', scale: { domain: [0, maxArticles], range: [12, 220] }, legend: { format: ',d', values: legendCounts } },
              color: { field: 'tone', type: 'nominal', scale: TONE_SCALE, legend: null },
              tooltip: [tip('period', word === 'day' ? 'Day' : word[0].toUpperCase() + word.slice(1)), tip('mean', 'Mean score', 'quantitative', '+.3f'), tip('articles', 'Articles', 'quantitative', ',d')],
            },
          },
        ],
      });
    },
  };
}

/** Diverging bars of the most negative and most positive articles by mean sentence score (table `sentiment_article_extremes`). */
export function articleSentimentChart(options: { top?: number } = {}): Chart {
  const name = 'article-sentiment';
  const { top } = chartOptions<{ top: number }>(name, ARTICLE_SENTIMENT_PARAMS, options);
  return {
    name,
    params: ARTICLE_SENTIMENT_PARAMS,
    table: 'sentiment_article_extremes',
    build(t) {
      requireColumns(name, t, ['article', 'title', 'mean', 'sentences']);
      const rows = t.rows
        .map((r) => ({ article: str(r.article), title: str(r.title), date: str(r.date).slice(0, 10), mean: num(r.mean), sentences: num(r.sentences) ?? 0 }))
        .filter((r): r is { article: string; title: string; date: string; mean: number; sentences: number } => r.article !== '' && r.mean !== null && r.sentences > 0)
        .sort((a, b) => a.mean - b.mean || cmp(a.article, b.article));
      if (!rows.length) return null;
      const chosen = rows.length <= 2 * top ? rows : [...rows.slice(0, top), ...rows.slice(rows.length - top)];
      chosen.reverse(); // most positive at the top
      const labels = uniqueLabels(chosen.map((r) => ({ key: r.article, label: r.title })), 270);
      const values = chosen.map((r) => ({ article: labels.get(r.article)!, id: r.article, title: r.title || r.article, date: r.date || 'no date', mean: r.mean, sentences: r.sentences, tone: tone(r.mean), drill: drillKey('article', r.article) }));
      const extent = Math.max(0.1, Math.ceil(Math.max(...chosen.map((r) => Math.abs(r.mean))) * 10) / 10);
      const subtitle = [
        rows.length <= 2 * top
          ? `Mean sentence score of ${fmtInt(rows.length)} article${rows.length === 1 ? '' : 's'}.`
          : `Mean sentence score; the ${top} most positive and ${top} most negative articles.`,
        ...(t.note ? [t.note] : []),
      ];
      return topLevel('Most positive and most negative articles', subtitle, {
        width: WIDTH,
        height: { step: STEP },
        data: { values },
        encoding: {
          y: { field: 'article', type: 'nominal', sort: null, title: null, axis: { labelLimit: 310 } },
          x: { field: 'mean', type: 'quantitative', title: 'Mean sentence score (−1 to +1)', scale: { domain: [-extent, extent] }, axis: { format: '+.1f', tickCount: 5 } },
        },
        layer: [
          {
            mark: { type: 'bar', cornerRadiusEnd: 2, cursor: 'pointer' },
            encoding: {
              color: { field: 'tone', type: 'nominal', scale: TONE_SCALE, legend: TONE_LEGEND },
              tooltip: [tip('title', 'Article'), tip('date', 'Date'), tip('mean', 'Mean score', 'quantitative', '+.3f'), tip('sentences', 'Sentences', 'quantitative', ',d'), tip('id', 'Id')],
            },
          },
          { mark: { type: 'rule', color: '#555555' }, encoding: { x: { datum: 0 }, y: null } },
        ],
      });
    },
  };
}
