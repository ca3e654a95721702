/**
 * The chart library: one function per chart, each returning a {@link Chart} that turns one table into
 * a self-contained Vega-Lite spec (data inlined), or null when the table has nothing to show.
 * @module
 */
import type { Chart } from '../../pipeline/define.ts';
import { distinctiveTermsChart, topBigramsChart, topTermsChart } from './terms.ts';
import { articleSentimentChart, sentimentHistogramChart, sentimentOverTimeChart } from './sentiment.ts';
import { cueVerbsChart, quotesPerSourceChart, sourceCategoriesChart, sourceSentimentChart } from './attribution.ts';

export { distinctiveTermsChart, topBigramsChart, topTermsChart } from './terms.ts';
export { articleSentimentChart, sentimentHistogramChart, sentimentOverTimeChart } from './sentiment.ts';
export { cueVerbsChart, quotesPerSourceChart, sourceCategoriesChart, sourceSentimentChart } from './attribution.ts';
export { keynessChart } from './keyness.ts';
export { portrayalChart } from './portrayal.ts';
export { groupCategoryMixChart } from './group-mix.ts';
export { trendTermsChart, trendCategoriesChart, trendSentimentChart } from './trends.ts';

/** Every chart of the default news report, in report order. Charts whose table is absent are skipped by the report. */
export function defaultCharts(): Chart[] {
  return [
    topTermsChart(),
    topBigramsChart(),
    distinctiveTermsChart(),
    sentimentHistogramChart(),
    sentimentOverTimeChart(),
    articleSentimentChart(),
    quotesPerSourceChart(),
    sourceCategoriesChart(),
    cueVerbsChart(),
    sourceSentimentChart(),
  ];
}
