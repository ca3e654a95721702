/**
 * The built-in compare job: how groups of articles differ. `presslens run compare --group-by source
 * --input <paths> --out <dir>` (grouped by `source` when `--group-by` is not given): every table has a
 * `group` column, keyness sets each group against the rest, and the report draws the groups side by
 * side — most frequent terms, distinctive terms, sentiment over time, who each group quotes (source
 * categories as 100% stacked bars with the share of named sources, the tone of each source's
 * statements with its n), and change over time (top terms, statements by source category, mean
 * sentiment per period). `pipelines/compare.ts` re-exports it as a starting point.
 * @module
 */
import { articleStats, attributions, definePipeline, groupCategoryMixChart, keyness, keynessChart, NEWS_STOPWORDS, quotesPerSourceChart, sentences, sentiment, sentimentOverTimeChart, sentimentStats, sourceSentimentChart, sourceStats, termStats, terms, tokens, topTermsChart, trendCategoriesChart, trends, trendSentimentChart, trendTermsChart } from '../index.ts';

export default definePipeline({
  name: 'compare',
  description: 'Groups of articles side by side: frequent and distinctive terms, sentiment, and who each group quotes.',
  defaultGroupBy: 'source',
  analyzers: [sentences(), tokens(), terms({ extraStopwords: [...NEWS_STOPWORDS] }), sentiment({ mode: 'vader' }), attributions()],
  aggregators: [
    articleStats(),
    termStats({ top: 30, topBigrams: 20 }),
    // the run's group key replaces this one (see groupPipeline)
    keyness({ groupBy: 'source', top: 15, minCount: 3 }),
    sentimentStats({ topSentences: 10 }),
    sourceStats(),
    trends(),
  ],
  charts: [keynessChart({ top: 10 }), topTermsChart({ top: 15 }), sentimentOverTimeChart(), groupCategoryMixChart(), quotesPerSourceChart({ top: 10 }), sourceSentimentChart({ top: 10, minN: 2 }), trendTermsChart(), trendCategoriesChart(), trendSentimentChart()],
});
