/**
 * presslens — text analytics for news as composable pipeline stages.
 *
 * ```ts
 * import { splitSentences, tokenize, run, definePipeline } from 'presslens';
 * ```
 * @module
 */
export type * from './types.ts';
export type { Vocabulary } from './text/vocabulary.ts';
export { RunContext, createContext, formatDiagnostic, escapeControls, type Diagnostic, type Level, type Skipped } from './context.ts';

// text
export { splitSentences, ABBREVIATIONS } from './text/sentences.ts';
export { tokenize, words, type TokenizeOptions } from './text/tokens.ts';
export { foldQuotes } from './text/normalize.ts';
export { getStopwords, stopwordLanguages, NEWS_STOPWORDS } from './text/stopwords.ts';
export { stem } from './text/stem.ts';
export { compilePhrase, type Phrase, type PhraseOptions } from './text/phrase-match.ts';

// groups
export { groupKey, parseGroupBy, NO_GROUP, type GroupSpec } from './group/spec.ts';
export { choosePeriod, periodOf, isoWeek, calendarDate, PERIODS, MAX_AUTO_PERIODS, type Period } from './group/period.ts';
export { grouped, GROUP_COLUMN, type GroupedAcc } from './aggregate/grouped.ts';
export { groupPipeline } from './pipeline/group-pipeline.ts';
export { groupedChart, MAX_CHART_GROUPS } from './report/charts/grouped.ts';

// sources
export { readArticles, expandInputs, formatOf, type Format, type ReadOptions } from './read/files.ts';
export { parseMarkdown, parseDate } from './read/markdown.ts';

// analyzers
export { sentences, tokens } from './analyze/text.ts';
export { terms, TERMS_PARAMS, type TermsOptions } from './analyze/terms.ts';
export {
  sentiment,
  scoreText,
  scoreSentences,
  polarityScores,
  afinnScores,
  newsScores,
  createVader,
  createAfinn,
  getVaderLexicon,
  getAfinnLexicon,
  SENTIMENT_MODES,
  type SentimentMode,
  type SentimentOptions,
} from './analyze/sentiment/index.ts';
export { sentimentStats, HISTOGRAM_BINS, type SentimentStatsOptions } from './aggregate/sentiment-stats.ts';
export {
  attributions,
  extractAttributions,
  ATTRIBUTION_PARAMS,
  cueKey,
  CUE_LEXICON,
  CATEGORY_LEXICON,
  type AttributionOptions,
} from './analyze/attribution/index.ts';
export { sourceStats, SOURCE_STATS_PARAMS, type SourceStatsOptions } from './aggregate/source-stats.ts';
export { portrayal, portrayEntities, targetTone, targetFeatures, TONE_CLASSES, type Tone, type TargetTone } from './analyze/portrayal/index.ts';
export { portrayalStats, type PortrayalStatsAcc } from './aggregate/portrayal-stats.ts';

// aggregators
export { articleStats } from './aggregate/article-stats.ts';
export { termStats, TERM_STATS_PARAMS, type TermStatsOptions } from './aggregate/term-stats.ts';
export { tfIdf, TF_IDF_PARAMS, type TfIdfOptions } from './aggregate/tf-idf.ts';
export { trends, TRENDS_PARAMS, type TrendsOptions, type TrendsAcc } from './aggregate/trends.ts';
export { keyness, keynessScores, KEYNESS_PARAMS, REST_GROUP, type KeynessOptions, type KeynessAcc, type KeynessScore } from './aggregate/keyness.ts';
export { kwic, KWIC_PARAMS, type KwicOptions, type KwicAcc } from './aggregate/kwic.ts';
export { signedG2, weightedLogOdds, G2_CORRECTIONS, type G2Correction, type LogOddsCounts } from './aggregate/keyness-measures.ts';

// tables and sinks
export { table, round, type Table, type Column, type Cell, type ColumnType } from './report/table.ts';
export { toCsv, neutralizeCell, type CsvOptions } from './report/csv.ts';
export * from './report/charts/index.ts';
export { renderReport, type ReportInput } from './report/report.ts';
export { renderChart, type RenderedChart } from './report/render.ts';

// pipeline
export { definePipeline, analyzer, type Pipeline, type Analyzer, type Aggregator, type Chart, type AnalyzerFn } from './pipeline/define.ts';
export { resolveParams, type Param } from './pipeline/params.ts';
export { builtInStages, stagesHelp, stageTablesMarkdown, type StageEntry } from './catalog.ts';
export { run, type RunOptions, type RunResult } from './pipeline/run.ts';
export { analyzeArticle, initState, addToState, mergeStates, finishState, type RunState, type RunCounts } from './pipeline/state.ts';
export { writeReport, type WriteReportOptions } from './pipeline/report-dir.ts';
export type { Manifest, ManifestInput } from './pipeline/manifest.ts';
