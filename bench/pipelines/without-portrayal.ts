/** The default news report without the portrayal stages (bench/portrayal.ts measures what they cost). */
import news from '../../src/pipelines/news-report.ts';
import { attributions, definePipeline } from '../../src/index.ts';

export default definePipeline({
  ...news,
  name: 'news-report-without-portrayal',
  // the attributions stage as it is without portrayal: no entity list
  analyzers: news.analyzers.filter((a) => a.name !== 'portrayal').map((a) => (a.name === 'attributions' ? attributions() : a)),
  aggregators: news.aggregators.filter((a) => a.name !== 'portrayal-stats'),
});
