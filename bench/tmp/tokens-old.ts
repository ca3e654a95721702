/**
 * A tokenizer made for news text. Every token keeps its offsets into the original string;
 * `norm` is the lower-cased form with typographic quotes folded and a possessive removed.
 *
 * Kept whole: `U.S.` / `U.N.` (dotted initialisms), `al-Sadr`, `long-term` (hyphenated words),
 * `O'Brien`, `don't` (inner apostrophes), `Zürich` (any Unicode letter or mark), `3.5`, `1,000`, `12%`.
 * `Sadr's` / `Sadr’s` give the token `Sadr's` with norm `sadr` and `possessive: true` (never a term `s`).
 * @module
 */
import type { Token, TokenKind } from '../../src/types.ts';

// One sticky pass; alternatives are ordered by priority. Named groups would be slower; the
// group index tells the kind.
//  1: dotted initialism (U.S., e.g., U.S.A.)  2: number (3.5, 1,000, 12%, 1990s, 2003's)
//  3: word (incl. S&P, AT&T)  4: punctuation  5: symbol
const TOKEN =
  /((?:\p{Lu}\.){2,}|(?:\p{Ll}\.){2,}(?!\p{L}))|(\p{N}+(?:[.,:]\p{N}+)*(?:%|st|nd|rd|th|s\b|['\u2019]s\b)?)|(\p{Lu}&\p{Lu}+(?:['\u2019]s)?\b|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'\u2019\u02BC][\p{L}\p{M}\p{N}]+)*(?:(?<=[sS])['\u2019](?![\p{L}\p{N}]))?)|(\p{P})|(\p{S})/uy;

const APOS = /[\u2019\u02BC]/g;

/** Options for {@link tokenize}. */
export interface TokenizeOptions {
  /** Keep punctuation and symbol tokens (default true). */
  punctuation?: boolean;
}

/**
 * Splits `text` into tokens with offsets. `text.slice(t.start, t.end) === t.text` always holds.
 * Whitespace and control characters are skipped.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const keepPunct = options.punctuation !== false;
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast skip of ASCII whitespace and controls.
    if (c <= 32 || c === 0x7f || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0x200b) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) {
      // Anything else (other whitespace, unpaired surrogates, format characters) is skipped,
      // a whole code point at a time.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      continue;
    }
    const raw = m[0];
    const start = i;
    i += raw.length;
    let kind: TokenKind;
    if (m[1] !== undefined || m[3] !== undefined) kind = 'word';
    else if (m[2] !== undefined) kind = 'number';
    else if (m[4] !== undefined) kind = 'punct';
    else kind = 'symbol';
    if (kind === 'punct' || kind === 'symbol') {
      if (keepPunct) out.push({ text: raw, start, end: i, norm: raw === '\u201C' || raw === '\u201D' ? '"' : raw === '\u2018' || raw === '\u2019' ? "'" : raw, kind });
      continue;
    }
    let norm = raw.toLowerCase();
    if (m[3] !== undefined) {
      norm = norm.replace(APOS, "'");
      const len = norm.length;
      if (len > 2 && norm.charCodeAt(len - 2) === 39 && norm.charCodeAt(len - 1) === 115) {
        // Sadr's → sadr (possessive or "is"-contraction; either way not a term "s")
        out.push({ text: raw, start, end: i, norm: norm.slice(0, -2), kind, possessive: true });
        continue;
      }
      if (len > 1 && norm.charCodeAt(len - 1) === 39) {
        // parents' → parents
        out.push({ text: raw, start, end: i, norm: norm.slice(0, -1), kind, possessive: true });
        continue;
      }
    }
    out.push({ text: raw, start, end: i, norm, kind });
  }
  return out;
}

/** Lower-cased word tokens only (no numbers, punctuation or symbols): a convenience for quick counting. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text, { punctuation: false })) if (t.kind === 'word') out.push(t.norm);
  return out;
}
