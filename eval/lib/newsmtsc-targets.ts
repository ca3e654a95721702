/**
 * NewsMTSC per-target items (sentence, target span, label) for the portrayal model's training and evaluation.
 * @module
 */
import { readFileSync } from 'node:fs';
import type { Label } from './sentiment-data.ts';

/** One target of one NewsMTSC sentence. */
export interface TargetItem {
  text: string;
  from: number;
  to: number;
  label: Label;
  /** Line index in the file (folds are by line, so a sentence's targets stay together). */
  line: number;
}

/** Reads every target of a NewsMTSC JSONL file (2.0 negative, 4.0 neutral, 6.0 positive). */
export function readNewsMtscTargets(file: string): TargetItem[] {
  const out: TargetItem[] = [];
  let line = 0;
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (raw.trim() === '') continue;
    const rec = JSON.parse(raw) as { sentence_normalized: string; targets: { from: number; to: number; polarity: number }[] };
    for (const t of rec.targets) {
      const label: Label = t.polarity === 2 ? -1 : t.polarity === 4 ? 0 : t.polarity === 6 ? 1 : (NaN as never);
      if (Number.isNaN(label)) throw new Error(`${file}:${line + 1}: unknown polarity ${t.polarity}`);
      out.push({ text: rec.sentence_normalized, from: t.from, to: t.to, label, line });
    }
    line++;
  }
  return out;
}
