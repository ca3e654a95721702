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
 * - **News word weights** (`news-lexicon.json`, 1,826 words): the shrunken mean sentence label of each word in
 *   NewsMTSC `train.jsonl` (words in ≥ 10 sentences), centred on the overall mean, learned by
 *   `eval/train-news.ts`. They add what news language signals beyond the generic lexicons (`accused`,
 *   `allegations`, `charged`, `pleaded` negative; `praised`, `thanked`, `victory`, `momentum` positive); being
 *   additive they cannot cancel a generic valence (topic words such as `crisis` or `war` learn ≈ 0).
 *   Names are excluded so no person or party carries a learned bias. Caveat: the training sentences are
 *   US political coverage (AllSides/POLUSA articles), so a few topical words carry that corpus' tone (`emails`, `server`).
 * - **Dead zone**: news sentences that only mention a mildly valenced word are mostly neutral (NewsMTSC's largest
 *   class), so |s| ≤ 1 scores 0 and larger sums are pulled toward 0 by 1.
 *
 * The three constants were picked from a grid (`npx tsx eval/train-news.ts --grid`) by 5-fold cross-validated
 * macro-F1 on NewsMTSC train and Pearson r on the tweets, movie and Amazon sets; the NYT set and NewsMTSC devtest
 * were never used for tuning (they are the held-out evaluation).
 * pos/neu/neg are VADER's shares (same tokenizer); only compound carries the news calibration.
 * @module
 */
import { readFileSync } from 'node:fs';
import type { SentimentScores } from '../../types.ts';
import { afinnWords, createAfinn } from './afinn.ts';
import { createVader } from './vader.ts';

/** The tunable constants of the news mode. */
export interface NewsParams {
  /** Weight of the AFINN valence sum. */
  afinnWeight: number;
  /** Weight of the summed news word weights. */
  newsWeight: number;
  /** |s| up to this scores 0; larger sums are pulled toward 0 by it. */
  deadZone: number;
  /** Normalisation constant of compound. */
  alpha: number;
}

/** The constants of the news mode (see the module notes). */
export const NEWS_PARAMS: Readonly<NewsParams> = Object.freeze({ afinnWeight: 0.5, newsWeight: 1, deadZone: 1, alpha: 15 });

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
  /** Overrides of {@link NEWS_PARAMS} (for tuning experiments; the `news` mode uses the defaults). */
  params?: Partial<NewsParams>;
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
  const params: NewsParams = { ...NEWS_PARAMS, ...(options.params ?? {}) };
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (k === 'alpha' && v === 0)) throw new TypeError(`createNewsScorer: params.${k} must be a non-negative finite number${k === 'alpha' ? ' (> 0)' : ''}, got ${String(v)}`);
  }
  const { afinnWeight, newsWeight, deadZone, alpha } = params;

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
