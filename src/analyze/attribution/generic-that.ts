/**
 * Finite verbs outside the lexicon with a that-clause after a person or organisation subject
 * (`Mr. Deese learned that …`, `the campaign conceded that …`): stance in PolNeAR's broad sense.
 * @module
 */
import type { ScanSentence } from './scan.ts';
import { sourceLeftOf } from './sources.ts';
import { BE, CLAUSE_MARKERS, DETERMINERS, GENERIC_STOP, PRONOUNS, ROLE_HEADS, isLyAdverb } from './words.ts';
import { emit, leftBound, rightBound, trimRange, type Ctx } from './context.ts';
import { validSource } from './source-checks.ts';
import { looksLikeClause } from './right-content.ts';

/**
 * Any other finite verb with a that-clause after a person or organisation subject ("Mr. Deese
 * learned that …", "the campaign conceded that …"): reported stance in PolNeAR's broad sense.
 */
export function genericThat(ctx: Ctx, s: ScanSentence, si: number, t: number): void {
  const toks = ctx.toks;
  const w = ctx.words;
  const v = w[t];
  if (toks[t].kind !== 'word' || GENERIC_STOP.has(v) || v.length < 4) return;
  if (!(v.endsWith('ed') || (v.endsWith('s') && !v.endsWith('ss')))) return;
  if (toks[t].quote >= 0) return;
  const lo = leftBound(ctx, s, t);
  const hi = rightBound(ctx, s, t);
  let pb = t - 1;
  while (pb >= lo && (isLyAdverb(w[pb]) || w[pb] === 'not' || w[pb] === 'also')) pb--;
  if (pb >= lo && (BE.has(w[pb]) || w[pb] === 'get' || w[pb] === 'got')) return;
  const src = sourceLeftOf(toks, t, lo);
  if (!src || !validSource(ctx, src)) return;
  const first = toks[src.start];
  const isPron = src.end - src.start === 1 && /^(?:he|she|they|we|i)$/.test(first.lower);
  const last = toks[src.end - 1];
  if (!isPron && !(last.cap || ROLE_HEADS.has(last.lower))) return;
  const [a, b] = trimRange(ctx, t + 2, hi);
  if (b - a < 3 || !looksLikeClause(ctx, a, b)) return;
  if (CLAUSE_MARKERS.has(w[a]) || (!toks[a].cap && (w[a].endsWith('ed') || w[a].endsWith('s')) && !PRONOUNS.has(w[a]) && !DETERMINERS.has(w[a]))) return;
  emit(ctx, { sent: si, cueStart: t, cueEnd: t + 1, lemma: v, source: src, pieces: [[a, b]], topLevel: true });
}
