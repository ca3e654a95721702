/**
 * The tone of one attributed statement, read from the sentence scores the sentiment stage already
 * computed (in the pipeline's mode: vader, afinn or news), so every statement is scored once, in the
 * same mode and on the same sentence boundaries as the sentiment tables.
 *
 * A statement's tone is the mean compound of the sentences its content overlaps, each weighted by the
 * share of the sentence's characters that lie inside the content: a sentence quoted whole counts 1, a
 * sentence of which a quarter is quoted counts ¼. The sentence's other words (the cue, the source's
 * name) are scored with it: a caveat where a name carries valence ("Save the Children said").
 * @module
 */
import type { SentenceSentiment } from '../types.ts';
import { firstEndingAfter } from '../util/spans.ts';

/**
 * The weighted mean compound of the sentences the `parts` of a statement's content overlap (see the
 * module notes), or null when the content overlaps no scored sentence.
 */
export function statementTone(sentences: readonly SentenceSentiment[], parts: readonly { start: number; end: number }[]): number | null {
  let sum = 0;
  let weight = 0;
  for (const p of parts) {
    for (let i = firstEndingAfter(sentences, p.start); i < sentences.length && sentences[i].start < p.end; i++) {
      const s = sentences[i];
      const overlap = Math.min(s.end, p.end) - Math.max(s.start, p.start);
      if (overlap <= 0 || s.end <= s.start) continue;
      const w = overlap / (s.end - s.start);
      sum += w * s.compound;
      weight += w;
    }
  }
  return weight > 0 ? sum / weight : null;
}
