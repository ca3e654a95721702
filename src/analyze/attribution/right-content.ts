/**
 * Right of a cue: the complement a cue takes by its frames (a quotation, a that-clause, a colon,
 * an infinitive, an embedded question, an object with a quote or an "as" predicate, a bare clause),
 * after adverbials and an addressee (`told reporters on Friday that …`).
 * @module
 */
import { EVENT_OBJECTS, matchCue, type CueMatch } from './cues.ts';
import type { ScanSentence } from './scan.ts';
import {
  ADDRESSEE_NOUNS, AS_VERBS, CLAUSE_MARKERS, CLAUSE_WORDS, HEDGE_ADVERBS, IRREGULAR_PAST, OBJ_PRONOUNS, PREPOSITIONS, PRONOUNS, SAY_VERBS,
  SUBJECT_STARTS, TELL_ZERO, TIME_WORDS, WH, ZERO_BAD_START, ZERO_SUBJECT_STARTS, isLyAdverb,
} from './words.ts';
import { framesOf, quoteRange, trimRange, type Ctx, type Range } from './context.ts';

/** A cue's complement: token ranges, `strong` when marked by a quote, "that", a colon, "to" or a wh-word. */
export interface RightContent {
  pieces: Range[];
  strong: boolean;
  /** Only a noun-phrase object ("condemned the attack"). */
  object?: boolean;
}

/** A strong complement of at least `min` tokens, else null. */
function strongIf([a, b]: Range, min: number): RightContent | null {
  return b - a >= min ? { pieces: [[a, b]], strong: true } : null;
}

/**
 * Content to the right of a cue at `t` (its tokens end at `cueEnd`; `hi` bounds the scan), by the
 * cue's frames: after adverbials and an addressee, a quotation, a colon, a that-clause, an
 * infinitive or an embedded question (strong), an object with a quote or a predicate (strong), or
 * an object or a bare clause (not strong).
 */
export function rightContent(ctx: Ctx, s: ScanSentence, t: number, m: CueMatch, cueEnd: number, hi: number): RightContent | null {
  const toks = ctx.toks;
  const w = ctx.words;
  const frames = framesOf(m.entry);
  let p = skipAdverbials(ctx, cueEnd, hi);
  if (frames.has('obj') && TELL_ZERO.has(m.entry.lemma) && p < hi) {
    const c = tellZeroClause(ctx, p, hi);
    if (c) return c;
  }
  if (m.entry.lemma === 'ask' && p < hi) {
    const c = askedAbout(ctx, p, hi);
    if (c) return c;
  }
  let obj = -1;
  if ((frames.has('obj') || frames.has('obj_to')) && p < hi && !WH.has(w[p])) {
    // addressee: "told reporters", "told a press conference this week", "warned Iran"
    let k = p;
    while (k < hi && k - p < 10 && w[k] !== 'that' && w[k] !== ',' && w[k] !== ':' && w[k] !== 'to' && toks[k].kind !== 'quote' && !(WH.has(w[k]) && k > p) && w[k] !== '.') k++;
    if (k > p && k < hi) {
      if (w[k] === 'to' && frames.has('obj_to')) return strongIf(trimRange(ctx, p, hi), 1);
      if (frames.has('obj')) {
        obj = p;
        p = skipAdverbials(ctx, k, hi);
      }
    }
  }
  if (p >= hi) return null;
  const quoted = quotedComplement(ctx, s, frames, p, hi);
  if (quoted) return quoted;
  if (w[p] === ':' && frames.has('quote')) return colonComplement(ctx, p, hi);
  if (w[p] === 'that' && frames.has('that')) return strongIf(trimRange(ctx, p + 1, hi), 2);
  if (w[p] === 'not' && w[p + 1] === 'to' && frames.has('to')) p++;
  if (w[p] === 'to' && frames.has('to') && obj < 0) return strongIf(trimRange(ctx, p, hi), 2);
  if (WH.has(w[p]) && frames.has('wh') && w[p] !== 'who' && w[p] !== 'which') return strongIf(trimRange(ctx, p, hi), 3);
  if (frames.has('np_quote')) return objectWithPredicate(ctx, m, p, hi);
  return obj < 0 ? unmarkedComplement(ctx, m, frames, p, hi) : null;
}

/** "told reporters the strike would continue": a short addressee at `p`, then a clause with no "that". */
function tellZeroClause(ctx: Ctx, p: number, hi: number): RightContent | null {
  const toks = ctx.toks;
  const w = ctx.words;
  const e = addresseeEnd(ctx, p, hi);
  if (e <= p || e >= hi) return null;
  const q = skipAdverbials(ctx, e, hi);
  const tq = toks[q];
  if (!(q < hi && (tq.kind === 'word' || tq.kind === 'number') && w[q] !== 'that' && w[q] !== 'to' && !PREPOSITIONS.has(w[q]) && !WH.has(w[q]))) return null;
  const [a, b] = trimRange(ctx, q, hi);
  const subjectLike = toks[a].cap || PRONOUNS.has(w[a]) || SUBJECT_STARTS.has(w[a]);
  return b - a >= 3 && subjectLike && looksLikeClause(ctx, a, b) ? { pieces: [[a, b]], strong: true } : null;
}

/** "asked the governor about the contract": a short addressee at `p`, then "about" and what was asked. */
function askedAbout(ctx: Ctx, p: number, hi: number): RightContent | null {
  const toks = ctx.toks;
  const w = ctx.words;
  if (!(OBJ_PRONOUNS.has(w[p]) || toks[p].cap || w[p] === 'the')) return null;
  let e = p + 1;
  while (e < hi && e - p < 5 && toks[e].kind === 'word' && w[e] !== 'about' && !PREPOSITIONS.has(w[e]) && !CLAUSE_WORDS.has(w[e])) e++;
  if (!(e + 1 < hi && w[e] === 'about')) return null;
  let k = e + 1;
  while (k < hi && w[k] !== ',' && w[k] !== ';' && toks[k].kind !== 'quote') k++;
  return strongIf(trimRange(ctx, p, k), 3);
}

/**
 * A quotation opening at `p` (or after a comma or colon there): the whole quote, widened to the
 * sentence end when words follow it with no comma closing the quote (mixed content).
 */
function quotedComplement(ctx: Ctx, s: ScanSentence, frames: ReadonlySet<string>, p: number, hi: number): RightContent | null {
  const toks = ctx.toks;
  const w = ctx.words;
  const tp = toks[p];
  let qTok = -1;
  if ((w[p] === ',' || w[p] === ':') && p + 1 < hi && toks[p + 1].kind === 'quote' && toks[p + 1].qrole === 'open') qTok = p + 1;
  else if (tp.kind === 'quote' && tp.qrole === 'open') qTok = p;
  if (qTok < 0 || !(frames.has('quote') || frames.has('np_quote') || frames.has('zero'))) return null;
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

/** After a colon at `p`: the rest of the sentence, or the next paragraph when the colon closes its paragraph ("He said:"). */
function colonComplement(ctx: Ctx, p: number, hi: number): RightContent | null {
  const toks = ctx.toks;
  if (p + 1 >= hi && hi < toks.length && toks[hi].para !== toks[p].para && ctx.scan.sentences[toks[hi].sent]) {
    let k = hi;
    while (k < toks.length && toks[k].para === toks[hi].para) k++;
    if (toks[hi].kind === 'quote' && toks[hi].qrole === 'open') return { pieces: [quoteRange(ctx, toks[hi].quote)], strong: true };
    return strongIf(trimRange(ctx, hi, k), 3);
  }
  return strongIf(trimRange(ctx, p + 1, hi), 3);
}

/**
 * The object of an np_quote cue, when it contains a quotation ('threatened “open war” against the
 * US'), takes an "as" predicate ("described the plan as reckless") or, for "call", a predicate
 * ("called him a loyal friend").
 */
function objectWithPredicate(ctx: Ctx, m: CueMatch, p: number, hi: number): RightContent | null {
  const toks = ctx.toks;
  const w = ctx.words;
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
    for (let q = p + 1; q < k && q - p <= 8; q++) {
      if (w[q] === 'as' && q + 1 < k && toks[q + 1].kind === 'word' && w[q + 1] !== 'well' && w[q + 1] !== 'part') {
        const [a, b] = trimRange(ctx, p, k);
        if (b - a >= 3) return { pieces: [[a, b]], strong: true };
        break;
      }
      if (toks[q].kind !== 'word' && toks[q].kind !== 'number' && w[q] !== "'s") break;
    }
  }
  if (m.entry.lemma === 'call' && /^(?:the|this|that|these|those|his|her|its|their)$/.test(w[p])) {
    // "called the impeachment process a sham": a determined object, then a predicate noun phrase
    for (let q = p + 2; q < k && q - p <= 8 && toks[q].kind === 'word'; q++) {
      if (PREPOSITIONS.has(w[q]) || CLAUSE_WORDS.has(w[q]) || CLAUSE_MARKERS.has(w[q])) break;
      if (w[q] === 'a' || w[q] === 'an') {
        const [a, b] = trimRange(ctx, p, k);
        if (b - q >= 2) return { pieces: [[a, b]], strong: true };
        break;
      }
    }
  }
  if (m.entry.lemma === 'call' && p + 1 < k && (OBJ_PRONOUNS.has(w[p]) || /^(?:himself|herself|themselves|itself)$/.test(w[p]) || (toks[p].cap && toks[p].kind === 'word'))) {
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

/** An unmarked complement at `p` (no addressee before it): a noun-phrase object or a bare clause (not strong). */
function unmarkedComplement(ctx: Ctx, m: CueMatch, frames: ReadonlySet<string>, p: number, hi: number): RightContent | null {
  const toks = ctx.toks;
  const w = ctx.words;
  const tp = toks[p];
  if (frames.has('np') && (tp.kind === 'word' || tp.kind === 'number' || (tp.kind === 'quote' && tp.qrole === 'open')) && !(PREPOSITIONS.has(w[p]) && !frames.has('np_quote'))) {
    let k = p;
    while (k < hi && w[k] !== ';' && !(w[k] === ',' && (w[k + 1] === 'but' || w[k + 1] === 'and' || w[k + 1] === 'which' || w[k + 1] === 'while' || w[k + 1] === 'saying' || w[k + 1] === 'adding'))) k++;
    const [a, b] = trimRange(ctx, p, k);
    // "announced his resignation": an event, not something said
    if (b - a >= 1 && EVENT_OBJECTS.has(w[a + 1] ?? '') && /^(?:his|her|their|its|a|the)$/.test(w[a])) return null;
    if (b - a >= 1) return { pieces: [[a, b]], strong: false, object: nounObject(ctx, m, a, b) };
  }
  if (!frames.has('zero')) return null;
  if (w[p] === ',' && p + 1 < hi && toks[p + 1].kind === 'word' && SAY_VERBS.has(m.entry.lemma)) {
    // "advisers to Mr. Obama say, the president has grown exasperated …"
    const [a, b] = trimRange(ctx, p + 1, hi);
    if (b - a >= 3 && looksLikeClause(ctx, a, b)) return { pieces: [[a, b]], strong: false };
  }
  return zeroClause(ctx, m, p, hi);
}

/** A bare clause after a cue with no "that" ("said the port will reopen", "They said she could."). */
function zeroClause(ctx: Ctx, m: CueMatch, p: number, hi: number): RightContent | null {
  const toks = ctx.toks;
  const w = ctx.words;
  const tp = toks[p];
  if (tp.kind !== 'word' && tp.kind !== 'number') return null;
  if (ZERO_BAD_START.has(w[p]) && !(w[p] === 'the' || w[p] === 'a' || w[p] === 'an') && !((w[p] === 'no' || w[p] === 'more' || w[p] === 'little' || w[p] === 'much') && toks[p + 1]?.kind === 'word')) return null;
  if (PREPOSITIONS.has(w[p]) && w[p] !== 'by') return null;
  const [a, b] = trimRange(ctx, p, hi);
  // "Dana Wills said he would.", "They said she could."
  if (b - a === 2 && SAY_VERBS.has(m.entry.lemma) && PRONOUNS.has(w[a]) && CLAUSE_MARKERS.has(w[a + 1])) return { pieces: [[a, b]], strong: false };
  // "said sales rose.", "said prices dropped."
  if (b - a === 2 && SAY_VERBS.has(m.entry.lemma) && toks[a].kind === 'word' && !PRONOUNS.has(w[a]) && !ZERO_BAD_START.has(w[a]) && toks[a + 1].kind === 'word' && !toks[a + 1].cap && (IRREGULAR_PAST.has(w[a + 1]) || w[a + 1].endsWith('ed'))) return { pieces: [[a, b]], strong: false };
  if (b - a < 3) return null;
  if (/^(?:itself|himself|herself|themselves|ourselves|myself|yourself)$/.test(w[a])) return null;
  if (TIME_WORDS.has(w[a]) && w[a] !== 'may' && w[a] !== 'march' && !(w[a] === 'this' && CLAUSE_MARKERS.has(w[a + 1] ?? ''))) return null;
  const subjectLike = toks[a].cap || toks[a].kind === 'number' || ZERO_SUBJECT_STARTS.has(w[a]) || (w[a].endsWith('s') && w[a].length > 3 && !w[a].endsWith('ss') && !w[a].endsWith('ous'));
  if (w[a] === 'but' || w[a] === 'and' || w[a] === 'or') return null;
  if (m.entry.cls !== 'evidential' && !(SAY_VERBS.has(m.entry.lemma) && subjectLike) && !looksLikeClause(ctx, a, b, SAY_VERBS.has(m.entry.lemma) && m.form !== 'base' && m.form !== 'ing')) return null;
  return { pieces: [[a, b]], strong: false };
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

/** End of a short addressee at `p` ("reporters", "him", "the crowd", "Reuters"), or `p` when there is none. */
export function addresseeEnd(ctx: Ctx, p: number, hi: number): number {
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

/** Rough clause test for zero-"that" complements: an auxiliary, modal, pronoun subject or -ed/-s verb within the first words. */
export function looksLikeClause(ctx: Ctx, a: number, b: number, irregular = false): boolean {
  const w = ctx.words;
  if (PRONOUNS.has(w[a]) || w[a] === 'there' || w[a] === 'this' || w[a] === 'those' || w[a] === 'these') return true;
  for (let k = a; k < Math.min(b, a + 12); k++) {
    if (CLAUSE_MARKERS.has(w[k])) return true;
    const t = ctx.toks[k];
    if (t.kind === 'word' && !t.cap && k > a && (w[k].endsWith('ed') || (w[k].endsWith('s') && !w[k].endsWith('ss') && (ctx.toks[k - 1].cap || PRONOUNS.has(w[k - 1]))))) return true;
    // "no evidence supports …", "the plan works": an -s verb right after a determiner and its noun
    if (t.kind === 'word' && !t.cap && k === a + 2 && SUBJECT_STARTS.has(w[a]) && w[k].endsWith('s') && !w[k].endsWith('ss') && !w[k - 1].endsWith('s')) return true;
    if (t.kind === 'quote') return true;
    if (irregular && t.kind === 'word' && !t.cap && k > a && IRREGULAR_PAST.has(w[k])) return true;
  }
  return false;
}

/**
 * Whether an unmarked complement `[a, b)` of cue `m` is only a noun-phrase object ("condemned the
 * attack"), not something said: no quotation (the source's own words count as mixed speech), no clause
 * starting it ("admits he has not followed it"), no gerund after a verb of saying ("denied being
 * unfair"), no predicate after the object ("touted the plan as …", "urged Mr. Trump to make a deal",
 * "attributed the rally to …").
 */
function nounObject(ctx: Ctx, m: CueMatch, a: number, b: number): boolean {
  const toks = ctx.toks;
  const w = ctx.words;
  const saying = m.entry.cls === 'speech' || m.entry.cls === 'report' || m.entry.cls === 'directive';
  if (saying && toks[a].kind === 'word' && !toks[a].cap && w[a].endsWith('ing') && w[a].length > 4) return false;
  if (w[a] === 'to') return false;
  for (let k = a; k < b; k++) {
    if (toks[k].kind === 'quote') return false;
    if (k > a && w[k] === 'as' && w[k + 1] !== 'well' && (AS_VERBS.has(m.entry.lemma) || m.entry.cls === 'evaluative')) return false;
    if (k > a && w[k] === 'to' && k + 1 < b && toks[k + 1].kind === 'word' && !toks[k + 1].cap && (m.entry.cls === 'directive' || m.entry.lemma === 'attribute')) return false;
  }
  // a clause: a finite verb within the first words, after its subject
  for (let k = a + 1; k < Math.min(b, a + 6); k++) {
    if (w[k] === ',' || w[k] === 'that' || w[k] === 'which' || w[k] === 'who' || PREPOSITIONS.has(w[k])) break;
    if (CLAUSE_MARKERS.has(w[k]) && w[k] !== 'not') return false;
    // (a participle with its agent, "the budget approved by …", is no finite verb)
    if (toks[k].kind === 'word' && !toks[k].cap && (w[k].endsWith('ed') || IRREGULAR_PAST.has(w[k])) && toks[k - 1].kind === 'word' && !/^(?:the|a|an|his|her|its|their|our|than|as)$/.test(w[k - 1]) && w[k + 1] !== 'by') return false;
  }
  return true;
}
