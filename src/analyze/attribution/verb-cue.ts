/**
 * Verb cues from the lexicon (`said`, `told`, `warned`, `is saying` …): source and content on either
 * side, inversion (`"…," said Mullen`), trailing attributions (`"…," Mullen said.`), participles
 * (`…, saying that`), reduced relatives (`a new poll showing …`), passives with a `by`-agent and
 * belief asides (`Iran, he believes, is …`).
 * @module
 */
import type { CueMatch } from './cues.ts';
import type { ScanSentence, Tok } from './scan.ts';
import { chunk, npEndingAt, sourceLeftOf, sourceRightOf, type SourceChunk } from './sources.ts';
import {
  ANONYMITY, ANONYMITY_START, ARTICLES_POSSESSIVES, AUX_ADV, BE, CLAUSE_WORDS, DETERMINERS, EVIDENCE_NOUNS, EVIDENTIAL_HEADS, NOUN_DET,
  NOUN_PRONE, PREPOSITIONS, PRONOUNS, ROLE_HEADS, TIME_WORDS, isLyAdverb,
} from './words.ts';
import { emit, framesOf, lastInSentence, leftBound, quoteRange, rightBound, trimRange, type Ctx, type Range } from './context.ts';
import { isInvertedSource, isPersonNoun, isQuotedSpeakerPhrase, personLike, validSource } from './source-checks.ts';
import { leftContent, sentenceSubject, skipTrailingAdverbials } from './left-content.ts';
import { addresseeEnd, rightContent } from './right-content.ts';
import { askedBy } from './asked-by.ts';

/** A verb cue being matched: its sentence, token and lexicon match, and the bounds of its source and content. */
interface VerbSite {
  s: ScanSentence;
  si: number;
  t: number;
  m: CueMatch;
  /** Token after the cue. */
  cueEnd: number;
  /** Bounds of leftward and rightward scans (see {@link leftBound}, {@link rightBound}). */
  lo: number;
  hi: number;
}

/** A cue's source: its own mention, or the index of an earlier attribution whose source it shares (else -1). */
interface CueSource {
  src: SourceChunk | null;
  shared: number;
}

/**
 * A cue verb from the lexicon at token `t` of sentence `si`: unless it is used as a noun, finds its
 * source (left, right when inverted, shared with the sentence's previous attribution, or a `by`-agent)
 * and its content (right complement, or left of a trailing source) and emits the attribution.
 */
export function verbCue(ctx: Ctx, s: ScanSentence, si: number, t: number, m: CueMatch): void {
  const w = ctx.words;
  const e = m.entry;
  const cueEnd = t + m.length;
  if (!usedAsVerb(ctx, s, t, m)) return;
  const v: VerbSite = { s, si, t, m, cueEnd, lo: leftBound(ctx, s, t), hi: rightBound(ctx, s, t) };
  // infinitive "to say" / "declined to comment": not a report (except "went on to say")
  if (m.form === 'base' && t > 0 && w[t - 1] === 'to') return;
  // "Iraq continued to be in breach": going on doing something, not going on speaking
  if (e.lemma === 'continue' && w[cueEnd] === 'to') return;
  const j = beforeAdverbs(ctx, t, v.lo);
  if (e.lemma === 'ask' && m.form === 'past' && w[cueEnd] === 'by' && (j < v.lo || BE.has(w[j]) || /^(?:when|after|if|once|as|while|,)$/.test(w[j]))) {
    // "Asked by the host to respond …", "when asked by a reporter whether …": the asker is the source
    askedBy(ctx, si, t, cueEnd, v.hi);
    return;
  }
  // passive: "was told", "is said to", "were reported" — only with a "by"-source
  if ((m.form === 'past' || m.form === 'participle') && j >= v.lo && BE.has(w[j])) {
    passiveBy(ctx, v, j);
    return;
  }
  const frames = framesOf(e);
  if (e.cls === 'belief') {
    // belief verbs: asides ("Iran, he believes, is …"); those with more frames also take a clause or object
    const n = ctx.out.length;
    aside(ctx, v);
    if (ctx.out.length > n || frames.size === 1) return;
  }
  if (frames.has('inverted') && inverted(ctx, v)) return;
  const source = m.form === 'ing' ? participleSource(ctx, v, j) : finiteSource(ctx, v);
  if (!source || (source.src && !validSource(ctx, source.src))) return;
  if (e.personal && !personLike(ctx, speakerOf(ctx, source))) return;
  attachContent(ctx, v, source);
}

/** False for a cue word used as a noun ("the claim", "Trump's claim", "battleground states", "the show"). */
function usedAsVerb(ctx: Ctx, s: ScanSentence, t: number, m: CueMatch): boolean {
  const toks = ctx.toks;
  const w = ctx.words;
  const e = m.entry;
  const cueEnd = t + m.length;
  if (isNounUse(ctx, t, m)) return false;
  // "battleground states", "the show": noun-prone forms need a complement marker right after them
  if (e.lemma === 'state' && m.form !== 'past' && w[cueEnd] !== 'that') return false;
  if ((e.lemma === 'state' || e.lemma === 'show' || e.lemma === 'post' || e.lemma === 'plan' || e.lemma === 'call') && m.form !== 'past' && m.form !== 'participle' && !(w[cueEnd] === 'that' || w[cueEnd] === ':' || w[cueEnd] === 'to' || w[cueEnd] === 'for' || w[cueEnd] === 'on' || toks[cueEnd]?.kind === 'quote' || (w[cueEnd] === ',' && toks[cueEnd + 1]?.kind === 'quote'))) {
    if (!(t - 1 >= s.tokStart && (PRONOUNS.has(w[t - 1]) || toks[t - 1].cap)) && !(e.lemma === 'show' && (toks[cueEnd]?.kind === 'word' || w[cueEnd] === ',' || w[cueEnd] === '.') && toks[cueEnd].para === toks[t].para && evidenceNounBefore(ctx, s, t))) return false;
  }
  return true;
}

/** "Port records (from the last three years) show …": an evidence noun shortly before a bare "show". */
function evidenceNounBefore(ctx: Ctx, s: ScanSentence, t: number): boolean {
  for (let k = t - 1; k >= s.tokStart && k >= t - 10; k--) {
    if (ctx.toks[k].kind === 'quote' || ctx.words[k] === ';') return false;
    if (EVIDENCE_NOUNS.has(ctx.words[k]) && !ctx.toks[k].cap) return true;
  }
  return false;
}

/** Modals and auxiliaries that follow a plural subject, never a verb in the -s form. */
const PLURAL_SUBJECT_VERBS = new Set(['would', 'will', 'could', 'should', 'may', 'might', 'must', 'can', 'were', 'are', 'have', 'had']);

/** A relative pronoun among the three words before `t` ("who the report suggests were …", "what the government says are …"). */
function relativeBefore(w: readonly string[], t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - 3; k--) if (w[k] === 'which' || w[k] === 'who' || w[k] === 'whom' || w[k] === 'what') return true;
  return false;
}

/** A cue word used as a noun: after a determiner or possessive ("the claim", "its plan"), or a plural after a nationality ("Iranian claims"). */
function isNounUse(ctx: Ctx, t: number, m: CueMatch): boolean {
  if (t === 0) return false;
  if ((m.form === 'past' || m.form === 'participle') && !ARTICLES_POSSESSIVES.has(ctx.words[t - 1])) return false;
  const prev = ctx.words[t - 1];
  if (prev === "'s" && (m.form === 'ing' || m.form === 'past' || PRONOUNS.has(ctx.words[t - 2] ?? '') || /^(?:that|there|what|who|here)$/.test(ctx.words[t - 2] ?? ''))) return false;
  if (NOUN_DET.has(prev) && !(t + 1 < ctx.words.length && ctx.words[t + 1] === 'that' && /^(?:some|many|others|most|few|several|both|all)$/.test(prev))) return true;
  if (m.form === 's' && NOUN_PRONE.has(m.entry.lemma) && ctx.toks[t - 1].cap && /(?:ic|an|ian|ish|ese)$/.test(prev)) return true;
  // "the control orders would be imposed", "the claims were false": an -s form before a modal or auxiliary is a plural
  // noun, unless a subject of its own stands before it ("estates which it says are idle", "which Apple says will")
  if (m.form === 's' && m.length === 1 && PLURAL_SUBJECT_VERBS.has(ctx.words[t + 1] ?? '') && !PRONOUNS.has(prev) && !ctx.toks[t - 1].cap && !relativeBefore(ctx.words, t)) return true;
  // "a new report", "its overreaching plan": determiner + adjective + noun-able cue
  if (m.form === 'base' && NOUN_PRONE.has(m.entry.lemma) && ctx.toks[t - 1].kind === 'word' && !ctx.toks[t - 1].cap && !prev.endsWith('s') && NOUN_DET.has(ctx.words[t - 2] ?? '')) return true;
  return false;
}

/** The last token before `t` that is not an adverb or negation ("was first reported", "has not said"); `lo - 1` when none. */
function beforeAdverbs(ctx: Ctx, t: number, lo: number): number {
  const toks = ctx.toks;
  const w = ctx.words;
  let j = t - 1;
  while (j >= lo && (w[j] === 'also' || w[j] === 'not' || w[j] === "n't" || w[j] === 'first' || w[j] === 'being' || w[j] === 'later' || w[j] === 'never' || w[j] === 'once' || (isLyAdverb(w[j]) && !toks[j].cap))) j--;
  return j;
}

/** A passive cue after the form of "be" at `j`, with a stated source: "The issue was first reported by The Washington Post." */
function passiveBy(ctx: Ctx, v: VerbSite, j: number): void {
  const toks = ctx.toks;
  const w = ctx.words;
  const e = v.m.entry;
  const { cueEnd, lo, hi } = v;
  let b = cueEnd;
  while (b < hi && (w[b] === 'first' || w[b] === 'also' || isLyAdverb(w[b]))) b++;
  if (e.lemma === 'tell' || e.lemma === 'ask' || w[b] !== 'by' || e.topLevel) return;
  const agent = sourceRightOf(toks, b + 1, hi, 12);
  let k = j;
  while (k - 1 >= lo && AUX_ADV.has(w[k - 1]) && !toks[k - 1].cap) k--;
  const [ca, cb] = trimRange(ctx, lo, k);
  if (!agent || !(toks[agent.start].cap || DETERMINERS.has(w[agent.start])) || cb - ca < 1 || cb - ca > 15) return;
  const ag: SourceChunk = chunk(agent.start, agent.end);
  if (validSource(ctx, ag)) emit(ctx, { sent: v.si, cueStart: v.t, cueEnd, lemma: e.lemma, source: ag, pieces: [[ca, cb]] });
}

/** Inversion: '"…," said Mullen' / 'The plan is flawed, said Revesz.' True when it emitted. */
function inverted(ctx: Ctx, v: VerbSite): boolean {
  const toks = ctx.toks;
  const { s, t, cueEnd, lo, hi } = v;
  const prevTok = t - 1 >= s.tokStart ? toks[t - 1] : null;
  const afterQuote = prevTok !== null && prevTok.kind === 'quote' && prevTok.qrole === 'close';
  const afterComma = prevTok !== null && prevTok.text === ',';
  if (!(afterQuote || (afterComma && !sourceLeftOf(toks, t, lo)))) return false;
  // "…, told Newsweek", "…, asked reporters": what follows these verbs is the addressee, never the source
  if (ADDRESSEE_CUES.has(v.m.entry.lemma)) return false;
  const right = sourceRightOf(toks, cueEnd, hi);
  if (!right || !(isInvertedSource(toks, right, hi) || (afterQuote && (isPersonNoun(toks, right, hi) || isQuotedSpeakerPhrase(toks, right, hi))))) return false;
  // an inverted source ends its clause ("…, said Mullen."); "…, told US media this month that …" is an addressee
  // ("…, said Claure in an email that was reviewed by …": a relative "that" before a verb opens no clause of the cue)
  for (let k = right.end; k < hi && k < right.end + 6 && toks[k].kind === 'word'; k++) {
    if (toks[k].lower === 'that' && k + 1 < hi && RELATIVE_VERBS.has(toks[k + 1].lower)) break;
    if (/^(?:that|whether|how|why|what)$/.test(toks[k].lower) || (k === right.end && /^(?:to|about)$/.test(toks[k].lower))) return false;
  }
  const left = leftContent(ctx, s, t, s.tokStart);
  if (!left) return false;
  emit(ctx, { sent: v.si, cueStart: t, cueEnd, lemma: v.m.entry.lemma, source: right, pieces: [left], topLevel: !!v.m.entry.topLevel });
  return true;
}

/** Whether "as saying" (or "as telling") follows within a few words of `k`: "quoted Geoff Dixon as saying". */
function asSaying(w: readonly string[], k: number, hi: number): boolean {
  for (let j = k; j < hi - 1 && j < k + 6; j++) if (w[j] === 'as' && (w[j + 1] === 'saying' || w[j + 1] === 'telling')) return true;
  return false;
}

/** Verbs right after a relative "that" ("an email that was reviewed"): the "that" has no clause of its own. */
const RELATIVE_VERBS = new Set(['was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might']);

/** Words that open a subordinate clause at a sentence start. */
const SUBORDINATORS_START = new Set(['as', 'when', 'while', 'after', 'before', 'if', 'although', 'though', 'since', 'because', 'once', 'until', 'unless', 'whereas']);

/** Cues whose object is the addressee, so an inverted source never follows them. */
const ADDRESSEE_CUES = new Set(['tell', 'ask', 'remind', 'assure', 'inform', 'urge', 'warn', 'brief']);

/**
 * The source of an -ing cue: the subject a participial clause shares (", saying that …", "before
 * adding"), the subject of a progressive ("is saying"), or the noun a reduced relative hangs on ("a
 * third of the farmers saying they …", "a new poll showing the mayor ahead"). Null: no attribution.
 */
function participleSource(ctx: Ctx, v: VerbSite, j: number): CueSource | null {
  const toks = ctx.toks;
  const w = ctx.words;
  const { s, t, lo } = v;
  const e = v.m.entry;
  let jj = t - 1;
  while (jj > s.tokStart && (w[jj] === 'even' || w[jj] === 'also' || w[jj] === 'then' || w[jj] === 'later' || isLyAdverb(w[jj]))) jj--;
  const pt = jj >= s.tokStart ? toks[jj] : null;
  if (pt && (pt.text === ',' || w[jj] === 'and' || w[jj] === 'before' || w[jj] === 'after' || w[jj] === 'while' || w[jj] === 'by' || w[jj] === 'when')) {
    if (e.cls !== 'speech' && e.cls !== 'report' && e.cls !== 'evaluative') return null;
    return sharedSubject(ctx, v);
  }
  if (j >= lo && (w[j] === 'is' || w[j] === 'are' || w[j] === 'was' || w[j] === 'were' || w[j] === "'s" || w[j] === 'been')) return { src: sourceLeftOf(toks, j + 1, lo), shared: -1 };
  if (e.lemma !== 'add' && e.cls !== 'evidential' && t - 1 >= lo && toks[t - 1].kind === 'word' && !toks[t - 1].cap && !DETERMINERS.has(w[t - 1]) && !PREPOSITIONS.has(w[t - 1]) && !CLAUSE_WORDS.has(w[t - 1]) && !AUX_ADV.has(w[t - 1]) && !PRONOUNS.has(w[t - 1]) && (ROLE_HEADS.has(w[t - 1]) || w[t - 1] === 'percent' || EVIDENCE_NOUNS.has(w[t - 1]) || /(?:ers|ors|ists|ans|calls|letters|ads|statements)$/.test(w[t - 1]))) {
    // "a third of the farmers saying they …", "calls saying the road was closed": a reduced relative after a people noun
    const src = npEndingAt(toks, t - 1, lo);
    return src ? { src, shared: -1 } : null;
  }
  if (e.cls === 'evidential' && t - 1 >= lo && EVIDENCE_NOUNS.has(w[t - 1]) && !toks[t - 1].cap) {
    // "a new poll showing the mayor ahead", "emails showing that …"
    const src = npEndingAt(toks, t - 1, lo);
    return src ? { src, shared: -1 } : null;
  }
  return null;
}

/** The source of a finite cue: the subject left of it, else (after "and"/"but" or a comma) a shared or the sentence subject. */
function finiteSource(ctx: Ctx, v: VerbSite): CueSource | null {
  const toks = ctx.toks;
  const w = ctx.words;
  const { s, t, lo } = v;
  const src = sourceLeftOf(toks, t, lo);
  if (src) return { src, shared: -1 };
  if (t - 1 >= lo && (w[t - 1] === 'and' || w[t - 1] === 'but' || (w[t - 1] === 'also' && w[t - 2] === 'and'))) return sharedSubject(ctx, v);
  const prevTok = t - 1 >= s.tokStart ? toks[t - 1] : null;
  const subject = prevTok && prevTok.text === ',' ? sentenceSubject(ctx, s, t) : null;
  return subject ? { src: subject, shared: -1 } : null;
}

/** The source of the sentence's latest attribution ("…, adding that …"), else the sentence subject; null when neither. */
function sharedSubject(ctx: Ctx, v: VerbSite): CueSource | null {
  const shared = lastInSentence(ctx, v.si);
  if (shared >= 0) return { src: null, shared };
  const src = sentenceSubject(ctx, v.s, v.t);
  return src ? { src, shared: -1 } : null;
}

/** The source mention an attribution gets: its own, or the one of the attribution it shares. */
function speakerOf(ctx: Ctx, source: CueSource): SourceChunk | null {
  return source.shared >= 0 ? ctx.out[source.shared].sourceToks : source.src;
}

/** Emits the attribution of a verb cue with its source and content `pieces`. */
function emitVerb(ctx: Ctx, v: VerbSite, source: CueSource, pieces: Range[], object = false): void {
  const e = v.m.entry;
  emit(ctx, { sent: v.si, cueStart: v.t, cueEnd: v.cueEnd, lemma: e.lemma, source: speakerOf(ctx, source), pieces, sharedWith: source.shared, topLevel: !!e.topLevel, object });
}

/**
 * The content of a cue with a source, in order: a marked complement to the right (unless a quote
 * closes right before the source), the content left of a trailing source, a question that ended the
 * previous sentence, an unmarked complement to the right. Skips a speaker's wish about anonymity and
 * an evidential cue's unmarked complement when its source is no evidence ("they found the money").
 */
function attachContent(ctx: Ctx, v: VerbSite, source: CueSource): void {
  const toks = ctx.toks;
  const w = ctx.words;
  const { s, t, m, cueEnd, hi } = v;
  const src = source.src;
  let right = rightContent(ctx, s, t, m, cueEnd, hi);
  // "who asked not to be named", "requested anonymity": the speaker's own wish about anonymity, not reported content
  if (right && right.pieces.length === 1 && ANONYMITY_START.has(w[right.pieces[0][0]]) && ANONYMITY.test(ctx.scan.text.slice(toks[right.pieces[0][0]].start, toks[right.pieces[0][1] - 1].end))) return;
  if (right && !right.strong && m.entry.cls === 'evidential' && src && !EVIDENTIAL_HEADS.has(headNoun(ctx, src))) right = null;
  const quoteBefore = src !== null && src.start - 1 >= s.tokStart && (toks[src.start - 1].kind === 'quote' && toks[src.start - 1].qrole === 'close' || (toks[src.start - 1].text === ',' && toks[src.start - 2]?.kind === 'quote' && toks[src.start - 2].qrole === 'close'));
  if (right && right.strong && !quoteBefore) {
    emitVerb(ctx, v, source, right.pieces);
    return;
  }
  if (trailing(ctx, v, source, quoteBefore)) return;
  if (!right && questionBefore(ctx, v, source)) return;
  if (right) emitVerb(ctx, v, source, right.pieces, right.object === true);
}

/** The head noun of a source: its last word before a post-modifier ("FEC records from the 2008 cycle" → "records"). */
function headNoun(ctx: Ctx, src: SourceChunk): string {
  const w = ctx.words;
  let he = src.end;
  for (let k = src.start + 1; k < src.end; k++) {
    if ((PREPOSITIONS.has(w[k]) || w[k] === ',' || w[k] === '(') && ctx.toks[k - 1].kind === 'word') {
      he = k;
      break;
    }
  }
  return w[he - 1];
}

/**
 * A trailing attribution: '"…," Mullen said.' / 'The plan is flawed, Revesz said.' / asides. The
 * source follows a comma, dash or closing quote and the clause ends after the cue; the content is left
 * of the source, plus a quotation or clause that continues after the cue. True when it emitted.
 */
function trailing(ctx: Ctx, v: VerbSite, source: CueSource, quoteBefore: boolean): boolean {
  const toks = ctx.toks;
  const w = ctx.words;
  const { s, cueEnd, lo, hi } = v;
  const src = source.src;
  if (!src || src.start - 1 < s.tokStart) return false;
  // '… the “Never Trumpers” who oppose his presidency': a relative clause is no trailing attribution
  if (src.end - src.start === 1 && (w[src.start] === 'who' || w[src.start] === 'which' || w[src.start] === 'that')) return false;
  // "Over the weekend, Trump assailed Williams as …": a name after the cue is its object (not "said Friday",
  // "told Reuters", "quoted Geoff Dixon as saying", "reported BaFin as saying")
  if (cueEnd < hi && toks[cueEnd].kind === 'word' && toks[cueEnd].cap && !TIME_WORDS.has(w[cueEnd]) && !ADDRESSEE_CUES.has(v.m.entry.lemma) && !asSaying(w, cueEnd + 1, hi)) return false;
  const before = toks[src.start - 1];
  const isTrail = before.text === ',' || (before.kind === 'quote' && before.qrole === 'close') || before.text === '\u2014' || before.text === '--';
  const ends = (k: number): boolean => k >= hi || w[k] === ',' || w[k] === '.' || w[k] === ';' || w[k] === '!' || w[k] === '?' || toks[k].kind === 'quote';
  let p = skipTrailingAdverbials(ctx, cueEnd, hi);
  // "…, an official told reporters.", "…, she told the committee on Monday.": the addressee, then adverbials
  if (!ends(p) && ADDRESSEE_CUES.has(v.m.entry.lemma)) p = skipTrailingAdverbials(ctx, addresseeEnd(ctx, cueEnd, hi), hi);
  if (!isTrail || !(quoteBefore || ends(p))) return false;
  const left = leftContent(ctx, s, src.start, lo);
  if (!left) return false;
  // "As the charges were unsealed, Hawk Sawyer testified …": a subordinate clause before the source is no content
  if (toks[left[0]].kind === 'word' && SUBORDINATORS_START.has(w[left[0]]) && left[0] === s.tokStart && !hasComma(toks, left[0], left[1])) return false;
  const pieces: Range[] = [left];
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
  if (!(leftLen >= 3 || pieces.length > 1 || toks[left[0]].kind === 'quote')) return false;
  emitVerb(ctx, v, source, pieces);
  return true;
}

/** '“…?” Vitter demanded.': the quote ended the previous sentence with ? or !, and the source opens this one. True when it emitted. */
function questionBefore(ctx: Ctx, v: VerbSite, source: CueSource): boolean {
  const toks = ctx.toks;
  const w = ctx.words;
  const { s, t, cueEnd, hi } = v;
  const src = source.src;
  if (!src || src.start !== s.tokStart || s.tokStart === 0) return false;
  const pq = toks[s.tokStart - 1];
  const p = skipTrailingAdverbials(ctx, cueEnd, hi);
  if (!(pq.kind === 'quote' && pq.qrole === 'close' && pq.para === toks[t].para && (p >= hi || w[p] === '.' || w[p] === ','))) return false;
  const open = ctx.scan.quoteToks[pq.quote].open;
  if (open < 0) return false;
  emitVerb(ctx, v, source, [[open, s.tokStart]]);
  return true;
}

/** A belief aside: "Iran, he believes, is …": a pronoun or name between commas, the content around it. */
function aside(ctx: Ctx, v: VerbSite): void {
  const toks = ctx.toks;
  const { t, m, lo, hi } = v;
  const src = sourceLeftOf(toks, t, lo);
  if (!src || src.start - 1 < lo || toks[src.start - 1].text !== ',') return;
  const after = t + m.length;
  if (after >= hi || toks[after].text !== ',') return;
  const [a1, b1] = trimRange(ctx, lo, src.start - 1);
  const [a2, b2] = trimRange(ctx, after + 1, hi);
  if (b1 - a1 < 1 || b2 - a2 < 2) return;
  emit(ctx, { sent: v.si, cueStart: t, cueEnd: t + m.length, lemma: m.entry.lemma, source: src, pieces: [[a1, b1], [a2, b2]] });
}

/** Whether tokens `[a, b)` hold a comma (a subordinate clause followed by its main clause). */
function hasComma(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (toks[k].text === ',') return true;
  return false;
}
