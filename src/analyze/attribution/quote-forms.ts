/**
 * Quote-anchored forms for quotations no cue has claimed: `X: "…"`, `From X: "…"`, round-up labels
 * after a dash (`… - Ann Lee and Tom Fry: "…"`), `"…" ― Name` and tweets (`… — Name (@handle) Date`).
 * @module
 */
import { chunk, sourceRightOf } from './sources.ts';
import { DASHES, DETERMINERS, PAGE_LABELS } from './words.ts';
import { coveredChains, emit, quoteEndTok, quoteRange, trimRange, type Ctx } from './context.ts';

/** `X: "…"`, `From X: "…"`, `"…" -Name`, `"…" — Name`, then tweets (`… — Name (@handle) Date`). */
export function quoteForms(ctx: Ctx): void {
  const covered = coveredChains(ctx);
  for (let q = 0; q < ctx.scan.quotes.length; q++) {
    const chain = ctx.scan.quotes[q].chain;
    if (covered.has(chain)) continue;
    if (ctx.scan.quoteToks[q].open < 0) continue;
    if (labelBefore(ctx, q) || nameAfter(ctx, q)) covered.add(chain);
  }
  tweets(ctx);
}

/** `X: "…"` and `From X: "…"` (also after a dash in a round-up) before quote `q`. True when it emitted. */
function labelBefore(ctx: Ctx, q: number): boolean {
  const toks = ctx.toks;
  const w = ctx.words;
  const qt = ctx.scan.quoteToks[q];
  const colon = qt.open - 1;
  if (!(colon >= 0 && w[colon] === ':' && toks[colon].para === toks[qt.open].para)) return false;
  let a = ctx.scan.sentences[toks[colon].sent].tokStart;
  // "… - Ann Lee and Tom Fry: “…”", "- More from Fry: “…”": a label after a dash in a round-up
  for (let k = colon - 1; k >= a && k >= colon - 7; k--) {
    if (DASHES.has(toks[k].text) && k + 1 < colon) {
      let ok = true;
      for (let j = k + 1; j < colon; j++) if (!(toks[j].cap || w[j] === 'and' || toks[j].text === '.' || (w[j] === 'from' && w[j - 1] === 'more'))) ok = false;
      if (ok) a = w[k + 1] === 'more' && w[k + 2] === 'from' ? k + 3 : k + 1;
      break;
    }
  }
  if (w[a] === 'from') a++;
  const n = colon - a;
  if (!(n >= 1 && n <= 6 && (toks[a].cap || (DETERMINERS.has(w[a]) && toks[a + 1]?.kind === 'word')) && !PAGE_LABELS.has(w[a]))) return false;
  const [qa, qb] = quoteRange(ctx, q);
  if (qb - qa < 4) return false;
  emit(ctx, { sent: toks[qt.open].sent, cueStart: colon, cueEnd: colon + 1, lemma: ':', source: chunk(a, colon), pieces: [[qa, qb]], type: 'direct' });
  return true;
}

/** `"…" -Name` / `"…" — Name` after quote `q`. True when it emitted. */
function nameAfter(ctx: Ctx, q: number): boolean {
  const toks = ctx.toks;
  const w = ctx.words;
  const qt = ctx.scan.quoteToks[q];
  let d = quoteEndTok(ctx, q);
  if (d < toks.length && (w[d] === '.' || w[d] === ',') && toks[d].para === toks[qt.open].para) d++;
  if (!(qt.close >= 0 && d < toks.length && DASHES.has(toks[d].text) && toks[d].para === toks[qt.close].para && d + 1 < toks.length && toks[d + 1].cap)) return false;
  const r = sourceRightOf(toks, d + 1, Math.min(toks.length, d + 12), 10, false);
  if (!r) return false;
  let e = r.start;
  while (e < r.end && (toks[e].cap || toks[e].lower === '.' || toks[e].lower === 'al' || toks[e].lower === 'de' || toks[e].lower === 'van' || toks[e].text === '-')) e++;
  if (e === r.start) return false;
  emit(ctx, { sent: toks[qt.open].sent, cueStart: d, cueEnd: d + 1, lemma: toks[d].text, source: chunk(r.start, e), pieces: [quoteRange(ctx, q)], type: 'direct' });
  return true;
}

/** Tweets embedded as text: "… — Name (@handle) Date" (the paragraph before the dash is the content). */
function tweets(ctx: Ctx): void {
  const toks = ctx.toks;
  for (let d = 1; d + 3 < toks.length; d++) {
    // dashes are punctuation tokens: the kind test spares a hash look-up of every word
    if (toks[d].kind !== 'punct' || !DASHES.has(toks[d].text) || toks[d].text === '-') continue;
    let k = d + 1;
    while (k < toks.length && k - d < 6 && toks[k].cap) k++;
    if (k === d + 1 || k + 1 >= toks.length || toks[k].text !== '(' || toks[k + 1].text !== '@') continue;
    if (ctx.usedCue[d] === 1) continue;
    const para = toks[d].para;
    let a = d - 1;
    while (a > 0 && toks[a - 1].para === para) a--;
    const [ca, cb] = trimRange(ctx, a, d);
    if (cb - ca < 2) continue;
    emit(ctx, { sent: toks[d].sent, cueStart: d, cueEnd: d + 1, lemma: toks[d].text, source: chunk(d + 1, k), pieces: [[ca, cb]] });
  }
}
