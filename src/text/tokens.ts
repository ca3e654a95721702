/**
 * A tokenizer made for news text. Every token keeps its offsets into the original string;
 * `norm` is the lower-cased form with typographic quotes folded and a possessive removed.
 *
 * Kept whole: `U.S.` / `U.N.` (dotted initialisms), `al-Sadr`, `long-term` (hyphenated words),
 * `O'Brien`, `don't` (inner apostrophes), `Zürich` (any Unicode letter or mark), `3.5`, `1,000`, `12%`.
 * `Sadr's` / `Sadr’s` give the token `Sadr's` with norm `sadr` and `possessive: true` (never a term `s`).
 * @module
 */
import type { Token } from '../types.ts';


const APOS = /[\u2019\u02BC]/g;

/** Options for {@link tokenize}. */
export interface TokenizeOptions {
  /** Keep punctuation and symbol tokens (default true). */
  punctuation?: boolean;
}

// Character classes. ASCII is decided by table; other code points by Unicode property regexes,
// cached per code point (news text repeats the same few hundred non-ASCII characters).
const C_OTHER = 0; // whitespace, controls, format characters: skipped
const C_UPPER = 1;
const C_LOWER = 2; // lower-case and other letters (no case)
const C_MARK = 3;
const C_DIGIT = 4;
const C_PUNCT = 5;
const C_SYMBOL = 6;

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] =
    c >= 65 && c <= 90 ? C_UPPER : c >= 97 && c <= 122 ? C_LOWER : c >= 48 && c <= 57 ? C_DIGIT : c <= 32 || c === 127 ? C_OTHER : /\p{P}/u.test(ch) ? C_PUNCT : C_SYMBOL;
}
const cache = new Map<number, number>();
const RE_LU = /^\p{Lu}$/u;
const RE_L = /^\p{L}$/u;
const RE_M = /^\p{M}$/u;
const RE_N = /^\p{N}$/u;
const RE_P = /^\p{P}$/u;
const RE_S = /^\p{S}$/u;

function classOfCodePoint(cp: number): number {
  if (cp < 128) return ASCII[cp];
  let k = cache.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = RE_LU.test(ch) ? C_UPPER : RE_L.test(ch) ? C_LOWER : RE_M.test(ch) ? C_MARK : RE_N.test(ch) ? C_DIGIT : RE_P.test(ch) ? C_PUNCT : RE_S.test(ch) ? C_SYMBOL : C_OTHER;
    if (cache.size < 65536) cache.set(cp, k);
  }
  return k;
}

/** Class of the code point starting at `i` (0 past the end). */
function cls(text: string, i: number): number {
  if (i >= text.length) return C_OTHER;
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c];
  return classOfCodePoint(text.codePointAt(i)!);
}

/** UTF-16 length of the code point at `i`. */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

const isLetter = (k: number) => k === C_UPPER || k === C_LOWER;
const isWordChar = (k: number) => k === C_UPPER || k === C_LOWER || k === C_MARK || k === C_DIGIT;
const isApos = (c: number) => c === 39 || c === 0x2019 || c === 0x02bc;

/**
 * End of a dotted initialism (`U.S.`, `e.g.`) starting at `i`. When there is none, `-(end of the scanned
 * run) - 1`: every later start inside that run fails the same way, so the caller skips them (without
 * this, `a.b.c.d…x` is rescanned from each letter: quadratic).
 */
function initialism(text: string, i: number, first: number): number {
  let j = i;
  let count = 0;
  const upper = first === C_UPPER;
  for (;;) {
    const k = cls(text, j);
    if (!(upper ? k === C_UPPER : k === C_LOWER) || text.charCodeAt(j + width(text, j)) !== 46) break;
    j += width(text, j) + 1;
    count++;
  }
  if (count < 2 || (!upper && isLetter(cls(text, j)))) return -j - 1;
  return j;
}

/** End of a number starting at `i`: 3.5, 1,000, 12%, 1990s, 2003's, 21st. */
function number(text: string, i: number): number {
  let j = i;
  while (cls(text, j) === C_DIGIT) j += width(text, j);
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c === 46 || c === 44 || c === 58) && cls(text, j + 1) === C_DIGIT) {
      j++;
      while (cls(text, j) === C_DIGIT) j += width(text, j);
    } else break;
  }
  const c = text.charCodeAt(j);
  if (c === 37) return j + 1; // %
  const two = text.slice(j, j + 2);
  if (two === 'st' || two === 'nd' || two === 'rd' || two === 'th') return j + 2;
  const wordEnd = (e: number) => !isWordChar(cls(text, e));
  if (c === 115 && wordEnd(j + 1)) return j + 1; // 1990s
  if (isApos(c) && text.charCodeAt(j + 1) === 115 && wordEnd(j + 2)) return j + 2; // 2003's
  return j;
}

/** End of a word starting at letter `i`: al-Sadr, long-term, O'Brien, Sadr's, parents', S&P, M&S's. */
function word(text: string, i: number, first: number): number {
  // S&P, AT&T, M&S's
  if (first === C_UPPER) {
    let j = i + width(text, i);
    while (cls(text, j) === C_UPPER) j += width(text, j);
    if (text.charCodeAt(j) === 38 && cls(text, j + 1) === C_UPPER) {
      let e = j + 1;
      while (cls(text, e) === C_UPPER) e += width(text, e);
      if (isApos(text.charCodeAt(e)) && text.charCodeAt(e + 1) === 115 && !isWordChar(cls(text, e + 2))) e += 2;
      if (!isWordChar(cls(text, e))) return e;
    }
  }
  let j = i + width(text, i);
  for (;;) {
    while (isWordChar(cls(text, j))) j += width(text, j);
    const c = text.charCodeAt(j);
    if ((c === 45 || isApos(c)) && isWordChar(cls(text, j + 1))) {
      j++;
      continue;
    }
    break;
  }
  // trailing possessive apostrophe after s: parents'
  const last = text.charCodeAt(j - 1);
  if ((last === 115 || last === 83) && (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 0x2019) && !isWordChar(cls(text, j + 1))) j++;
  return j;
}

function punctNorm(raw: string): string {
  return raw === '\u201C' || raw === '\u201D' ? '"' : raw === '\u2018' || raw === '\u2019' ? "'" : raw;
}

/**
 * Splits `text` into tokens with offsets. `text.slice(t.start, t.end) === t.text` always holds.
 * Whitespace, control and format characters are skipped. A hand-written scanner (no regex on the
 * hot path): every token object has the same shape.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const keepPunct = options.punctuation !== false;
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let noInitialismBefore = 0; // a run already known not to be a dotted initialism ends here
  while (i < n) {
    const k = cls(text, i);
    if (k === C_OTHER || k === C_MARK) {
      i += width(text, i);
      continue;
    }
    const start = i;
    if (k === C_PUNCT || k === C_SYMBOL) {
      i += width(text, i);
      if (keepPunct) {
        const raw = text.slice(start, i);
        out.push({ text: raw, start, end: i, norm: punctNorm(raw), kind: k === C_PUNCT ? 'punct' : 'symbol', possessive: false });
      }
      continue;
    }
    if (k === C_DIGIT) {
      i = number(text, i);
      const raw = text.slice(start, i);
      out.push({ text: raw, start, end: i, norm: raw.toLowerCase(), kind: 'number', possessive: false });
      continue;
    }
    const ini = i >= noInitialismBefore && text.charCodeAt(i + width(text, i)) === 46 ? initialism(text, i, k) : -1;
    if (ini < -1) noInitialismBefore = -ini - 1;
    if (ini > 0) {
      i = ini;
      const raw = text.slice(start, i);
      out.push({ text: raw, start, end: i, norm: raw.toLowerCase(), kind: 'word', possessive: false });
      continue;
    }
    i = word(text, i, k);
    const raw = text.slice(start, i);
    let norm = raw.toLowerCase();
    if (norm.includes('\u2019') || norm.includes('\u02bc')) norm = norm.replace(APOS, "'");
    const len = norm.length;
    let possessive = false;
    if (len > 2 && norm.charCodeAt(len - 2) === 39 && norm.charCodeAt(len - 1) === 115) {
      // Sadr's → sadr (possessive or "is"-contraction; either way not a term "s")
      norm = norm.slice(0, -2);
      possessive = true;
    } else if (len > 1 && norm.charCodeAt(len - 1) === 39) {
      // parents' → parents
      norm = norm.slice(0, -1);
      possessive = true;
    }
    out.push({ text: raw, start, end: i, norm, kind: 'word', possessive });
  }
  return out;
}

/** Lower-cased word tokens only (no numbers, punctuation or symbols): a convenience for quick counting. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text, { punctuation: false })) if (t.kind === 'word') out.push(t.norm);
  return out;
}
