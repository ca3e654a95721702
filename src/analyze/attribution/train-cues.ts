/**
 * Trains the averaged-perceptron cue detector (`cue-model.json`) on PolNeAR `train`.
 *
 * Usage: `npx tsx src/analyze/attribution/train-cues.ts [path/to/polnear/train.jsonl] [--epochs N] [--out file]`
 * (default corpus: `$PRESSLENS_CORPORA/polnear/train.jsonl`, else `../shared/corpora/polnear/train.jsonl`).
 *
 * Labels: a candidate token (lower-case word outside quotes) is positive when it is the first
 * non-auxiliary word of a gold cue. Only weights of features seen at least `minCount` times are kept,
 * so the model holds feature weights, not text. Deterministic: fixed order, no shuffling.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cueFeatures, isCandidate, type CueModel } from './cue-model.ts';
import { scan } from './scan.ts';

interface Example {
  feats: string[];
  y: 1 | -1;
}

const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'also', 'not', "n't", 'been', 'be', 'to', 'just', 'still', 'even', 'again', 'never', 'already', 'repeatedly', 'publicly', 'later', 'then', 'now', 'often', 'once']);

function headStarts(rec: { attributions: { cue: { start: number; text: string } | null }[] }): Set<number> {
  const out = new Set<number>();
  for (const a of rec.attributions) {
    if (!a.cue) continue;
    const re = /[A-Za-z][A-Za-z'\u2019-]*/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(a.cue.text)) !== null) {
      if (AUX.has(m[0].toLowerCase())) continue;
      out.add(a.cue.start + m.index);
      break;
    }
  }
  return out;
}

function main(): void {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const args = process.argv.slice(2);
  let file = process.env.PRESSLENS_CORPORA ? path.join(process.env.PRESSLENS_CORPORA, 'polnear/train.jsonl') : path.resolve(here, '../../../../shared/corpora/polnear/train.jsonl');
  let epochs = 6;
  let out = path.join(here, 'cue-model.json');
  let minCount = 5;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--epochs') epochs = Number(args[++i]);
    else if (args[i] === '--out') out = args[++i];
    else if (args[i] === '--min-count') minCount = Number(args[++i]);
    else file = args[i];
  }
  const examples: Example[] = [];
  const counts = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as { text: string; attributions: { cue: { start: number; text: string } | null }[] };
    const heads = headStarts(rec);
    const sc = scan(rec.text);
    const words = sc.toks.map((t) => t.lower);
    for (let t = 0; t < sc.toks.length; t++) {
      if (!isCandidate(sc, t)) continue;
      const feats = cueFeatures(sc, words, t);
      for (const f of feats) counts.set(f, (counts.get(f) ?? 0) + 1);
      examples.push({ feats, y: heads.has(sc.toks[t].start) ? 1 : -1 });
    }
  }
  // averaged perceptron
  const w = new Map<string, number>();
  const acc = new Map<string, number>();
  const stamp = new Map<string, number>();
  let c = 1;
  const upd = (f: string, d: number): void => {
    const last = stamp.get(f) ?? 0;
    const cur = w.get(f) ?? 0;
    acc.set(f, (acc.get(f) ?? 0) + cur * (c - last));
    stamp.set(f, c);
    w.set(f, cur + d);
  };
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    for (const ex of examples) {
      let s = 0;
      for (const f of ex.feats) s += w.get(f) ?? 0;
      if ((s > 0 ? 1 : -1) !== ex.y) {
        errors++;
        for (const f of ex.feats) if ((counts.get(f) ?? 0) >= minCount) upd(f, ex.y);
      }
      c++;
    }
    process.stderr.write(`epoch ${e + 1}: ${errors} errors / ${examples.length}\n`);
  }
  const weights: Record<string, number> = {};
  const keys = [...w.keys()].sort();
  for (const f of keys) {
    const last = stamp.get(f) ?? 0;
    const total = (acc.get(f) ?? 0) + (w.get(f) ?? 0) * (c - last);
    const avg = Math.round((total / c) * 1000) / 1000;
    if (avg !== 0) weights[f] = avg;
  }
  const model: CueModel = { version: 1, threshold: 0, weights };
  writeFileSync(out, JSON.stringify(model) + '\n');
  process.stderr.write(`${examples.length} examples, ${Object.keys(weights).length} features → ${out}\n`);
}

main();
