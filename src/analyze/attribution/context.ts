/**
 * What every attribution rule shares: the raw attribution record, the per-text rule context
 * (tokens, lower-case words, the attributions found so far, the tokens already used as cues),
 * the scan bounds of a cue (sentence or quotation), token-range helpers and {@link emit}, the one
 * place where a rule's match becomes a {@link RawAttribution}.
 * @module
 */
import type { AttributionType, Span } from '../../types.ts';
import type { CueEntry } from './cues.ts';
import { lowers, type Scan, type ScanSentence, type Tok } from './scan.ts';
import type { SourceChunk } from './sources.ts';

/** An attribution before speaker resolution. Spans are character offsets. */
export interface RawAttribution {
  type: AttributionType;
  source: Span | null;
  /** Token range of the source mention (for speaker analysis). */
  sourceToks: SourceChunk | null;
  cue: Span;
  /** Lemma of the cue ("say", "according to", ":" …). */
  cueLemma: string;
  content: Span[];
  /** Index of the attribution whose source this one shares ("…, adding that …"), or -1. */
  sharedWith: number;
  /** Character span of an appositive describing the source ("the chairman of the Joint Chiefs"). */
  appositive: Span | null;
  /** True when the cue lies inside a quotation (a nested attribution). */
  nested: boolean;
  /** Quote chains used as content (for continuation). */
  chains: number[];
  /** Counts only outside quotations and outside other attributions' content. */
  topLevel: boolean;
  /** The content is only a noun-phrase object of the cue ("condemned the attack", "called for a recount"): an attribution in the broad scope only. */
  object: boolean;
  sent: number;
}

/** Options of the rules. */
export interface ExtractOptions {
  /** Report attributions whose cue is inside a quotation (default true). */
  nested: boolean;
  /** Attach following quote sentences/paragraphs of the same speaker as content fragments (default true). */
  continuation: boolean;
  /** What counts: reported speech as the guideline defines it (`speech`), or PolNeAR's broad notion (`broad`). */
  scope: 'speech' | 'broad';
}

/** The state the rules share while they run over one text. */
export interface Ctx {
  scan: Scan;
  toks: Tok[];
  /** Lower-case token texts (`toks[i].lower`), as an array the rules index directly. */
  words: string[];
  /** Attributions found so far, in the order the rules emitted them. */
  out: RawAttribution[];
  /** 1 for tokens already used as a cue. */
  usedCue: Uint8Array;
  /** Index of the last quote-mark token before each token (-1 if none). */
  prevQuote: Int32Array;
  opts: ExtractOptions;
}

/** A token range `[start, end)`. */
export type Range = [number, number];

/** The rule context of a scanned text, with no attribution yet. */
export function createCtx(scan: Scan, opts: ExtractOptions): Ctx {
  const toks = scan.toks;
  const prevQuote = new Int32Array(toks.length + 1);
  let lastQ = -1;
  for (let i = 0; i <= toks.length; i++) {
    prevQuote[i] = lastQ;
    if (i < toks.length && toks[i].kind === 'quote') lastQ = i;
  }
  return { scan, toks, words: lowers(toks), out: [], usedCue: new Uint8Array(toks.length), prevQuote, opts };
}

/** Lower bound for leftward scans: sentence start, or the start of the quote the cue is in. */
export function leftBound(ctx: Ctx, s: ScanSentence, t: number): number {
  const q = ctx.toks[t].quote;
  let lo = s.tokStart;
  if (q >= 0 && ctx.scan.quoteToks[q].open === t - 1) {
    // 'a medic "said …"': the quotation starts inside the content
    for (let k = t - 2; k >= lo; k--) if (ctx.toks[k].kind === 'quote' && ctx.toks[k].qrole === 'close') return k + 1;
    return lo;
  }
  if (q >= 0) {
    const open = ctx.scan.quoteToks[q].open;
    if (open >= 0) lo = Math.max(lo, open + 1);
  } else {
    // do not scan back into a quote: stop after the last quote mark ("a medic "said …": skip a mark opening right before the cue)
    let k = ctx.prevQuote[t];
    if (k === t - 1 && k >= lo && ctx.toks[k].qrole !== 'close') k = ctx.prevQuote[k];
    if (k >= lo) return k + 1;
  }
  return lo;
}

/** Upper bound for content: the sentence end, or the end of the quote the cue is in. */
export function rightBound(ctx: Ctx, s: ScanSentence, t: number): number {
  const q = ctx.toks[t].quote;
  if (q >= 0 && ctx.scan.quoteToks[q].open !== t - 1) {
    const close = ctx.scan.quoteToks[q].close;
    if (close >= 0 && close < s.tokEnd) return close;
  }
  return s.tokEnd;
}

function span(toks: Tok[], a: number, b: number): Span {
  return { start: toks[a].start, end: toks[b - 1].end };
}

/** The spans of token ranges `[a, b)` (a push loop: see {@link lowers} on `Array.prototype.map`). */
function spans(toks: Tok[], ranges: readonly (readonly [number, number])[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < ranges.length; i++) out.push(span(toks, ranges[i][0], ranges[i][1]));
  return out;
}

/** Trims edge punctuation (except quote marks that belong to the content) from a token range. */
export function trimRange(ctx: Ctx, a: number, b: number): Range {
  const toks = ctx.toks;
  while (a < b && toks[a].kind === 'punct' && toks[a].text !== '(') a++;
  while (b > a && toks[b - 1].kind === 'punct' && toks[b - 1].text !== ')') b--;
  // an unbalanced closing quote at the end of a range that does not contain its opening mark
  while (b > a && toks[b - 1].kind === 'quote' && toks[b - 1].qrole === 'close' && ctx.scan.quoteToks[toks[b - 1].quote].open < a) b--;
  while (a < b && toks[a].kind === 'quote' && toks[a].qrole === 'open' && (ctx.scan.quoteToks[toks[a].quote].close >= b || ctx.scan.quoteToks[toks[a].quote].close < 0) && quoteEndTok(ctx, toks[a].quote) > b) a++;
  while (b > a && toks[b - 1].kind === 'punct' && toks[b - 1].text !== ')') b--;
  return [a, b];
}

/** Token index after the last token of a quote (its closing mark, or its last inner token when unclosed). */
export function quoteEndTok(ctx: Ctx, q: number): number {
  const qt = ctx.scan.quoteToks[q];
  if (qt.close >= 0) return qt.close + 1;
  const innerEnd = ctx.scan.quotes[q].innerEnd;
  let k = qt.open + 1;
  while (k < ctx.toks.length && ctx.toks[k].end <= innerEnd) k++;
  return k;
}

/** The content range of quote `q`: the whole quote with its marks, possibly past the sentence. */
export function quoteRange(ctx: Ctx, q: number): Range {
  return [ctx.scan.quoteToks[q].open, quoteEndTok(ctx, q)];
}

const frameSets = new WeakMap<CueEntry, ReadonlySet<string>>();

/** The frames of a cue entry as a set (built once per entry). */
export function framesOf(e: CueEntry): ReadonlySet<string> {
  let f = frameSets.get(e);
  if (!f) {
    f = new Set<string>(e.frames);
    frameSets.set(e, f);
  }
  return f;
}

/** Quote chains whose quotes are content of an attribution found so far. */
export function coveredChains(ctx: Ctx): Set<number> {
  const out = new Set<number>();
  for (const r of ctx.out) for (const c of r.chains) out.add(c);
  return out;
}

/** Index of the latest attribution of sentence `si` that has a source (one it can share), or -1. */
export function lastInSentence(ctx: Ctx, si: number): number {
  for (let i = ctx.out.length - 1; i >= 0; i--) {
    if (ctx.out[i].sent !== si) return -1;
    if (ctx.out[i].sourceToks) return i;
  }
  return -1;
}

/** One match of a rule, as handed to {@link emit}. */
export interface Emission {
  /** Sentence index. */
  sent: number;
  /** Token range of the cue. */
  cueStart: number;
  cueEnd: number;
  /** Lemma of the cue ("say", "according to", ":" …). */
  lemma: string;
  source: SourceChunk | null;
  /** Token ranges of the content (empty ranges are dropped). */
  pieces: Range[];
  /** The type when the rule knows it; otherwise derived from the quotation marks in the content. */
  type?: AttributionType;
  /** Index of the attribution whose source this one shares, or -1 (default). */
  sharedWith?: number;
  /** Counts only outside quotations and other attributions' content (default false). */
  topLevel?: boolean;
  /** The content is only a noun-phrase object of the cue (default false). */
  object?: boolean;
}

/**
 * Records a rule's match as a {@link RawAttribution} and marks its cue tokens as used. Returns
 * null (recording nothing) when no piece has content, for a nested cue when nested attributions are
 * off or the cue counts only at top level, and for "I"/"we"/"you" inside a quotation.
 */
export function emit(ctx: Ctx, e: Emission): RawAttribution | null {
  const toks = ctx.toks;
  const { cueStart, cueEnd, source: src } = e;
  const topLevel = e.topLevel ?? false;
  // every remaining piece holds at least one token, so a non-empty list has content
  const clean = e.pieces.filter(([a, b]) => b > a);
  if (clean.length === 0) return null;
  for (let k = cueStart; k < cueEnd; k++) ctx.usedCue[k] = 1;
  const nested = toks[cueStart].quote >= 0 && ctx.scan.quoteToks[toks[cueStart].quote].open !== cueStart - 1;
  if (nested && (!ctx.opts.nested || topLevel)) return null;
  if (nested && src && src.end - src.start === 1 && /^(?:i|we|you)$/.test(toks[src.start].lower)) return null;
  const r: RawAttribution = {
    type: e.type ?? typeOf(ctx, clean, nested ? toks[cueStart].quote : -1),
    source: src ? span(toks, src.start, src.end) : null,
    sourceToks: src,
    cue: span(toks, cueStart, cueEnd),
    cueLemma: e.lemma,
    content: spans(toks, clean),
    sharedWith: e.sharedWith ?? -1,
    appositive: src?.appositive ? span(toks, src.appositive.start, src.appositive.end) : null,
    nested,
    chains: chainsIn(ctx, clean, nested ? toks[cueStart].quote : -1),
    topLevel,
    object: e.object ?? false,
    sent: e.sent,
  };
  ctx.out.push(r);
  return r;
}

/** Direct when every content word is quoted (outside quote `inside`), mixed when some are, else indirect. */
function typeOf(ctx: Ctx, pieces: Range[], inside: number): AttributionType {
  let quoted = 0;
  let unquoted = 0;
  for (const [a, b] of pieces) {
    for (let k = a; k < b; k++) {
      const t = ctx.toks[k];
      if (t.kind === 'quote') continue;
      if (t.kind === 'punct') continue;
      if (t.quote >= 0 && t.quote !== inside) quoted++;
      else unquoted++;
    }
  }
  if (quoted > 0 && unquoted === 0) return 'direct';
  if (quoted > 0) return 'mixed';
  return 'indirect';
}

/** The quote chains of the quoted tokens in `pieces` (outside quote `inside`). */
function chainsIn(ctx: Ctx, pieces: Range[], inside: number): number[] {
  const out = new Set<number>();
  for (const [a, b] of pieces) for (let k = a; k < b; k++) if (ctx.toks[k].quote >= 0 && ctx.toks[k].quote !== inside) out.add(ctx.scan.quotes[ctx.toks[k].quote].chain);
  return [...out];
}
