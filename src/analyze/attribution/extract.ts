/**
 * The attribution rules: cue-anchored patterns (source–cue–content in either order, inversion,
 * asides, "according to"), quote-anchored patterns (`"…" -Name`, `From X: "…"`, `X: "…"`) and
 * continuation of a speaker's quote across sentences and paragraphs. Produces raw attributions with
 * token/char spans; speakers and categories are filled in by `speakers.ts`.
 * @module
 */
import type { AttributionType, Span } from '../../types.ts';
import { EVENT_OBJECTS, NOUN_CUES, NOUN_CUES_PREP, NOUN_CUES_TO, cueLemma as cueLemmaOf, matchCue, type CueMatch } from './cues.ts';
import { ABBREVIATIONS, lowers, type Scan, type ScanSentence, type Tok } from './scan.ts';
import type { CueEntry } from './cues.ts';
import { chunk, npEndingAt, sourceLeftOf, sourceRightOf, type SourceChunk } from './sources.ts';
import {
  ADDRESSEE_NOUNS, ANONYMITY, ANONYMITY_START, ARTICLES_POSSESSIVES, AS_VERBS, AUX_ADV, BAD_LAST, BE, CLAUSE_MARKERS, CLAUSE_WORDS, COLON_EXCLUDE,
  DASHES, DETERMINERS, DOC_NOUNS, EVIDENCE_NOUNS, EVIDENTIAL_HEADS, FRACTIONS, GENERIC_STOP, HEDGE_ADVERBS, INVERTED_SOURCE_FOLLOWERS,
  IRREGULAR_PAST, NAME_GLUE, NOT_SOURCE_STARTS, NOUN_DET, NOUN_PRONE, OBJ_PRONOUNS, ONE_WORD_NOT_SOURCES, PAGE_LABELS, PREPOSITIONS,
  PRONOUNS, QUANT_SOURCES, QUESTION_LINKS, ROLE_HEADS, RULING_NOUNS, SAY_VERBS, SUBJECT_STARTS, SUBORDINATORS, TELL_ZERO, TIME_WORDS,
  TITLE_CUES, VERB_STOP, WH, ZERO_BAD_START, ZERO_SUBJECT_STARTS, isLyAdverb,
} from './words.ts';

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
  sent: number;
}

/** Options of the rules. */
export interface ExtractOptions {
  /** Report attributions whose cue is inside a quotation (default true). */
  nested: boolean;
  /** Attach following quote sentences/paragraphs of the same speaker as content fragments (default true). */
  continuation: boolean;
}




interface Ctx {
  scan: Scan;
  toks: Tok[];
  words: string[];
  out: RawAttribution[];
  /** 1 for tokens already used as a cue. */
  usedCue: Uint8Array;
  /** Index of the last quote-mark token before each token (-1 if none). */
  prevQuote: Int32Array;
  opts: ExtractOptions;
}

const ANY_NOUN_CUE: ReadonlySet<string> = new Set([...NOUN_CUES, ...NOUN_CUES_TO, ...NOUN_CUES_PREP.keys()]);

/** Runs the rules over a scanned text. */
export function extractRaw(scan: Scan, opts: ExtractOptions): RawAttribution[] {
  const toks = scan.toks;
  const prevQuote = new Int32Array(toks.length + 1);
  let lastQ = -1;
  for (let i = 0; i <= toks.length; i++) {
    prevQuote[i] = lastQ;
    if (i < toks.length && toks[i].kind === 'quote') lastQ = i;
  }
  const ctx: Ctx = { scan, toks, words: lowers(toks), out: [], usedCue: new Uint8Array(toks.length), prevQuote, opts };
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
  // intentions and NP-object cues inside another attribution's content are not separate reports
  // (nothing to filter, and no index to build, when no attribution is top-level-only)
  if (!ctx.out.some((r) => r.topLevel)) return ctx.out;
  // contents of the other attributions, sorted by start, with the running maximum of their ends
  const spans = contentIndex(ctx.out);
  const out = ctx.out.filter((r) => !r.topLevel || !insideContent(spans, r.cue));
  if (out.length !== ctx.out.length) {
    // re-index shared sources
    const idx = new Map(ctx.out.map((r, i) => [r, i]));
    const newIdx = new Map(out.map((r, i) => [idx.get(r)!, i]));
    for (const r of out) if (r.sharedWith >= 0) r.sharedWith = newIdx.get(r.sharedWith) ?? -1;
  }
  return out;
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

/** Lower bound for leftward scans: sentence start, or the start of the quote the cue is in. */
function leftBound(ctx: Ctx, s: ScanSentence, t: number): number {
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
function rightBound(ctx: Ctx, s: ScanSentence, t: number): number {
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
function trimRange(ctx: Ctx, a: number, b: number): [number, number] {
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
function quoteEndTok(ctx: Ctx, q: number): number {
  const qt = ctx.scan.quoteToks[q];
  if (qt.close >= 0) return qt.close + 1;
  const innerEnd = ctx.scan.quotes[q].innerEnd;
  let k = qt.open + 1;
  while (k < ctx.toks.length && ctx.toks[k].end <= innerEnd) k++;
  return k;
}

function typeOf(ctx: Ctx, pieces: [number, number][], inside = -1): AttributionType {
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

function chainsIn(ctx: Ctx, pieces: [number, number][], inside = -1): number[] {
  const out = new Set<number>();
  for (const [a, b] of pieces) for (let k = a; k < b; k++) if (ctx.toks[k].quote >= 0 && ctx.toks[k].quote !== inside) out.add(ctx.scan.quotes[ctx.toks[k].quote].chain);
  return [...out];
}

function emit(ctx: Ctx, si: number, cueA: number, cueB: number, lemma: string, src: SourceChunk | null, pieces: [number, number][], type: AttributionType | null, sharedWith = -1, topLevel = false): RawAttribution | null {
  const toks = ctx.toks;
  // every remaining piece holds at least one token, so a non-empty list has content
  const clean = pieces.filter(([a, b]) => b > a);
  if (clean.length === 0) return null;
  for (let k = cueA; k < cueB; k++) ctx.usedCue[k] = 1;
  const nested = toks[cueA].quote >= 0 && ctx.scan.quoteToks[toks[cueA].quote].open !== cueA - 1;
  if (nested && (!ctx.opts.nested || topLevel)) return null;
  if (nested && src && src.end - src.start === 1 && /^(?:i|we|you)$/.test(toks[src.start].lower)) return null;
  const r: RawAttribution = {
    type: type ?? typeOf(ctx, clean, nested ? toks[cueA].quote : -1),
    source: src ? span(toks, src.start, src.end) : null,
    sourceToks: src,
    cue: span(toks, cueA, cueB),
    cueLemma: lemma,
    content: spans(toks, clean),
    sharedWith,
    appositive: src?.appositive ? span(toks, src.appositive.start, src.appositive.end) : null,
    nested,
    chains: chainsIn(ctx, clean, nested ? toks[cueA].quote : -1),
    topLevel,
    sent: si,
  };
  ctx.out.push(r);
  return r;
}

/** The content range of a quote that opens at token `open`: whole quote incl. marks, possibly past the sentence. */
function quoteRange(ctx: Ctx, q: number): [number, number] {
  return [ctx.scan.quoteToks[q].open, quoteEndTok(ctx, q)];
}

/** Skips adverbials between a cue and its complement: ", however,", "at a press conference", "on Friday", "for the first time". */
function skipAdverbials(ctx: Ctx, p: number, hi: number): number {
  const toks = ctx.toks;
  const w = ctx.words;
  for (let round = 0; round < 3; round++) {
    if (p >= hi) return p;
    // "said this is …": a demonstrative subject, not "this week"
    if (w[p] === 'this' && CLAUSE_MARKERS.has(w[p + 1] ?? '')) return p;
    if (w[p] === ',' && p + 2 < hi && (HEDGE_ADVERBS.has(w[p + 1]) || isLyAdverb(w[p + 1])) ) {
      let k = p + 1;
      while (k < hi && k - p < 8 && w[k] !== ',') k++;
      if (k < hi && w[k] === ',') {
        p = k + 1;
        continue;
      }
    }
    if ((PREPOSITIONS.has(w[p]) && w[p] !== 'to' && w[p] !== 'of') || TIME_WORDS.has(w[p]) || w[p] === 'then' || w[p] === 'repeatedly' || (isLyAdverb(w[p]) && toks[p].kind === 'word')) {
      // scan to the next "that"/","/":"/quote within a window
      let k = p;
      while (k < hi && k - p < 14 && w[k] !== 'that' && !(w[k] === ',' && !(toks[k - 1].cap && toks[k + 1]?.cap && (w[k + 2] === ',' || w[k + 2] === 'that'))) && w[k] !== ':' && toks[k].kind !== 'quote' && !WH.has(w[k])) k++;
      if (k + 1 < hi && w[k] === ',' && w[k + 1] === 'that') k++;
      if (k >= hi || (w[k] !== 'that' && w[k] !== ',' && w[k] !== ':' && toks[k].kind !== 'quote')) {
        // "said after the convention he would …": the clause starts at a subject pronoun
        let q = p + 1;
        // "said Thursday he would …": a bare day name, then the clause
        if (/(?:day|today|yesterday|tonight)$/.test(w[p]) && PRONOUNS.has(w[p + 1] ?? '') && w[p + 1] !== 'it' && w[p + 1] !== 'you') return p + 1;
        while (q < hi && q - p < 8 && !(PRONOUNS.has(w[q]) && w[q] !== 'it' && w[q] !== 'you' && q > p + 1) && w[q] !== ',' && toks[q].kind !== 'quote') q++;
        if (q < hi && q - p < 8 && PRONOUNS.has(w[q])) return q;
      }
      if (k < hi && k > p && (w[k] === 'that' || w[k] === ',' || w[k] === ':' || toks[k].kind === 'quote')) {
        p = k;
        continue;
      }
      return p;
    }
    return p;
  }
  return p;
}

/** "Port records (from the last three years) show …": an evidence noun shortly before a bare "show". */
function evidenceNounBefore(ctx: Ctx, s: ScanSentence, t: number): boolean {
  for (let k = t - 1; k >= s.tokStart && k >= t - 10; k--) {
    if (ctx.toks[k].kind === 'quote' || ctx.words[k] === ';') return false;
    if (EVIDENCE_NOUNS.has(ctx.words[k]) && !ctx.toks[k].cap) return true;
  }
  return false;
}

const frameSets = new WeakMap<CueEntry, ReadonlySet<string>>();
/** The frames of a cue entry as a set (built once per entry). */
function framesOf(e: CueEntry): ReadonlySet<string> {
  let f = frameSets.get(e);
  if (!f) {
    f = new Set<string>(e.frames);
    frameSets.set(e, f);
  }
  return f;
}

function isNounUse(ctx: Ctx, t: number, m: CueMatch): boolean {
  if (t === 0) return false;
  if ((m.form === 'past' || m.form === 'participle') && !ARTICLES_POSSESSIVES.has(ctx.words[t - 1])) return false;
  const prev = ctx.words[t - 1];
  if (prev === "'s" && (m.form === 'ing' || m.form === 'past' || PRONOUNS.has(ctx.words[t - 2] ?? '') || /^(?:that|there|what|who|here)$/.test(ctx.words[t - 2] ?? ''))) return false;
  if (NOUN_DET.has(prev) && !(t + 1 < ctx.words.length && ctx.words[t + 1] === 'that' && /^(?:some|many|others|most|few|several|both|all)$/.test(prev))) return true;
  if (m.form === 's' && NOUN_PRONE.has(m.entry.lemma) && ctx.toks[t - 1].cap && /(?:ic|an|ian|ish|ese)$/.test(prev)) return true;
  // "a new report", "its overreaching plan": determiner + adjective + noun-able cue
  if (m.form === 'base' && NOUN_PRONE.has(m.entry.lemma) && ctx.toks[t - 1].kind === 'word' && !ctx.toks[t - 1].cap && !prev.endsWith('s') && NOUN_DET.has(ctx.words[t - 2] ?? '')) return true;
  return false;
}

function verbCue(ctx: Ctx, s: ScanSentence, si: number, t: number, m: CueMatch): void {
  const toks = ctx.toks;
  const w = ctx.words;
  const e = m.entry;
  const cueEnd = t + m.length;
  let cueB = cueEnd;
  if (isNounUse(ctx, t, m)) return;
  // "battleground states", "the show": noun-prone forms need a complement marker right after them
  if (e.lemma === 'state' && m.form !== 'past' && w[cueEnd] !== 'that') return;
  if ((e.lemma === 'state' || e.lemma === 'show' || e.lemma === 'post' || e.lemma === 'plan' || e.lemma === 'call') && m.form !== 'past' && m.form !== 'participle' && !(w[cueEnd] === 'that' || w[cueEnd] === ':' || w[cueEnd] === 'to' || w[cueEnd] === 'for' || w[cueEnd] === 'on' || toks[cueEnd]?.kind === 'quote' || (w[cueEnd] === ',' && toks[cueEnd + 1]?.kind === 'quote'))) {
    if (!(t - 1 >= s.tokStart && (PRONOUNS.has(w[t - 1]) || toks[t - 1].cap)) && !(e.lemma === 'show' && (toks[cueEnd]?.kind === 'word' || w[cueEnd] === ',' || w[cueEnd] === '.') && toks[cueEnd].para === toks[t].para && evidenceNounBefore(ctx, s, t))) return;
  }
  const lo = leftBound(ctx, s, t);
  const hi = rightBound(ctx, s, t);
  // infinitive "to say" / "declined to comment": not a report (except "went on to say")
  if (m.form === 'base' && t > 0 && w[t - 1] === 'to') return;
  // passive: "was told", "is said to", "were reported" — only with a "by"-source
  let j = t - 1;
  while (j >= lo && (w[j] === 'also' || w[j] === 'not' || w[j] === "n't" || w[j] === 'first' || w[j] === 'being' || w[j] === 'later' || w[j] === 'never' || w[j] === 'once' || (isLyAdverb(w[j]) && !toks[j].cap))) j--;
  if (e.lemma === 'ask' && m.form === 'past' && w[cueEnd] === 'by' && (j < lo || BE.has(w[j]) || /^(?:when|after|if|once|as|while|,)$/.test(w[j]))) {
    // "Asked by the host to respond …", "when asked by a reporter whether …": the asker is the source
    askedBy(ctx, si, t, cueEnd, hi);
    return;
  }
  if ((m.form === 'past' || m.form === 'participle') && j >= lo && BE.has(w[j])) {
    // passive with a stated source: "The issue was first reported by The Washington Post."
    let b = cueEnd;
    while (b < hi && (w[b] === 'first' || w[b] === 'also' || isLyAdverb(w[b]))) b++;
    if (e.lemma !== 'tell' && e.lemma !== 'ask' && w[b] === 'by' && !e.topLevel) {
      const agent = sourceRightOf(toks, b + 1, hi, 12);
      let k = j;
      while (k - 1 >= lo && AUX_ADV.has(w[k - 1]) && !toks[k - 1].cap) k--;
      const [ca, cb] = trimRange(ctx, lo, k);
      if (agent && (toks[agent.start].cap || DETERMINERS.has(w[agent.start])) && cb - ca >= 1 && cb - ca <= 15) {
        const ag: SourceChunk = chunk(agent.start, agent.end);
        if (validSource(ctx, ag)) emit(ctx, si, t, cueEnd, e.lemma, ag, [[ca, cb]], null);
      }
    }
    return;
  }
  const frames = framesOf(e);
  if (e.cls === 'belief') {
    // belief verbs: asides ("Iran, he believes, is …"); those with more frames also take a clause or object
    const n = ctx.out.length;
    aside(ctx, s, si, t, m, lo, hi);
    if (ctx.out.length > n || frames.size === 1) return;
  }
  // ---- inversion: '"…," said Mullen' / 'The plan is flawed, said Revesz.'
  const prevTok = t - 1 >= s.tokStart ? toks[t - 1] : null;
  const afterQuote = prevTok !== null && prevTok.kind === 'quote' && prevTok.qrole === 'close';
  const afterComma = prevTok !== null && prevTok.text === ',';
  if ((afterQuote || (afterComma && !sourceLeftOf(toks, t, lo))) && frames.has('inverted')) {
    const right = sourceRightOf(toks, cueEnd, hi);
    if (right && (isInvertedSource(toks, right, hi) || (afterQuote && (isPersonNoun(toks, right, hi) || isQuotedSpeakerPhrase(toks, right, hi))))) {
      const left = leftContent(ctx, s, t, s.tokStart);
      if (left) {
        emit(ctx, si, t, cueB, e.lemma, right, [left], null, -1, !!e.topLevel);
        return;
      }
    }
  }
  // ---- participial: ", saying that …" / ", adding …"
  let src: SourceChunk | null = null;
  let shared = -1;
  if (m.form === 'ing') {
    let jj = t - 1;
    while (jj > s.tokStart && (w[jj] === 'even' || w[jj] === 'also' || w[jj] === 'then' || w[jj] === 'later' || isLyAdverb(w[jj]))) jj--;
    const pt = jj >= s.tokStart ? toks[jj] : null;
    if (pt && (pt.text === ',' || w[jj] === 'and' || w[jj] === 'before' || w[jj] === 'after' || w[jj] === 'while' || w[jj] === 'by' || w[jj] === 'when')) {
      if (e.cls !== 'speech' && e.cls !== 'report' && e.cls !== 'evaluative') return;
      shared = lastInSentence(ctx, si);
      if (shared < 0) src = sentenceSubject(ctx, s, t);
      if (shared < 0 && !src) return;
    } else if (j >= lo && (w[j] === 'is' || w[j] === 'are' || w[j] === 'was' || w[j] === 'were' || w[j] === "'s" || w[j] === 'been')) {
      src = sourceLeftOf(toks, j + 1, lo);
    } else if (e.lemma !== 'add' && e.cls !== 'evidential' && t - 1 >= lo && toks[t - 1].kind === 'word' && !toks[t - 1].cap && !DETERMINERS.has(w[t - 1]) && !PREPOSITIONS.has(w[t - 1]) && !CLAUSE_WORDS.has(w[t - 1]) && !AUX_ADV.has(w[t - 1]) && !PRONOUNS.has(w[t - 1]) && (ROLE_HEADS.has(w[t - 1]) || w[t - 1] === 'percent' || EVIDENCE_NOUNS.has(w[t - 1]) || /(?:ers|ors|ists|ans|calls|letters|ads|statements)$/.test(w[t - 1]))) {
      // "a third of the farmers saying they …", "calls saying the road was closed": a reduced relative after a people noun
      src = npEndingAt(toks, t - 1, lo);
      if (!src) return;
    } else if (e.cls === 'evidential' && t - 1 >= lo && EVIDENCE_NOUNS.has(w[t - 1]) && !toks[t - 1].cap) {
      // "a new poll showing the mayor ahead", "emails showing that …"
      src = npEndingAt(toks, t - 1, lo);
      if (!src) return;
    } else return;
  } else {
    src = sourceLeftOf(toks, t, lo);
    if (!src && t - 1 >= lo && (w[t - 1] === 'and' || w[t - 1] === 'but' || (w[t - 1] === 'also' && w[t - 2] === 'and'))) {
      shared = lastInSentence(ctx, si);
      if (shared < 0) src = sentenceSubject(ctx, s, t);
      if (shared < 0 && !src) return;
    }
    if (!src && shared < 0 && prevTok && prevTok.text === ',') src = sentenceSubject(ctx, s, t);
    if (!src && shared < 0) return;
  }
  if (src && !validSource(ctx, src)) return;
  if (e.personal && !personLike(ctx, shared >= 0 ? ctx.out[shared].sourceToks : src)) return;
  const srcForEmit = shared >= 0 ? ctx.out[shared].sourceToks : src;
  let right = rightContent(ctx, s, t, m, cueEnd, hi);
  // "who asked not to be named", "requested anonymity": the speaker's own wish about anonymity, not reported content
  if (right && right.pieces.length === 1 && ANONYMITY_START.has(w[right.pieces[0][0]]) && ANONYMITY.test(ctx.scan.text.slice(toks[right.pieces[0][0]].start, toks[right.pieces[0][1] - 1].end))) return;
  if (right && !right.strong && e.cls === 'evidential' && src) {
    // head noun: the last word before a post-modifier ("FEC records from the 2008 cycle" → "records")
    let he = src.end;
    for (let k = src.start + 1; k < src.end; k++) {
      if ((PREPOSITIONS.has(w[k]) || w[k] === ',' || w[k] === '(') && toks[k - 1].kind === 'word') {
        he = k;
        break;
      }
    }
    if (!EVIDENTIAL_HEADS.has(w[he - 1])) right = null;
  }
  const quoteBefore = src !== null && src.start - 1 >= s.tokStart && (toks[src.start - 1].kind === 'quote' && toks[src.start - 1].qrole === 'close' || (toks[src.start - 1].text === ',' && toks[src.start - 2]?.kind === 'quote' && toks[src.start - 2].qrole === 'close'));
  if (right && right.strong && !quoteBefore) {
    emit(ctx, si, t, cueB, e.lemma, srcForEmit, right.pieces, null, shared, !!e.topLevel);
    return;
  }
  // ---- trailing attribution: '"…," Mullen said.' / 'The plan is flawed, Revesz said.' / asides
  if (src && src.start - 1 >= s.tokStart) {
    const before = toks[src.start - 1];
    const isTrail = before.text === ',' || (before.kind === 'quote' && before.qrole === 'close') || before.text === '\u2014' || before.text === '--';
    const p = skipTrailingAdverbials(ctx, cueEnd, hi);
    const endsClause = quoteBefore || p >= hi || w[p] === ',' || w[p] === '.' || w[p] === ';' || w[p] === '!' || w[p] === '?' || (toks[p].kind === 'quote' && toks[p].qrole === 'open') || (toks[p].kind === 'quote' && toks[p].qrole === 'close');
    if (isTrail && endsClause) {
      const left = leftContent(ctx, s, src.start, lo);
      if (left) {
        const pieces: [number, number][] = [left];
        if (p < hi && w[p] === ',' && p + 1 < hi) {
          const q = toks[p + 1];
          if (q.kind === 'quote' && q.qrole === 'open') pieces.push(quoteRange(ctx, q.quote));
          else if (toks[left[0]].kind !== 'quote' && before.text === ',') {
            const [a, b] = trimRange(ctx, p + 1, hi);
            if (b > a) pieces.push([a, b]);
          }
        } else if (p === cueEnd && p < hi && toks[p].kind === 'quote' && toks[p].qrole === 'open') {
          pieces.push(quoteRange(ctx, toks[p].quote));
        }
        const leftLen = left[1] - left[0];
        if (leftLen >= 3 || pieces.length > 1 || toks[left[0]].kind === 'quote') {
          emit(ctx, si, t, cueB, e.lemma, srcForEmit, pieces, null, shared, !!e.topLevel);
          return;
        }
      }
    }
  }
  // '“…?” Vitter demanded.': the quote ended the previous sentence with ? or !
  if (src && src.start === s.tokStart && s.tokStart > 0 && !right) {
    const pq = toks[s.tokStart - 1];
    const p = skipTrailingAdverbials(ctx, cueEnd, hi);
    if (pq.kind === 'quote' && pq.qrole === 'close' && pq.para === toks[t].para && (p >= hi || w[p] === '.' || w[p] === ',')) {
      const open = ctx.scan.quoteToks[pq.quote].open;
      if (open >= 0) {
        emit(ctx, si, t, cueB, e.lemma, srcForEmit, [[open, s.tokStart]], null, shared, !!e.topLevel);
        return;
      }
    }
  }
  if (right) emit(ctx, si, t, cueB, e.lemma, srcForEmit, right.pieces, null, shared, !!e.topLevel);
}

/** "Asked by X to/if/whether/about …": source X, content the question. */
function askedBy(ctx: Ctx, si: number, t: number, cueEnd: number, hi: number): void {
  const toks = ctx.toks;
  const w = ctx.words;
  let k = cueEnd + 1;
  while (k < hi && k - cueEnd <= 8 && toks[k].kind !== 'punct' && toks[k].kind !== 'quote' && !QUESTION_LINKS.has(w[k])) k++;
  if (k >= hi || k === cueEnd + 1 || !QUESTION_LINKS.has(w[k])) return;
  const agent: SourceChunk = chunk(cueEnd + 1, k);
  if (!(toks[agent.start].cap || DETERMINERS.has(w[agent.start])) || !validSource(ctx, agent)) return;
  let e = k + 1;
  while (e < hi && w[e] !== ',' && w[e] !== ';' && toks[e].kind !== 'quote') e++;
  const [a, b] = trimRange(ctx, w[k] === 'to' ? k : k + (w[k] === 'about' || w[k] === 'for' || w[k] === 'on' ? 1 : 0), e);
  if (b - a >= 2) emit(ctx, si, t, cueEnd, 'ask', agent, [[a, b]], null);
}

/** Content to the right of a cue. `strong` when marked by a quote, "that", a colon, "to" or a wh-word. */
function rightContent(ctx: Ctx, s: ScanSentence, t: number, m: CueMatch, cueEnd: number, hi: number): { pieces: [number, number][]; strong: boolean } | null {
  const toks = ctx.toks;
  const w = ctx.words;
  const frames = framesOf(m.entry);
  let p = skipAdverbials(ctx, cueEnd, hi);
  let obj = -1;
  if (frames.has('obj') && TELL_ZERO.has(m.entry.lemma) && p < hi) {
    // "told reporters the strike would continue": a short addressee, then a clause with no "that"
    const e = addresseeEnd(ctx, p, hi);
    if (e > p && e < hi) {
      const q = skipAdverbials(ctx, e, hi);
      const tq = toks[q];
      if (q < hi && (tq.kind === 'word' || tq.kind === 'number') && w[q] !== 'that' && w[q] !== 'to' && !PREPOSITIONS.has(w[q]) && !WH.has(w[q])) {
        const [a, b] = trimRange(ctx, q, hi);
        const subjectLike = toks[a].cap || PRONOUNS.has(w[a]) || SUBJECT_STARTS.has(w[a]);
        if (b - a >= 3 && subjectLike && looksLikeClause(ctx, a, b)) return { pieces: [[a, b]], strong: true };
      }
    }
  }
  if (m.entry.lemma === 'ask' && p < hi && (OBJ_PRONOUNS.has(w[p]) || toks[p].cap || w[p] === 'the')) {
    // "asked the governor about the contract": a short addressee, then "about" and what was asked
    let e = p + 1;
    while (e < hi && e - p < 5 && toks[e].kind === 'word' && w[e] !== 'about' && !PREPOSITIONS.has(w[e]) && !CLAUSE_WORDS.has(w[e])) e++;
    if (e + 1 < hi && w[e] === 'about') {
      let k = e + 1;
      while (k < hi && w[k] !== ',' && w[k] !== ';' && toks[k].kind !== 'quote') k++;
      const [a, b] = trimRange(ctx, p, k);
      if (b - a >= 3) return { pieces: [[a, b]], strong: true };
    }
  }
  if ((frames.has('obj') || frames.has('obj_to')) && p < hi && !WH.has(w[p])) {
    // addressee: "told reporters", "told a press conference this week", "warned Iran"
    let k = p;
    while (k < hi && k - p < 10 && w[k] !== 'that' && w[k] !== ',' && w[k] !== ':' && w[k] !== 'to' && toks[k].kind !== 'quote' && !(WH.has(w[k]) && k > p) && w[k] !== '.') k++;
    if (k > p && k < hi) {
      if (w[k] === 'to' && frames.has('obj_to')) {
        const [a, b] = trimRange(ctx, p, hi);
        return b > a ? { pieces: [[a, b]], strong: true } : null;
      }
      if (frames.has('obj')) {
        obj = p;
        p = skipAdverbials(ctx, k, hi);
      }
    }
  }
  if (p >= hi) return null;
  const tp = toks[p];
  let qTok = -1;
  if ((w[p] === ',' || w[p] === ':') && p + 1 < hi && toks[p + 1].kind === 'quote' && toks[p + 1].qrole === 'open') qTok = p + 1;
  else if (tp.kind === 'quote' && tp.qrole === 'open') qTok = p;
  if (qTok >= 0 && (frames.has('quote') || frames.has('np_quote') || frames.has('zero'))) {
    const q = toks[qTok].quote;
    const [qa, qb] = quoteRange(ctx, q);
    let end = qb;
    // more words after the quote in the same sentence, with no comma closing the quote → mixed up to the sentence end
    const closeTok = ctx.scan.quoteToks[q].close;
    if (qb < s.tokEnd && closeTok >= 0 && w[closeTok - 1] !== ',' && w[closeTok - 1] !== '.' && w[closeTok - 1] !== '?' && w[closeTok - 1] !== '!') {
      let k = qb;
      while (k < s.tokEnd && toks[k].kind === 'punct') k++;
      if (k < s.tokEnd && toks[k].kind === 'word' && w[k - 1] !== ',' && !matchCue(w, k)) end = trimRange(ctx, qa, s.tokEnd)[1];
    }
    return { pieces: [[qa, Math.max(end, qb)]], strong: true };
  }
  if (w[p] === ':' && frames.has('quote') && p + 1 >= hi && hi < toks.length && toks[hi].para !== toks[p].para && ctx.scan.sentences[toks[hi].sent]) {
    // "He said:" closing a paragraph: the next paragraph is the content
    let k = hi;
    while (k < toks.length && toks[k].para === toks[hi].para) k++;
    if (toks[hi].kind === 'quote' && toks[hi].qrole === 'open') return { pieces: [quoteRange(ctx, toks[hi].quote)], strong: true };
    const [a, b] = trimRange(ctx, hi, k);
    return b - a >= 3 ? { pieces: [[a, b]], strong: true } : null;
  }
  if (w[p] === ':' && frames.has('quote')) {
    const [a, b] = trimRange(ctx, p + 1, hi);
    return b - a >= 3 ? { pieces: [[a, b]], strong: true } : null;
  }
  if (w[p] === 'that' && frames.has('that')) {
    const [a, b] = trimRange(ctx, p + 1, hi);
    return b - a >= 2 ? { pieces: [[a, b]], strong: true } : null;
  }
  if (w[p] === 'not' && w[p + 1] === 'to' && frames.has('to')) p++;
  if (w[p] === 'to' && frames.has('to') && obj < 0) {
    const [a, b] = trimRange(ctx, p, hi);
    return b - a >= 2 ? { pieces: [[a, b]], strong: true } : null;
  }
  if (WH.has(w[p]) && frames.has('wh') && w[p] !== 'who' && w[p] !== 'which') {
    const [a, b] = trimRange(ctx, p, hi);
    return b - a >= 3 ? { pieces: [[a, b]], strong: true } : null;
  }
  if (frames.has('np_quote')) {
    // the object must contain a quotation: 'threatened “open war” against the US'
    let k = p;
    let hasQuote = false;
    while (k < hi && w[k] !== ';' && !(w[k] === ',' && (w[k + 1] === 'but' || w[k + 1] === 'and' || w[k + 1] === 'which'))) {
      if (toks[k].kind === 'quote') hasQuote = true;
      k++;
    }
    if (hasQuote) {
      const [a, b] = trimRange(ctx, p, k);
      if (b > a) return { pieces: [[a, b]], strong: true };
    }
    if (AS_VERBS.has(m.entry.lemma)) {
      // "described the plan as reckless": an object, then "as" and a predicate
      for (let q = p + 1; q < k && q - p <= 8; q++) {
        if (w[q] === 'as' && q + 1 < k && toks[q + 1].kind === 'word' && w[q + 1] !== 'well' && w[q + 1] !== 'part') {
          const [a, b] = trimRange(ctx, p, k);
          if (b - a >= 3) return { pieces: [[a, b]], strong: true };
          break;
        }
        if (toks[q].kind !== 'word' && toks[q].kind !== 'number' && w[q] !== "'s") break;
      }
    }
    if (m.entry.lemma === 'call' && p + 1 < k && (OBJ_PRONOUNS.has(w[p]) || /^(?:himself|herself|themselves|itself)$/.test(w[p]) || (toks[p].cap && toks[p].kind === 'word'))) {
      // "called him a loyal friend", "calls the plan unworkable": an object and a predicate
      let q = p + 1;
      while (q < k && toks[q].cap && toks[q].kind === 'word' && !OBJ_PRONOUNS.has(w[p])) q++;
      const pr = w[q];
      if (q < k && q - p <= 4 && toks[q].kind === 'word' && !toks[q].cap && !PREPOSITIONS.has(pr) && !CLAUSE_WORDS.has(pr) && !CLAUSE_MARKERS.has(pr) && !pr.endsWith('ed') && !pr.endsWith('ing') && pr !== 'for' && pr !== 'off' && pr !== 'out' && pr !== 'up' && pr !== 'back') {
        const [a, b] = trimRange(ctx, p, k);
        if (b - a >= 3) return { pieces: [[a, b]], strong: true };
      }
    }
    return null;
  }
  if (frames.has('np') && obj < 0 && (tp.kind === 'word' || tp.kind === 'number' || (tp.kind === 'quote' && tp.qrole === 'open')) && !(PREPOSITIONS.has(w[p]) && !frames.has('np_quote'))) {
    let k = p;
    while (k < hi && w[k] !== ';' && !(w[k] === ',' && (w[k + 1] === 'but' || w[k + 1] === 'and' || w[k + 1] === 'which' || w[k + 1] === 'while' || w[k + 1] === 'saying' || w[k + 1] === 'adding'))) k++;
    const [a, b] = trimRange(ctx, p, k);
    // "announced his resignation": an event, not something said
    if (b - a >= 1 && EVENT_OBJECTS.has(w[a + 1] ?? '') && /^(?:his|her|their|its|a|the)$/.test(w[a])) return null;
    if (b - a >= 1) return { pieces: [[a, b]], strong: false };
  }
  if (frames.has('zero') && obj < 0 && w[p] === ',' && p + 1 < hi && toks[p + 1].kind === 'word' && SAY_VERBS.has(m.entry.lemma)) {
    // "advisers to Mr. Obama say, the president has grown exasperated …"
    const [a, b] = trimRange(ctx, p + 1, hi);
    if (b - a >= 3 && looksLikeClause(ctx, a, b)) return { pieces: [[a, b]], strong: false };
  }
  if (frames.has('zero') && obj < 0) {
    if (tp.kind !== 'word' && tp.kind !== 'number') return null;
    if (ZERO_BAD_START.has(w[p]) && !(w[p] === 'the' || w[p] === 'a' || w[p] === 'an') && !((w[p] === 'no' || w[p] === 'more' || w[p] === 'little' || w[p] === 'much') && toks[p + 1]?.kind === 'word')) return null;
    if (PREPOSITIONS.has(w[p]) && w[p] !== 'by') return null;
    const [a, b] = trimRange(ctx, p, hi);
    // "Dana Wills said he would.", "They said she could."
    if (b - a === 2 && SAY_VERBS.has(m.entry.lemma) && PRONOUNS.has(w[a]) && CLAUSE_MARKERS.has(w[a + 1])) return { pieces: [[a, b]], strong: false };
    if (b - a < 3) return null;
    if (/^(?:itself|himself|herself|themselves|ourselves|myself|yourself)$/.test(w[a])) return null;
    if (TIME_WORDS.has(w[a]) && w[a] !== 'may' && w[a] !== 'march' && !(w[a] === 'this' && CLAUSE_MARKERS.has(w[a + 1] ?? ''))) return null;
    const subjectLike = toks[a].cap || toks[a].kind === 'number' || ZERO_SUBJECT_STARTS.has(w[a]) || (w[a].endsWith('s') && w[a].length > 3 && !w[a].endsWith('ss') && !w[a].endsWith('ous'));
    if (w[a] === 'but' || w[a] === 'and' || w[a] === 'or') return null;
    if (m.entry.cls !== 'evidential' && !(SAY_VERBS.has(m.entry.lemma) && subjectLike) && !looksLikeClause(ctx, a, b, SAY_VERBS.has(m.entry.lemma) && m.form !== 'base' && m.form !== 'ing')) return null;
    return { pieces: [[a, b]], strong: false };
  }
  return null;
}




/** End of a short addressee at `p` ("reporters", "him", "the crowd", "Reuters"), or `p` when there is none. */
function addresseeEnd(ctx: Ctx, p: number, hi: number): number {
  const w = ctx.words;
  const toks = ctx.toks;
  if (OBJ_PRONOUNS.has(w[p]) || ADDRESSEE_NOUNS.has(w[p])) return p + 1;
  let a = p;
  if (w[p] === 'the' || w[p] === 'a' || w[p] === 'an') a = p + 1;
  if (a >= hi) return p;
  if (a > p && ADDRESSEE_NOUNS.has(w[a])) return a + 1;
  if (toks[a].cap && toks[a].kind === 'word' && !PRONOUNS.has(w[a]) && w[a] !== 'the') {
    // "Reuters", "The Huffington Post", "a Rotary Club gathering"
    let k = a + 1;
    while (k < hi && k - a < 4 && toks[k].cap && toks[k].kind === 'word') k++;
    if (k < hi && ADDRESSEE_NOUNS.has(w[k])) k++;
    return k;
  }
  return p;
}

function looksLikeClause(ctx: Ctx, a: number, b: number, irregular = false): boolean {
  const w = ctx.words;
  if (PRONOUNS.has(w[a]) || w[a] === 'there' || w[a] === 'this' || w[a] === 'those' || w[a] === 'these') return true;
  for (let k = a; k < Math.min(b, a + 12); k++) {
    if (CLAUSE_MARKERS.has(w[k])) return true;
    const t = ctx.toks[k];
    if (t.kind === 'word' && !t.cap && k > a && (w[k].endsWith('ed') || (w[k].endsWith('s') && !w[k].endsWith('ss') && (ctx.toks[k - 1].cap || PRONOUNS.has(w[k - 1]))))) return true;
    if (t.kind === 'quote') return true;
    if (irregular && t.kind === 'word' && !t.cap && k > a && IRREGULAR_PAST.has(w[k])) return true;
  }
  return false;
}

/** '"…," said one farmer, who …': a short indefinite person noun phrase ending the clause after a quote. */
function isPersonNoun(toks: Tok[], r: SourceChunk, hi: number): boolean {
  const n = r.end - r.start;
  // '"…," said headteacher Amina Diallo': lower-case role words, then a name
  {
    let k = r.start;
    while (k < r.end && k - r.start < 2 && toks[k].kind === 'word' && !toks[k].cap && !TIME_WORDS.has(toks[k].lower) && !isLyAdverb(toks[k].lower) && !DETERMINERS.has(toks[k].lower) && !PRONOUNS.has(toks[k].lower) && !CLAUSE_MARKERS.has(toks[k].lower) && !PREPOSITIONS.has(toks[k].lower)) k++;
    const nameStart = k;
    while (k < r.end && toks[k].kind === 'word' && toks[k].cap) k++;
    const nx = r.end < hi ? toks[r.end] : null;
    if (nameStart > r.start && k === r.end && r.end - nameStart >= 1 && r.end - nameStart <= 4 && (nx === null || nx.text === ',' || nx.text === '.' || nx.kind === 'quote')) return true;
  }
  if (n < 2 || n > 4) return false;
  if (!/^(?:a|an|one|another)$/.test(toks[r.start].lower)) return false;
  for (let k = r.start + 1; k < r.end; k++) if (toks[k].kind !== 'word' || toks[k].cap || CLAUSE_MARKERS.has(toks[k].lower)) return false;
  const head = toks[r.end - 1].lower;
  if (!/(?:er|or|man|woman|ist|ant|ent|ian|ee|ess|eur)$/.test(head) && !ROLE_HEADS.has(head)) return false;
  const nx = r.end < hi ? toks[r.end] : null;
  return nx === null || nx.text === ',' || nx.text === '.' || nx.kind === 'quote';
}

/**
 * '"…," said former campaign adviser Omar Reyes.' / '"…," said a former senior port official.':
 * right after a closing quote, a short phrase ending the clause with a name or a person/role head.
 */
function isQuotedSpeakerPhrase(toks: Tok[], r: SourceChunk, hi: number): boolean {
  const n = r.end - r.start;
  if (n < 2 || n > 10) return false;
  const first = toks[r.start];
  if (PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower) || isLyAdverb(first.lower) || PRONOUNS.has(first.lower)) return false;
  for (let k = r.start; k < r.end; k++) {
    const t = toks[k];
    if (t.kind === 'quote' || CLAUSE_MARKERS.has(t.lower) || (t.kind === 'word' && !t.cap && k > r.start && t.lower.endsWith('ed') && !ROLE_HEADS.has(t.lower))) return false;
  }
  const last = toks[r.end - 1];
  const head = last.lower;
  const ok = (last.cap && last.kind === 'word') || ROLE_HEADS.has(head) || /(?:er|or|ist|ant|ent|ian|man|woman|old)$/.test(head);
  if (!ok) return false;
  const nx = r.end < hi ? toks[r.end] : null;
  return nx === null || nx.text === ',' || nx.text === '.' || nx.kind === 'quote' || nx.text === ';';
}

function isInvertedSource(toks: Tok[], r: SourceChunk, hi: number): boolean {
  const first = toks[r.start];
  if (!first.cap && DETERMINERS.has(first.lower)) {
    let ok = false;
    for (let k = r.start + 1; k < Math.min(r.end, r.start + 5); k++) if (toks[k].cap || ROLE_HEADS.has(toks[k].lower) || DOC_NOUNS.has(toks[k].lower) || RULING_NOUNS.has(toks[k].lower)) ok = true;
    if (!ok) return false;
  }
  if (first.kind === 'number' && r.end - r.start >= 2 && toks[r.end - 1].cap) return true;
  if (PRONOUNS.has(first.lower) && r.end - r.start > 1) return false;
  for (let k = r.start; k < r.end; k++) {
    // a possessive "'s" inside the phrase ("the mayor's top aide Lina Ortiz") is not a verb
    if (toks[k].lower === "'s" && k > r.start && k + 1 < r.end && toks[k + 1].kind === 'word') continue;
    if (CLAUSE_MARKERS.has(toks[k].lower) || toks[k].lower === 'cannot') return false;
  }
  if (!(first.cap || DETERMINERS.has(first.lower) || PRONOUNS.has(first.lower))) return false;
  if (first.lower === 'i' || first.lower === 'we' || first.lower === 'you' || first.lower === 'it') return false;
  if (r.end - r.start > 12) return false;
  // must end the clause
  const nx = r.end < hi ? toks[r.end] : null;
  return nx === null || nx.text === ',' || nx.text === '.' || nx.text === ';' || nx.kind === 'quote' || nx.text === ':' || nx.text === '!' || nx.text === '?' || nx.text === '(' || INVERTED_SOURCE_FOLLOWERS.has(nx.lower);
}

/** Content left of a trailing source: the quote that closes before it, or the clause from the sentence start. */
function leftContent(ctx: Ctx, s: ScanSentence, srcStart: number, lo: number): [number, number] | null {
  const toks = ctx.toks;
  let k = srcStart - 1;
  while (k >= s.tokStart && (toks[k].text === ',' || DASHES.has(toks[k].text))) k--;
  if (k < s.tokStart) return null;
  if (toks[k].kind === 'quote' && toks[k].qrole === 'close') {
    const q = toks[k].quote;
    const open = ctx.scan.quoteToks[q].open;
    if (open >= 0) return [open, k + 1];
    return null;
  }
  // comma inside closing quote: '"…," he said' → tokens: … , ” he said
  if (toks[k].text === ',' && k - 1 >= 0 && toks[k - 1].kind === 'quote') k--;
  // clause from sentence start (or the quote start when nested)
  const a0 = Math.max(lo, s.tokStart);
  if (k - a0 < 0) return null;
  // a fronted clause must not itself be another attribution's source side: fine to overlap
  const [a, b] = trimRange(ctx, a0, k + 1);
  if (b - a < 1) return null;
  return [a, b];
}

function skipTrailingAdverbials(ctx: Ctx, p: number, hi: number): number {
  const w = ctx.words;
  // "said at a Washington event this month", "said in an interview", "said Friday"
  let k = p;
  while (k < hi && w[k] !== ',' && w[k] !== '.' && ctx.toks[k].kind !== 'quote' && k - p < 12) k++;
  if (k === p) return p;
  const first = w[p];
  if (PREPOSITIONS.has(first) || TIME_WORDS.has(first) || isLyAdverb(first) || AUX_ADV.has(first) || ctx.toks[p].cap) return k;
  return p;
}

function lastInSentence(ctx: Ctx, si: number): number {
  for (let i = ctx.out.length - 1; i >= 0; i--) {
    if (ctx.out[i].sent !== si) return -1;
    if (ctx.out[i].sourceToks) return i;
  }
  return -1;
}

const CUE_OR_VERB = (w: string): boolean => cueLemmaOf(w) !== null;

/** "WASHINGTON, Dec. 8 (UPI) — …", "Paris (AFP) – …": the first token after a dateline, else `a`. */
function skipDateline(ctx: Ctx, a: number, before: number): number {
  const toks = ctx.toks;
  let sawParen = false;
  for (let k = a; k < before && k - a < 12; k++) {
    const t = toks[k];
    if (DASHES.has(t.text)) return k > a && (sawParen || /^[A-Z][A-Z.]+$/.test(toks[k - 1].text)) ? k + 1 : a;
    if (t.text === '(' || t.text === ')') {
      sawParen = true;
      continue;
    }
    if (t.kind === 'word' && !t.cap && !/^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/.test(t.lower)) return a;
    if (t.kind === 'quote') return a;
  }
  return a;
}

function sentenceSubject(ctx: Ctx, s: ScanSentence, before: number): SourceChunk | null {
  const toks = ctx.toks;
  const w = ctx.words;
  let a = s.tokStart;
  if (toks[a]?.kind === 'quote') return null;
  a = skipDateline(ctx, a, before);
  // "Hours later, …", "Two days earlier, …", "The day before, …"
  for (let k = a + 1; k < before && k - a <= 3; k++) {
    if (w[k] === ',' ) {
      if (/^(?:later|earlier|ago|before|after)$/.test(w[k - 1])) a = k + 1;
      break;
    }
  }
  // skip fronted adverbials up to their comma: "In Dover, Delaware, on Sunday, …", "Once she was elected, …"
  for (let round = 0; round < 3 && a < before; round++) {
    const fronted = PREPOSITIONS.has(w[a]) || TIME_WORDS.has(w[a]) || SUBORDINATORS.has(w[a]);
    // a place or time continuing the previous adverbial: "Delaware, on Sunday," / "Del., Mrs. Ruiz"
    const cont = round > 0 && toks[a].cap && (w[a + 1] === ',' || (w[a + 1] === '.' && w[a + 2] === ',')) && (toks[a + (w[a + 1] === '.' ? 3 : 2)]?.cap || PREPOSITIONS.has(w[a + 2] ?? '') || TIME_WORDS.has(w[a + 2] ?? ''));
    if (!fronted && !cont) break;
    let k = a;
    while (k < before && w[k] !== ',') k++;
    if (k >= before) return null;
    a = k + 1;
  }
  if (a >= before) return null;
  const first = toks[a];
  if (!(first.cap || DETERMINERS.has(first.lower) || PRONOUNS.has(first.lower))) return null;
  if (PRONOUNS.has(first.lower)) return chunk(a, a + 1);
  let k = a + 1;
  const nameStart = first.cap && !DETERMINERS.has(first.lower);
  let extra = 0;
  while (k < before && k - a - extra < 10) {
    const t = toks[k];
    // "Rep. Ana Ortiz (D-N.M.)": abbreviation dots and a parenthesis stay in the name
    if (t.text === '.' && nameStart && toks[k - 1].end === t.start && ABBREVIATIONS.has(toks[k - 1].lower)) {
      k++;
      continue;
    }
    if (t.text === '(' && nameStart) {
      let q = k + 1;
      while (q < before && q - k < 8 && toks[q].text !== ')') q++;
      if (q < before && toks[q].text === ')') {
        extra += q + 1 - k;
        k = q + 1;
        continue;
      }
    }
    if (t.kind === 'punct' || t.kind === 'quote') break;
    // "Hillary Clinton spoke …": a name subject ends at the first lower-case word (except "and" + name)
    if (nameStart && !t.cap && !(t.lower === 'and' && toks[k + 1]?.cap) && !(t.lower === "'s") && !(NAME_GLUE.has(t.lower) && toks[k + 1]?.cap)) break;
    if (!t.cap && (VERB_STOP.has(t.lower) || (t.lower.endsWith('s') && toks[k - 1].lower !== 'the' && CUE_OR_VERB(t.lower)))) break;
    if (t.lower === 'that' || t.lower === 'who' || t.lower === 'which' || t.lower === 'has' || t.lower === 'have' || t.lower === 'had' || t.lower === 'is' || t.lower === 'was' || t.lower === 'were' || t.lower === 'are' || t.lower === 'will' || t.lower === 'would') break;
    if (!t.cap && t.kind === 'word' && (t.lower.endsWith('ed') && t.lower.length > 4)) break;
    k++;
  }
  if (k - a - extra > 8) return null;
  return chunk(a, k);
}

/**
 * A source that is clearly a person or group (for cues such as "supported" that also describe what
 * states and things do): a personal pronoun or "who", a name of two or more words, or a role noun.
 */
function personLike(ctx: Ctx, src: SourceChunk | null): boolean {
  if (!src) return false;
  const toks = ctx.toks;
  const n = src.end - src.start;
  const first = toks[src.start].lower;
  if (n === 1 && /^(?:he|she|they|we|i|who)$/.test(first)) return true;
  // a bare generic plural ("Parents praised the school") is not a specific source
  if (n === 1) return false;
  let caps = 0;
  for (let k = src.start; k < src.end; k++) {
    // poll respondents: "About three-quarters", "19 percent of voters", "4 in 10"
    if (FRACTIONS.has(toks[k].lower) || toks[k].kind === 'number') return true;
    if (ROLE_HEADS.has(toks[k].lower) && !DOC_NOUNS.has(toks[k].lower)) return true;
    if (toks[k].cap && toks[k].kind === 'word' && !DETERMINERS.has(toks[k].lower)) caps++;
  }
  return caps >= 2;
}


function validSource(ctx: Ctx, src: SourceChunk): boolean {
  const toks = ctx.toks;
  const first = toks[src.start];
  const last = toks[src.end - 1];
  if (src.end - src.start === 1 && (PRONOUNS.has(first.lower) || first.lower === 'who' || first.lower === 'which')) return true;
  // "Several said …", "another says …": a quantifier standing for people
  if (src.end - src.start === 1 && QUANT_SOURCES.has(first.lower)) return true;
  if (src.end - src.start === 1 && (CLAUSE_WORDS.has(first.lower) || (first.cap && (ONE_WORD_NOT_SOURCES.has(first.lower))))) return false;
  if (BAD_LAST.has(last.lower)) return false;
  // a verb form at the start ("Having said", "don't want", "made plans") or inside ("Clinton cited Trump's past")
  if (!first.cap && first.kind === 'word' && (first.lower.endsWith('ing') || first.lower.endsWith('ed') || first.lower.endsWith("n't") || NOT_SOURCE_STARTS.has(first.lower)) && !DETERMINERS.has(first.lower) && src.end - src.start > 0) {
    let role = false;
    for (let k = src.start + 1; k < src.end; k++) if (ROLE_HEADS.has(toks[k].lower) || toks[k].cap) role = true;
    if (!role) return false;
  }
  if (first.cap && first.lower.endsWith('ing') && first.start === ctx.scan.sentences[first.sent].start && src.end - src.start === 1) return false;
  for (let k = src.start + 1; k < src.end; k++) {
    const x = toks[k];
    if (!x.cap && x.kind === 'word' && x.lower.endsWith('ed') && cueLemmaOf(x.lower) !== null && toks[k + 1]?.lower !== 'by') return false;
  }
  // common-noun sources need a human, institutional or document head ("a military official", "the poll")
  let anyCap = false;
  for (let k = src.start; k < src.end; k++) if (toks[k].cap && !(k === src.start && DETERMINERS.has(toks[k].lower))) anyCap = true;
  if (!anyCap && !ROLE_HEADS.has(last.lower) && !DOC_NOUNS.has(last.lower) && (/(?:ic|al|ous|ive|ful|ary|able|ible|less)$/.test(last.lower) || /^[a-z]+-[a-z]+$/.test(last.lower)) && !src.antecedent) return false;
  if (first.kind === 'number' && src.end - src.start === 1) return false;
  // must contain a capitalised word, a determiner or a plural/role noun; reject obvious non-NPs
  if (last.kind === 'punct' && last.text !== ')') return false;
  if (/^(?:it|this|that|there|which|what|who)$/.test(last.lower) && src.end - src.start > 1) return false;
  for (let k = src.start; k < src.end; k++) if (toks[k].kind === 'quote') return false;
  return true;
}

function aside(ctx: Ctx, s: ScanSentence, si: number, t: number, m: CueMatch, lo: number, hi: number): void {
  // "Iran, he believes, is …": pronoun/name between commas, content around
  const toks = ctx.toks;
  const src = sourceLeftOf(toks, t, lo);
  if (!src || src.start - 1 < lo || toks[src.start - 1].text !== ',') return;
  const after = t + m.length;
  if (after >= hi || toks[after].text !== ',') return;
  const [a1, b1] = trimRange(ctx, lo, src.start - 1);
  const [a2, b2] = trimRange(ctx, after + 1, hi);
  if (b1 - a1 < 1 || b2 - a2 < 2) return;
  emit(ctx, si, t, t + m.length, m.entry.lemma, src, [[a1, b1], [a2, b2]], null);
}

function accordingTo(ctx: Ctx, s: ScanSentence, si: number, t: number): void {
  const toks = ctx.toks;
  const w = ctx.words;
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
  emit(ctx, si, t, t + 2, 'according to', src, pieces, 'according_to');
}

/** `"…" -Name`, `"…" — Name (@handle)`, `From X: "…"`, `X: "…"`. */
function quoteForms(ctx: Ctx): void {
  const toks = ctx.toks;
  const w = ctx.words;
  const covered = coveredChains(ctx);
  for (let q = 0; q < ctx.scan.quotes.length; q++) {
    const chain = ctx.scan.quotes[q].chain;
    if (covered.has(chain)) continue;
    const qt = ctx.scan.quoteToks[q];
    if (qt.open < 0) continue;
    const si = toks[qt.open].sent;
    // "X: "…"" and "From X: "…""
    const colon = qt.open - 1;
    if (colon >= 0 && w[colon] === ':' && toks[colon].para === toks[qt.open].para) {
      let a = ctx.scan.sentences[toks[colon].sent].tokStart;
      // "… - Ann Lee and Tom Fry: “…”", "- More from Fry: “…”": a label after a dash in a round-up
      for (let k = colon - 1; k >= a && k >= colon - 7; k--) {
        if (DASHES.has(toks[k].text) && k + 1 < colon) {
          let ok = true;
          for (let q = k + 1; q < colon; q++) if (!(toks[q].cap || w[q] === 'and' || toks[q].text === '.' || (w[q] === 'from' && w[q - 1] === 'more'))) ok = false;
          if (ok) a = w[k + 1] === 'more' && w[k + 2] === 'from' ? k + 3 : k + 1;
          break;
        }
      }
      if (w[a] === 'from') a++;
      const n = colon - a;
      if (n >= 1 && n <= 6 && (toks[a].cap || (DETERMINERS.has(w[a]) && toks[a + 1]?.kind === 'word')) && !PAGE_LABELS.has(w[a])) {
        const [qa, qb] = quoteRange(ctx, q);
        if (qb - qa >= 4) {
          emit(ctx, si, colon, colon + 1, ':', chunk(a, colon), [[qa, qb]], 'direct');
          covered.add(chain);
          continue;
        }
      }
    }
    // '"…" -Name' / '"…" — Name'
    const endTok = quoteEndTok(ctx, q);
    let d = endTok;
    if (d < toks.length && (w[d] === '.' || w[d] === ',') && toks[d].para === toks[qt.open].para) d++;
    if (qt.close >= 0 && d < toks.length && DASHES.has(toks[d].text) && toks[d].para === toks[qt.close].para && d + 1 < toks.length && toks[d + 1].cap) {
      const r = sourceRightOf(toks, d + 1, Math.min(toks.length, d + 12), 10, false);
      if (r) {
        let e = r.start;
        while (e < r.end && (toks[e].cap || toks[e].lower === '.' || toks[e].lower === 'al' || toks[e].lower === 'de' || toks[e].lower === 'van' || toks[e].text === '-')) e++;
        if (e > r.start) {
          emit(ctx, si, d, d + 1, toks[d].text, chunk(r.start, e), [quoteRange(ctx, q)], 'direct');
          covered.add(chain);
          continue;
        }
      }
    }
  }
  // tweets: "… — Name (@handle) Date"
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
    emit(ctx, toks[d].sent, d, d + 1, toks[d].text, chunk(d + 1, k), [[ca, cb]], null);
  }
}

function coveredChains(ctx: Ctx): Set<number> {
  const out = new Set<number>();
  for (const r of ctx.out) for (const c of r.chains) out.add(c);
  return out;
}

/**
 * Attaches speech-like quotes that follow a speaker's quote with no attribution of their own:
 * `"I believe …," Mullen declared. "Their support …"` and multi-paragraph quotes.
 */
function continuation(ctx: Ctx): void {
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


/** Possessive noun cues: "Trump's claim that …", "his promise to …", "a New York Times report that …". */
function nounCue(ctx: Ctx, s: ScanSentence, si: number, t: number): boolean {
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
  return emit(ctx, si, t, t + 1, w[t], src, pieces, null, -1, true) !== null;
}


/**
 * Colon cues: a speaker label at a paragraph start ("WALLACE: If I may …", "Sanders: Clinton needs …")
 * and a cue verb closing its paragraph with a colon whose content is the next paragraph ("He said:\n\n"…"").
 */
function colonCue(ctx: Ctx, s: ScanSentence, si: number, t: number): void {
  const toks = ctx.toks;
  const w = ctx.words;
  // label at a paragraph (or sentence-0) start, possibly after an opening quote
  let a = s.tokStart;
  if (toks[a].kind === 'quote' && toks[a].qrole === 'open') a++;
  const n = t - a;
  const paraStart = a === s.tokStart || toks[a - 1].kind === 'quote';
  const firstOfPara = s.tokStart === 0 || toks[s.tokStart - 1].para !== toks[s.tokStart].para;
  if (n >= 1 && n <= 4 && paraStart && (firstOfPara || si === 0) && !COLON_EXCLUDE.has(w[a])) {
    let ok = true;
    for (let k = a; k < t; k++) if (!(toks[k].cap || toks[k].text === '.') || toks[k].kind === 'number') ok = false;
    // the label must not be a cue verb phrase and the content must be substantial
    if (ok && t + 3 < s.tokEnd && !rangeHasCue(w, a, t)) {
      const [ca, cb] = trimRange(ctx, t + 1, s.tokEnd);
      // a speaker label in a transcript continues to the paragraph end
      let end = cb;
      if (firstOfPara) {
        let k = s.tokEnd;
        while (k < toks.length && toks[k].para === toks[t].para) k++;
        end = trimRange(ctx, ca, k)[1];
      }
      if (end - ca >= 3) {
        emit(ctx, si, t, t + 1, ':', chunk(a, t), [[ca, end]], null);
        return;
      }
    }
  }
  // headline label with a setting: "Former Minister Vale at Summit: …", "Okoro to Farmers: …"
  if (n >= 3 && n <= 9 && paraStart && firstOfPara && toks[a].para === 0 && !COLON_EXCLUDE.has(w[a]) && t + 3 < s.tokEnd) {
    let pr = -1;
    for (let k = a + 1; k < t; k++) if (w[k] === 'at' || w[k] === 'to' || w[k] === 'on') { pr = k; break; }
    if (pr > a && pr + 1 < t) {
      let ok = true;
      for (let k = a; k < t; k++) if (k !== pr && (!(toks[k].cap || toks[k].text === '.' || toks[k].text === "'s" || toks[k].text === '\u2019s') || toks[k].kind === 'number')) ok = false;
      if (ok && !rangeHasCue(w, a, t)) {
        const [ca, cb] = trimRange(ctx, t + 1, s.tokEnd);
        if (cb - ca >= 3) emit(ctx, si, t, t + 1, ':', chunk(a, pr), [[ca, cb]], null);
      }
    }
  }
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

function rangeHasCue(w: string[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (matchCue(w, k)) return true;
  return false;
}


/**
 * Any other finite verb with a that-clause after a person or organisation subject ("Mr. Deese
 * learned that …", "the campaign conceded that …"): reported stance in PolNeAR's broad sense.
 */
function genericThat(ctx: Ctx, s: ScanSentence, si: number, t: number): void {
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
  emit(ctx, si, t, t + 1, v, src, [[a, b]], null, -1, true);
}

