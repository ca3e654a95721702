/**
 * The `news` sentiment mode: VADER adapted to news sentences.
 *
 * compound = s′ / √(s′² + 15) with s′ = sign(s) · max(0, |s| − deadZone) and
 *
 *   s = VADER valence sum + afinnWeight · AFINN valence sum + newsWeight · Σ news word weights
 *
 * - **VADER** here uses the `strip` tokenizer (curly quotes, brackets and dashes around words no longer hide them
 *   from the lexicon) and each word's own context (vaderSentiment 3.3.2), instead of NLTK's quirks.
 * - **AFINN-165** (half weight) adds words VADER lacks; its negation is local.
 * - **News word weights** (`news-lexicon.json`, 2k+ words): the shrunken mean sentence label of each word in
 *   NewsMTSC `train.jsonl`, centred on the overall mean, learned by `eval/train-news.ts`. They encode how news
 *   language differs from social-media language (reporting verbs, `crisis`/`attack` as topic words, …).
 *   Names are excluded so no person or party carries a learned bias.
 * - **Dead zone**: news sentences that only mention a mildly valenced word are mostly neutral (NewsMTSC's largest
 *   class), so |s| ≤ 1 scores 0 and larger sums are pulled toward 0 by 1.
 *
 * The three constants were chosen by 5-fold cross-validation on NewsMTSC train and checked on the tweets, movie and
 * Amazon sets; the NYT set and NewsMTSC devtest were never used for tuning (they are the held-out evaluation).
 * pos/neu/neg are VADER's shares (same tokenizer); only compound carries the news calibration.
 * @module
 */
import { readFileSync } from 'node:fs';
import type { SentimentScores } from '../../types.ts';
import { afinnWords, createAfinn } from './afinn.ts';
import { createVader } from './vader.ts';

/** The constants of the news mode (see the module notes). */
export const NEWS_PARAMS = Object.freeze({ afinnWeight: 0.5, newsWeight: 1, deadZone: 1, alpha: 15 });

/** Shape of `news-lexicon.json`. */
export interface NewsLexiconFile {
  description: string;
  source: { file: string; sha256: string; sentences: number };
  params: { minCount: number; k: number };
  /** Lower-cased word → weight (roughly −0.6…0.6). */
  weights: Record<string, number>;
}

/** Options of {@link createNewsScorer}. */
export interface NewsOptions {
  /** Word → weight (default: the shipped `news-lexicon.json`). */
  weights?: Readonly<Record<string, number>> | ReadonlyMap<string, number>;
}

/** A reusable news-mode scorer. */
export interface NewsScorer {
  polarityScores(text: string): SentimentScores;
}

let shipped: ReadonlyMap<string, number> | null = null;

/** The shipped news word weights (`news-lexicon.json`, learned from NewsMTSC train). */
export function getNewsWeights(): ReadonlyMap<string, number> {
  if (!shipped) {
    const file = JSON.parse(readFileSync(new URL('./news-lexicon.json', import.meta.url), 'utf8')) as NewsLexiconFile;
    shipped = new Map(Object.entries(file.weights));
  }
  return shipped;
}

/** Creates a news-mode scorer (options validated eagerly). */
export function createNewsScorer(options: NewsOptions = {}): NewsScorer {
  if (options === null || typeof options !== 'object') throw new TypeError('createNewsScorer: options must be an object');
  const src = options.weights ?? getNewsWeights();
  if (src === null || typeof src !== 'object') throw new TypeError('createNewsScorer: weights must be a Map or a plain object of word → number');
  const weights = new Map<string, number>(src instanceof Map ? src : Object.entries(src));
  for (const [w, v] of weights) if (typeof v !== 'number' || !Number.isFinite(v)) throw new TypeError(`createNewsScorer: weight of ${JSON.stringify(w)} must be a finite number`);
  const vader = createVader({ tokenizer: 'strip', context: 'position' });
  const afinn = createAfinn();
  const { afinnWeight, newsWeight, deadZone, alpha } = NEWS_PARAMS;

  const polarityScores = (text: string): SentimentScores => {
    if (typeof text !== 'string') throw new TypeError(`polarityScores: text must be a string, got ${typeof text}`);
    const base = vader.detailed(text);
    const words = afinnWords(text);
    let news = 0;
    for (let i = 0; i < words.length; i++) news += weights.get(words[i].w) ?? 0;
    const s = base.sum + afinnWeight * afinn.valenceSumOfWords(words) + newsWeight * news;
    const d = Math.abs(s) > deadZone ? Math.sign(s) * (Math.abs(s) - deadZone) : 0;
    return { compound: d / Math.sqrt(d * d + alpha), pos: base.pos, neu: base.neu, neg: base.neg };
  };
  return { polarityScores };
}

let defaultScorer: NewsScorer | null = null;

/** News-mode scores of `text` (all zeros when it has no word). */
export function newsScores(text: string): SentimentScores {
  if (!defaultScorer) defaultScorer = createNewsScorer();
  return defaultScorer.polarityScores(text);
}
