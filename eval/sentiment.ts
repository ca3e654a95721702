/**
 * Accuracy of every sentiment mode (`npm run eval:sentiment`): Pearson r against the human mean ratings and
 * 3-class macro-F1 (human neutral band ±0.2 on −4…4, predicted band ±0.05 on compound) on the four
 * human-rated VADER sets, and macro-F1 on NewsMTSC `devtest_rw.jsonl` (sentences whose targets share one label).
 * Then the per-target table: tone toward each NewsMTSC target of devtest_rw and devtest_mt (3-class macro-F1 and
 * accuracy) for the portrayal model beside sentence-level baselines (the sentence's score given to each of its
 * targets) and a rules-only clause baseline (the `news` compound of the clause holding the target).
 * Reference rows: the npm `vader-sentiment` port and `natural`'s AFINN SentimentAnalyzer (score = sum / tokens).
 * Prints a markdown table. Skips with a message when the corpora are absent.
 * @module
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { SENTIMENT_MODES, scoreText } from '../src/analyze/sentiment/index.ts';
import { targetFeatures } from '../src/analyze/portrayal/features.ts';
import { targetTone } from '../src/analyze/portrayal/model.ts';
import { readNewsMtscTargets, type TargetItem } from './lib/newsmtsc-targets.ts';
import { corpusOrSkip, evaluate, macroF1, readNewsMtsc, readVaderSet, toLabel, PRED_BAND, VADER_SETS, type EvalSet, type Label, type SetMetrics } from './lib/sentiment-data.ts';

const require = createRequire(import.meta.url);

/** Reference scorers from npm packages (not presslens code). */
function references(): { name: string; score: (t: string) => number }[] {
  const out: { name: string; score: (t: string) => number }[] = [];
  try {
    const vs = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } } };
    out.push({ name: 'ref: vader-sentiment npm 1.1.3', score: (t) => vs.SentimentIntensityAnalyzer.polarity_scores(t).compound });
  } catch (e) {
    console.log(`(vader-sentiment reference unavailable: ${(e as Error).message})`);
  }
  try {
    // subpaths only: the natural root loads database drivers
    const SA = require('natural/lib/natural/sentiment/SentimentAnalyzer.js') as new (l: string, s: null, t: string) => { getSentiment(w: string[]): number };
    const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js') as { WordTokenizer: new () => { tokenize(t: string): string[] } };
    const sa = new SA('English', null, 'afinn');
    const tok = new WordTokenizer();
    out.push({ name: 'ref: natural afinn (sum/tokens)', score: (t) => { const w = tok.tokenize(t); return w.length ? sa.getSentiment(w) : 0; } });
  } catch (e) {
    console.log(`(natural reference unavailable: ${(e as Error).message})`);
  }
  return out;
}

function main(): void {
  const vaderDir = corpusOrSkip('vader', 'eval:sentiment');
  const mtscDir = corpusOrSkip('newsmtsc', 'eval:sentiment');
  if (!vaderDir && !mtscDir) return;
  const sets: EvalSet[] = [];
  if (vaderDir) for (const s of VADER_SETS) sets.push({ name: s.name, kind: 'rated', items: readVaderSet(vaderDir, s.name) });
  if (mtscDir) sets.push({ name: 'newsmtsc_rw', kind: 'labelled', items: readNewsMtsc(path.join(mtscDir, 'devtest_rw.jsonl')) });

  const rows: { name: string; score: (t: string) => number }[] = [
    ...SENTIMENT_MODES.map((m) => ({ name: m, score: (t: string) => scoreText(t, m).compound })),
    ...(process.argv.includes('--no-references') ? [] : references()),
  ];
  const head = sets.flatMap((s) => (s.kind === 'rated' ? [`${s.name} r`, `${s.name} F1`] : [`${s.name} F1`]));
  console.log(`| mode | ${head.join(' | ')} |`);
  console.log(`|---|${head.map(() => '---:').join('|')}|`);
  const f = (x: number | null): string => (x === null ? '' : x.toFixed(3));
  for (const row of rows) {
    const cells: string[] = [];
    for (const s of sets) {
      const m: SetMetrics = evaluate(s, row.score);
      if (s.kind === 'rated') cells.push(f(m.r));
      cells.push(f(m.f1));
    }
    console.log(`| ${row.name} | ${cells.join(' | ')} |`);
  }
  console.log(`\nitems: ${sets.map((s) => `${s.name} ${s.items.length}`).join(', ')}. r: Pearson vs human mean; F1: 3-class macro-F1 (gold neutral |mean| < 0.2 on −4…4, predicted neutral |compound| < 0.05).`);
  console.log('Anchors from the issue: NYT r — VADER paper .492, Python VADER .503; NewsMTSC-rw F1 — natural afinn .549, VADER .515.');
  if (mtscDir) perTarget(mtscDir);
}

/** Per-target macro-F1 and accuracy on devtest_rw and devtest_mt (every target, none dropped). */
function perTarget(mtscDir: string): void {
  const sets = ['devtest_rw', 'devtest_mt'].map((n) => ({ name: n, items: readNewsMtscTargets(path.join(mtscDir, `${n}.jsonl`)) }));
  const LABEL = { negative: -1, neutral: 0, positive: 1 } as const;
  const rows: { name: string; label: (it: TargetItem) => Label }[] = [
    { name: 'sentence vader (baseline)', label: (it) => toLabel(scoreText(it.text, 'vader').compound, PRED_BAND) },
    { name: 'sentence news (baseline)', label: (it) => toLabel(scoreText(it.text, 'news').compound, PRED_BAND) },
    { name: 'clause news sum (rules only)', label: (it) => toLabel(targetFeatures(it.text, it.from, it.to).get('newsClause') ?? 0, PRED_BAND) },
    { name: 'portrayal model', label: (it) => LABEL[targetTone(it.text, it.from, it.to).tone] },
  ];
  const head = sets.flatMap((s) => [`${s.name} F1`, `${s.name} acc`]);
  console.log(`\nTone toward each target (NewsMTSC, per target):\n\n| scorer | ${head.join(' | ')} |`);
  console.log(`|---|${head.map(() => '---:').join('|')}|`);
  for (const row of rows) {
    const cells: string[] = [];
    for (const s of sets) {
      const gold = s.items.map((it) => it.label);
      const pred = s.items.map(row.label);
      let ok = 0;
      for (let i = 0; i < gold.length; i++) if (gold[i] === pred[i]) ok++;
      cells.push(macroF1(gold, pred).toFixed(3), (ok / gold.length).toFixed(3));
    }
    console.log(`| ${row.name} | ${cells.join(' | ')} |`);
  }
  console.log(`\ntargets: ${sets.map((s) => `${s.name} ${s.items.length}`).join(', ')}. Targets from the issue: devtest_rw F1 ≥ .60, devtest_mt ≥ .55. The model is trained on train.jsonl only (npm run train:portrayal).`);
}

main();
