/**
 * Source-mention extraction around a cue: a small noun-phrase chunker driven by capitalisation,
 * determiners, titles, appositives, pronouns and clause-boundary words (no part-of-speech tagger).
 * @module
 */
import { ABBREVIATIONS, type Tok } from './scan.ts';

/** Subject pronouns that can be sources. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Words that end a subject chunk when scanning leftwards from a cue. */
export const CLAUSE_BOUNDARY: ReadonlySet<string> = new Set([
  'that', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'since', 'if', 'although', 'though',
  'as', 'after', 'before', 'until', 'unless', 'whether', 'but', 'or', 'so', 'than', 'how', 'why', 'once', 'yet', 'where',
  'and', 'nor', 'then', 'also', 'thus', 'however', 'instead', 'meanwhile',
]);

/** Auxiliaries, negation and adverbs that may stand between a source and its cue ("has also said"). */
export const AUX_ADV: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'shall',
  'also', 'later', 'then', 'previously', 'again', 'repeatedly', 'often', 'once', 'never', 'not', "n't", 'always', 'long',
  'recently', 'reportedly', 'publicly', 'privately', 'flatly', 'quickly', 'simply', 'just', 'first', 'initially', 'further',
  'still', 'even', 'both', 'all', 'earlier', 'already', 'subsequently', 'separately', 'specifically', 'finally', 'frequently',
  'openly', 'sometimes', 'ever', 'too', 'now', 'famously', 'apparently', 'falsely', 'correctly', 'wrongly', 'immediately',
  'has been', 'been', 'is', 'are', 'was', 'were', "'s", "'ve", "'d", "'ll", 'going', 'to', 'be',
]);

/** Temporal words that may stand between a source and its cue ("Mullen on Friday said"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'last', 'this', 'on', 'earlier', 'late',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', '.',
]);

/** Determiners and quantifiers that begin a common-noun source ("a military official", "several officials"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'some', 'many', 'several', 'most', 'other', 'another', 'his', 'her', 'their',
  'its', 'our', 'no', 'each', 'every', 'both', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'dozens', 'hundreds', 'thousands', 'few', 'various', 'senior', 'top', 'such', 'any', 'all', 'more', 'fewer',
]);

/** Prepositions (for appositive and adverbial detection). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'of', 'to', 'about', 'during', 'after', 'before', 'over', 'under', 'into',
  'through', 'across', 'against', 'among', 'via', 'per', 'since', 'within', 'without', 'near', 'outside', 'inside', 'like',
]);

/** Words that never end (or form) a source noun phrase. */
const NOT_NP_END: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by',
  'from', 'not', 'there', 'here', 'this', 'what', 'also', 'has', 'have', 'had', 'and', 'or', 'but', 'as', 'than', 'if',
  'so', 'very', 'too', 'more', 'most', 'such', 'about', 'into', 'because', 'only', 'no', 'yes', 'me', 'him', 'us', 'them',
  'her', 'my', 'your', 'our', 'their', 'his', 'its', 'ever', 'never', 'people',
]);

/** Nouns that head a non-source phrase when found right before a verb-like cue ("the report", handled as documents, is a source). */
const BAD_HEADS: ReadonlySet<string> = new Set(['there', 'here', 'time', 'times', 'way', 'reason', 'thing', 'things', 'nothing', 'everything', 'something', 'anything', 'lot', 'all', 'what']);

/** Token range `[start, end)` of a source mention plus optional appositive range. */
export interface SourceChunk {
  start: number;
  end: number;
  appositive?: { start: number; end: number };
}

const isPunct = (t: Tok): boolean => t.kind === 'punct' || t.kind === 'quote';
const isDash = (t: Tok): boolean => t.text === '\u2014' || t.text === '\u2013' || t.text === '--' || t.text === '\u2015' || t.text === '-';

/** True for a lower-case word ending in -ed that looks like a finite verb/participle, not a noun. */
function looksVerbal(t: Tok): boolean {
  return t.kind === 'word' && !t.cap && t.lower.length > 4 && t.lower.endsWith('ed') && !/(?:red|eed|hundred)$/.test(t.lower);
}

/**
 * Finds the subject noun phrase ending right before token `j` (inclusive end `j`), scanning left no
 * further than `lo`. Returns a token range or null.
 */
export function npEndingAt(toks: readonly Tok[], j: number, lo: number): SourceChunk | null {
  if (j < lo) return null;
  const last = toks[j];
  if (last.kind !== 'word' && last.kind !== 'number' && last.text !== ')') return null;
  if (PRONOUNS.has(last.lower) && last.kind === 'word') return { start: j, end: j + 1 };
  if ((last.lower === 'who' || last.lower === 'which') && j - 1 >= lo) {
    // relative clause: the antecedent is the source ("Fallon, who said …")
    const k0 = toks[j - 1].text === ',' ? j - 2 : j - 1;
    const ante = npEndingAt(toks, k0, lo);
    return ante;
  }
  if (NOT_NP_END.has(last.lower) || BAD_HEADS.has(last.lower)) return null;
  if (looksVerbal(last)) return null;
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
    if (t.kind === 'word' && AUX_ADV.has(t.lower) && !t.cap && !DETERMINERS.has(t.lower)) break;
    if (k - 1 < j - 14) return null;
    k--;
  }
  if (k > j) return null;
  // trim leading prepositional phrase without comma ("On Friday Mullen said" → "Mullen")
  while (k <= j && PREPOSITIONS.has(toks[k].lower) && !toks[k].cap) k++;
  if (k <= j && toks[k].cap && PREPOSITIONS.has(toks[k].lower)) {
    // "In congressional testimony Petraeus said": drop up to the last capitalised run
    let r = j;
    while (r - 1 > k && toks[r - 1].cap) r--;
    if (r > k + 1) k = r;
  }
  if (k > j) return null;
  if (toks[j].lower === 'it' && k < j) return { start: j, end: j + 1 };
  return { start: k, end: j + 1 };
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
  while (j >= lo && toks[j].kind === 'word' && !toks[j].cap && (AUX_ADV.has(toks[j].lower) || (toks[j].lower.endsWith('ly') && toks[j].lower.length > 4))) j--;
  // temporal phrase: "on Friday", "last week", "earlier this month"
  {
    let t = j;
    let sawTime = false;
    while (t >= lo && (TIME_WORDS.has(toks[t].lower) || toks[t].kind === 'number')) {
      if (toks[t].lower !== 'on' && toks[t].lower !== 'this' && toks[t].lower !== 'last') sawTime = true;
      t--;
    }
    if (sawTime && t < j && t >= lo && (toks[t + 1].lower === 'on' || toks[t + 1].lower === 'last' || toks[t + 1].lower === 'this' || toks[t + 1].lower === 'earlier')) j = t;
    while (j >= lo && toks[j].kind === 'word' && !toks[j].cap && (AUX_ADV.has(toks[j].lower) || (toks[j].lower.endsWith('ly') && toks[j].lower.length > 4))) j--;
  }
  if (j < lo) return null;
  if (toks[j].text === ',' || isDash(toks[j])) {
    // appositive(s) between source and cue
    const closeComma = j;
    let segEnd = j - 1;
    for (let round = 0; round < 3; round++) {
      let s = segEnd;
      while (s >= lo && toks[s].text !== ',' && !isDash(toks[s]) && toks[s].kind !== 'quote' && toks[s].text !== ';' && segEnd - s < 25) s--;
      if (s < lo || (toks[s].text !== ',' && !isDash(toks[s]))) return null;
      // segment (s+1 .. segEnd) is an appositive candidate; before it, the name
      const first = toks[s + 1];
      if (!first || s + 1 > segEnd) return null;
      const appositiveLike = (first.lower.endsWith('ing') && !first.cap) || DETERMINERS.has(first.lower) || first.lower === 'who' || first.kind === 'number' || first.cap || /^(?:director|head|chairman|chair|president|spokesman|spokeswoman|spokesperson|professor|author|founder|chief|leader|secretary|member|executive|editor|senior|former|deputy|co-founder|ceo|analyst|one|whose|which|now|then|himself|herself|itself|speaking)$/.test(first.lower);
      if (!appositiveLike) return null;
      const name = npEndingAt(toks, s - 1, lo);
      if (name && (toks[name.start].cap || PRONOUNS.has(toks[name.start].lower) || DETERMINERS.has(toks[name.start].lower))) {
        // "The state's campaign chairman, Phil Lovas, said": the name is the appositive; the description is its appositive
        let allCap = segEnd - s <= 4;
        for (let k = s + 1; k <= segEnd; k++) if (!(toks[k].cap || toks[k].text === '.' || toks[k].lower === "'s")) allCap = false;
        const descFirst = toks[name.start];
        if (round === 0 && allCap && !descFirst.cap === false && DETERMINERS.has(descFirst.lower)) {
          return { start: s + 1, end: segEnd + 1, appositive: { start: name.start, end: name.end } };
        }
        if (round === 0 && allCap && !descFirst.cap) return { start: s + 1, end: segEnd + 1, appositive: { start: name.start, end: name.end } };
        return { start: name.start, end: name.end, appositive: { start: s + 1, end: closeComma } };
      }
      segEnd = s - 1;
    }
    return null;
  }
  return npEndingAt(toks, j, lo);
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
      if (k > i && (TIME_WORDS.has(t.lower) && (t.lower === 'last' || t.lower === 'this' || t.lower === 'earlier' || /day$/.test(t.lower)))) break;
    }
    k++;
  }
  if (paren > 0 && k < hi && toks[k].text === ')') k++;
  if (k === i) return null;
  return { start: i, end: k };
}
