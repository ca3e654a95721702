/**
 * Possessive noun cues: `Trump's claim that …`, `his refusal to endorse …`, `his attacks on the
 * governor`, `a New York Times report that …`.
 * @module
 */
import { NOUN_CUES, NOUN_CUES_PREP, NOUN_CUES_TO } from './cues.ts';
import type { ScanSentence } from './scan.ts';
import { chunk, npEndingAt, type SourceChunk } from './sources.ts';
import { DETERMINERS } from './words.ts';
import { emit, leftBound, quoteRange, rightBound, trimRange, type Ctx } from './context.ts';

/** Words that head a noun cue of any kind (the orchestrator's cheap pre-test before {@link nounCue}). */
export const ANY_NOUN_CUE: ReadonlySet<string> = new Set([...NOUN_CUES, ...NOUN_CUES_TO, ...NOUN_CUES_PREP.keys()]);

/** Possessive noun cues: "Trump's claim that …", "his promise to …", "a New York Times report that …". */
export function nounCue(ctx: Ctx, s: ScanSentence, si: number, t: number): boolean {
  const toks = ctx.toks;
  const w = ctx.words;
  const hi = rightBound(ctx, s, t);
  const lo = leftBound(ctx, s, t);
  let p = t + 1;
  if (p >= hi) return false;
  let src: SourceChunk | null = null;
  const prev = t - 1 >= lo ? w[t - 1] : '';
  if (prev === 'his' || prev === 'her' || prev === 'their' || prev === 'its') src = chunk(t - 1, t);
  else if (prev === "'s" && t - 2 >= lo) {
    const np = npEndingAt(toks, t - 2, lo);
    if (np && toks[np.start].cap) src = chunk(np.start, t);
  } else if (t - 1 >= lo && toks[t - 1].cap && toks[t - 1].kind === 'word' && !(t - 1 === s.tokStart)) {
    let a = t - 1;
    while (a - 1 >= lo && (toks[a - 1].cap || toks[a - 1].text === '.') && toks[a - 1].kind !== 'quote') a--;
    if (a - 1 >= lo && DETERMINERS.has(w[a - 1])) a--;
    if (a < t - 1 || toks[t - 1].cap) src = chunk(a, t);
  }
  if (!src) return false;
  let pieces: [number, number][] | null = null;
  const preps = NOUN_CUES_PREP.get(w[t]);
  if ((w[p] === 'that' || w[p] === ':') && NOUN_CUES.has(w[t])) {
    const [a, b] = trimRange(ctx, p + 1, hi);
    if (b - a >= 2) pieces = [[a, b]];
  } else if (w[p] === 'to' && NOUN_CUES_TO.has(w[t]) && toks[p + 1]?.kind === 'word' && !DETERMINERS.has(w[p + 1]) && !toks[p + 1].cap) {
    const [a, b] = trimRange(ctx, p, hi);
    if (b - a >= 2) pieces = [[a, b]];
  } else if (preps && preps.includes(w[p]) && p + 1 < hi && (toks[p + 1].kind === 'word' || toks[p + 1].kind === 'number' || toks[p + 1].kind === 'quote')) {
    // "his attacks on the governor": the prepositional object up to a clause boundary
    let k = p + 1;
    while (k < hi && w[k] !== ';' && !(w[k] === ',' && (w[k + 1] === 'but' || w[k + 1] === 'and' || w[k + 1] === 'which' || w[k + 1] === 'while'))) k++;
    const [a, b] = trimRange(ctx, p + 1, k);
    if (b - a >= 1) pieces = [[a, b]];
  } else if (toks[p].kind === 'quote' && toks[p].qrole === 'open' && NOUN_CUES.has(w[t])) {
    pieces = [quoteRange(ctx, toks[p].quote)];
  }
  if (!pieces) return false;
  return emit(ctx, { sent: si, cueStart: t, cueEnd: t + 1, lemma: w[t], source: src, pieces: pieces, topLevel: true }) !== null;
}
