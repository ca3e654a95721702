/**
 * A sentence splitter made for news text, with offsets into the original string.
 *
 * - Blank lines (paragraph breaks) always end a sentence; `paragraph` counts them from 0.
 * - `.`, `!`, `?` (and `…`) end a sentence when followed by whitespace and a plausible sentence start
 *   (upper-case letter, digit, opening quote or bracket).
 * - Not ends: titles and abbreviations (`Mr.`, `Gen.`, `Adm.`, `Sen.`, `Jan.` …; `Inc.`, `pct.`, `Wash.`
 *   only unless the next word is a typical sentence opener: the list is text/abbreviations.ts), single
 *   initials (`George W. Bush`), dotted initialisms (`U.S.`, `U.N.`) unless the next word is a typical
 *   sentence opener (`… in the U.S. The army …`), decimals (`3.5`), and `?`/`!` inside a quote
 *   followed by a lower-case word (`"Why?" he asked`).
 * - Closing quotes and brackets stay with their sentence.
 * @module
 */
import type { Sentence } from '../types.ts';
import { FINAL_BEFORE_OPENER, NEVER_FINAL, OPENERS } from './abbreviations.ts';

export { ABBREVIATIONS } from './abbreviations.ts';

/** Same set as the regex `\s`, by code unit. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')', ']', '}', '\u00BB', '\u203A']);
const OPENERS_PUNCT = new Set(['"', "'", '\u201C', '\u2018', '(', '[', '\u00AB', '\u2039', '\u2014', '-', '*', '\u2022']);

function isUpperStart(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

const WORDISH = /[\p{L}\p{M}\p{N}'’-]/u;

/** The word (letters, dots) ending right before index `end` (exclusive). */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    const ok =
      c < 128
        ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 45
        : WORDISH.test(text[s - 1]);
    if (!ok) break;
    s--;
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
  if (NEVER_FINAL.has(lower)) return false;
  // "… rose 5 pct. The …" ends; "No. 10", "Seattle, Wash. officials" do not (see abbreviations.ts)
  if (FINAL_BEFORE_OPENER.has(lower)) return OPENERS.has(wordAfter(text, next).toLowerCase());
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
    while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > start) out.push({ start, end: e, text: text.slice(start, e), paragraph });
    start = -1;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      // paragraph break: newline, optional spaces, newline
      let j = i + 1;
      if (c === 13 && text.charCodeAt(j) === 10) j++;
      let k = j;
      while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      const ck = text.charCodeAt(k);
      if (k < n && (ck === 10 || ck === 13)) {
        push(i);
        // consume all following blank lines
        while (k < n) {
          const x = text.charCodeAt(k);
          if (x === 10 || x === 13 || x === 32 || x === 9) k++;
          else break;
        }
        if (out.length > 0 || start >= 0) paragraph++;
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    if (start < 0) {
      if (isSpaceCode(c)) {
        i++;
        continue;
      }
      start = i;
    }
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) {
      i++;
      continue;
    }
    const punctStart = i;
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '\u2026')) j++;
    while (j < n && CLOSERS.has(text[j])) j++;
    const punctEnd = j;
    // must be followed by whitespace (or the end)
    if (j >= n || !isSpaceCode(text.charCodeAt(j))) {
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
      if (isBoundary(text, punctStart, punctEnd, m)) push(punctEnd);
      i = k;
      continue;
    }
    if (isBoundary(text, punctStart, punctEnd, k)) {
      push(punctEnd);
      i = k;
      continue;
    }
    i = j;
  }
  push(n);
  return out;
}
