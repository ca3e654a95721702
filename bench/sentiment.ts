/**
 * Speed of each sentiment mode (`npm run bench:sentiment`): sentences per second on one core, scoring the
 * 5,190 NYT editorial sentences of the VADER ground truth. Per mode: 2 warm-up passes, then 9 timed passes
 * (`--reps N`); the median pass is reported with min and max. The npm `vader-sentiment` port is timed as a
 * reference (3 passes; `--no-references` skips it). Skips with a message when the corpora are absent.
 * @module
 */
import { createRequire } from 'node:module';
import { SENTIMENT_MODES, scorer } from '../src/analyze/sentiment/index.ts';
import { corpusOrSkip, readVaderSet } from '../eval/lib/sentiment-data.ts';

function passRate(texts: readonly string[], score: (t: string) => { compound: number }): number {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < texts.length; i++) sink += score(texts[i]).compound;
  const sec = Number(process.hrtime.bigint() - t0) / 1e9;
  if (Number.isNaN(sink)) throw new Error('NaN score');
  return texts.length / sec;
}

function measure(texts: readonly string[], score: (t: string) => { compound: number }, warm: number, reps: number): { median: number; min: number; max: number } {
  for (let i = 0; i < warm; i++) passRate(texts, score);
  const rates: number[] = [];
  for (let i = 0; i < reps; i++) rates.push(passRate(texts, score));
  rates.sort((a, b) => a - b);
  return { median: rates[Math.floor(rates.length / 2)], min: rates[0], max: rates[rates.length - 1] };
}

function main(): void {
  const dir = corpusOrSkip('vader', 'bench:sentiment');
  if (!dir) return;
  const i = process.argv.indexOf('--reps');
  const reps = i >= 0 ? Number(process.argv[i + 1]) : 9;
  if (!Number.isInteger(reps) || reps < 1) throw new TypeError('--reps must be a positive integer');
  const texts = readVaderSet(dir, 'nyt').map((x) => x.text);
  const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
  console.log(`NYT editorial sentences: ${texts.length}; node ${process.version}; median of ${reps} passes after 2 warm-up passes.\n`);
  console.log('| mode | sentences/s (median) | min | max |');
  console.log('|---|---:|---:|---:|');
  for (const mode of SENTIMENT_MODES) {
    const r = measure(texts, scorer(mode), 2, reps);
    console.log(`| ${mode} | ${fmt(r.median)} | ${fmt(r.min)} | ${fmt(r.max)} |`);
  }
  if (!process.argv.includes('--no-references')) {
    try {
      const vs = createRequire(import.meta.url)('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } } };
      const r = measure(texts, (t) => vs.SentimentIntensityAnalyzer.polarity_scores(t), 1, 3);
      console.log(`| ref: vader-sentiment npm 1.1.3 | ${fmt(r.median)} | ${fmt(r.min)} | ${fmt(r.max)} |`);
    } catch (e) {
      console.log(`(vader-sentiment reference unavailable: ${(e as Error).message})`);
    }
  }
}

main();
