/**
 * Continuation: quotes that follow a speaker's quote with no attribution of their own, and later
 * paragraphs of a multi-paragraph quotation, become content fragments of that speaker's attribution.
 * @module
 */
import { coveredChains, quoteEndTok, type Ctx, type RawAttribution } from './context.ts';

/**
 * Attaches speech-like quotes that follow a speaker's quote with no attribution of their own:
 * `"I believe …," Mullen declared. "Their support …"` and multi-paragraph quotes.
 */
export function continuation(ctx: Ctx): void {
  const toks = ctx.toks;
  const covered = coveredChains(ctx);
  const quotes = ctx.scan.quotes;
  // attribution by chain for direct chain links
  const byChain = new Map<number, RawAttribution>();
  for (const r of ctx.out) if (!r.nested) for (const c of r.chains) if (!byChain.has(c)) byChain.set(c, r);
  for (let q = 0; q < quotes.length; q++) {
    const qt = ctx.scan.quoteToks[q];
    if (qt.open < 0) continue;
    const chain = quotes[q].chain;
    const owner = byChain.get(chain);
    if (owner && covered.has(chain) && !owner.content.some((c) => c.start < quotes[q].end && quotes[q].start < c.end)) {
      // a later paragraph of the same quotation
      owner.content.push({ start: quotes[q].start, end: quotes[q].end });
      continue;
    }
    if (covered.has(chain)) continue;
    // speech-like: starts a sentence and is long enough
    const open = qt.open;
    const sent = ctx.scan.sentences[toks[open].sent];
    if (sent.tokStart !== open) continue;
    const end = quoteEndTok(ctx, q);
    if (end - open < 5) continue;
    // the previous attribution must be in the previous sentence (same paragraph or previous paragraph) and end with a quote
    const prevSent = toks[open].sent - 1;
    if (prevSent < 0) continue;
    let prev: RawAttribution | null = null;
    for (let i = ctx.out.length - 1; i >= 0; i--) {
      const r = ctx.out[i];
      if (r.nested) continue;
      if (r.cue.start < quotes[q].start) {
        prev = r;
        break;
      }
    }
    if (!prev || prev.type === 'indirect' || prev.type === 'according_to' || prev.chains.length === 0) continue;
    // nothing but this attribution's sentences may lie between
    let lastContentEnd = Math.max(prev.cue.end, prev.source?.end ?? 0);
    for (const c of prev.content) if (c.end > lastContentEnd) lastContentEnd = c.end;
    const ps = ctx.scan.sentences[prevSent];
    if (lastContentEnd < ps.start) continue;
    if (toks[open].para - ps.para > 1) continue;
    if (toks[open].para !== ps.para && !quotes[q].closed && quotes[q].chain === q) {
      // a new paragraph quote after a paragraph that ended: still the same speaker in news style
    }
    // must not contain an attribution of its own (e.g. '"…," she said' later in the sentence) — checked by coverage above
    prev.content.push({ start: quotes[q].start, end: quotes[q].end });
    prev.chains.push(chain);
    covered.add(chain);
    // subsequent chain pieces get attached by the owner logic
    byChain.set(chain, prev);
  }
  for (const r of ctx.out) r.content.sort((a, b) => a.start - b.start);
}
