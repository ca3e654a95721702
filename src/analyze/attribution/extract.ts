/**
 * The attribution rules, run in order over a scanned text: cue-anchored rules at each token (verb cues
 * from the lexicon, `according to`, possessive noun cues, colon labels, other verbs with a that-clause),
 * then quote-anchored forms for quotations no cue claimed, then continuation of a speaker's quotes;
 * then what does not count in the chosen scope (`scope.ts`); last, cues that count only at top level
 * are dropped when they lie inside another attribution's content. Produces raw attributions with token/char spans; speakers and categories are filled in by
 * `speakers.ts`. The rules themselves live one family per file (see the module table in README.md).
 * @module
 */
import type { Span } from '../../types.ts';
import { matchCue } from './cues.ts';
import type { Scan, ScanSentence, Tok } from './scan.ts';
import { TITLE_CUES } from './words.ts';
import { createCtx, type ExtractOptions, type RawAttribution } from './context.ts';
import { verbCue } from './verb-cue.ts';
import { accordingTo } from './according-to.ts';
import { ANY_NOUN_CUE, nounCue } from './noun-cue.ts';
import { colonCue } from './colon-cue.ts';
import { quoteForms } from './quote-forms.ts';
import { continuation } from './continuation.ts';
import { genericThat } from './generic-that.ts';
import { inScope, keepWhere } from './scope.ts';

/** Runs the rules over a scanned text. */
export function extractRaw(scan: Scan, opts: ExtractOptions): RawAttribution[] {
  const ctx = createCtx(scan, opts);
  const toks = ctx.toks;
  for (let si = 0; si < scan.sentences.length; si++) {
    const s = scan.sentences[si];
    for (let t = s.tokStart; t < s.tokEnd; t++) {
      if (ctx.usedCue[t] === 1) continue;
      const tk = toks[t];
      if (tk.kind !== 'word' && tk.text !== ':') continue;
      if (tk.lower === 'according' && ctx.words[t + 1] === 'to') {
        accordingTo(ctx, s, si, t);
        continue;
      }
      if (ANY_NOUN_CUE.has(tk.lower) && nounCue(ctx, s, si, t)) continue;
      if (tk.text === ':' ) {
        colonCue(ctx, s, si, t);
        continue;
      }
      const m = matchCue(ctx.words, t);
      if (!m) {
        if (t + 1 < toks.length && ctx.words[t + 1] === 'that' && !tk.cap) genericThat(ctx, s, si, t); // bounds test: an out-of-bounds read deoptimizes
        continue;
      }
      if (tk.cap && !(t === s.tokStart || toks[t - 1].kind === 'quote' || (si === 0 && TITLE_CUES.has(m.entry.lemma) && titleCase(toks, s)))) continue;
      verbCue(ctx, s, si, t, m);
    }
  }
  quoteForms(ctx);
  if (opts.continuation) continuation(ctx);
  const out = inScope(ctx.out, scan, opts.scope);
  // intentions and NP-object cues inside another attribution's content are not separate reports
  // (nothing to filter, and no index to build, when no attribution is top-level-only)
  if (!out.some((r) => r.topLevel)) return out;
  // contents of the other attributions, sorted by start, with the running maximum of their ends
  const spans = contentIndex(out);
  return keepWhere(out, (r) => !r.topLevel || !insideContent(spans, r.cue));
}

/** Contents of attributions that are not top-level-only, sorted by start, with prefix maxima of the ends. */
function contentIndex(out: readonly RawAttribution[]): { starts: number[]; maxEnd: number[] } {
  const cs: Span[] = [];
  for (const o of out) if (!o.topLevel) for (const c of o.content) cs.push(c);
  cs.sort((a, b) => a.start - b.start);
  const starts: number[] = []; // a push loop: see lowers on Array.prototype.map
  for (const c of cs) starts.push(c.start);
  const maxEnd: number[] = [];
  let m = -1;
  for (const c of cs) maxEnd.push((m = Math.max(m, c.end)));
  return { starts, maxEnd };
}

/** True when `cue` lies inside one of the indexed contents (binary search for the last start ≤ cue start). */
function insideContent(idx: { starts: number[]; maxEnd: number[] }, cue: Span): boolean {
  let lo = 0;
  let hi = idx.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idx.starts[mid] <= cue.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && idx.maxEnd[lo - 1] >= cue.end;
}

/** A headline in title case ("Lindsey Graham Says Trump Could …"): most words capitalised. */
function titleCase(toks: Tok[], s: ScanSentence): boolean {
  let words = 0;
  let caps = 0;
  for (let k = s.tokStart; k < s.tokEnd; k++) {
    if (toks[k].kind !== 'word') continue;
    words++;
    if (toks[k].cap) caps++;
  }
  return words > 0 && caps / words >= 0.6;
}
