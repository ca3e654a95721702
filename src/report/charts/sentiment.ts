/**
 * Sentiment charts: distribution of sentence scores, mean sentiment over time and the most
 * negative / positive articles.
 * @module
 */
import type { Chart } from '../../pipeline/define.ts';
import { cmp, fmtInt, num, requireColumns, STEP, str, tone, TONE_SCALE, topLevel, topOption, uniqueLabels, WIDTH } from './common.ts';

const TONE_LEGEND = { title: 'Tone', values: TONE_SCALE.domain };

/** Histogram of sentence compound scores (table `sentiment_histogram`), bars coloured by tone. */
export function sentimentHistogramChart(): Chart {
  const name = 'sentiment-distribution';
  return {
    name,
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
        values.push({ bin_start: start, bin_end: end, sentences: n, tone: end <= -0.05 + 1e-9 ? 'Negative' : start >= 0.05 - 1e-9 ? 'Positive' : 'Neutral' });
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
        },
      });
    },
  };
}

/** Line of mean sentence sentiment per publication date (table `sentiment_over_time`); null without dates. */
export function sentimentOverTimeChart(): Chart {
  const name = 'sentiment-over-time';
  return {
    name,
    table: 'sentiment_over_time',
    build(t) {
      requireColumns(name, t, ['date', 'articles', 'mean']);
      const values = t.rows
        .map((r) => ({ date: str(r.date).slice(0, 10), articles: num(r.articles) ?? 0, mean: num(r.mean) }))
        .filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.date) && r.mean !== null)
        .sort((a, b) => cmp(a.date, b.date))
        .map((r) => ({ ...r, tone: tone(r.mean!) }));
      if (!values.length) return null;
      const days = values.length;
      const maxArticles = Math.max(1, ...values.map((v) => v.articles));
      const legendCounts = [...new Set([1, Math.ceil(maxArticles / 2), maxArticles])].sort((a, b) => a - b);
      return topLevel('Sentiment over time', [
        `Mean sentence score of the articles published each day (${fmtInt(days)} day${days === 1 ? '' : 's'}, ${values[0].date} to ${values[days - 1].date}).`,
        'Point size shows the number of articles; above 0 is positive on average.',
      ], {
        width: WIDTH,
        height: 220,
        data: { values },
        encoding: {
          x: { field: 'date', type: 'temporal', timeUnit: 'utcyearmonthdate', title: 'Publication date', axis: { format: '%Y-%m-%d', labelAngle: 0, labelOverlap: 'greedy' } },
          y: { field: 'mean', type: 'quantitative', title: 'Mean sentence score', axis: { format: '+.2f' } },
        },
        layer: [
          { mark: { type: 'rule', color: '#888888', strokeDash: [4, 3] }, encoding: { x: null, y: { datum: 0 } } },
          { mark: { type: 'line', interpolate: 'linear', strokeWidth: 2 } },
          {
            mark: { type: 'point', filled: true, opacity: 1 },
            encoding: {
              size: { field: 'articles', type: 'quantitative', title: 'Articles', scale: { domain: [0, maxArticles], range: [0, 220] }, legend: { format: ',d', values: legendCounts } },
              color: { field: 'tone', type: 'nominal', scale: TONE_SCALE, legend: null },
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
  const top = topOption(name, options.top, 8);
  return {
    name,
    table: 'sentiment_article_extremes',
    build(t) {
      requireColumns(name, t, ['article', 'title', 'mean', 'sentences']);
      const rows = t.rows
        .map((r) => ({ article: str(r.article), title: str(r.title), mean: num(r.mean), sentences: num(r.sentences) ?? 0 }))
        .filter((r): r is { article: string; title: string; mean: number; sentences: number } => r.article !== '' && r.mean !== null && r.sentences > 0)
        .sort((a, b) => a.mean - b.mean || cmp(a.article, b.article));
      if (!rows.length) return null;
      const chosen = rows.length <= 2 * top ? rows : [...rows.slice(0, top), ...rows.slice(rows.length - top)];
      chosen.reverse(); // most positive at the top
      const labels = uniqueLabels(chosen.map((r) => ({ key: r.article, label: r.title })), 270);
      const values = chosen.map((r) => ({ article: labels.get(r.article)!, id: r.article, mean: r.mean, sentences: r.sentences, tone: tone(r.mean) }));
      const extent = Math.max(0.1, Math.ceil(Math.max(...chosen.map((r) => Math.abs(r.mean))) * 10) / 10);
      const subtitle = rows.length <= 2 * top
        ? `Mean sentence score of ${fmtInt(rows.length)} article${rows.length === 1 ? '' : 's'}`
        : `Mean sentence score; the ${top} most positive and ${top} most negative articles`;
      return topLevel('Most positive and most negative articles', subtitle, {
        width: WIDTH,
        height: { step: STEP },
        data: { values },
        encoding: {
          y: { field: 'article', type: 'nominal', sort: null, title: null, axis: { labelLimit: 310 } },
          x: { field: 'mean', type: 'quantitative', title: 'Mean sentence score (−1 to +1)', scale: { domain: [-extent, extent] }, axis: { format: '+.1f', tickCount: 5 } },
        },
        layer: [
          { mark: { type: 'bar', cornerRadiusEnd: 2 }, encoding: { color: { field: 'tone', type: 'nominal', scale: TONE_SCALE, legend: TONE_LEGEND } } },
          { mark: { type: 'rule', color: '#555555' }, encoding: { x: { datum: 0 }, y: null } },
        ],
      });
    },
  };
}
