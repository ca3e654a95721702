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

/**
 * MurmurHash3's 32-bit finaliser: spreads every input bit over the whole result. FNV-1a alone leaves
 * the high bits weakly mixed by the last characters, so ids that differ only at the end
 * (`bbc-business-001` … `bbc-tech-401`) would not sort as a uniform sample by their hash.
 */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
