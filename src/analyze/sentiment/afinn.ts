/**
 * AFINN-165 sentiment, in the spirit of `natural`'s `SentimentAnalyzer('English', null, 'afinn')` but with
 * its known flaws fixed:
 *
 * | natural | here | why |
 * |---|---|---|
 * | splits `don't` into `don` + `t`, `well-being` into two words | words keep inner apostrophes (’ folded to ') and hyphens; a hyphenated word not in AFINN is scored by its parts | contractions are negators, and AFINN lists `can't stand`, `short-sighted`, … |
 * | multi-word entries (`does not work`, `not good`, `no fun`, `fed up`) never match | longest match of up to 3 words first | they are in the lexicon for a reason |
 * | a negator flips every later word to the end of the text | a negator (`not`, `no`, `never`, `neither`, `nor`, `none`, `nothing`, `nobody`, `nowhere`, `without`, `cannot`, any `n't` word) flips only scored words among the next 3 words, and the scope ends at clause punctuation (`, ; : . ! ? ( ) "` dashes) | negation is local |
 * | score = sum / number of tokens: long sentences are pushed toward 0, the scale is unbounded in the other direction | compound = s / √(s² + 15) on the sum s (VADER's normalisation) | a bounded [-1, 1] score comparable to VADER, independent of sentence length |
 * | `NaN` for an empty token list | all zeros | |
 * | no pos/neu/neg | VADER-style shares: a positive word weighs v + 1, a negative one |v| + 1, any other word 1 | same output shape as the other modes |
 *
 * Negators are not scored themselves (natural does the same; AFINN rates `no` −1).
 * @module
 */
import type { SentimentScores } from '../../types.ts';
import { getAfinnLexicon, type Lexicon } from './lexicon.ts';

/** Words that negate the following scored words (plus any word ending in `n't`). */
export const AFINN_NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'neither', 'nor', 'none', 'nothing', 'nobody', 'nowhere', 'without', 'cannot',
  'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'cant', 'couldnt', 'wont', 'wouldnt', 'shouldnt',
  'hasnt', 'havent', 'hadnt', 'aint',
]);

/** How many words after a negator its scope covers. */
const NEG_SCOPE = 3;

/** Options for {@link createAfinn}. */
export interface AfinnOptions {
  /** Token → valence (default: AFINN-165). Multi-word keys use single spaces. */
  lexicon?: Lexicon | Record<string, number>;
  /** Normalisation constant of compound = s / √(s² + alpha) (default 15). */
  alpha?: number;
}

/** A reusable AFINN scorer. */
export interface AfinnScorer {
  /** AFINN scores of `text` (all zeros when it has no word). */
  polarityScores(text: string): SentimentScores;
  /** The (negation-aware) sum of AFINN valences s behind compound = s / √(s² + alpha). */
  valenceSum(text: string): number;
  /** {@link AfinnScorer.valenceSum} of words already split by {@link afinnWords}. */
  valenceSumOfWords(words: readonly AfinnWord[]): number;
}

/** One word of the text; `clause` increases at every clause boundary. */
export interface AfinnWord {
  w: string;
  clause: number;
}

function isWordChar(c: number, text: string, p: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER.test(text[p]);
}
const LETTER = /[\p{L}\p{N}\p{M}]/u;

function isClauseBreak(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 40 || c === 41 || c === 34
    || c === 0x2013 || c === 0x2014 || c === 0x201c || c === 0x201d;
}

/**
 * Words of `text`, lower-cased: runs of letters/digits, joined across a single inner apostrophe (' or ’,
 * folded to ') or hyphen. Each word records its clause number.
 */
export function afinnWords(text: string): AfinnWord[] {
  const out: AfinnWord[] = [];
  let clause = 0;
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (!isWordChar(c, text, p)) {
      if (isClauseBreak(c) || (c === 45 && text.charCodeAt(p + 1) === 45)) clause++;
      p++;
      continue;
    }
    const s = p;
    let folded = false;
    p++;
    for (;;) {
      while (p < n && isWordChar(text.charCodeAt(p), text, p)) p++;
      const j = text.charCodeAt(p);
      if ((j === 39 || j === 0x2019 || j === 45) && p + 1 < n && isWordChar(text.charCodeAt(p + 1), text, p + 1)) {
        if (j === 0x2019) folded = true;
        p += 2;
        continue;
      }
      break;
    }
    let w = text.slice(s, p).toLowerCase();
    if (folded) w = w.replace(/\u2019/g, "'");
    out.push({ w, clause });
  }
  return out;
}

/** Creates an AFINN scorer (options validated eagerly). */
export function createAfinn(options: AfinnOptions = {}): AfinnScorer {
  if (options === null || typeof options !== 'object') throw new TypeError('createAfinn: options must be an object');
  const alpha = options.alpha ?? 15;
  if (typeof alpha !== 'number' || !(alpha > 0) || !Number.isFinite(alpha)) throw new TypeError(`createAfinn: alpha must be a positive finite number, got ${String(alpha)}`);
  const source = options.lexicon ?? getAfinnLexicon();
  if (source === null || typeof source !== 'object') throw new TypeError('createAfinn: lexicon must be a Map or a plain object of token → number');
  const lex = new Map<string, number>();
  const phraseStarts = new Set<string>();
  for (const [k, v] of source instanceof Map ? source : Object.entries(source)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new TypeError(`createAfinn: lexicon value of ${JSON.stringify(k)} must be a finite number, got ${String(v)}`);
    const key = k.toLowerCase();
    lex.set(key, v);
    if (key.includes(' ')) phraseStarts.add(key.slice(0, key.indexOf(' ')));
  }

  const isNegator = (w: string): boolean => AFINN_NEGATORS.has(w) || w.endsWith("n't");

  const run = (text: string): { sum: number; posSum: number; negSum: number; neutral: number } => {
    if (typeof text !== 'string') throw new TypeError(`polarityScores: text must be a string, got ${typeof text}`);
    return runWords(afinnWords(text));
  };
  const runWords = (words: readonly AfinnWord[]): { sum: number; posSum: number; negSum: number; neutral: number } => {
    const n = words.length;
    let sum = 0, posSum = 0, negSum = 0, neutral = 0;
    let negUntil = -1; // index of the last word in the current negation scope
    let negClause = -1;
    const add = (v: number, k: number, span: number): void => {
      if (k <= negUntil && words[k].clause === negClause) v = -v;
      sum += v;
      if (v > 0) posSum += v + 1;
      else if (v < 0) negSum += -v + 1;
      else neutral += span;
    };
    for (let k = 0; k < n; ) {
      const w = words[k].w;
      // longest multi-word match within one clause
      if (phraseStarts.has(w)) {
        let matched = 0;
        for (let len = 3; len >= 2 && !matched; len--) {
          if (k + len > n || words[k + len - 1].clause !== words[k].clause) continue;
          let key = w;
          for (let m = 1; m < len; m++) key += ' ' + words[k + m].w;
          const v = lex.get(key);
          if (v !== undefined) { add(v, k, len); matched = len; }
        }
        if (matched) { k += matched; continue; }
      }
      if (isNegator(w)) {
        negUntil = k + NEG_SCOPE;
        negClause = words[k].clause;
        neutral++;
        k++;
        continue;
      }
      const v = lex.get(w);
      if (v !== undefined) add(v, k, 1);
      else if (w.includes('-')) {
        let any = false;
        for (const part of w.split('-')) {
          const pv = lex.get(part);
          if (pv !== undefined) { add(pv, k, 0); any = true; }
        }
        if (!any) neutral++;
      } else neutral++;
      k++;
    }
    return { sum, posSum, negSum, neutral };
  };
  const polarityScores = (text: string): SentimentScores => {
    const { sum, posSum, negSum, neutral } = run(text);
    const total = posSum + negSum + neutral;
    if (total === 0) return { compound: 0, pos: 0, neu: 0, neg: 0 };
    return { compound: sum / Math.sqrt(sum * sum + alpha), pos: posSum / total, neu: neutral / total, neg: negSum / total };
  };
  return { polarityScores, valenceSum: (text) => run(text).sum, valenceSumOfWords: (words) => runWords(words).sum };
}

let defaultScorer: AfinnScorer | null = null;

/** AFINN-165 scores of `text` (see the module notes); all zeros when it has no word. */
export function afinnScores(text: string): SentimentScores {
  if (!defaultScorer) defaultScorer = createAfinn();
  return defaultScorer.polarityScores(text);
}
