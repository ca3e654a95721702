/**
 * Normalising cues for statistics: the lemma of a cue's text.
 * @module
 */
import { cueLemma } from './cues.ts';

/** Lemma of a cue text, lower case: "said" → "say", "According to" → "according to", "has said" → "say"; other text lower-cased. */
export function cueKey(cueText: string): string {
  const words = cueText.toLowerCase().replace(/\u2019/g, "'").trim().split(/\s+/);
  if (words.length >= 2 && words[0] === 'according' && words[1] === 'to') return 'according to';
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? cueLemma(words[i]) : null;
    if (two && two.includes(' ')) return two;
    const l = cueLemma(words[i]);
    if (l) return l;
  }
  return words.join(' ');
}
