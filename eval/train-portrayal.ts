/**
 * Learns the portrayal model (`src/analyze/portrayal/portrayal-weights.json`) from NewsMTSC `train.jsonl` ONLY
 * and prints its 5-fold cross-validated per-target macro-F1 and accuracy on train (folds by sentence line,
 * so the targets of one sentence stay in one fold). devtest is never read here.
 *
 * Model: multinomial logistic regression over `targetFeatures` (src/analyze/portrayal/features.ts); sparse
 * word features kept when they occur in ≥ MIN_DF training targets; L2 penalty LAMBDA; full-batch AdaGrad for
 * EPOCHS passes from zero weights, examples in file order. Everything is deterministic, and the weights are
 * rounded to 4 decimals, so `--write` reproduces the shipped file byte for byte.
 *
 * Usage: `npm run train:portrayal` (= `tsx eval/train-portrayal.ts --write`); without --write only the CV;
 * `--grid` prints CV for a small grid of LAMBDA/MIN_DF.
 * @module
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { targetFeatures, type Features } from '../src/analyze/portrayal/features.ts';
import { classProbs, toneOf, type PortrayalWeightsFile } from '../src/analyze/portrayal/model.ts';
import { readNewsMtscTargets, type TargetItem } from './lib/newsmtsc-targets.ts';
import { corpusOrSkip, macroF1, repoRoot, type Label } from './lib/sentiment-data.ts';

/** Training constants (chosen by the CV printed with --grid). */
export const TRAIN_PARAMS = { minDf: 2, lambda: 1e-3, epochs: 400, rate: 0.5 } as const;
const FOLDS = 5;

const CLASS_INDEX = (l: Label): number => l + 1;

/** Learns weights from featurised items (see the module notes). */
export function learn(xs: readonly Features[], ys: readonly Label[], p: { minDf: number; lambda: number; epochs: number; rate: number }): Map<string, [number, number, number]> {
  const df = new Map<string, number>();
  for (const f of xs) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const keys = [...df.keys()].filter((k) => df.get(k)! >= p.minDf).sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const rows = xs.map((f) => {
    const ids: number[] = [], vals: number[] = [];
    for (const [k, v] of f) { const i = index.get(k); if (i !== undefined) { ids.push(i); vals.push(v); } }
    return { ids, vals };
  });
  const n = xs.length, d = keys.length;
  const w = new Float64Array(d * 3);
  const g2 = new Float64Array(d * 3);
  const grad = new Float64Array(d * 3);
  for (let e = 0; e < p.epochs; e++) {
    grad.fill(0);
    for (let r = 0; r < n; r++) {
      const { ids, vals } = rows[r];
      const z = [0, 0, 0];
      for (let j = 0; j < ids.length; j++) { const o = ids[j] * 3; z[0] += w[o] * vals[j]; z[1] += w[o + 1] * vals[j]; z[2] += w[o + 2] * vals[j]; }
      const m = Math.max(z[0], z[1], z[2]);
      const ex = z.map((v) => Math.exp(v - m));
      const s = ex[0] + ex[1] + ex[2];
      const y = CLASS_INDEX(ys[r]);
      for (let c = 0; c < 3; c++) {
        const err = ex[c] / s - (c === y ? 1 : 0);
        for (let j = 0; j < ids.length; j++) grad[ids[j] * 3 + c] += err * vals[j];
      }
    }
    for (let i = 0; i < d * 3; i++) {
      const g = grad[i] / n + p.lambda * w[i];
      g2[i] += g * g;
      if (g2[i] > 0) w[i] -= (p.rate * g) / Math.sqrt(g2[i]);
    }
  }
  const out = new Map<string, [number, number, number]>();
  for (let i = 0; i < d; i++) {
    const v: [number, number, number] = [round(w[i * 3]), round(w[i * 3 + 1]), round(w[i * 3 + 2])];
    if (v[0] !== 0 || v[1] !== 0 || v[2] !== 0) out.set(keys[i], v);
  }
  return out;
}

function round(x: number): number {
  const r = Math.round(x * 1e4) / 1e4;
  return r === 0 ? 0 : r; // no −0 in the JSON
}

/** Per-target macro-F1 and accuracy of labels. */
export function targetMetrics(gold: readonly Label[], pred: readonly Label[]): { f1: number; acc: number } {
  let ok = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === pred[i]) ok++;
  return { f1: macroF1(gold, pred), acc: gold.length ? ok / gold.length : 0 };
}

const LABEL_OF = { negative: -1, neutral: 0, positive: 1 } as const;

function crossValidate(items: readonly TargetItem[], xs: readonly Features[], p: typeof TRAIN_PARAMS | { minDf: number; lambda: number; epochs: number; rate: number }): { f1: number; acc: number } {
  const gold: Label[] = [], pred: Label[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const tr = items.map((_, i) => i).filter((i) => items[i].line % FOLDS !== f);
    const te = items.map((_, i) => i).filter((i) => items[i].line % FOLDS === f);
    const weights = learn(tr.map((i) => xs[i]), tr.map((i) => items[i].label), p);
    for (const i of te) { gold.push(items[i].label); pred.push(LABEL_OF[toneOf(classProbs(xs[i], weights)).tone]); }
  }
  return targetMetrics(gold, pred);
}

function main(): void {
  const dir = corpusOrSkip('newsmtsc', 'train:portrayal');
  if (!dir) { process.exitCode = 2; return; }
  const file = path.join(dir, 'train.jsonl');
  const items = readNewsMtscTargets(file);
  const xs = items.map((it) => targetFeatures(it.text, it.from, it.to));
  const ys = items.map((it) => it.label);
  if (process.argv.includes('--grid')) {
    for (const lambda of [1e-4, 3e-4, 1e-3]) for (const minDf of [2, 3, 5]) for (const epochs of [200, 400]) {
      const m = crossValidate(items, xs, { ...TRAIN_PARAMS, lambda, minDf, epochs });
      console.log(`lambda ${lambda} minDf ${minDf} epochs ${epochs}: CV macro-F1 ${m.f1.toFixed(3)} acc ${m.acc.toFixed(3)}`);
    }
  }
  const cv = crossValidate(items, xs, TRAIN_PARAMS);
  console.log(`portrayal model, ${FOLDS}-fold CV on NewsMTSC train (${items.length} targets): macro-F1 ${cv.f1.toFixed(3)}, accuracy ${cv.acc.toFixed(3)}`);
  if (!process.argv.includes('--write')) return;
  const weights = learn(xs, ys, TRAIN_PARAMS);
  const out: PortrayalWeightsFile = {
    description: 'Target-dependent tone model of presslens portrayal: multinomial logistic regression weights [negative, neutral, positive] per feature, learned from NewsMTSC train.jsonl (MIT) by eval/train-portrayal.ts. Weights only, no texts.',
    source: { file: 'newsmtsc/train.jsonl', sha256: createHash('sha256').update(readFileSync(file)).digest('hex'), targets: items.length },
    params: { ...TRAIN_PARAMS },
    weights: Object.fromEntries(weights),
  };
  const target = path.join(repoRoot, 'src/analyze/portrayal/portrayal-weights.json');
  writeFileSync(target, JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"') + '\n');
  console.log(`wrote ${path.relative(repoRoot, target)} (${weights.size} features)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
