/**
 * The default job: a full report over a news corpus — terms, tf-idf, sentiment, source attribution,
 * charts and an HTML page. Run it with `npm run report` (over `data/`) or
 * `presslens run pipelines/news-report.ts --input <paths> --out <dir>`.
 */
import { articleStats, attributions, defaultCharts, definePipeline, NEWS_STOPWORDS, sentences, sentiment, sentimentStats, sourceStats, termStats, terms, tfIdf, tokens } from '../src/index.ts';

export default definePipeline({
  name: 'news-report',
  description: 'Term frequencies, distinctive terms, sentiment and source attribution over a news corpus.',
  analyzers: [sentences(), tokens(), terms({ extraStopwords: [...NEWS_STOPWORDS] }), sentiment({ mode: 'vader' }), attributions()],
  aggregators: [articleStats(), termStats({ top: 100, topBigrams: 50 }), tfIdf({ by: 'article', top: 10 }), sentimentStats({ topSentences: 20 }), sourceStats()],
  charts: defaultCharts(),
});
