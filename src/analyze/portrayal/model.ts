/**
 * The target-dependent tone model: a multinomial logistic regression over {@link targetFeatures}, learned from
 * NewsMTSC `train.jsonl` only by `npm run train:portrayal` (eval/train-portrayal.ts), which rebuilds
 * `portrayal-weights.json` bit for bit (full-batch training in a fixed order, weights rounded to 4 decimals).
 * The file holds feature weights, never texts.
 * @module
 */
import { readFileSync } from 'node:fs';
import { sentenceContext, walkFeatures, WORD_PREFIXES, type Features, type SentenceContext } from './features.ts';

/** The three classes, in weight-vector order. */
export const TONE_CLASSES = ['negative', 'neutral', 'positive'] as const;

/** A tone class. */
export type Tone = (typeof TONE_CLASSES)[number];

/** Shape of `portrayal-weights.json`. */
export interface PortrayalWeightsFile {
  description: string;
  source: { file: string; sha256: string; targets: number };
  params: Record<string, number>;
  /** feature → [negative, neutral, positive] weights. */
  weights: Record<string, [number, number, number]>;
}

/** Tone toward one target: the most probable class, the class probabilities and score = P(pos) − P(neg). */
export interface TargetTone {
  tone: Tone;
  /** P(positive) − P(negative), in −1…1. */
  score: number;
  probs: [number, number, number];
}

/** Weights as a Map (for fast lookup). */
export type WeightMap = ReadonlyMap<string, readonly [number, number, number]>;

let shipped: WeightMap | null = null;

/** The shipped weights (`portrayal-weights.json`). */
export function getPortrayalWeights(): WeightMap {
  if (!shipped) {
    const file = JSON.parse(readFileSync(new URL('./portrayal-weights.json', import.meta.url), 'utf8')) as PortrayalWeightsFile;
    shipped = new Map(Object.entries(file.weights));
  }
  return shipped;
}

/** Class probabilities of a feature vector under `weights` (softmax of the three linear scores). */
export function classProbs(f: Features, weights: WeightMap): [number, number, number] {
  const z = [0, 0, 0];
  for (const [k, v] of f) {
    const w = weights.get(k);
    if (!w) continue;
    z[0] += w[0] * v; z[1] += w[1] * v; z[2] += w[2] * v;
  }
  return softmax(z);
}

function softmax(z: readonly number[]): [number, number, number] {
  const m = Math.max(z[0], z[1], z[2]);
  const e0 = Math.exp(z[0] - m), e1 = Math.exp(z[1] - m), e2 = Math.exp(z[2] - m);
  const s = e0 + e1 + e2;
  return [e0 / s, e1 / s, e2 / s];
}

/** Decision from probabilities: the argmax, ties broken toward neutral, then negative. */
export function toneOf(probs: readonly [number, number, number]): TargetTone {
  const [n, u, p] = probs;
  const tone: Tone = u >= n && u >= p ? 'neutral' : n >= p ? 'negative' : 'positive';
  return { tone, score: p - n, probs: [n, u, p] };
}

/**
 * A weight map laid out for scoring without building feature names per mention: one row index per feature,
 * the weights in one array, and scratch space to count a mention's features in first-seen order.
 */
interface Compiled {
  index: Map<string, number>;
  /** Word → its row for each word feature family (n:, l:, r:, w:, c:), −1 where that feature has no weights. */
  words: Map<string, Int32Array>;
  w: Float64Array;
  count: Float64Array;
  stamp: Uint32Array;
  order: Int32Array;
  gen: number;
}

const compiled = new WeakMap<WeightMap, Compiled>();

function compile(weights: WeightMap): Compiled {
  let m = compiled.get(weights);
  if (!m) {
    const index = new Map<string, number>();
    const w = new Float64Array(weights.size * 3);
    for (const [k, v] of weights) {
      w.set(v, index.size * 3);
      index.set(k, index.size);
    }
    const words = new Map<string, Int32Array>();
    for (const [k, row] of index) {
      const family = WORD_PREFIXES.indexOf(k.slice(0, 2) as (typeof WORD_PREFIXES)[number]);
      if (family < 0) continue;
      const word = k.slice(2);
      let rows = words.get(word);
      if (!rows) words.set(word, (rows = new Int32Array(WORD_PREFIXES.length).fill(-1)));
      rows[family] = row;
    }
    m = { index, words, w, count: new Float64Array(index.size), stamp: new Uint32Array(index.size), order: new Int32Array(index.size), gen: 0 };
    compiled.set(weights, m);
  }
  return m;
}

/** The rows of each token's word features (see `Compiled.words`; undefined for a word without any), per model. */
const tokenRows = new WeakMap<SentenceContext, { model: Compiled; rows: (Int32Array | undefined)[] }>();

function rowsOf(c: SentenceContext, m: Compiled): (Int32Array | undefined)[] {
  const got = tokenRows.get(c);
  if (got?.model === m) return got.rows;
  const rows = c.toks.map((t, k) => (c.punct[k] ? undefined : m.words.get(t.w)));
  tokenRows.set(c, { model: m, rows });
  return rows;
}

/**
 * Class probabilities toward the target `[from, to)` of the sentence of `c`: the same sums as
 * `classProbs(targetFeatures(…))`, in the same order (so the same floating-point result), without
 * building a feature map: each feature's weight row is looked up once per sentence, not per mention.
 */
export function targetProbs(c: SentenceContext, from: number, to: number, weights: WeightMap): [number, number, number] {
  const m = compile(weights);
  const rows = rowsOf(c, m);
  const gen = ++m.gen;
  let n = 0;
  const bump = (row: number, v: number) => {
    if (m.stamp[row] !== gen) {
      m.stamp[row] = gen;
      m.count[row] = v;
      m.order[n++] = row;
    } else m.count[row] += v;
  };
  walkFeatures(c, from, to, {
    word(family, k) {
      const row = rows[k]?.[family] ?? -1;
      if (row >= 0) bump(row, 1);
    },
    set(name, v) {
      const row = m.index.get(name);
      if (row !== undefined) bump(row, v);
    },
  });
  const z = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const row = m.order[i], v = m.count[row], w = row * 3;
    z[0] += m.w[w] * v; z[1] += m.w[w + 1] * v; z[2] += m.w[w + 2] * v;
  }
  return softmax(z);
}

/**
 * Tone of `sentence` toward the target at `[from, to)` (character offsets into the sentence).
 * `weights` defaults to the shipped model; `ctx` is the sentence's `sentenceContext` when several targets share it.
 */
export function targetTone(sentence: string, from: number, to: number, weights: WeightMap = getPortrayalWeights(), ctx?: SentenceContext): TargetTone {
  if (typeof sentence !== 'string') throw new TypeError(`targetTone: sentence must be a string, got ${typeof sentence}`);
  return toneOf(targetProbs(ctx && ctx.sentence === sentence ? ctx : sentenceContext(sentence), from, to, weights));
}
