/**
 * Byte → string decoding with the checks news scrapes need: UTF-8 BOM, UTF-16 (by BOM, or without
 * one by byte pattern), binary detection (NUL bytes, control characters), and invalid UTF-8 decoded
 * with U+FFFD replacement plus the line of the first bad byte.
 *
 * Line numbers count `\n`, `\r\n` and a lone `\r` as one line break each, like the readers do.
 * @module
 */

/** Result of {@link sniff}: what the bytes look like. `utf-16le`/`utf-16be` may come with or without a BOM (see {@link hasBom}). */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'binary' | 'empty';

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** True when the bytes start with a UTF-8 or UTF-16 byte-order mark. */
export function hasBom(head: Uint8Array): boolean {
  return (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) || (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

/** Number of bytes at the end of `b` that start a UTF-8 sequence the buffer cuts off (0–3). */
export function incompleteUtf8Tail(b: Uint8Array): number {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k];
    if (c < 0x80) return 0;
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return need > k ? k : 0;
    }
  }
  return 0;
}

/**
 * Index of the first byte of the first invalid UTF-8 sequence in `b` (WHATWG rules: no overlongs,
 * no surrogates, nothing above U+10FFFF), or -1 when `b` is valid. A sequence cut off by the end of
 * `b` counts as invalid.
 */
export function firstInvalidUtf8(b: Uint8Array, from = 0): number {
  const n = b.length;
  let i = from;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i;
    const b1 = b[i + 1];
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k <= need; k++) {
      const bk = b[i + k];
      if (bk < 0x80 || bk > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line of byte `pos` in `b`, counting `\n`, `\r\n` and lone `\r` as line breaks, starting at `firstLine`. */
export function lineAt(b: Uint8Array, pos: number, firstLine = 1): number {
  let line = firstLine;
  for (let i = 0; i < pos; i++) {
    const c = b[i];
    if (c === 10) line++;
    else if (c === 13 && b[i + 1] !== 10) line++;
  }
  return line;
}

/** 1-based line of code unit `pos` in `s` (same line-break rules as {@link lineAt}). */
export function lineAtChar(s: string, pos: number, firstLine = 1): number {
  let line = firstLine;
  for (let i = 0; i < pos; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13 && s.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}

/** True for code units that appear in text: not C0/C1 controls (other than tab, LF, FF, CR), not NUL. */
function isTextUnit(u: number): boolean {
  if (u < 0x20) return u === 9 || u === 10 || u === 12 || u === 13;
  if (u >= 0x7f && u < 0xa0) return false;
  return true;
}

const LETTERISH = /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\t\n\f\r]/u;

/**
 * Whether `bytes` (no BOM) read as UTF-16 in the given byte order look like text: no NULs or
 * control characters, no unpaired surrogates, no private-use or unassigned code points, ≥ 95 %
 * letters, marks, digits, punctuation, symbols or spaces.
 */
function plausibleUtf16(bytes: Uint8Array, le: boolean, threshold = 0.95): boolean {
  const n = bytes.length - (bytes.length % 2);
  if (n < 4) return false;
  let good = 0;
  let units = 0;
  for (let i = 0; i < n; i += 2) {
    const u = le ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    units++;
    if (!isTextUnit(u)) return false;
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 2 >= n) break; // cut off by the end of the sample
      const v = le ? bytes[i + 2] | (bytes[i + 3] << 8) : (bytes[i + 2] << 8) | bytes[i + 3];
      if (v < 0xdc00 || v > 0xdfff) return false;
      const cp = 0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00);
      if (LETTERISH.test(String.fromCodePoint(cp))) good += 2;
      units++;
      i += 2;
      continue;
    }
    if (u >= 0xdc00 && u <= 0xdfff) return false;
    if (LETTERISH.test(String.fromCharCode(u))) good++;
  }
  return units > 0 && good / units >= threshold;
}

function distinct(bytes: Uint8Array, parity: 0 | 1): number {
  const seen = new Uint8Array(256);
  let count = 0;
  for (let i = parity; i < bytes.length; i += 2) {
    if (!seen[bytes[i]]) {
      seen[bytes[i]] = 1;
      count++;
    }
  }
  return count;
}

/**
 * Guesses the encoding of a file from its first bytes (up to 8 KiB):
 * - a BOM decides (UTF-8, UTF-16LE, UTF-16BE);
 * - UTF-16 without a BOM is recognised by its byte pattern: a NUL in every other byte (Latin text), or
 *   one byte of each pair taking few distinct values (the script block: Arabic, Hebrew, Cyrillic, CJK …),
 *   and only when the result decodes to plausible text;
 * - any NUL byte, or more than 10 % control bytes, is binary;
 * - everything else is UTF-8 (invalid sequences are replaced and reported when decoded).
 */
export function sniff(head: Uint8Array): Encoding {
  if (head.length === 0) return 'empty';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const n = Math.min(head.length, 8192);
  const sample = head.subarray(0, n);
  let nul = 0;
  let nulEven = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = sample[i];
    if (b === 0) {
      nul++;
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  // BOM-less UTF-16 of mostly Latin text: a NUL in (almost) every other byte.
  if (nul > n / 4 && nulOdd > nulEven * 4 && nul / n > 0.3 && plausibleUtf16(sample, true)) return 'utf-16le';
  if (nul > n / 4 && nulEven > nulOdd * 4 && nul / n > 0.3 && plausibleUtf16(sample, false)) return 'utf-16be';
  const suspicious = nul > 0 || control > 0;
  const validUtf8 = !suspicious && (() => {
    const cut = n === head.length ? 0 : incompleteUtf8Tail(sample);
    return firstInvalidUtf8(sample.subarray(0, n - cut)) < 0;
  })();
  if ((suspicious || !validUtf8) && n >= 8) {
    // BOM-less UTF-16 of other scripts: the high byte of each pair (the script block) varies much less than the low byte.
    const even = distinct(sample, 0);
    const odd = distinct(sample, 1);
    if (odd * 2 <= even && plausibleUtf16(sample, true)) return 'utf-16le';
    if (even * 2 <= odd && plausibleUtf16(sample, false)) return 'utf-16be';
    // CJK uses many script blocks, so the high byte varies too: then only near-perfect text in exactly one byte order will do.
    if (n >= 64) {
      const le = plausibleUtf16(sample, true, 0.98);
      const be = plausibleUtf16(sample, false, 0.98);
      if (le !== be) return le ? 'utf-16le' : 'utf-16be';
    }
  }
  if (nul > 0 || control > n / 10) return 'binary';
  return 'utf-8';
}


/** Decoded text and, when the input was invalid, the 1-based line of the first bad byte. */
export interface Decoded {
  text: string;
  invalidLine?: number;
}

/** Decodes UTF-8 bytes (BOM stripped); invalid sequences become U+FFFD and the line of the first bad byte is reported. */
export function decodeUtf8(bytes: Uint8Array, firstLine = 1): Decoded {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = start ? bytes.subarray(start) : bytes;
  try {
    return { text: fatalUtf8.decode(body) };
  } catch {
    const text = lenientUtf8.decode(body);
    const bad = firstInvalidUtf8(body);
    return { text, invalidLine: lineAt(body, bad < 0 ? 0 : bad, firstLine) };
  }
}

/**
 * Decodes a whole file's bytes given its sniffed encoding (BOM stripped). For UTF-16, an odd byte
 * count or an unpaired surrogate is replaced with U+FFFD and reported as `invalidLine`.
 */
export function decodeBytes(bytes: Uint8Array, encoding: Encoding): Decoded {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const le = encoding === 'utf-16le';
    const bom = (le && bytes[0] === 0xff && bytes[1] === 0xfe) || (!le && bytes[0] === 0xfe && bytes[1] === 0xff) ? 2 : 0;
    const body = bytes.subarray(bom);
    const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
    // Unpaired surrogates and an odd last byte each become one U+FFFD at the same code-unit index.
    const units = body.length >> 1;
    const unit = (k: number) => (le ? body[2 * k] | (body[2 * k + 1] << 8) : (body[2 * k] << 8) | body[2 * k + 1]);
    for (let k = 0; k < units; k++) {
      const u = unit(k);
      if (u >= 0xd800 && u <= 0xdbff) {
        const v = k + 1 < units ? unit(k + 1) : -1;
        if (v >= 0xdc00 && v <= 0xdfff) {
          k++;
          continue;
        }
        return { text, invalidLine: lineAtChar(text, k) };
      }
      if (u >= 0xdc00 && u <= 0xdfff) return { text, invalidLine: lineAtChar(text, k) };
    }
    if (body.length % 2 === 1) return { text, invalidLine: lineAtChar(text, text.length - 1) };
    return { text };
  }
  return decodeUtf8(bytes);
}
