/**
 * The default job, built in: a full report over a news corpus — terms, tf-idf, sentiment, source
 * attribution, charts and an HTML page. Run it by name, `presslens run news-report --input <paths>
 * --out <dir>`: it is compiled with the CLI, so no TypeScript compiler is loaded (in any thread).
 * `pipelines/news-report.ts` re-exports it as a starting point for pipelines of your own.
 * @module
 */
import { articleStats, attributions, defaultCharts, definePipeline, NEWS_STOPWORDS, sentences, sentiment, sentimentStats, sourceStats, termStats, terms, tfIdf, tokens } from '../index.ts';

export default definePipeline({
  name: 'news-report',
  description: 'Term frequencies, distinctive terms, sentiment and source attribution over a news corpus.',
  analyzers: [sentences(), tokens(), terms({ extraStopwords: [...NEWS_STOPWORDS] }), sentiment({ mode: 'vader' }), attributions()],
  aggregators: [articleStats(), termStats({ top: 100, topBigrams: 50 }), tfIdf({ by: 'article', top: 10 }), sentimentStats({ topSentences: 20 }), sourceStats()],
  charts: defaultCharts(),
});
