/**
 * A sentence splitter made for news text, with offsets into the original string.
 *
 * - Blank lines (paragraph breaks) always end a sentence; `paragraph` counts them from 0.
 * - `.`, `!`, `?` (and `…`) end a sentence when followed by whitespace and a plausible sentence start
 *   (upper-case letter, digit, opening quote or bracket).
 * - Not ends: titles and abbreviations (`Mr.`, `Gen.`, `Adm.`, `Sen.`, `Jan.`, `Inc.` …), single
 *   initials (`George W. Bush`), dotted initialisms (`U.S.`, `U.N.`) unless the next word is a typical
 *   sentence opener (`… in the U.S. The army …`), decimals (`3.5`), and `?`/`!` inside a quote
 *   followed by a lower-case word (`"Why?" he asked`).
 * - Closing quotes and brackets stay with their sentence.
 * @module
 */
import type { Sentence } from '../../src/types.ts';

/** Abbreviations that do not end a sentence when followed by a period (lower-case, without the dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and ranks
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'adm', 'lt', 'col', 'sgt', 'capt', 'maj', 'cmdr',
  'cpl', 'pvt', 'brig', 'lieut', 'supt', 'insp', 'det', 'rev', 'fr', 'sr', 'jr', 'st', 'hon', 'pres', 'amb', 'atty',
  'messrs', 'mmes', 'msgr', 'gens', 'sens', 'reps',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // organisations, places, misc.
  'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'mt', 'ft', 'no', 'nos',
  'vs', 'v', 'etc', 'approx', 'est', 'fig', 'vol', 'pp', 'cf', 'al', 'ca', 'mln', 'bln', 'dlrs', 'pct', 'ala',
  'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt',
  'wash', 'wis', 'wyo',
]);

/** Words that usually open a sentence; after a dotted initialism (`U.S.`) they signal a real boundary. */
const OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'but', 'and', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before', 'as', 'his', 'her', 'their',
  'its', 'our', 'some', 'many', 'most', 'no', 'one', 'two', 'meanwhile', 'however', 'yet', 'so', 'still',
]);

const SPACE = /\s/;
const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')', ']', '}', '\u00BB', '\u203A']);
const OPENERS_PUNCT = new Set(['"', "'", '\u201C', '\u2018', '(', '[', '\u00AB', '\u2039', '\u2014', '-', '*', '\u2022']);

function isUpperStart(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** The word (letters, dots) ending right before index `end` (exclusive). */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0) {
    const ch = text[s - 1];
    if (ch === '.' || /[\p{L}\p{M}\p{N}'’-]/u.test(ch)) s--;
    else break;
  }
  return text.slice(s, end);
}

/** The next word starting at `from`, skipping opening punctuation. */
function wordAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && OPENERS_PUNCT.has(text[i])) i++;
  const m = /^[\p{L}\p{M}]+/u.exec(text.slice(i, i + 40));
  return m ? m[0] : '';
}

/**
 * Decides whether the terminal punctuation run ending at `dot` (index of its last char) with the
 * next non-space char at `next` is a sentence boundary.
 */
function isBoundary(text: string, punctStart: number, punctEnd: number, next: number): boolean {
  const nextCh = text[next];
  const punct = text.slice(punctStart, punctEnd);
  const quoted = punctEnd > punctStart && CLOSERS.has(text[punctEnd - 1]);
  // After ?/! inside a quote, a lower-case word continues the sentence ("Why?" he asked).
  const startsOk =
    isUpperStart(nextCh) || isDigit(nextCh) || OPENERS_PUNCT.has(nextCh) || nextCh === '\u201C' || nextCh === '\u2018';
  if (!startsOk) return false;
  if (!punct.startsWith('.') || punct.startsWith('...') || punct.startsWith('…')) {
    return true;
  }
  if (quoted) return true; // `… said "no." The …`
  // A period: check the word before it.
  const before = wordBefore(text, punctStart);
  if (before === '') return true;
  const bare = before.replace(/^['’"“(]+/, '');
  const lower = bare.toLowerCase();
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) {
    // dotted initialism: U.S. / U.N. — boundary only before a typical opener
    return OPENERS.has(wordAfter(text, next).toLowerCase());
  }
  if (/^\p{Lu}$/u.test(bare)) return false; // initial: George W. Bush
  if (ABBREVIATIONS.has(lower)) {
    // "Co." / "Inc." / "No." often do end sentences; only treat them as ends before an opener.
    if (lower === 'inc' || lower === 'co' || lower === 'corp' || lower === 'ltd' || lower === 'etc' || lower === 'plc') {
      return OPENERS.has(wordAfter(text, next).toLowerCase());
    }
    return false;
  }
  return true;
}

/**
 * Splits `text` into sentences. Each sentence's `text` equals `text.slice(start, end)`, is trimmed of
 * surrounding whitespace, and never spans a paragraph break (a line that is blank or whitespace only).
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let paragraph = 0;
  let start = -1; // start of the current sentence (first non-space), -1 when none open
  let i = 0;
  const push = (end: number) => {
    if (start < 0) return;
    let e = end;
    while (e > start && SPACE.test(text[e - 1])) e--;
    if (e > start) out.push({ start, end: e, text: text.slice(start, e), paragraph });
    start = -1;
  };
  while (i < n) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      // paragraph break: newline, optional spaces, newline
      let j = i + 1;
      if (ch === '\r' && text[j] === '\n') j++;
      let k = j;
      while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
      if (k < n && (text[k] === '\n' || text[k] === '\r')) {
        push(i);
        // consume all following blank lines
        while (k < n && (text[k] === '\n' || text[k] === '\r' || text[k] === ' ' || text[k] === '\t')) k++;
        if (out.length > 0 || start >= 0) paragraph++;
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    if (start < 0) {
      if (SPACE.test(ch)) {
        i++;
        continue;
      }
      start = i;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '\u2026') {
      const punctStart = i;
      let j = i + 1;
      while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '\u2026')) j++;
      while (j < n && CLOSERS.has(text[j])) j++;
      const punctEnd = j;
      // must be followed by whitespace (or the end)
      if (j >= n) {
        i = j;
        continue;
      }
      if (!SPACE.test(text[j])) {
        i = j;
        continue;
      }
      let k = j;
      while (k < n && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00A0')) k++;
      if (k >= n || text[k] === '\n' || text[k] === '\r') {
        // line end: the paragraph logic above decides for blank lines; a single newline is a space
        let m = k;
        if (text[m] === '\r') m++;
        if (text[m] === '\n') m++;
        while (m < n && (text[m] === ' ' || text[m] === '\t')) m++;
        if (m >= n || text[m] === '\n' || text[m] === '\r') {
          i = k;
          continue;
        }
        if (isBoundary(text, punctStart, punctEnd, m)) {
          push(punctEnd);
        }
        i = k;
        continue;
      }
      if (isBoundary(text, punctStart, punctEnd, k)) {
        push(punctEnd);
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  push(n);
  return out;
}
