/**
 * Accuracy of every sentiment mode (`npm run eval:sentiment`): Pearson r against the human mean ratings and
 * 3-class macro-F1 (human neutral band ±0.2 on −4…4, predicted band ±0.05 on compound) on the four
 * human-rated VADER sets, and macro-F1 on NewsMTSC `devtest_rw.jsonl` (sentences whose targets share one label).
 * Reference rows: the npm `vader-sentiment` port and `natural`'s AFINN SentimentAnalyzer (score = sum / tokens).
 * Prints a markdown table. Skips with a message when the corpora are absent.
 * @module
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { SENTIMENT_MODES, scoreText } from '../src/analyze/sentiment/index.ts';
import { corpusOrSkip, evaluate, readNewsMtsc, readVaderSet, VADER_SETS, type EvalSet, type SetMetrics } from './lib/sentiment-data.ts';

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
}

main();
