/**
 * The default job: a full report over a news corpus — terms, tf-idf, sentiment, source attribution,
 * charts and an HTML page. It is built in (defined in src/pipelines/news-report.ts), so
 * `presslens run news-report --input <paths> --out <dir>` runs it compiled; this file runs the same
 * pipeline through TypeScript (`presslens run pipelines/news-report.ts …`). To make your own, copy
 * the definition from that module and import from 'presslens'.
 */
export { default } from '../src/pipelines/news-report.ts';
