/**
 * The sentiment stage: `sentiment()` (analyzer: per-sentence scores and article aggregates) and
 * `sentimentStats()` (aggregator: the `sentiment_*` tables), plus `scoreText()` for the CLI.
 *
 * Modes:
 * - `vader`: presslens' VADER, score-identical to NLTK's `SentimentIntensityAnalyzer` ({@link polarityScores}).
 * - `afinn`: AFINN-165 with local negation and VADER-style normalisation ({@link afinnScores}).
 * - `news`: VADER tuned for news sentences ({@link newsScores}; see `news.ts` for what and how it was tuned).
 * @module
 */
import { analyzer, type Analyzer } from '../../pipeline/define.ts';
import { resolveParams, type Param } from '../../pipeline/params.ts';
import { splitSentences } from '../../text/sentences.ts';
import type { DocSentiment, Sentence, SentenceSentiment, SentimentScores } from '../../types.ts';
import { afinnScores } from './afinn.ts';
import { newsScores } from './news.ts';
import { polarityScores } from './vader.ts';

export { polarityScores, polarityCompound, createVader } from './vader.ts';
export { afinnScores, createAfinn } from './afinn.ts';
export { newsScores } from './news.ts';
export { getVaderLexicon, getAfinnLexicon } from './lexicon.ts';

/** The sentiment modes. */
export const SENTIMENT_MODES = ['vader', 'afinn', 'news'] as const;

/** A sentiment mode name. */
export type SentimentMode = (typeof SENTIMENT_MODES)[number];

/** Compound at or above which a sentence counts as positive (VADER's convention); its negative is the negative threshold. */
export const POSITIVE_THRESHOLD = 0.05;

const SCORERS: Record<SentimentMode, (text: string) => SentimentScores> = {
  vader: polarityScores,
  afinn: afinnScores,
  news: newsScores,
};

function checkMode(mode: unknown, where: string): SentimentMode {
  if (typeof mode !== 'string' || !(SENTIMENT_MODES as readonly string[]).includes(mode)) {
    throw new TypeError(`${where}: mode must be one of ${SENTIMENT_MODES.join(', ')}, got ${JSON.stringify(mode)}`);
  }
  return mode as SentimentMode;
}

/** The scoring function of a mode (throws TypeError for an unknown mode). */
export function scorer(mode: SentimentMode = 'vader'): (text: string) => SentimentScores {
  return SCORERS[checkMode(mode, 'scorer')];
}

/**
 * Scores `text` as one unit (VADER is meant for sentences; for longer texts use {@link scoreSentences}).
 * All zeros for text without words.
 */
export function scoreText(text: string, mode: SentimentMode = 'vader'): SentimentScores {
  if (typeof text !== 'string') throw new TypeError(`scoreText: text must be a string, got ${typeof text}`);
  return SCORERS[checkMode(mode, 'scoreText')](text);
}

/** Aggregates per-sentence scores into a {@link DocSentiment}. */
export function summarize(mode: string, sentences: SentenceSentiment[]): DocSentiment {
  let sum = 0, pos = 0, neg = 0;
  for (const s of sentences) {
    sum += s.compound;
    if (s.compound >= POSITIVE_THRESHOLD) pos++;
    else if (s.compound <= -POSITIVE_THRESHOLD) neg++;
  }
  const n = sentences.length;
  return { mode, sentences, mean: n ? sum / n : 0, sharePositive: n ? pos / n : 0, shareNegative: n ? neg / n : 0 };
}

/**
 * Splits `text` into sentences (unless given) and scores each one: what the analyzer stores in `doc.sentiment`,
 * and what `presslens analyze sentiment --by sentence` prints.
 */
export function scoreSentences(text: string, mode: SentimentMode = 'vader', sentences?: readonly Sentence[]): DocSentiment {
  const score = SCORERS[checkMode(mode, 'scoreSentences')];
  const sents = sentences ?? splitSentences(text);
  const out: SentenceSentiment[] = new Array(sents.length);
  for (let k = 0; k < sents.length; k++) {
    const s = sents[k];
    const r = score(s.text);
    out[k] = { start: s.start, end: s.end, compound: r.compound, pos: r.pos, neu: r.neu, neg: r.neg };
  }
  return summarize(mode, out);
}

/** The options of {@link sentiment}. */
export const SENTIMENT_PARAMS: readonly Param[] = [
  { name: 'mode', type: 'enum', values: SENTIMENT_MODES, default: 'vader', description: 'how sentences are scored: vader (VADER, NLTK-faithful), afinn (AFINN-165 with local negation) or news (VADER adapted to news sentences; see the README)' },
];

/** Options of {@link sentiment}. */
export interface SentimentOptions {
  /** Scoring mode (default `vader`). */
  mode?: SentimentMode;
}

/**
 * The `sentiment` analyzer: sets `doc.sentiment` with one score per sentence (offsets into the article text),
 * the mean compound and the shares of positive (≥ 0.05) and negative (≤ −0.05) sentences.
 * Uses `doc.sentences` when present and splits the text itself otherwise.
 */
export function sentiment(options: SentimentOptions = {}): Analyzer {
  const { mode } = resolveParams<Required<SentimentOptions>>('sentiment', SENTIMENT_PARAMS, options);
  return analyzer('sentiment', ['sentences'], (doc) => {
    doc.sentiment = scoreSentences(doc.article.text, mode, doc.sentences);
  }, SENTIMENT_PARAMS);
}

export { sentimentStats, HISTOGRAM_BINS, type SentimentStatsOptions, type SentimentStatsAcc } from '../../aggregate/sentiment-stats.ts';
