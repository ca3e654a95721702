/**
 * `according to X`: fronted (`According to X, …`), trailing (`…, according to X.`) and parenthetical
 * (`X, according to Y, is …`).
 * @module
 */
import type { ScanSentence } from './scan.ts';
import { sourceRightOf } from './sources.ts';
import { PREPOSITIONS, TIME_WORDS } from './words.ts';
import { emit, leftBound, rightBound, trimRange, type Ctx } from './context.ts';

/**
 * `according to` at token `t`: the source after it; the content after it when fronted, before it
 * when trailing, on both sides when parenthetical.
 */
export function accordingTo(ctx: Ctx, s: ScanSentence, si: number, t: number): void {
  const toks = ctx.toks;
  const w = ctx.words;
  // "rewarded according to how much business they brought": a measure, not a source
  if (/^(?:how|what|whether|where|when|which|whom|age|size|need|merit|plan|schedule)$/.test(w[t + 2] ?? '')) return;
  const hi = rightBound(ctx, s, t);
  const lo = leftBound(ctx, s, t);
  const src = sourceRightOf(toks, t + 2, hi, 30);
  if (!src) return;
  let after = src.end;
  let pieces: [number, number][] = [];
  // fronted: "According to X, CLAUSE"
  let k = t - 1;
  while (k >= lo && (toks[k].kind === 'punct' || toks[k].lower === 'but' || toks[k].lower === 'and')) k--;
  const fronted = k < lo || (k - lo < 4 && (PREPOSITIONS.has(w[lo]) || TIME_WORDS.has(w[lo])) && toks[t - 1]?.text === ',');
  if (fronted) {
    if (after < hi && w[after] === ',') after++;
    const [a, b] = trimRange(ctx, after, hi);
    if (b - a >= 2) pieces = [[a, b]];
  } else {
    const [a, b] = trimRange(ctx, lo, t);
    if (b - a >= 2) pieces = [[a, b]];
    // "X, according to Y, is …"
    if (after < hi && w[after] === ',') {
      const [c, d] = trimRange(ctx, after + 1, hi);
      if (d - c >= 2 && toks[t - 1]?.text === ',') pieces.push([c, d]);
    }
  }
  if (pieces.length === 0) return;
  emit(ctx, { sent: si, cueStart: t, cueEnd: t + 2, lemma: 'according to', source: src, pieces: pieces, type: 'according_to' });
}
