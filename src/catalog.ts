/**
 * The built-in stages with their options, as each stage declares them (`params` on the analyzer,
 * aggregator or chart its factory returns): what `presslens help stages` prints and what the README's
 * "Stage options" tables are generated from (a test keeps the README in step).
 * @module
 */
import type { Param } from './pipeline/params.ts';
import { sentences, tokens } from './analyze/text.ts';
import { terms } from './analyze/terms.ts';
import { sentiment } from './analyze/sentiment/index.ts';
import { attributions } from './analyze/attribution/index.ts';
import { portrayal } from './analyze/portrayal/index.ts';
import { articleStats } from './aggregate/article-stats.ts';
import { termStats } from './aggregate/term-stats.ts';
import { tfIdf } from './aggregate/tf-idf.ts';
import { sentimentStats } from './aggregate/sentiment-stats.ts';
import { sourceStats } from './aggregate/source-stats.ts';
import { trends } from './aggregate/trends.ts';
import { KEYNESS_PARAMS } from './aggregate/keyness.ts';
import { KWIC_PARAMS } from './aggregate/kwic.ts';
import { portrayalStats } from './aggregate/portrayal-stats.ts';
import { distinctiveTermsChart, topBigramsChart, topTermsChart } from './report/charts/terms.ts';
import { articleSentimentChart, sentimentHistogramChart, sentimentOverTimeChart } from './report/charts/sentiment.ts';
import { cueVerbsChart, quotesPerSourceChart, sourceCategoriesChart, sourceSentimentChart } from './report/charts/attribution.ts';
import { portrayalChart } from './report/charts/portrayal.ts';
import { keynessChart } from './report/charts/keyness.ts';
import { groupCategoryMixChart } from './report/charts/group-mix.ts';
import { trendCategoriesChart, trendSentimentChart, trendTermsChart } from './report/charts/trends.ts';

/** One built-in stage: its kind, the factory that makes it, what it does, and its options. */
export interface StageEntry {
  kind: 'analyzer' | 'aggregator' | 'chart';
  /** The factory as called, e.g. `terms()`. */
  factory: string;
  summary: string;
  params: readonly Param[];
}

const entry = (kind: StageEntry['kind'], factory: string, summary: string, stage: { params?: readonly Param[] } | readonly Param[]): StageEntry => ({
  kind,
  factory,
  summary,
  params: Array.isArray(stage) ? stage : ((stage as { params?: readonly Param[] }).params ?? []),
});

/** Every built-in stage, analyzers first, then aggregators, then charts. */
export function builtInStages(): StageEntry[] {
  return [
    entry('analyzer', 'sentences()', 'splits the text into sentences (doc.sentences)', sentences()),
    entry('analyzer', 'tokens()', 'tokenizes the text with offsets (doc.tokens)', tokens()),
    entry('analyzer', 'terms()', 'counts normalised terms and bigrams (doc.terms)', terms()),
    entry('analyzer', 'sentiment()', 'scores each sentence (doc.sentiment)', sentiment()),
    entry('analyzer', 'attributions()', 'finds who is quoted or cited, how and as what (doc.attributions)', attributions()),
    entry('analyzer', 'portrayal()', 'the tone toward each person and organisation named (doc.portrayal)', portrayal()),
    entry('aggregator', 'articleStats()', 'table articles: one row per article', articleStats()),
    entry('aggregator', 'termStats()', 'tables terms and bigrams: corpus counts', termStats()),
    entry('aggregator', 'tfIdf()', 'table tfidf: the most distinctive terms per article', tfIdf()),
    entry('aggregator', 'sentimentStats()', 'sentiment tables: summary, histogram, over time, per article, extremes', sentimentStats()),
    entry('aggregator', 'sourceStats()', 'source tables: attributions, sources, categories, cue verbs', sourceStats()),
    entry('aggregator', 'trends()', 'change over time: term shares, statements by category, mean sentiment per period', trends()),
    entry('aggregator', 'keyness({ groupBy })', 'table keyness: the terms that set each group apart', KEYNESS_PARAMS),
    entry('aggregator', 'kwic({ term })', 'table kwic: every occurrence of a term or phrase in context', KWIC_PARAMS),
    entry('aggregator', 'portrayalStats()', 'tables portrayal and portrayal_articles: tone toward each entity', portrayalStats()),
    entry('chart', 'topTermsChart()', 'most frequent terms (table terms)', topTermsChart()),
    entry('chart', 'topBigramsChart()', 'most frequent two-word phrases (table bigrams)', topBigramsChart()),
    entry('chart', 'distinctiveTermsChart()', 'distinctive terms per article (table tfidf)', distinctiveTermsChart()),
    entry('chart', 'sentimentHistogramChart()', 'distribution of sentence scores (table sentiment_histogram)', sentimentHistogramChart()),
    entry('chart', 'sentimentOverTimeChart()', 'mean sentiment per day (table sentiment_over_time)', sentimentOverTimeChart()),
    entry('chart', 'articleSentimentChart()', 'most negative and most positive articles (table sentiment_article_extremes)', articleSentimentChart()),
    entry('chart', 'quotesPerSourceChart()', 'who is quoted most, and how (table sources)', quotesPerSourceChart()),
    entry('chart', 'sourceCategoriesChart()', 'kinds of sources, named and anonymous (table source_categories)', sourceCategoriesChart()),
    entry('chart', 'cueVerbsChart()', 'reporting verbs, neutral and loaded (table cue_verbs)', cueVerbsChart()),
    entry('chart', 'sourceSentimentChart()', 'tone of each source\'s statements (table sources)', sourceSentimentChart()),
    entry('chart', 'portrayalChart()', 'tone toward each person and organisation (table portrayal)', portrayalChart()),
    entry('chart', 'keynessChart()', 'the terms that set each group apart (table keyness)', keynessChart()),
    entry('chart', 'groupCategoryMixChart()', 'source categories per group (grouped table source_categories)', groupCategoryMixChart()),
    entry('chart', 'trendTermsChart()', 'shares of the top terms per period (table trend_terms)', trendTermsChart()),
    entry('chart', 'trendCategoriesChart()', 'statements by source category per period (table trend_categories)', trendCategoriesChart()),
    entry('chart', 'trendSentimentChart()', 'mean sentiment per period (table trend_sentiment)', trendSentimentChart()),
  ];
}

const typeOf = (p: Param): string => (p.type === 'enum' ? (p.values ?? []).join(' \\| ') : p.type) + (p.min !== undefined ? ` ≥ ${p.min}` : '');
const defaultOf = (p: Param): string => (p.default === undefined ? '(required)' : `\`${JSON.stringify(p.default)}\``);

/** The README's option tables: one per kind of stage, one row per option (a stage without options has one row saying so). */
export function stageTablesMarkdown(stages: readonly StageEntry[] = builtInStages()): string {
  const out: string[] = [];
  for (const [kind, heading] of [['analyzer', 'Analyzers'], ['aggregator', 'Aggregators'], ['chart', 'Charts']] as const) {
    out.push(`**${heading}**`, '', '| stage | option | type | default | what it sets |', '|---|---|---|---|---|');
    for (const s of stages.filter((x) => x.kind === kind)) {
      const cell = (x: string) => x.replace(/\|/g, '\\|').replace(/\n/g, ' ');
      if (s.params.length === 0) out.push(`| \`${s.factory}\` | — | | | ${cell(s.summary)} |`);
      s.params.forEach((p, i) => out.push(`| ${i === 0 ? `\`${s.factory}\`` : ''} | \`${p.name}\` | ${typeOf(p)} | ${defaultOf(p)} | ${cell(p.description)} |`));
    }
    out.push('');
  }
  return out.join('\n');
}

/** What `presslens help stages` prints. */
export function stagesHelp(stages: readonly StageEntry[] = builtInStages()): string {
  const out: string[] = ['Built-in stages (import them from "presslens"; options are checked when the stage is made):', ''];
  for (const s of stages) {
    out.push(`${s.kind.padEnd(10)} ${s.factory}: ${s.summary}`);
    for (const p of s.params) {
      const type = p.type === 'enum' ? (p.values ?? []).join('|') : p.type + (p.min !== undefined ? ` ≥ ${p.min}` : '');
      out.push(`             ${p.name} (${type}, default ${p.default === undefined ? 'required' : JSON.stringify(p.default)}): ${p.description}`);
    }
  }
  return out.join('\n');
}
