/**
 * Left of a cue: the content before a trailing source (`"…," Mullen said.`, `The plan is flawed,
 * Revesz said.`), adverbials after the cue that still end the clause (`said in an interview.`), and
 * the sentence subject behind fronted adverbials and datelines (`In Dover, Delaware, on Sunday,
 * Mrs. Ruiz …, saying …`).
 * @module
 */
import { cueLemma } from './cues.ts';
import { ABBREVIATIONS, type ScanSentence } from './scan.ts';
import { chunk, type SourceChunk } from './sources.ts';
import { AUX_ADV, DASHES, DETERMINERS, NAME_GLUE, PREPOSITIONS, PRONOUNS, SUBORDINATORS, TIME_WORDS, VERB_STOP, isLyAdverb } from './words.ts';
import { trimRange, type Ctx } from './context.ts';

/** Content left of a trailing source: the quote that closes before it, or the clause from the sentence start. */
export function leftContent(ctx: Ctx, s: ScanSentence, srcStart: number, lo: number): [number, number] | null {
  const toks = ctx.toks;
  let k = srcStart - 1;
  while (k >= s.tokStart && (toks[k].text === ',' || DASHES.has(toks[k].text))) k--;
  if (k < s.tokStart) return null;
  if (toks[k].kind === 'quote' && toks[k].qrole === 'close') {
    const q = toks[k].quote;
    const open = ctx.scan.quoteToks[q].open;
    if (open < 0) return null;
    // '… is that anyone using meth is a problem and “we want to help,” Sanborn said': the quote ends a clause
    // that began before it, so the whole clause is the content (mixed)
    // (the scan bound `lo` stops after the quote; the clause starts at the sentence start, or inside the quotation around it)
    const a0 = lo > open ? s.tokStart : Math.max(lo, s.tokStart);
    if (open > a0 && toks[open - 1].kind === 'word' && !toks[open - 1].cap && /^(?:and|but|or|that|because|as|if|so)$/.test(toks[open - 1].lower)) {
      const [a, b] = trimRange(ctx, a0, k + 1);
      if (b > a) return [a, b];
    }
    return [open, k + 1];
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

/** Skips adverbials after a cue that still end its clause ("said in an interview", "said Friday"): the token after them, else `p`. */
export function skipTrailingAdverbials(ctx: Ctx, p: number, hi: number): number {
  const w = ctx.words;
  // "said at a Washington event this month", "said in an interview", "said Friday"
  let k = p;
  while (k < hi && w[k] !== ',' && w[k] !== '.' && ctx.toks[k].kind !== 'quote' && k - p < 12) k++;
  if (k === p) return p;
  const first = w[p];
  if (PREPOSITIONS.has(first) || TIME_WORDS.has(first) || isLyAdverb(first) || AUX_ADV.has(first) || ctx.toks[p].cap) return k;
  return p;
}

/** Any form of a cue verb ("says", "warns"): ends a subject scanned rightwards. */
const CUE_OR_VERB = (w: string): boolean => cueLemma(w) !== null;

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

/** The sentence subject: first noun phrase after a fronted adverbial ("On Friday, Mullen …") or a dateline. */
export function sentenceSubject(ctx: Ctx, s: ScanSentence, before: number): SourceChunk | null {
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
