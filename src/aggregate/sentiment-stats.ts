/**
 * The `sentiment-stats` aggregator: corpus tables from the `sentiment` analyzer's annotations.
 * @module
 */
import type { Aggregator, StreamSpec } from '../pipeline/define.ts';
import { resolveParams, type Param } from '../pipeline/params.ts';
import { round, table, type Cell, type Table } from '../report/table.ts';
import type { Doc, SentenceSentiment } from '../types.ts';
import { byNatural, byString } from '../util/compare.ts';

/** One sentence kept for the `sentiment_sentences` table. */
export interface KeptSentence {
  article: string;
  start: number;
  end: number;
  compound: number;
  pos: number;
  neu: number;
  neg: number;
  text: string;
}

/** One article's row data (finished into `sentiment_articles` and `sentiment_over_time`). */
export interface ArticleSentimentRow {
  article: string;
  title: string | null;
  date: string | null;
  sentences: number;
  mean: number;
  sharePositive: number;
  shareNegative: number;
  min: number | null;
  max: number | null;
  mostNegative: string | null;
  mostPositive: string | null;
}

/** One article kept for `sentiment_article_extremes`. */
export interface KeptArticle {
  article: string;
  title: string | null;
  date: string | null;
  sentences: number;
  mean: number;
}

/** Per-day sums for `sentiment_over_time` (means summed in fixed point, so merges are exact in any order). */
export interface DaySums {
  articles: number;
  sentences: number;
  /** Sum of the scored articles' means, in units of 1e-9. */
  sum: number;
  scored: number;
}

/**
 * Accumulator of {@link sentimentStats}: plain data; `merge` returns it in canonical order, so merges
 * are order-independent (except the held `articles` rows, appended in order; see `streams`).
 */
export interface SentimentStatsAcc {
  /** `sentiment_articles` rows, held only when `add` gets no sink. */
  articles: ArticleSentimentRow[];
  /** Up to N most negative sentences, ascending by compound. */
  lowest: KeptSentence[];
  /** Up to N most positive sentences, descending by compound. */
  highest: KeptSentence[];
  /** Up to M most negative articles (by mean), ascending. */
  lowestArticles: KeptArticle[];
  /** Up to M most positive articles, descending. */
  highestArticles: KeptArticle[];
  /** Sentence counts in 20 equal bins of compound over [−1, 1]. */
  histogram: number[];
  /** Per publication day (`YYYY-MM-DD`). */
  days: Map<string, DaySums>;
  /** Corpus totals: articles, articles with sentences, sentences, sentences ≥ 0.05 / ≤ −0.05, sum of article means (1e-9 units). */
  /** `eligible`: articles with at least `minSentences` sentences (candidates for the extremes lists). */
  totals: { articles: number; scored: number; eligible: number; sentences: number; positive: number; negative: number; sum: number };
}

/** Options of {@link sentimentStats}. */
export interface SentimentStatsOptions {
  /** How many most negative and most positive sentences `sentiment_sentences` lists (default 20). */
  topSentences?: number;
  /** How many most negative and most positive articles `sentiment_article_extremes` lists (default 10). */
  topArticles?: number;
  /**
   * Fewest sentences an article needs to be listed in `sentiment_article_extremes` (default 5): the
   * mean of one or two sentences is not an article's tone, and one-line briefs would crowd the lists.
   */
  minSentences?: number;
}

/** The options of {@link sentimentStats}. */
export const SENTIMENT_STATS_PARAMS: readonly Param[] = [
  { name: 'topSentences', type: 'integer', min: 0, default: 20, description: 'most negative and most positive sentences listed in sentiment_sentences' },
  { name: 'topArticles', type: 'integer', min: 0, default: 10, description: 'most negative and most positive articles listed in sentiment_article_extremes' },
  { name: 'minSentences', type: 'integer', min: 1, default: 5, description: 'fewest sentences an article needs to be listed in sentiment_article_extremes' },
];

/** Number of histogram bins over [−1, 1]. */
export const HISTOGRAM_BINS = 20;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Total order on kept sentences: compound, then article, start, end, text. */
function bySentence(a: KeptSentence, b: KeptSentence): number {
  return a.compound - b.compound || byNatural(a.article, b.article) || byString(a.article, b.article) || a.start - b.start || a.end - b.end || byString(a.text, b.text);
}

/** Total order on kept articles: mean, then natural id, then the other fields. */
function byKeptArticle(a: KeptArticle, b: KeptArticle): number {
  return a.mean - b.mean || byNatural(a.article, b.article) || byString(a.article, b.article) || byString(a.date ?? '', b.date ?? '')
    || byString(a.title ?? '', b.title ?? '') || a.sentences - b.sentences;
}

/** Fixed-point units for sums of scores: integer sums are exact, so they do not depend on the order of merges. */
const FIXED = 1e9;

const ARTICLES: StreamSpec = {
  name: 'sentiment_articles',
  title: 'Sentiment by article',
  columns: [
    { name: 'article', type: 'string', description: 'article id' },
    { name: 'title', type: 'string', description: 'headline' },
    { name: 'date', type: 'date', description: 'publication date' },
    { name: 'sentences', type: 'integer', description: 'sentences scored' },
    { name: 'mean', type: 'number', description: 'mean compound over sentences (−1…1)' },
    { name: 'share_positive', type: 'number', description: 'share of sentences with compound ≥ 0.05' },
    { name: 'share_negative', type: 'number', description: 'share of sentences with compound ≤ −0.05' },
    { name: 'min', type: 'number', description: 'lowest sentence compound' },
    { name: 'max', type: 'number', description: 'highest sentence compound' },
    { name: 'most_negative', type: 'string', description: 'the sentence with the lowest compound (first one on ties)' },
    { name: 'most_positive', type: 'string', description: 'the sentence with the highest compound (first one on ties)' },
  ],
};

const NOT_ONE_LINE = /[^\S ]| {2}|^ | $/;

/** Collapses runs of whitespace to one space and trims (most sentences already are: no copy then). */
function oneLine(s: string): string {
  return NOT_ONE_LINE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

function histogramBin(c: number): number {
  const b = Math.floor((c + 1) * (HISTOGRAM_BINS / 2));
  return b < 0 ? 0 : b >= HISTOGRAM_BINS ? HISTOGRAM_BINS - 1 : b;
}

/**
 * The `sentiment-stats` aggregator. Tables:
 * - `sentiment_articles` (streamed, input order): article, title, date, sentences, mean, share_positive,
 *   share_negative, min, max, most_negative, most_positive (sentence texts).
 * - `sentiment_sentences`: the N most negative and N most positive sentences of the corpus (a sentence is listed
 *   once even when it is in both): article, start, end, compound, pos, neu, neg, text. Sorted by compound, article, start.
 * - `sentiment_article_extremes`: the M most negative and M most positive articles with at least `minSentences`
 *   sentences (each listed once): article, title, date, sentences, mean. Sorted by mean, then article.
 * - `sentiment_histogram`: bin_start, bin_end, sentences: 20 bins of compound over [−1, 1] (the last bin includes 1).
 * - `sentiment_over_time`: date (first 10 characters of `article.date` when they are `YYYY-MM-DD`), articles,
 *   scored_articles, sentences, mean (mean of the article means of that day's articles with at least one sentence). No rows without dates.
 * - `sentiment_summary`: one row of corpus figures: articles, scored_articles, sentences, mean (of the article
 *   means), share_positive and share_negative (of all sentences).
 */
export function sentimentStats(options: SentimentStatsOptions = {}): Aggregator<SentimentStatsAcc> {
  const { topSentences: top, topArticles, minSentences } = resolveParams<Required<SentimentStatsOptions>>('sentimentStats', SENTIMENT_STATS_PARAMS, options);

  const keepLowest = (list: KeptSentence[]): KeptSentence[] => list.sort(bySentence).slice(0, top);
  const keepHighest = (list: KeptSentence[]): KeptSentence[] => list.sort((a, b) => bySentence(b, a)).slice(0, top);
  const keepLowestArticles = (list: KeptArticle[]): KeptArticle[] => list.sort(byKeptArticle).slice(0, topArticles);
  const keepHighestArticles = (list: KeptArticle[]): KeptArticle[] => list.sort((a, b) => byKeptArticle(b, a)).slice(0, topArticles);

  return {
    kind: 'aggregator',
    params: SENTIMENT_STATS_PARAMS,
    name: 'sentiment-stats',
    requires: ['sentiment'],
    streams: [ARTICLES],
    init: () => ({
      articles: [],
      lowest: [],
      highest: [],
      lowestArticles: [],
      highestArticles: [],
      histogram: new Array<number>(HISTOGRAM_BINS).fill(0),
      days: new Map(),
      totals: { articles: 0, scored: 0, eligible: 0, sentences: 0, positive: 0, negative: 0, sum: 0 },
    }),
    add(acc: SentimentStatsAcc, doc: Doc, sink): SentimentStatsAcc {
      const s = doc.sentiment;
      if (!s) return acc;
      const a = doc.article;
      let lo: SentenceSentiment | null = null;
      let hi: SentenceSentiment | null = null;
      // Only sentences that can still enter the top/bottom lists are copied (lists are kept sorted,
      // so the last kept entry is the bar to beat; ties may enter through the tie-breaks).
      const loBar = acc.lowest.length >= top && top > 0 ? acc.lowest[acc.lowest.length - 1].compound : Infinity;
      const hiBar = acc.highest.length >= top && top > 0 ? acc.highest[acc.highest.length - 1].compound : -Infinity;
      const kept: KeptSentence[] = [];
      const t = acc.totals;
      for (const x of s.sentences) {
        if (!lo || x.compound < lo.compound) lo = x;
        if (!hi || x.compound > hi.compound) hi = x;
        acc.histogram[histogramBin(x.compound)]++;
        if (x.compound >= 0.05) t.positive++;
        else if (x.compound <= -0.05) t.negative++;
        if (top > 0 && (x.compound <= loBar || x.compound >= hiBar)) {
          kept.push({ article: a.id, start: x.start, end: x.end, compound: x.compound, pos: x.pos, neu: x.neu, neg: x.neg, text: '' });
        }
      }
      const n = s.sentences.length;
      const fixedMean = Math.round(s.mean * FIXED);
      t.articles++;
      t.sentences += n;
      if (n > 0) {
        t.scored++;
        t.sum += fixedMean;
      }
      const d = a.date ? a.date.slice(0, 10) : '';
      if (DATE_RE.test(d)) {
        let e = acc.days.get(d);
        if (!e) acc.days.set(d, (e = { articles: 0, sentences: 0, sum: 0, scored: 0 }));
        e.articles++;
        e.sentences += n;
        if (n > 0) {
          e.sum += fixedMean;
          e.scored++;
        }
      }
      if (n >= minSentences) t.eligible++;
      if (n >= minSentences && topArticles > 0) {
        const k: KeptArticle = { article: a.id, title: a.title ?? null, date: a.date ?? null, sentences: n, mean: s.mean };
        const fullLo = acc.lowestArticles.length >= topArticles;
        const fullHi = acc.highestArticles.length >= topArticles;
        if (!fullLo || byKeptArticle(k, acc.lowestArticles[acc.lowestArticles.length - 1]) < 0) acc.lowestArticles = keepLowestArticles([...acc.lowestArticles, k]);
        if (!fullHi || byKeptArticle(k, acc.highestArticles[acc.highestArticles.length - 1]) > 0) acc.highestArticles = keepHighestArticles([...acc.highestArticles, k]);
      }
      const text = (x: SentenceSentiment | null): string | null => (x ? oneLine(a.text.slice(x.start, x.end)) : null);
      const row: ArticleSentimentRow = {
        article: a.id,
        title: a.title ?? null,
        date: a.date ?? null,
        sentences: n,
        mean: s.mean,
        sharePositive: s.sharePositive,
        shareNegative: s.shareNegative,
        min: lo ? lo.compound : null,
        max: hi ? hi.compound : null,
        mostNegative: text(lo),
        mostPositive: text(hi),
      };
      if (sink) sink.push(ARTICLES.name, articleCells(row));
      else acc.articles.push(row);
      if (top > 0 && kept.length) {
        for (const k of kept) k.text = oneLine(a.text.slice(k.start, k.end));
        acc.lowest = keepLowest([...acc.lowest, ...kept]);
        acc.highest = keepHighest([...acc.highest, ...kept]);
      }
      return acc;
    },
    merge(a: SentimentStatsAcc, b: SentimentStatsAcc): SentimentStatsAcc {
      const days = new Map<string, DaySums>();
      for (const src of [a.days, b.days]) {
        for (const [k, v] of src) {
          const e = days.get(k);
          if (e) days.set(k, { articles: e.articles + v.articles, sentences: e.sentences + v.sentences, sum: e.sum + v.sum, scored: e.scored + v.scored });
          else days.set(k, { ...v });
        }
      }
      const ta = a.totals;
      const tb = b.totals;
      return {
        articles: [...a.articles, ...b.articles],
        lowest: keepLowest([...a.lowest, ...b.lowest]),
        highest: keepHighest([...a.highest, ...b.highest]),
        lowestArticles: keepLowestArticles([...a.lowestArticles, ...b.lowestArticles]),
        highestArticles: keepHighestArticles([...a.highestArticles, ...b.highestArticles]),
        histogram: a.histogram.map((v, k) => v + b.histogram[k]),
        days,
        totals: {
          articles: ta.articles + tb.articles,
          scored: ta.scored + tb.scored,
          eligible: ta.eligible + tb.eligible,
          sentences: ta.sentences + tb.sentences,
          positive: ta.positive + tb.positive,
          negative: ta.negative + tb.negative,
          sum: ta.sum + tb.sum,
        },
      };
    },
    finish(acc: SentimentStatsAcc): Table[] {
      return [
        table(ARTICLES.name, ARTICLES.title, ARTICLES.columns, acc.articles.map(articleCells)),
        sentencesTable(acc),
        extremesTable(acc, minSentences),
        histogramTable(acc),
        overTimeTable(acc),
        summaryTable(acc),
      ];
    },
  };
}

const r4 = (x: number): number => round(x, 4);

function articleCells(r: ArticleSentimentRow): Record<string, Cell> {
  return {
    article: r.article,
    title: r.title,
    date: r.date,
    sentences: r.sentences,
    mean: r4(r.mean),
    share_positive: r4(r.sharePositive),
    share_negative: r4(r.shareNegative),
    min: r.min === null ? null : r4(r.min),
    max: r.max === null ? null : r4(r.max),
    most_negative: r.mostNegative,
    most_positive: r.mostPositive,
  };
}

function extremesTable(acc: SentimentStatsAcc, minSentences: number): Table {
  // The two lists overlap when fewer than 2 × M articles are eligible: take the lowest, then the highest not in it.
  const lo = acc.lowestArticles;
  const hi = acc.highestArticles;
  const extra = Math.max(0, Math.min(hi.length, acc.totals.eligible - lo.length));
  const all = [...lo, ...hi.slice(0, extra)].sort(byKeptArticle);
  // the columns are the first five of sentiment_articles (article, title, date, sentences, mean)
  const t = table('sentiment_article_extremes', 'Most negative and most positive articles', ARTICLES.columns.slice(0, 5), all.map((k) => ({ article: k.article, title: k.title, date: k.date, sentences: k.sentences, mean: r4(k.mean) })));
  const { eligible, scored } = acc.totals;
  t.note = `Only articles with at least ${minSentences} sentence${minSentences === 1 ? '' : 's'}: ${eligible.toLocaleString('en-US')} of ${scored.toLocaleString('en-US')} scored articles.`;
  return t;
}

function summaryTable(acc: SentimentStatsAcc): Table {
  const t = acc.totals;
  return table('sentiment_summary', 'Sentiment of the corpus', [
    { name: 'articles', type: 'integer', description: 'articles scored' },
    { name: 'scored_articles', type: 'integer', description: 'articles with at least one sentence' },
    { name: 'sentences', type: 'integer', description: 'sentences scored' },
    { name: 'mean', type: 'number', description: 'mean of the article means (articles with sentences)' },
    { name: 'share_positive', type: 'number', description: 'share of sentences with compound ≥ 0.05' },
    { name: 'share_negative', type: 'number', description: 'share of sentences with compound ≤ −0.05' },
  ], [{
    articles: t.articles,
    scored_articles: t.scored,
    sentences: t.sentences,
    mean: t.scored ? r4(t.sum / FIXED / t.scored) : null,
    share_positive: t.sentences ? r4(t.positive / t.sentences) : null,
    share_negative: t.sentences ? r4(t.negative / t.sentences) : null,
  }]);
}

function sentencesTable(acc: SentimentStatsAcc): Table {
  const seen = new Set<string>();
  const all: KeptSentence[] = [];
  for (const s of [...acc.lowest, ...acc.highest]) {
    const key = `${s.article}\u0000${s.start}\u0000${s.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(s);
  }
  all.sort(bySentence);
  const rows: Record<string, Cell>[] = all.map((s) => ({
    article: s.article, start: s.start, end: s.end, compound: r4(s.compound), pos: r4(s.pos), neu: r4(s.neu), neg: r4(s.neg), text: s.text,
  }));
  return table('sentiment_sentences', 'Most negative and most positive sentences', [
    { name: 'article', type: 'string', description: 'article id' },
    { name: 'start', type: 'integer', description: 'start offset in the article text' },
    { name: 'end', type: 'integer', description: 'end offset (exclusive)' },
    { name: 'compound', type: 'number', description: 'compound score (−1…1)' },
    { name: 'pos', type: 'number', description: 'positive share' },
    { name: 'neu', type: 'number', description: 'neutral share' },
    { name: 'neg', type: 'number', description: 'negative share' },
    { name: 'text', type: 'string', description: 'the sentence (whitespace collapsed)' },
  ], rows);
}

function histogramTable(acc: SentimentStatsAcc): Table {
  const width = 2 / HISTOGRAM_BINS;
  const rows: Record<string, Cell>[] = acc.histogram.map((count, k) => ({
    bin_start: r4(-1 + k * width),
    bin_end: r4(-1 + (k + 1) * width),
    sentences: count,
  }));
  return table('sentiment_histogram', 'Distribution of sentence compound scores', [
    { name: 'bin_start', type: 'number', description: 'lower edge (inclusive)' },
    { name: 'bin_end', type: 'number', description: 'upper edge (exclusive; the last bin includes 1)' },
    { name: 'sentences', type: 'integer', description: 'sentences in the bin' },
  ], rows);
}

function overTimeTable(acc: SentimentStatsAcc): Table {
  const rows: Record<string, Cell>[] = [...acc.days.keys()].sort(byString).map((d) => {
    const e = acc.days.get(d)!;
    return { date: d, articles: e.articles, scored_articles: e.scored, sentences: e.sentences, mean: e.scored ? r4(e.sum / FIXED / e.scored) : null };
  });
  return table('sentiment_over_time', 'Sentiment over time', [
    { name: 'date', type: 'date', description: 'publication day (YYYY-MM-DD)' },
    { name: 'articles', type: 'integer', description: 'articles that day' },
    { name: 'scored_articles', type: 'integer', description: 'articles that day with at least one sentence (those in mean)' },
    { name: 'sentences', type: 'integer', description: 'sentences that day' },
    { name: 'mean', type: 'number', description: 'mean of the article means (articles with sentences)' },
  ], rows);
}
