/**
 * Deterministic comparators for explicit tie-breaks (no locale, no ICU dependence).
 * @module
 */

/** Code-unit string order (`<`), the same on every machine. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Natural order: digit runs compare as numbers (`reuters-2` < `reuters-10`), then code-unit order. */
export function byNatural(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const dx = x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57;
    const dy = y.charCodeAt(0) >= 48 && y.charCodeAt(0) <= 57;
    if (dx && dy) {
      const ax = x.replace(/^0+/, '');
      const ay = y.replace(/^0+/, '');
      if (ax.length !== ay.length) return ax.length - ay.length;
      if (ax !== ay) return ax < ay ? -1 : 1;
      return x.length - y.length;
    }
    return byString(x, y);
  }
  return pa.length - pb.length || byString(a, b);
}

/** Adds the counts of `b` into `a` (mutates and returns `a`). */
export function addCounts<K>(a: Map<K, number>, b: Map<K, number>): Map<K, number> {
  for (const [k, v] of b) a.set(k, (a.get(k) ?? 0) + v);
  return a;
}
