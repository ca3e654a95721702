/**
 * How often each string was seen, in compact memory: every distinct string's code units once in byte
 * buffers of 1 MiB (one byte per unit when all are below 256, else two; filled in turn, never copied)
 * and an open-addressing table of positions in them. A 20-character ASCII id costs about 32 bytes,
 * against about 120 for a `Map<string, number>` entry with its own key string. Built for the read
 * stage's duplicate-id check, which sees every article id of a run: a 1 GB input has about a million.
 * @module
 */
import { FNV_OFFSET, FNV_PRIME, fnv1a } from './hash.ts';

const EMPTY = -1;
/** Bits of a position that address a byte within its chunk: chunks of 1 MiB, up to 2,048 of them. */
const CHUNK_BITS = 20;
const CHUNK = 1 << CHUNK_BITS;
const MAX_CHUNKS = 1 << (31 - CHUNK_BITS);

/** Counts occurrences of strings; see the module notes. Exact: keys are compared unit by unit. */
export class StringTally {
  /**
   * Records: a 4-byte header `(length << 1) | wide`, then the code units (two bytes each, little-endian,
   * when wide). A record longer than a chunk gets a chunk of its own.
   */
  private readonly _chunks: Uint8Array[] = [];
  /** Bytes used of the last chunk. */
  private _used = 0;
  /** Position of each slot's record (`chunk << CHUNK_BITS | offset`), or {@link EMPTY}. */
  private _slots: Int32Array;
  private _size = 0;
  /** Strings seen more than once → times seen (duplicates are rare, so this stays small). */
  private readonly _repeats = new Map<string, number>();

  /** An empty tally with room for `capacity` / 2 strings before its table grows. */
  constructor(capacity = 4096) {
    let n = 2;
    while (n < capacity) n *= 2;
    this._slots = new Int32Array(n).fill(EMPTY);
  }

  /** Distinct strings seen. */
  get size(): number {
    return this._size;
  }

  /** Records one more occurrence of `s` and returns how many times it was seen before. */
  add(s: string): number {
    let i = this._find(s, fnv1a(s));
    if (this._slots[i] !== EMPTY) {
      const n = this._repeats.get(s) ?? 1;
      this._repeats.set(s, n + 1);
      return n;
    }
    if (2 * (this._size + 1) > this._slots.length) {
      this._grow();
      i = this._find(s, fnv1a(s));
    }
    this._slots[i] = this._append(s);
    this._size++;
    return 0;
  }

  /** The slot holding `s`, or the empty slot where it belongs. */
  private _find(s: string, h: number): number {
    const mask = this._slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = this._slots[i];
      if (at === EMPTY || this._equals(at, s)) return i;
    }
  }

  private _header(b: Uint8Array, at: number): number {
    return b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24);
  }

  private _equals(pos: number, s: string): boolean {
    const b = this._chunks[pos >>> CHUNK_BITS];
    const at = pos & (CHUNK - 1);
    const head = this._header(b, at);
    if (head >>> 1 !== s.length) return false;
    const p = at + 4;
    if ((head & 1) === 0) {
      for (let k = 0; k < s.length; k++) if (b[p + k] !== s.charCodeAt(k)) return false;
    } else {
      for (let k = 0; k < s.length; k++) if ((b[p + 2 * k] | (b[p + 2 * k + 1] << 8)) !== s.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Appends a record for `s`; returns its position. */
  private _append(s: string): number {
    let wide = 0;
    for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 0xff) {
      wide = 1;
      break;
    }
    const need = 4 + (wide + 1) * s.length;
    const last = this._chunks[this._chunks.length - 1];
    if (last === undefined || this._used + need > last.length) {
      if (this._chunks.length === MAX_CHUNKS) throw new RangeError(`StringTally: full (${MAX_CHUNKS} chunks of 1 MiB or more)`);
      this._chunks.push(new Uint8Array(Math.max(CHUNK, need)));
      this._used = 0;
    }
    const at = this._used;
    const b = this._chunks[this._chunks.length - 1];
    const head = (s.length << 1) | wide;
    b[at] = head & 0xff;
    b[at + 1] = (head >>> 8) & 0xff;
    b[at + 2] = (head >>> 16) & 0xff;
    b[at + 3] = head >>> 24;
    const p = at + 4;
    if (wide === 0) for (let k = 0; k < s.length; k++) b[p + k] = s.charCodeAt(k);
    else
      for (let k = 0; k < s.length; k++) {
        const c = s.charCodeAt(k);
        b[p + 2 * k] = c & 0xff;
        b[p + 2 * k + 1] = c >>> 8;
      }
    this._used += need;
    return ((this._chunks.length - 1) << CHUNK_BITS) | at;
  }

  /** Doubles the table, re-placing every record by the hash of its stored units. */
  private _grow(): void {
    const old = this._slots;
    const slots = new Int32Array(old.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (const pos of old) {
      if (pos === EMPTY) continue;
      const b = this._chunks[pos >>> CHUNK_BITS];
      const p = (pos & (CHUNK - 1)) + 4;
      const head = this._header(b, p - 4);
      const len = head >>> 1;
      let h = FNV_OFFSET;
      if ((head & 1) === 0) for (let k = 0; k < len; k++) h = Math.imul(h ^ b[p + k], FNV_PRIME);
      else for (let k = 0; k < len; k++) h = Math.imul(h ^ (b[p + 2 * k] | (b[p + 2 * k + 1] << 8)), FNV_PRIME);
      let i = (h >>> 0) & mask;
      while (slots[i] !== EMPTY) i = (i + 1) & mask;
      slots[i] = pos;
    }
    this._slots = slots;
  }
}
