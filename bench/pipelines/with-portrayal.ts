/** The default news report, loaded as a pipeline file like its counterpart without portrayal (bench/portrayal.ts). */
export { default } from '../../src/pipelines/news-report.ts';
