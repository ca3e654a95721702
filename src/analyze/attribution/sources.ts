/**
 * Source-mention extraction around a cue: a small noun-phrase chunker driven by capitalisation,
 * determiners, titles, appositives, pronouns and clause-boundary words (no part-of-speech tagger).
 * @module
 */
import { ABBREVIATIONS, type Tok } from './scan.ts';
import {
  ADVERBIAL_OPENERS, APPOSITIVE_START, AUX_ADV, BAD_HEADS, CLAUSE_BOUNDARY, DASHES, DETERMINERS, FRACTIONS, ING_NOUNS, LINKING_WORDS, NOT_NP_END,
  POLL_PARTICIPLES, PREPOSITIONS, PRONOUNS, QUANT_LEAD, SENTENCE_ADVERBS, SHORT_PP, TIME_WORDS, VERB_FORMS_STOP, isLyAdverb,
} from './words.ts';

/** Token range `[start, end)` of a source mention plus optional appositive range. */
export interface SourceChunk {
  start: number;
  end: number;
  appositive: { start: number; end: number } | null;
  /** For a relative pronoun source ("who said"): the token range of its antecedent. */
  antecedent: { start: number; end: number } | null;
}

/** A source chunk; every chunk is made here, with all fields, so that all chunks share one hidden class. */
export function chunk(start: number, end: number, appositive: { start: number; end: number } | null = null, antecedent: { start: number; end: number } | null = null): SourceChunk {
  return { start, end, appositive, antecedent };
}

const isPunct = (t: Tok): boolean => t.kind === 'punct' || t.kind === 'quote';
const isDash = (t: Tok): boolean => DASHES.has(t.text);

/** True for a lower-case word ending in -ed that looks like a finite verb/participle, not a noun. */
function looksVerbal(t: Tok): boolean {
  return t.kind === 'word' && !t.cap && t.lower.length > 4 && t.lower.endsWith('ed') && !/(?:red|eed|hundred)$/.test(t.lower);
}

/**
 * Finds the subject noun phrase ending right before token `j` (inclusive end `j`), scanning left no
 * further than `lo`. Returns a token range or null.
 */
export function npEndingAt(toks: readonly Tok[], j: number, lo: number, postModifier = true): SourceChunk | null {
  if (j < lo) return null;
  // "a source close to him", "people familiar with her thinking": a head noun with a short post-modifier (one level)
  for (let c = j - 1; postModifier && c >= lo + 1 && c >= j - 5; c--) {
    const t = toks[c];
    if (t.kind !== 'word' || t.cap) {
      if (t.kind === 'punct' || t.kind === 'quote') break;
      continue;
    }
    if ((t.lower === 'to' && toks[c - 1].lower === 'close') || (t.lower === 'with' && toks[c - 1].lower === 'familiar') || (t.lower === 'about' && toks[c - 1].lower === 'knowledgeable')) {
      const head = c - 2 >= lo ? npEndingAt(toks, c - 2, lo, false) : null;
      if (head && c + 1 <= j) return chunk(head.start, j + 1);
      break;
    }
  }
  const last = toks[j];
  // "Harbor Logistics Inc. said": the period of a company or name abbreviation ends the name
  if (last.text === '.' && j - 1 >= lo && toks[j - 1].end === last.start && /^(?:inc|co|corp|ltd|jr|sr|bros|plc|llc)$/.test(toks[j - 1].lower)) {
    const np = npEndingAt(toks, j - 1, lo, postModifier);
    return np ? chunk(np.start, j + 1) : null;
  }
  if (last.kind !== 'word' && last.kind !== 'number' && last.text !== ')') return null;
  if (PRONOUNS.has(last.lower) && last.kind === 'word') return chunk(j, j + 1);
  if ((last.lower === 'who' || last.lower === 'which') && j - 1 >= lo) {
    // relative clause: the antecedent is the source ("Fallon, who said …")
    const k0 = toks[j - 1].text === ',' ? j - 2 : j - 1;
    const ante = nameEndingAt(toks, k0, lo) ?? npEndingAt(toks, k0, lo);
    return ante ? chunk(j, j + 1, null, { start: ante.start, end: ante.end }) : null;
  }
  // ("the US said": the country, not the pronoun "us")
  if ((NOT_NP_END.has(last.lower) && last.text !== 'US') || (BAD_HEADS.has(last.lower) && !last.cap)) return null;
  // "19 percent of the students polled say": a poll participle closing the subject
  if (looksVerbal(last) && !(POLL_PARTICIPLES.has(last.lower) && j - 1 >= lo && toks[j - 1].kind === 'word' && !toks[j - 1].cap && toks[j - 1].lower.endsWith('s'))) return null;
  if (!last.cap && last.kind === 'word' && last.lower.endsWith('ing') && last.lower.length > 5 && !ING_NOUNS.has(last.lower)) return null;
  let k = j;
  let paren = last.text === ')' ? 1 : 0;
  let extended = false;
  while (k - 1 >= lo) {
    const t = toks[k - 1];
    if (paren > 0) {
      if (t.text === '(') paren--;
      k--;
      continue;
    }
    if (t.text === ')') {
      paren++;
      k--;
      continue;
    }
    if (isPunct(t)) {
      // hyphen inside names is part of the word; "." of abbreviations ("Gen.") stays in the chunk
      if (t.text === '.' && k - 2 >= lo && toks[k - 2].end === t.start && toks[k - 2].cap && toks[k - 2].text.length <= 4) {
        k--;
        continue;
      }
      // "&" glued inside a name ("PG&E officials", "AT&T")
      if (t.text === '&' && k - 2 >= lo && toks[k - 2].end === t.start && t.end === toks[k].start && toks[k - 2].cap && toks[k].cap) {
        k--;
        continue;
      }
      break;
    }
    if (t.lower === "'s" && k - 2 >= lo) {
      // possessive inside the chunk ("Sadr's followers")
      k--;
      continue;
    }
    if (t.lower === 'and' || t.lower === '&') {
      // coordination inside a chunk: "Officials in Washington and Baghdad", "Clinton and Sanders"
      const prev = toks[k - 2];
      const next = toks[k];
      if (prev && k - 2 >= lo && prev.kind === 'word' && !NOT_NP_END.has(prev.lower) && !looksVerbal(prev) && (prev.cap === next.cap)) {
        k--;
        continue;
      }
      break;
    }
    if (CLAUSE_BOUNDARY.has(t.lower) && !(t.lower === 'of')) {
      if (!extended && looksVerbal(toks[j]) === false && k - 1 >= lo && (t.lower === 'before' || t.lower === 'after') && chunkEndsVerbal(toks, k, j)) {
        extended = true;
        k--;
        continue;
      }
      break;
    }
    if (PRONOUNS.has(t.lower) && !t.cap) break;
    if (!t.cap && VERB_FORMS_STOP.has(t.lower)) break;
    if (t.kind === 'word' && AUX_ADV.has(t.lower) && !t.cap && !DETERMINERS.has(t.lower)) break;
    if (k - 1 < j - 14) return null;
    k--;
  }
  if (k > j) return null;
  // "About 4 in 10 say", "Over half of voters": an approximate quantity is the subject, not a fronted phrase
  const quantity = k < j && QUANT_LEAD.has(toks[k].lower) && (toks[k + 1].kind === 'number' || FRACTIONS.has(toks[k + 1].lower));
  // trim leading prepositional phrase without comma ("On Friday Mullen said" → "Mullen")
  while (!quantity && k <= j && PREPOSITIONS.has(toks[k].lower) && !toks[k].cap) k++;
  if (!quantity && k <= j && toks[k].cap && PREPOSITIONS.has(toks[k].lower)) {
    // "In congressional testimony Petraeus said": drop up to the last capitalised run
    let r = j;
    while (r - 1 > k && toks[r - 1].cap) r--;
    if (r > k + 1) k = r;
  }
  if (k > j) return null;
  if (toks[j].lower === 'it' && k < j) return chunk(j, j + 1);
  return chunk(k, j + 1);
}

function chunkEndsVerbal(toks: readonly Tok[], k: number, j: number): boolean {
  // the chunk k..j ends in a verb-like word ("before Fallon resigned") → the real subject starts further left
  for (let i = j; i >= k; i--) if (looksVerbal(toks[i])) return true;
  return false;
}

/**
 * The source mention left of a cue at token `cue`, scanning no further left than `lo` (the sentence
 * start). Skips auxiliaries and adverbs ("has also said"), a temporal phrase ("Mullen on Friday said"),
 * an opening quote mark that starts inside the content ("a medic "said …"), and appositives
 * ("Mullen, the chairman of the Joint Chiefs, said").
 */
export function sourceLeftOf(toks: readonly Tok[], cue: number, lo: number): SourceChunk | null {
  let j = cue - 1;
  if (j >= lo && toks[j].kind === 'quote' && toks[j].qrole === 'open') j--;
  while (j >= lo && toks[j].kind === 'word' && !toks[j].cap && (AUX_ADV.has(toks[j].lower) || isLyAdverb(toks[j].lower))) j--;
  // temporal phrase: "on Friday", "last week", "earlier this month"
  {
    let t = j;
    let sawTime = false;
    if (t >= lo + 1 && toks[t].kind === 'number' && /^(?:19|20)\d\d$/.test(toks[t].text) && toks[t - 1].lower === 'in') {
      t -= 2;
      j = t;
    }
    while (t >= lo && (TIME_WORDS.has(toks[t].lower) || toks[t].kind === 'number')) {
      if (toks[t].lower !== 'on' && toks[t].lower !== 'this' && toks[t].lower !== 'last') sawTime = true;
      t--;
    }
    if (sawTime && t < j && t >= lo && (toks[t + 1].lower === 'on' || toks[t + 1].lower === 'last' || toks[t + 1].lower === 'this' || toks[t + 1].lower === 'earlier')) j = t;
    while (j >= lo && toks[j].kind === 'word' && !toks[j].cap && (AUX_ADV.has(toks[j].lower) || isLyAdverb(toks[j].lower))) j--;
  }
  // "who has in the past described", "have in particular noted": a short prepositional phrase after an auxiliary
  for (let k = j; k >= lo + 1 && k >= j - 3; k--) {
    if (SHORT_PP.has(toks[k].lower) && !toks[k].cap) {
      const pk = toks[k - 1];
      if (pk.kind === 'word' && !pk.cap && (AUX_ADV.has(pk.lower) || pk.lower === 'who' || pk.lower === 'which') && k < j) {
        let ok = true;
        for (let q = k + 1; q <= j; q++) if (toks[q].kind !== 'word' || toks[q].cap) ok = false;
        if (ok) {
          j = k - 1;
          while (j >= lo && toks[j].kind === 'word' && !toks[j].cap && (AUX_ADV.has(toks[j].lower) || isLyAdverb(toks[j].lower))) j--;
        }
      }
      break;
    }
  }
  if (j < lo) return null;
  if (toks[j].text === ',' || isDash(toks[j])) return appositiveSource(toks, j, lo);
  const rel = relativeAntecedent(toks, j, lo);
  if (rel) return rel;
  const np = npEndingAt(toks, j, lo);
  if (np) return np;
  if (looksVerbal(toks[j])) {
    // "An Esquire article published shortly before Fallon resigned stated": a subject with a clause inside
    for (let b = j - 1; b >= lo && b >= j - 5; b--) {
      if (/^(?:before|after|when|since|until)$/.test(toks[b].lower)) {
        const c = npEndingAt(toks, b - 1, lo);
        if (c && (DETERMINERS.has(toks[c.start].lower) || toks[c.start].cap)) return chunk(c.start, j + 1);
        break;
      }
    }
  }
  return null;
}

/** Connectors inside an organisation's name ("Organisation for Economic Co-operation and Development"). */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', '&', 'on']);

/**
 * The capitalised name that ends at token `j` (or before a parenthesised acronym there): "… by the
 * Securities and Exchange Commission which said", "General Motors Acceptance Corp (GMAC), which". A
 * relative pronoun's antecedent is the name itself, not the phrase it ends ("criticised by the …").
 */
function nameEndingAt(toks: readonly Tok[], j: number, lo: number): SourceChunk | null {
  let e = j;
  if (toks[e]?.text === ')' && e - 3 >= lo && toks[e - 2]?.text === '(' && toks[e - 1].cap) e -= 3;
  const capWord = (t: Tok | undefined) => t !== undefined && t.kind === 'word' && t.cap && t.lower !== 'the';
  if (e < lo || !capWord(toks[e])) return null;
  let s = e;
  while (s - 1 >= lo && (capWord(toks[s - 1]) || (NAME_CONNECTORS.has(toks[s - 1].lower) && s - 2 >= lo && capWord(toks[s - 2])))) s--;
  return chunk(s, e + 1);
}

/** "The company that runs the AMAs": a segment that is a noun phrase with a relative clause; its head noun phrase, else null. */
function relativeHead(toks: readonly Tok[], a: number, b: number): SourceChunk | null {
  if (!DETERMINERS.has(toks[a].lower)) return null;
  for (let r = a + 2; r <= b && r <= a + 5; r++) {
    if (/^(?:that|who|which)$/.test(toks[r].lower)) return npEndingAt(toks, r - 1, a, false);
    if (toks[r].kind !== 'word') return null;
  }
  return null;
}

/**
 * "Washington-based analysts who have done the calculations say", "A spokesperson who did not wish to
 * be named … said": a relative clause with a verb of its own between the subject and the cue; the
 * subject is the noun phrase before "who". Null when there is none.
 */
function relativeAntecedent(toks: readonly Tok[], j: number, lo: number): SourceChunk | null {
  for (let w = j - 1; w > lo && w >= j - 14; w--) {
    const t = toks[w];
    if (t.kind !== 'word') return null;
    if (t.lower !== 'who' && t.lower !== 'whom') continue;
    if (w + 2 > j || toks[w - 1].text === ',') return null;
    const ante = npEndingAt(toks, w - 1, lo, false);
    return ante && toks[ante.end - 1].kind === 'word' && !toks[ante.end - 1].cap ? chunk(ante.start, ante.end) : null;
  }
  return null;
}

/**
 * The source mention right of a cue (inversion "said Mullen", "according to X"): tokens from `i` up to a
 * comma, sentence end, quote or clause boundary, at most `max` tokens.
 */
export function sourceRightOf(toks: readonly Tok[], i: number, hi: number, max = 16, stopAtComma = true): SourceChunk | null {
  let k = i;
  let paren = 0;
  while (k < hi && k - i < max) {
    const t = toks[k];
    if (t.text === '(') paren++;
    else if (t.text === ')') {
      if (paren === 0) break;
      paren--;
    } else if (paren === 0) {
      if (t.kind === 'quote') break;
      if (t.kind === 'punct' && t.text !== '-' && t.text !== '&' && t.text !== '.' && t.text !== "'") {
        if (!(t.text === ',' && !stopAtComma)) break;
      }
      if (t.text === '.' && !(k > i && toks[k - 1].end === t.start && ((toks[k - 1].text.length === 1 && toks[k - 1].cap) || ABBREVIATIONS.has(toks[k - 1].lower)))) break;
      if (k > i && (t.lower === 'that' || t.lower === 'who' || t.lower === 'which' || t.lower === 'when' || t.lower === 'because' || t.lower === 'as')) break;
      if (k > i && (t.lower === 'on' || t.lower === 'in' || t.lower === 'at' || t.lower === 'during') && k + 1 < hi && (TIME_WORDS.has(toks[k + 1].lower) || /^(?:a|an|the|his|her|their|its)$/.test(toks[k + 1].lower) && !toks[k + 2]?.cap)) break;
      // (not in a name: "the Sunday Times", "the Sunday Telegraph")
      if (k > i && (TIME_WORDS.has(t.lower) && (t.lower === 'last' || t.lower === 'this' || t.lower === 'earlier' || /day$/.test(t.lower))) && !(t.cap && toks[k - 1].lower === 'the' && toks[k + 1]?.kind === 'word' && toks[k + 1].cap)) break;
    }
    k++;
  }
  if (paren > 0 && k < hi && toks[k].text === ')') k++;
  if (k === i) return null;
  return chunk(i, k);
}

function appositiveLike(t: Tok): boolean {
  return PREPOSITIONS.has(t.lower) || (t.lower.endsWith('ing') && !t.cap) || DETERMINERS.has(t.lower) || t.kind === 'number' || t.cap || APPOSITIVE_START.has(t.lower) || t.lower.endsWith('ed');
}

function adverbialSegment(toks: readonly Tok[], a: number, b: number): boolean {
  const f = toks[a].lower;
  if (PREPOSITIONS.has(f) || ADVERBIAL_OPENERS.has(f)) {
    // "On Friday", "In a statement", "But Megan Hester" (the last keeps its name: handled by the caller)
    return true;
  }
  for (let k = a; k <= b; k++) if (!(TIME_WORDS.has(toks[k].lower) || toks[k].kind === 'number')) return false;
  return true;
}

/**
 * Source left of a cue preceded by a comma or dash: the subject before one or more appositives
 * ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"; "The state's
 * campaign chairman, Phil Lovas, said" → the name).
 */
function appositiveSource(toks: readonly Tok[], j: number, lo: number): SourceChunk | null {
  // segments between commas/dashes, right to left
  const segs: [number, number][] = [];
  let end = j - 1;
  for (let round = 0; round < 5 && end >= lo; round++) {
    let s = end;
    while (s >= lo && toks[s].text !== ',' && !isDash(toks[s]) && toks[s].kind !== 'quote' && toks[s].text !== ';' && toks[s].text !== ':' && end - s < 25) s--;
    if (end - s >= 25) return null;
    segs.unshift([s + 1, end]);
    if (s >= lo && (toks[s].text === ',' || isDash(toks[s]))) {
      end = s - 1;
      continue;
    }
    break;
  }
  if (segs.length < 2) return null;
  {
    // "Tuesday at the port, after the vote, Gov. Ana Ruiz, said": fronted adverbials, then a name
    const [la, lb] = segs[segs.length - 1];
    let name = lb >= la && lb - la <= 4 && toks[la].cap && !TIME_WORDS.has(toks[la].lower);
    for (let k = la; k <= lb && name; k++) if (!(toks[k].cap || toks[k].text === '.')) name = false;
    let adv = name;
    for (let i = 0; i < segs.length - 1 && adv; i++) {
      const f = toks[segs[i][0]];
      if (!(TIME_WORDS.has(f.lower) || PREPOSITIONS.has(f.lower) || /^(?:after|before|while|when|and|but)$/.test(f.lower))) adv = false;
    }
    if (name && adv) return chunk(la, lb + 1);
  }
  for (let i = 0; i < segs.length - 1; i++) {
    const [a, b] = segs[i];
    if (b < a) continue;
    // dateline "WASHINGTON --"
    if (i === 0 && toks[a].text === toks[a].text.toUpperCase() && toks[b].text === toks[b].text.toUpperCase() && isDash(toks[b + 1]) && /[A-Z]/.test(toks[a].text)) continue;
    // a clause before the subject ("Trump has been eager to withdraw, but General Mark Milley, chairman …, told")
    const clauseBefore = i === 0 && segs.length >= 3 && LINKING_WORDS.has(toks[segs[1][0]].lower);
    let np = relativeHead(toks, a, b) ?? npEndingAt(toks, b, a);
    if (!np) {
      if (adverbialSegment(toks, a, b) || clauseBefore) continue;
      return null;
    }
    if (np.start > a + 2 || (np.start > a && !LINKING_WORDS.has(toks[a].lower) && !PREPOSITIONS.has(toks[a].lower))) {
      if (adverbialSegment(toks, a, b) || clauseBefore) continue;
      return null;
    }
    if (PREPOSITIONS.has(toks[a].lower) && np.start === a) continue;
    // "Still, Lena Marsh, a senior adviser …, said": a one-word sentence adverb before the subject
    if (a === b && SENTENCE_ADVERBS.has(toks[a].lower)) continue;
    if (adverbialSegment(toks, np.start, np.end - 1) && (!toks[np.start].cap || TIME_WORDS.has(toks[np.start].lower))) continue;
    if (adverbialSegment(toks, a, b) && np.start === a && !(toks[a].cap && !PREPOSITIONS.has(toks[a].lower))) continue;
    // the rest must look like appositives
    for (let k = i + 1; k < segs.length; k++) if (!appositiveLike(toks[segs[k][0]])) return null;
    const first = toks[np.start];
    if (!(first.cap || PRONOUNS.has(first.lower) || DETERMINERS.has(first.lower))) return null;
    // a description followed by a name in the next segment: the name is the source
    const [na, nb] = segs[i + 1];
    let nameSeg = nb - na <= 4 && nb >= na;
    for (let k = na; k <= nb; k++) if (!(toks[k].cap || toks[k].text === '.' || toks[k].lower === "'s")) nameSeg = false;
    if (nameSeg && !first.cap) np = chunk(na, nb + 1, { start: np.start, end: np.end });
    else if (nameSeg && DETERMINERS.has(first.lower)) np = chunk(na, nb + 1, { start: np.start, end: np.end });
    else np = chunk(np.start, np.end, { start: segs[i + 1][0], end: j });
    return np;
  }
  return null;
}
