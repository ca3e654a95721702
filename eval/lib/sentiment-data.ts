/**
 * Readers and metrics for the sentiment evaluations (`eval/sentiment.ts`, `eval/vader-fidelity.ts`,
 * `bench/sentiment.ts`, the news-mode tuning script). The corpora are research data outside the repository:
 * `../shared/corpora` next to the repo, or `$PRESSLENS_CORPORA`.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the repository (two levels above this file). */
export const repoRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The corpora directory: `$PRESSLENS_CORPORA` or `<repo>/../shared/corpora`. */
export function corporaDir(): string {
  return process.env.PRESSLENS_CORPORA ? path.resolve(process.env.PRESSLENS_CORPORA) : path.resolve(repoRoot, '../shared/corpora');
}

/** Returns the directory `sub` of the corpora dir, or null (after printing why) when it is absent. */
export function corpusOrSkip(sub: string, what: string): string | null {
  const dir = path.join(corporaDir(), sub);
  if (!existsSync(dir)) {
    console.log(`${what}: skipped, corpus directory ${dir} not found (set PRESSLENS_CORPORA to the shared corpora).`);
    return null;
  }
  return dir;
}

/** The four human-rated VADER sets (file prefix → short name). */
export const VADER_SETS = [
  { name: 'nyt', file: 'nytEditorialSnippets_GroundTruth.txt' },
  { name: 'tweets', file: 'tweets_GroundTruth.txt' },
  { name: 'movie', file: 'movieReviewSnippets_GroundTruth.txt' },
  { name: 'amazon', file: 'amazonReviewSnippets_GroundTruth.txt' },
] as const;

/** Short name of a human-rated VADER set. */
export type VaderSetName = (typeof VADER_SETS)[number]['name'];

/** One rated item: the mean human rating on −4…4 and the text. */
export interface RatedItem {
  id: string;
  mean: number;
  text: string;
}

/** Reads `X_GroundTruth.txt` (`ID \t MEAN \t TEXT`, CRLF, optional BOM). The text is everything after the second tab. */
export function readVaderSet(dir: string, name: VaderSetName): RatedItem[] {
  const set = VADER_SETS.find((s) => s.name === name);
  if (!set) throw new TypeError(`unknown VADER set ${name}`);
  const raw = readFileSync(path.join(dir, set.file), 'utf8').replace(/^\uFEFF/, '');
  const out: RatedItem[] = [];
  for (const line0 of raw.split('\n')) {
    const line = line0.endsWith('\r') ? line0.slice(0, -1) : line0;
    if (line.trim() === '') continue;
    const t1 = line.indexOf('\t');
    const t2 = line.indexOf('\t', t1 + 1);
    if (t1 < 0 || t2 < 0) throw new Error(`${set.file}: malformed line ${JSON.stringify(line.slice(0, 60))}`);
    out.push({ id: line.slice(0, t1), mean: Number(line.slice(t1 + 1, t2)), text: line.slice(t2 + 1) });
  }
  return out;
}

/** A 3-class label: −1 negative, 0 neutral, 1 positive. */
export type Label = -1 | 0 | 1;

/** One NewsMTSC sentence whose targets all share one polarity. */
export interface LabelledSentence {
  text: string;
  label: Label;
}

/**
 * Reads a NewsMTSC JSONL file and keeps the sentences whose targets all share one polarity
 * (2.0 negative, 4.0 neutral, 6.0 positive), labelled with that polarity.
 */
export function readNewsMtsc(file: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const rec = JSON.parse(line) as { sentence_normalized: string; targets: { polarity: number }[] };
    const pols = new Set(rec.targets.map((t) => t.polarity));
    if (pols.size !== 1) continue;
    const p = [...pols][0];
    const label: Label = p === 2 ? -1 : p === 4 ? 0 : p === 6 ? 1 : (NaN as never);
    if (Number.isNaN(label)) throw new Error(`${file}: unknown polarity ${p}`);
    out.push({ text: rec.sentence_normalized, label });
  }
  return out;
}

/** Pearson correlation of two equal-length arrays (0 when either is constant). */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n !== y.length) throw new RangeError('pearson: arrays differ in length');
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
  mx /= n; my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx, dy = y[i] - my;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Maps a score to a 3-class label with a symmetric neutral band: ≥ band → 1, ≤ −band → −1, else 0. */
export function toLabel(score: number, band: number): Label {
  return score >= band ? 1 : score <= -band ? -1 : 0;
}

/** Unweighted mean of the per-class F1 over the three classes (a class with no gold and no prediction scores 0). */
export function macroF1(gold: readonly Label[], pred: readonly Label[]): number {
  let sum = 0;
  for (const c of [-1, 0, 1] as const) {
    let tp = 0, g = 0, p = 0;
    for (let i = 0; i < gold.length; i++) {
      if (gold[i] === c) g++;
      if (pred[i] === c) p++;
      if (gold[i] === c && pred[i] === c) tp++;
    }
    sum += g + p > 0 ? (2 * tp) / (g + p) : 0;
  }
  return sum / 3;
}

/** Metrics of one scorer on one set: Pearson r (null for NewsMTSC, which has no ratings) and macro-F1. */
export interface SetMetrics {
  n: number;
  r: number | null;
  f1: number;
}

/** A rated set (human means on −4…4) or a labelled set (NewsMTSC), ready to score. */
export type EvalSet =
  | { name: string; kind: 'rated'; items: RatedItem[] }
  | { name: string; kind: 'labelled'; items: LabelledSentence[] };

/** Human neutral band on the −4…4 scale and predicted band on −1…1 (the protocol). */
export const HUMAN_BAND = 0.2;
export const PRED_BAND = 0.05;

/** Scores every item of `set` with `score` and computes r and macro-F1 as the issue defines them. */
export function evaluate(set: EvalSet, score: (text: string) => number): SetMetrics {
  const pred = set.items.map((it) => score(it.text));
  const predLabels = pred.map((p) => toLabel(p, PRED_BAND));
  if (set.kind === 'rated') {
    const gold = set.items.map((it) => toLabel(it.mean, HUMAN_BAND));
    return { n: pred.length, r: pearson(set.items.map((it) => it.mean), pred), f1: macroF1(gold, predLabels) };
  }
  return { n: pred.length, r: null, f1: macroF1(set.items.map((it) => it.label), predLabels) };
}
