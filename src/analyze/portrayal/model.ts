/**
 * The target-dependent tone model: a multinomial logistic regression over {@link targetFeatures}, learned from
 * NewsMTSC `train.jsonl` only by `npm run train:portrayal` (eval/train-portrayal.ts), which rebuilds
 * `portrayal-weights.json` bit for bit (full-batch training in a fixed order, weights rounded to 4 decimals).
 * The file holds feature weights, never texts.
 * @module
 */
import { readFileSync } from 'node:fs';
import { targetFeatures, type Features, type SentenceContext } from './features.ts';

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
 * Tone of `sentence` toward the target at `[from, to)` (character offsets into the sentence).
 * `weights` defaults to the shipped model; `ctx` is the sentence's `sentenceContext` when several targets share it.
 */
export function targetTone(sentence: string, from: number, to: number, weights: WeightMap = getPortrayalWeights(), ctx?: SentenceContext): TargetTone {
  if (typeof sentence !== 'string') throw new TypeError(`targetTone: sentence must be a string, got ${typeof sentence}`);
  return toneOf(classProbs(targetFeatures(sentence, from, to, ctx), weights));
}
