/**
 * A hash index from pairs of non-negative integers to non-negative integers, in three typed arrays
 * (open addressing, linear probing). Counting bigrams as pairs of term ids this way costs a few
 * array reads per lookup: no string, no number boxed (a Map keyed by one number `a · 2ᵏ + b` was
 * 3–4× slower, as such keys do not fit V8's small integers), and no object per entry.
 * @module
 */

/** Pairs (a, b) → value; see the module notes. */
export class PairIndex {
  private _a: Int32Array;
  private _b: Int32Array;
  /** 1 + value; 0 marks an empty slot. */
  private _v: Int32Array;
  private _size = 0;
  private readonly _initial: number;

  /** An empty index with room for `capacity` / 2 pairs before it grows. */
  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity) n *= 2;
    this._initial = n;
    this._a = new Int32Array(n);
    this._b = new Int32Array(n);
    this._v = new Int32Array(n);
  }

  /** Pairs held. */
  get size(): number {
    return this._size;
  }

  private _slot(a: number, b: number): number {
    const mask = this._v.length - 1;
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    let i = h & mask;
    while (this._v[i] !== 0 && (this._a[i] !== a || this._b[i] !== b)) i = (i + 1) & mask;
    return i;
  }

  /** The value of (a, b), or -1 when absent. */
  get(a: number, b: number): number {
    return this._v[this._slot(a, b)] - 1;
  }

  /** Sets the value of (a, b). */
  set(a: number, b: number, value: number): void {
    let i = this._slot(a, b);
    if (this._v[i] === 0) {
      if (2 * (this._size + 1) > this._v.length) {
        this._grow();
        i = this._slot(a, b);
      }
      this._a[i] = a;
      this._b[i] = b;
      this._size++;
    }
    this._v[i] = value + 1;
  }

  /**
   * Removes every pair. An index grown far past its initial capacity (by one very large article, say)
   * starts afresh at that capacity, so clearing it after every later small article stays cheap.
   */
  clear(): void {
    if (this._size === 0) return;
    if (this._v.length > 4 * this._initial) {
      this._a = new Int32Array(this._initial);
      this._b = new Int32Array(this._initial);
      this._v = new Int32Array(this._initial);
    } else this._v.fill(0);
    this._size = 0;
  }

  private _grow(): void {
    const [a, b, v] = [this._a, this._b, this._v];
    this._a = new Int32Array(v.length * 2);
    this._b = new Int32Array(v.length * 2);
    this._v = new Int32Array(v.length * 2);
    for (let i = 0; i < v.length; i++) {
      if (v[i] === 0) continue;
      const j = this._slot(a[i], b[i]);
      this._a[j] = a[i];
      this._b[j] = b[i];
      this._v[j] = v[i];
    }
  }
}
