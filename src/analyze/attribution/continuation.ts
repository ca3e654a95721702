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
  // linear in the article: the latest end of each attribution's content (pieces only grow) and the
  // attributions outside quotations in cue order, searched by binary search
  const maxEnd = new Map<RawAttribution, number>();
  const endOf = (r: RawAttribution): number => {
    let e = maxEnd.get(r);
    if (e === undefined) {
      e = Math.max(r.cue.end, r.source?.end ?? 0);
      for (const c of r.content) if (c.end > e) e = c.end;
      maxEnd.set(r, e);
    }
    return e;
  };
  const attach = (r: RawAttribution, start: number, end: number): void => {
    r.content.push({ start, end });
    maxEnd.set(r, Math.max(endOf(r), end));
  };
  const byCue = ctx.out.filter((r) => !r.nested).sort((a, b) => a.cue.start - b.cue.start);
  /** The attribution outside quotations whose cue starts last before `pos`, or null. */
  const lastBefore = (pos: number): RawAttribution | null => {
    let lo = 0;
    let hi = byCue.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byCue[mid].cue.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? byCue[lo - 1] : null;
  };
  for (let q = 0; q < quotes.length; q++) {
    const qt = ctx.scan.quoteToks[q];
    if (qt.open < 0) continue;
    const chain = quotes[q].chain;
    const owner = byChain.get(chain);
    if (owner && covered.has(chain) && (endOf(owner) <= quotes[q].start || !owner.content.some((c) => c.start < quotes[q].end && quotes[q].start < c.end))) {
      // a later paragraph of the same quotation
      attach(owner, quotes[q].start, quotes[q].end);
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
    const prev = lastBefore(quotes[q].start);
    if (!prev || prev.type === 'indirect' || prev.type === 'according_to' || prev.chains.length === 0) continue;
    // nothing but this attribution's sentences may lie between
    const ps = ctx.scan.sentences[prevSent];
    if (endOf(prev) < ps.start) continue;
    if (toks[open].para - ps.para > 1) continue;
    if (toks[open].para !== ps.para && !quotes[q].closed && quotes[q].chain === q) {
      // a new paragraph quote after a paragraph that ended: still the same speaker in news style
    }
    // must not contain an attribution of its own (e.g. '"…," she said' later in the sentence) — checked by coverage above
    attach(prev, quotes[q].start, quotes[q].end);
    prev.chains.push(chain);
    covered.add(chain);
    // subsequent chain pieces get attached by the owner logic
    byChain.set(chain, prev);
  }
  for (const r of ctx.out) r.content.sort((a, b) => a.start - b.start);
}
