/**
 * Pure scoring functions for the attribution evaluation (`eval/attribution.ts`).
 *
 * Everything here works on character ranges into one article text; nothing reads files.
 *
 * - **Tokens** are maximal runs of Unicode letters, digits and `_` (a Unicode-aware `\w+`).
 *   A span "contains" a token when the two share at least one character.
 * - **Overlap** of two spans = the number of tokens both contain. When either span has no
 *   token at all (cues such as `:` or `―`), it falls back to the number of shared characters.
 * - **Exact** span equality compares fragments after trimming whitespace and punctuation
 *   (including quotation marks) at their edges, dropping fragments that become empty and merging
 *   fragments separated only by whitespace/punctuation (so `"X," she said, "Y"` content given as
 *   two fragments equals the same two fragments with or without their quote marks).
 * - **Matching** is greedy and one-to-one: all candidate (gold, pred) pairs are ranked by a score
 *   (overlap size, then token Jaccard) and taken best first when neither side is used yet.
 *
 * @module
 */

/** A half-open character range `[start, end)`. */
export type Range = readonly [start: number, end: number];

/** Precision / recall / F1 with the counts they come from. `null` when undefined (0/0). */
export interface PRF {
  tp: number;
  gold: number;
  pred: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/**
 * Precision, recall and F1 from counts. Precision is `null` when there are no predictions,
 * recall is `null` when there is no gold, and F1 (= 2·tp / (gold + pred)) is `null` only when both are 0.
 * @param tp matched pairs; must be ≤ both `gold` and `pred`
 */
export function prf(tp: number, gold: number, pred: number): PRF {
  return {
    tp,
    gold,
    pred,
    precision: pred > 0 ? tp / pred : null,
    recall: gold > 0 ? tp / gold : null,
    f1: gold + pred > 0 ? (2 * tp) / (gold + pred) : null,
  };
}

/** An accuracy: `correct` out of `n` (`value` null when n = 0). */
export interface Accuracy {
  correct: number;
  n: number;
  value: number | null;
}

/** Builds an {@link Accuracy}. */
export function accuracy(correct: number, n: number): Accuracy {
  return { correct, n, value: n > 0 ? correct / n : null };
}

// ---------------------------------------------------------------------------------------------
// Tokens and overlap

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** Token boundaries of one text, with range → token-index lookup by binary search. */
export class TokenIndex {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  constructor(readonly text: string) {
    for (const m of text.matchAll(TOKEN_RE)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
  }

  /** Number of tokens in the text. */
  get size(): number {
    return this.starts.length;
  }

  /** Sorted, de-duplicated indices of the tokens that share at least one character with any of `ranges`. */
  tokensIn(ranges: readonly Range[]): number[] {
    const out = new Set<number>();
    for (const [s, e] of ranges) {
      if (e <= s) continue;
      // first token whose end > s
      let lo = 0;
      let hi = this.ends.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.ends[mid] <= s) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < this.starts.length && this.starts[i] < e; i++) out.add(i);
    }
    return [...out].sort((a, b) => a - b);
  }
}

/** Size of the intersection of two sorted number arrays. */
function intersectSorted(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Number of characters covered by both range lists (ranges within a list may overlap; they are merged first). */
export function sharedChars(a: readonly Range[], b: readonly Range[]): number {
  const ma = mergeRanges(a);
  const mb = mergeRanges(b);
  let n = 0;
  for (const [s1, e1] of ma) for (const [s2, e2] of mb) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
}

/** Sorts ranges and merges overlapping or touching ones; drops empty ranges. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** How much two spans overlap: `shared` units (tokens, or characters when either span has no token) and their Jaccard. */
export interface Overlap {
  shared: number;
  jaccard: number;
  unit: 'token' | 'char';
}

/**
 * Token overlap of two fragment lists in the same text (see the module doc for the char fallback).
 * @returns `shared` = 0 when the spans do not overlap
 */
export function overlap(index: TokenIndex, a: readonly Range[], b: readonly Range[]): Overlap {
  const ta = index.tokensIn(a);
  const tb = index.tokensIn(b);
  if (ta.length > 0 && tb.length > 0) {
    const shared = intersectSorted(ta, tb);
    return { shared, jaccard: shared / (ta.length + tb.length - shared), unit: 'token' };
  }
  const shared = sharedChars(a, b);
  const la = mergeRanges(a).reduce((n, [s, e]) => n + e - s, 0);
  const lb = mergeRanges(b).reduce((n, [s, e]) => n + e - s, 0);
  return { shared, jaccard: shared > 0 ? shared / (la + lb - shared) : 0, unit: 'char' };
}

// ---------------------------------------------------------------------------------------------
// Exact span comparison

const EDGE_RE = /[\s\p{P}\p{S}]/u;

/** Trims whitespace, punctuation and symbols (quotes, dashes, `*`) at both edges of a range. */
export function trimRange(text: string, [s, e]: Range): Range {
  let a = s;
  let b = e;
  while (a < b && EDGE_RE.test(text[a])) a++;
  while (b > a && EDGE_RE.test(text[b - 1])) b--;
  return [a, b];
}

/**
 * Canonical form of a fragment list for exact comparison: each fragment trimmed (see {@link trimRange}),
 * empty ones dropped, then fragments whose gap is only whitespace/punctuation merged.
 * If every fragment trims away (a cue like `:`), the untrimmed merged ranges are returned.
 */
export function canonicalRanges(text: string, ranges: readonly Range[]): Range[] {
  const trimmed = mergeRanges(ranges.map((r) => trimRange(text, r)));
  if (trimmed.length === 0) return mergeRanges(ranges);
  const out: [number, number][] = [];
  for (const [s, e] of trimmed) {
    const last = out[out.length - 1];
    if (last && /^[\s\p{P}\p{S}]*$/u.test(text.slice(last[1], s))) last[1] = e;
    else out.push([s, e]);
  }
  return out;
}

/** True when two fragment lists are equal after {@link canonicalRanges}. */
export function exactEqual(text: string, a: readonly Range[], b: readonly Range[]): boolean {
  const ca = canonicalRanges(text, a);
  const cb = canonicalRanges(text, b);
  return ca.length === cb.length && ca.every(([s, e], i) => s === cb[i][0] && e === cb[i][1]);
}

// ---------------------------------------------------------------------------------------------
// Greedy one-to-one matching

/** One matched pair of indices. */
export interface Pair {
  gold: number;
  pred: number;
}

/**
 * Greedy one-to-one matching. `score(g, p)` returns null for pairs that cannot match, else a
 * tuple compared lexicographically (higher is better). Ties are broken by gold index, then pred index,
 * so the result is deterministic.
 */
export function greedyMatch(
  nGold: number,
  nPred: number,
  score: (gold: number, pred: number) => readonly number[] | null,
): Pair[] {
  const cands: { g: number; p: number; s: readonly number[] }[] = [];
  for (let g = 0; g < nGold; g++) {
    for (let p = 0; p < nPred; p++) {
      const s = score(g, p);
      if (s) cands.push({ g, p, s });
    }
  }
  cands.sort((x, y) => {
    for (let i = 0; i < Math.max(x.s.length, y.s.length); i++) {
      const d = (y.s[i] ?? 0) - (x.s[i] ?? 0);
      if (d !== 0) return d;
    }
    return x.g - y.g || x.p - y.p;
  });
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Pair[] = [];
  for (const { g, p } of cands) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    pairs.push({ gold: g, pred: p });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

// ---------------------------------------------------------------------------------------------
// Quote-mark class (mirrors the PolNeAR conversion's derived `content_quote_marks`)

const DQ = /["“”]/;

/**
 * Classifies content by double quotation marks (`"`, `“`, `”`), like PolNeAR's derived
 * `content_quote_marks`: `full` when the content is one quoted span (ignoring edge punctuation
 * other than quotes), `partial` when some double quote occurs in it, `none` otherwise; `no_content` for an empty list.
 */
export function quoteMarksClass(text: string, fragments: readonly Range[]): 'full' | 'partial' | 'none' | 'no_content' {
  const frags = mergeRanges(fragments);
  if (frags.length === 0) return 'no_content';
  const pieces = frags.map(([s, e]) => text.slice(s, e));
  const joined = pieces.join(' ');
  const quotes = [...joined].filter((c) => DQ.test(c)).length;
  if (quotes === 0) return 'none';
  const core = joined.replace(/^[^\p{L}\p{N}"“”]+|[^\p{L}\p{N}"“”]+$/gu, '');
  if (quotes === 2 && DQ.test(core[0] ?? '') && DQ.test(core[core.length - 1] ?? '')) return 'full';
  return 'partial';
}

/**
 * Widens each fragment over double quotation marks right outside it (allowing `,.?!:;` between
 * the text and the closing mark), so that a predicted content given without its quote marks
 * (`It works` in `"It works," she said`) gets the same {@link quoteMarksClass} as the gold,
 * which includes them.
 */
export function expandOverQuotes(text: string, fragments: readonly Range[]): Range[] {
  return fragments.map(([s, e]) => {
    let a = s;
    let b = e;
    if (a > 0 && DQ.test(text[a - 1])) a--;
    let k = b;
    while (k < text.length && k - b < 2 && /[,.?!:;]/.test(text[k])) k++;
    if (k < text.length && DQ.test(text[k])) b = k + 1;
    return [a, b] as Range;
  });
}

// ---------------------------------------------------------------------------------------------
// PolNeAR-style scoring

/** An attribution reduced to what the PolNeAR scorer needs. Ranges are fragment lists (never the hull of a discontinuous span). */
export interface ScoredAttribution {
  source: Range[] | null;
  cue: Range[] | null;
  content: Range[] | null;
  /** Breakdown bucket by quotation marks (gold: `content_quote_marks`; predictions: {@link quoteMarksClass}). */
  quoteBucket: string;
  /** `according_to` when the cue is "according to", else `other`. */
  cueBucket: 'according_to' | 'other';
}

/** Per-bucket counts: gold items and how many of them were matched; predictions and how many were matched. */
export interface BucketCounts {
  gold: number;
  goldMatched: number;
  pred: number;
  predMatched: number;
}

/** Raw counts of one or more articles; add them with {@link addCounts}, turn them into rates with {@link summarizeCounts}. */
export interface PolnearCounts {
  articles: number;
  /** Unique source mentions, token-overlap matching. */
  source: { tp: number; gold: number; pred: number };
  /** Unique source mentions, exact (trimmed) matching. */
  sourceExact: { tp: number; gold: number; pred: number };
  /** Attributions: content overlaps and (source overlaps or both have none). */
  attribution: { tp: number; gold: number; pred: number };
  /** Attributions: content and source exactly equal (trimmed fragments), or both sources none. */
  attributionExact: { tp: number; gold: number; pred: number };
  /** Sourceless gold attributions and how many were matched (by the overlap matcher). */
  sourceless: { gold: number; matched: number };
  /** On overlap-matched attribution pairs: cue overlaps / cue exactly equal. */
  cue: { correct: number; exact: number; n: number };
  byQuote: Record<string, BucketCounts>;
  byCue: Record<string, BucketCounts>;
}

/** All-zero counts. */
export function emptyCounts(): PolnearCounts {
  return {
    articles: 0,
    source: { tp: 0, gold: 0, pred: 0 },
    sourceExact: { tp: 0, gold: 0, pred: 0 },
    attribution: { tp: 0, gold: 0, pred: 0 },
    attributionExact: { tp: 0, gold: 0, pred: 0 },
    sourceless: { gold: 0, matched: 0 },
    cue: { correct: 0, exact: 0, n: 0 },
    byQuote: {},
    byCue: {},
  };
}

/** Adds `b` into a copy of `a`. */
export function addCounts(a: PolnearCounts, b: PolnearCounts): PolnearCounts {
  const add3 = (x: { tp: number; gold: number; pred: number }, y: typeof x) => ({
    tp: x.tp + y.tp,
    gold: x.gold + y.gold,
    pred: x.pred + y.pred,
  });
  const addBuckets = (x: Record<string, BucketCounts>, y: Record<string, BucketCounts>) => {
    const out: Record<string, BucketCounts> = {};
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const u = x[k] ?? { gold: 0, goldMatched: 0, pred: 0, predMatched: 0 };
      const v = y[k] ?? { gold: 0, goldMatched: 0, pred: 0, predMatched: 0 };
      out[k] = {
        gold: u.gold + v.gold,
        goldMatched: u.goldMatched + v.goldMatched,
        pred: u.pred + v.pred,
        predMatched: u.predMatched + v.predMatched,
      };
    }
    return out;
  };
  return {
    articles: a.articles + b.articles,
    source: add3(a.source, b.source),
    sourceExact: add3(a.sourceExact, b.sourceExact),
    attribution: add3(a.attribution, b.attribution),
    attributionExact: add3(a.attributionExact, b.attributionExact),
    sourceless: { gold: a.sourceless.gold + b.sourceless.gold, matched: a.sourceless.matched + b.sourceless.matched },
    cue: { correct: a.cue.correct + b.cue.correct, exact: a.cue.exact + b.cue.exact, n: a.cue.n + b.cue.n },
    byQuote: addBuckets(a.byQuote, b.byQuote),
    byCue: addBuckets(a.byCue, b.byCue),
  };
}

/** Key for de-duplicating a fragment list. */
function rangesKey(r: readonly Range[]): string {
  return mergeRanges(r)
    .map(([s, e]) => `${s}-${e}`)
    .join(',');
}

/** Unique non-empty source fragment lists of a list of attributions. */
export function uniqueSources(atts: readonly ScoredAttribution[]): Range[][] {
  const seen = new Map<string, Range[]>();
  for (const a of atts) {
    if (!a.source || mergeRanges(a.source).length === 0) continue;
    const k = rangesKey(a.source);
    if (!seen.has(k)) seen.set(k, a.source);
  }
  return [...seen.values()];
}

/** True when both attributions have no source, or both have sources that overlap. */
function sourcesOverlap(index: TokenIndex, g: ScoredAttribution, p: ScoredAttribution): Overlap | null {
  const gs = g.source && mergeRanges(g.source).length > 0 ? g.source : null;
  const ps = p.source && mergeRanges(p.source).length > 0 ? p.source : null;
  if (!gs && !ps) return { shared: 0, jaccard: 1, unit: 'token' };
  if (!gs || !ps) return null;
  const o = overlap(index, gs, ps);
  return o.shared > 0 ? o : null;
}

/**
 * Matches the attributions of one article: each pair needs content overlap and source overlap
 * (or no source on both sides); ranked by content overlap + source overlap, then the sum of the Jaccards.
 */
export function matchAttributions(
  index: TokenIndex,
  gold: readonly ScoredAttribution[],
  pred: readonly ScoredAttribution[],
): Pair[] {
  return greedyMatch(gold.length, pred.length, (g, p) => {
    const gc = gold[g].content;
    const pc = pred[p].content;
    if (!gc || !pc) return null;
    const c = overlap(index, gc, pc);
    if (c.shared === 0) return null;
    const s = sourcesOverlap(index, gold[g], pred[p]);
    if (!s) return null;
    return [c.shared + s.shared, c.jaccard + s.jaccard];
  });
}

/**
 * Scores one article PolNeAR-style (see {@link PolnearCounts} for what is counted).
 * @param text the article text all ranges index into
 */
export function scorePolnearArticle(
  text: string,
  gold: readonly ScoredAttribution[],
  pred: readonly ScoredAttribution[],
): PolnearCounts {
  const index = new TokenIndex(text);
  const counts = emptyCounts();
  counts.articles = 1;

  // Source mentions (unique by fragments on each side).
  const gs = uniqueSources(gold);
  const ps = uniqueSources(pred);
  const srcPairs = greedyMatch(gs.length, ps.length, (g, p) => {
    const o = overlap(index, gs[g], ps[p]);
    return o.shared > 0 ? [o.shared, o.jaccard] : null;
  });
  counts.source = { tp: srcPairs.length, gold: gs.length, pred: ps.length };
  const srcExact = greedyMatch(gs.length, ps.length, (g, p) => (exactEqual(text, gs[g], ps[p]) ? [1] : null));
  counts.sourceExact = { tp: srcExact.length, gold: gs.length, pred: ps.length };

  // Attributions.
  const pairs = matchAttributions(index, gold, pred);
  counts.attribution = { tp: pairs.length, gold: gold.length, pred: pred.length };
  const exactPairs = greedyMatch(gold.length, pred.length, (g, p) => {
    const a = gold[g];
    const b = pred[p];
    if (!a.content || !b.content || !exactEqual(text, a.content, b.content)) return null;
    const as = a.source && mergeRanges(a.source).length > 0 ? a.source : null;
    const bs = b.source && mergeRanges(b.source).length > 0 ? b.source : null;
    if (!as && !bs) return [1];
    if (!as || !bs) return null;
    return exactEqual(text, as, bs) ? [1] : null;
  });
  counts.attributionExact = { tp: exactPairs.length, gold: gold.length, pred: pred.length };

  const goldMatched = new Set(pairs.map((p) => p.gold));
  const predMatched = new Set(pairs.map((p) => p.pred));
  for (let g = 0; g < gold.length; g++) {
    if (!gold[g].source || mergeRanges(gold[g].source ?? []).length === 0) {
      counts.sourceless.gold++;
      if (goldMatched.has(g)) counts.sourceless.matched++;
    }
  }

  // Cue accuracy on matched pairs.
  for (const { gold: g, pred: p } of pairs) {
    counts.cue.n++;
    const gc = gold[g].cue;
    const pc = pred[p].cue;
    if (gc && pc && overlap(index, gc, pc).shared > 0) counts.cue.correct++;
    if (gc && pc && exactEqual(text, gc, pc)) counts.cue.exact++;
  }

  // Breakdowns.
  const bump = (rec: Record<string, BucketCounts>, key: string, field: keyof BucketCounts) => {
    rec[key] ??= { gold: 0, goldMatched: 0, pred: 0, predMatched: 0 };
    rec[key][field]++;
  };
  gold.forEach((a, g) => {
    bump(counts.byQuote, a.quoteBucket, 'gold');
    bump(counts.byCue, a.cueBucket, 'gold');
    if (goldMatched.has(g)) {
      bump(counts.byQuote, a.quoteBucket, 'goldMatched');
      bump(counts.byCue, a.cueBucket, 'goldMatched');
    }
  });
  pred.forEach((a, p) => {
    bump(counts.byQuote, a.quoteBucket, 'pred');
    bump(counts.byCue, a.cueBucket, 'pred');
    if (predMatched.has(p)) {
      bump(counts.byQuote, a.quoteBucket, 'predMatched');
      bump(counts.byCue, a.cueBucket, 'predMatched');
    }
  });
  return counts;
}

/** Per-bucket rates: recall over gold in the bucket, precision over predictions assigned to the bucket. */
export interface BucketSummary extends BucketCounts {
  recall: number | null;
  precision: number | null;
}

/** Rates computed from {@link PolnearCounts} (micro-averaged over articles). */
export interface PolnearSummary {
  articles: number;
  source: PRF;
  sourceExact: PRF;
  attribution: PRF;
  attributionExact: PRF;
  sourcelessRecall: Accuracy;
  cue: Accuracy;
  cueExact: Accuracy;
  byQuote: Record<string, BucketSummary>;
  byCue: Record<string, BucketSummary>;
}

/** Turns summed counts into P/R/F1 and accuracies. */
export function summarizeCounts(c: PolnearCounts): PolnearSummary {
  const buckets = (rec: Record<string, BucketCounts>) =>
    Object.fromEntries(
      Object.entries(rec)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [
          k,
          { ...v, recall: v.gold > 0 ? v.goldMatched / v.gold : null, precision: v.pred > 0 ? v.predMatched / v.pred : null },
        ]),
    );
  return {
    articles: c.articles,
    source: prf(c.source.tp, c.source.gold, c.source.pred),
    sourceExact: prf(c.sourceExact.tp, c.sourceExact.gold, c.sourceExact.pred),
    attribution: prf(c.attribution.tp, c.attribution.gold, c.attribution.pred),
    attributionExact: prf(c.attributionExact.tp, c.attributionExact.gold, c.attributionExact.pred),
    sourcelessRecall: accuracy(c.sourceless.matched, c.sourceless.gold),
    cue: accuracy(c.cue.correct, c.cue.n),
    cueExact: accuracy(c.cue.exact, c.cue.n),
    byQuote: buckets(c.byQuote),
    byCue: buckets(c.byCue),
  };
}

// ---------------------------------------------------------------------------------------------
// Text search with normalization (for the seed gold, which gives text, not offsets)

const QUOTE_CHARS = /["“”„‟«»*]/;
const APOS_CHARS = /[‘’‛′`]/;

/**
 * Normalized view of `text[range]`: lower-cased, double quotes and `*` removed, typographic
 * apostrophes folded to `'`, whitespace runs collapsed to one space, edges trimmed.
 * `map[i]` is the offset in `text` of normalized character `i`.
 */
export function normalizeWithMap(text: string, range: Range = [0, text.length]): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let pendingSpace = false;
  for (let i = range[0]; i < range[1]; i++) {
    let ch = text[i];
    if (QUOTE_CHARS.test(ch)) continue;
    if (/\s/.test(ch)) {
      pendingSpace = norm.length > 0;
      continue;
    }
    if (pendingSpace) {
      norm += ' ';
      map.push(i - 1);
      pendingSpace = false;
    }
    if (APOS_CHARS.test(ch)) ch = "'";
    for (const c of ch.toLowerCase()) {
      norm += c;
      map.push(i);
    }
  }
  return { norm, map };
}

/** {@link normalizeWithMap} without the map. */
export function normalizeText(s: string): string {
  return normalizeWithMap(s).norm;
}

/** Normalized text with edge punctuation removed (used for the seed gold content prefixes). */
export function normalizeLoose(s: string): string {
  return normalizeText(s).replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/** All occurrences of `needle` (compared with {@link normalizeLoose}) inside `text[within]`, as ranges into `text`. */
export function findNormalized(text: string, needle: string, within: Range = [0, text.length]): Range[] {
  const n = normalizeLoose(needle);
  if (!n) return [];
  const { norm, map } = normalizeWithMap(text, within);
  const out: Range[] = [];
  for (let i = norm.indexOf(n); i >= 0; i = norm.indexOf(n, i + 1)) out.push([map[i], map[i + n.length - 1] + 1]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Seed gold scoring

/** One record of `seed/gold.jsonl`. */
export interface SeedGold {
  article: string;
  source_text: string;
  speaker: string;
  cue: string;
  type: string;
  /** The first ~12 words of the content, verbatim. */
  content: string;
  named: boolean;
  category: string;
  /** 1-based paragraph (blank-line block) of the body. */
  paragraph: number;
}

/** One record of `seed/non_attributions.jsonl`. */
export interface SeedNegative {
  article: string;
  text: string;
  why: string;
}

/** A prediction reduced to what the seed scorer needs (ranges into the body text). */
export interface SeedPrediction {
  source: Range[] | null;
  cue: Range[] | null;
  content: Range[] | null;
  speaker: string | null;
  type: string;
  named: boolean;
  category: string;
}

/** A seed gold record with its spans located in the body (null when the text was not found). */
export interface LocatedSeedGold {
  gold: SeedGold;
  content: Range | null;
  source: Range | null;
  cue: Range | null;
}

/** Distance between two ranges (0 when they touch or overlap). */
function rangeDistance(a: Range, b: Range): number {
  return Math.max(0, Math.max(a[0], b[0]) - Math.min(a[1], b[1]));
}

/**
 * Finds a seed gold record in the body: the content prefix inside its paragraph, then the
 * occurrences of `source_text` and `cue` in that paragraph closest to the content.
 * @param paragraphs the body's paragraphs as ranges, in order (gold `paragraph` is 1-based)
 */
export function locateSeedGold(text: string, paragraphs: readonly Range[], gold: SeedGold): LocatedSeedGold {
  const par = paragraphs[gold.paragraph - 1] ?? ([0, text.length] as Range);
  const contents = findNormalized(text, gold.content, par);
  const content = contents[0] ?? null;
  const nearest = (needle: string, exclude: Range | null): Range | null => {
    let best: Range | null = null;
    let bestD = Infinity;
    for (const r of findNormalized(text, needle, par)) {
      if (exclude && sharedChars([r], [exclude]) > 0) continue;
      const d = content ? rangeDistance(r, content) : 0;
      if (d < bestD) {
        best = r;
        bestD = d;
      }
    }
    return best;
  };
  return { gold, content, source: nearest(gold.source_text, content), cue: nearest(gold.cue, content) };
}

/** Canonical speaker string for comparison: {@link normalizeLoose}, leading "the " dropped. */
export function normalizeSpeaker(s: string | null): string {
  return normalizeLoose(s ?? '').replace(/^the /, '');
}

/** Result of scoring predictions against the seed gold. */
export interface SeedResult {
  /** Attribution P/R/F1; predictions that hit a negative count as false positives and are never matched. */
  attribution: PRF;
  /** Recall if the source requirement is dropped (content evidence only), for diagnosis. */
  contentOnlyRecall: Accuracy;
  speaker: Accuracy;
  type: Accuracy;
  named: Accuracy;
  category: Accuracy;
  /** Gold records whose content prefix could not be found in the body (should be 0). */
  unlocated: number;
  pairs: Pair[];
  unmatchedGold: number[];
  /** Predictions matching no gold (includes negative hits). */
  falsePositives: number[];
  /** For each negative: indices of the predictions whose content or cue overlaps it (empty = not produced). */
  negativeHits: number[][];
  /** Negatives that could not be found in the body. */
  negativesUnlocated: number;
}

/**
 * Scores predictions on the seed article.
 *
 * A (gold, prediction) pair is a candidate when
 * 1. **content**: the predicted content shares a token with the located gold content prefix
 *    (which is inside the gold paragraph), or — if the prefix was not found — the normalized
 *    predicted content text contains the normalized prefix; and
 * 2. **source**: the predicted source shares a token with the located gold `source_text`, or the
 *    normalized predicted source text equals the normalized `source_text` (all seed gold have a source).
 *
 * Candidates are ranked by (predicted content contains the whole prefix, source exactly equal,
 * content token overlap) and matched greedily one-to-one. Before matching, every prediction
 * whose content or cue shares a token with a located negative is flagged: it counts as a false
 * positive and cannot match a gold record.
 */
export function scoreSeed(
  text: string,
  paragraphs: readonly Range[],
  gold: readonly SeedGold[],
  negatives: readonly SeedNegative[],
  pred: readonly SeedPrediction[],
): SeedResult {
  const index = new TokenIndex(text);
  const located = gold.map((g) => locateSeedGold(text, paragraphs, g));
  const slice = (r: Range[] | null) => (r ? mergeRanges(r).map(([s, e]) => text.slice(s, e)).join(' ') : '');

  // Negatives.
  let negativesUnlocated = 0;
  const negativeHits: number[][] = negatives.map((n) => {
    const where = findNormalized(text, n.text);
    if (where.length === 0) {
      negativesUnlocated++;
      return [];
    }
    const hits: number[] = [];
    pred.forEach((p, i) => {
      const hit = where.some(
        (r) => (p.content && overlap(index, [r], p.content).shared > 0) || (p.cue && overlap(index, [r], p.cue).shared > 0),
      );
      if (hit) hits.push(i);
    });
    return hits;
  });
  const flagged = new Set(negativeHits.flat());

  const contentEvidence = (g: LocatedSeedGold, p: SeedPrediction): { contains: boolean; shared: number } | null => {
    if (!p.content) return null;
    const contains = normalizeLoose(slice(p.content)).includes(normalizeLoose(g.gold.content));
    if (g.content) {
      const o = overlap(index, [g.content], p.content);
      if (o.shared === 0) return null;
      return { contains, shared: o.shared };
    }
    return contains ? { contains, shared: 0 } : null;
  };
  const sourceEvidence = (g: LocatedSeedGold, p: SeedPrediction): { exact: boolean } | null => {
    if (!p.source || mergeRanges(p.source).length === 0) return null;
    const exact = normalizeLoose(slice(p.source)) === normalizeLoose(g.gold.source_text);
    if (exact) return { exact };
    if (g.source && overlap(index, [g.source], p.source).shared > 0) return { exact };
    return null;
  };

  const pairs = greedyMatch(located.length, pred.length, (gi, pi) => {
    if (flagged.has(pi)) return null;
    const c = contentEvidence(located[gi], pred[pi]);
    if (!c) return null;
    const s = sourceEvidence(located[gi], pred[pi]);
    if (!s) return null;
    return [(c.contains ? 1 : 0) + (s.exact ? 1 : 0), c.shared];
  });
  const contentOnly = greedyMatch(located.length, pred.length, (gi, pi) => {
    if (flagged.has(pi)) return null;
    const c = contentEvidence(located[gi], pred[pi]);
    return c ? [c.contains ? 1 : 0, c.shared] : null;
  });

  let speaker = 0;
  let type = 0;
  let named = 0;
  let category = 0;
  for (const { gold: gi, pred: pi } of pairs) {
    const g = gold[gi];
    const p = pred[pi];
    if (normalizeSpeaker(p.speaker) === normalizeSpeaker(g.speaker)) speaker++;
    if (p.type === g.type) type++;
    if (p.named === g.named) named++;
    if (p.category === g.category) category++;
  }
  const matchedG = new Set(pairs.map((p) => p.gold));
  const matchedP = new Set(pairs.map((p) => p.pred));
  return {
    attribution: prf(pairs.length, gold.length, pred.length),
    contentOnlyRecall: accuracy(contentOnly.length, gold.length),
    speaker: accuracy(speaker, pairs.length),
    type: accuracy(type, pairs.length),
    named: accuracy(named, pairs.length),
    category: accuracy(category, pairs.length),
    unlocated: located.filter((l) => !l.content).length,
    pairs,
    unmatchedGold: gold.map((_, i) => i).filter((i) => !matchedG.has(i)),
    falsePositives: pred.map((_, i) => i).filter((i) => !matchedP.has(i)),
    negativeHits,
    negativesUnlocated,
  };
}
