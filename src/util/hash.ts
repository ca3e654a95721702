/**
 * FNV-1a, 32 bits, over a string's UTF-16 code units: a fast hash that is the same on every machine.
 * @module
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The FNV-1a hash of `s` (its UTF-16 code units), as an unsigned 32-bit integer. */
export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}
