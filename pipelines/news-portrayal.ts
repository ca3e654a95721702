/**
 * The default news report plus the tone toward each person and organisation (issue 21's portrayal
 * stage): `presslens run pipelines/news-portrayal.ts --input …`. Not in the default report yet: on
 * Reuters it costs about 1.65× the CPU of the report without it (see the README).
 */
import news from '../src/pipelines/news-report.ts';
import { attributions, definePipeline, portrayal, portrayalChart, portrayalStats } from '../src/index.ts';

export default definePipeline({
  ...news,
  name: 'news-portrayal',
  // portrayal reads the attribution stage's entity list
  analyzers: [...news.analyzers.map((a) => (a.name === 'attributions' ? attributions({ entities: true }) : a)), portrayal()],
  aggregators: [...news.aggregators, portrayalStats()],
  // the tone toward each entity right after the tone of its statements
  charts: news.charts.flatMap((c) => (c.name === 'source-sentiment' ? [c, portrayalChart()] : [c])),
});
