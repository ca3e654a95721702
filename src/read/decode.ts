/**
 * Byte → string decoding with the checks news scrapes need: UTF-8 BOM, UTF-16 (by BOM or by
 * NUL pattern), binary detection, and invalid UTF-8 decoded with U+FFFD replacement plus a warning.
 * @module
 */

/** Result of {@link sniff}: what the bytes look like. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'binary' | 'empty';

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Guesses the encoding of a file from its first bytes. */
export function sniff(head: Uint8Array): Encoding {
  if (head.length === 0) return 'empty';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const n = Math.min(head.length, 8192);
  let nul = 0;
  let nulEven = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b === 0) {
      nul++;
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  // BOM-less UTF-16: text with a NUL in (almost) every other byte.
  if (nul > n / 4 && nulOdd > nulEven * 4 && nul / n > 0.3) return 'utf-16le';
  if (nul > n / 4 && nulEven > nulOdd * 4 && nul / n > 0.3) return 'utf-16be';
  if (nul > 0 || control > n / 10) return 'binary';
  return 'utf-8';
}

/** Decoded text and, when the UTF-8 was invalid, the 1-based line of the first bad byte. */
export interface Decoded {
  text: string;
  invalidLine?: number;
}

/** Decodes UTF-8 bytes (BOM stripped); invalid sequences become U+FFFD and the first bad line is reported. */
export function decodeUtf8(bytes: Uint8Array, firstLine = 1): Decoded {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = start ? bytes.subarray(start) : bytes;
  try {
    return { text: fatalUtf8.decode(body) };
  } catch {
    const text = lenientUtf8.decode(body);
    const bad = text.indexOf('\uFFFD');
    let line = firstLine;
    for (let i = 0; i < bad; i++) if (text.charCodeAt(i) === 10) line++;
    return { text, invalidLine: line };
  }
}

/** Decodes a whole file's bytes given its sniffed encoding. */
export function decodeBytes(bytes: Uint8Array, encoding: Encoding): Decoded {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const text = new TextDecoder(encoding, { fatal: false }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  return decodeUtf8(bytes);
}
