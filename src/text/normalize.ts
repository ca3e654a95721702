/**
 * Character normalisation that never changes string length, so offsets computed on the
 * normalised string still index into the original.
 * @module
 */

const SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u02BC\uFF07]/g;
const DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02]/g;

/**
 * Folds typographic quotes and apostrophes to ASCII `'` and `"`, one code unit for one,
 * so `foldQuotes(s).length === s.length` and offsets are preserved.
 */
export function foldQuotes(s: string): string {
  return s.replace(SINGLE, "'").replace(DOUBLE, '"');
}

/** True for any opening or closing double quotation mark (straight, curly, low-9, guillemets). */
export function isDoubleQuote(ch: string): boolean {
  return ch === '"' || (ch.length === 1 && DOUBLE_SET.has(ch));
}
const DOUBLE_SET = new Set(['\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02']);

/** True for a straight or typographic apostrophe / single quote. */
export function isApostrophe(ch: string): boolean {
  return ch === "'" || ch === '\u2019' || ch === '\u2018' || ch === '\u02BC';
}
