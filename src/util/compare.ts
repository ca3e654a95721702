/**
 * Deterministic comparators for explicit tie-breaks (no locale, no ICU dependence).
 * @module
 */

/** Code-unit string order (`<`), the same on every machine. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Natural order: digit runs compare as numbers (`reuters-2` < `reuters-10`), then code-unit order. Allocation-free. */
export function byNatural(a: string, b: string): number {
  const na = a.length;
  const nb = b.length;
  let i = 0;
  let j = 0;
  while (i < na && j < nb) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    const da = ca >= 48 && ca <= 57;
    const db = cb >= 48 && cb <= 57;
    if (da && db) {
      // compare the digit runs as numbers: skip leading zeros, then by length, then digit by digit
      let si = i;
      let sj = j;
      while (si < na && a.charCodeAt(si) === 48) si++;
      while (sj < nb && b.charCodeAt(sj) === 48) sj++;
      let ei = si;
      let ej = sj;
      while (ei < na && a.charCodeAt(ei) >= 48 && a.charCodeAt(ei) <= 57) ei++;
      while (ej < nb && b.charCodeAt(ej) >= 48 && b.charCodeAt(ej) <= 57) ej++;
      const la = ei - si;
      const lb = ej - sj;
      if (la !== lb) return la - lb;
      for (let k = 0; k < la; k++) {
        const d = a.charCodeAt(si + k) - b.charCodeAt(sj + k);
        if (d !== 0) return d;
      }
      // equal values: fewer leading zeros first
      const za = si - i;
      const zb = sj - j;
      if (za !== zb) return za - zb;
      i = ei;
      j = ej;
      continue;
    }
    if (ca !== cb) {
      // One side's run of non-digits ended (it is at a digit) while the other's goes on: the shorter
      // run sorts first, as comparing the whole runs would. At the very start, compare the characters.
      if (da !== db) return i === 0 && j === 0 ? ca - cb : da ? -1 : 1;
      return ca - cb;
    }
    i++;
    j++;
  }
  return (na - i) - (nb - j) || byString(a, b);
}

/** Adds the counts of `b` into `a` (mutates and returns `a`). */
export function addCounts<K>(a: Map<K, number>, b: Map<K, number>): Map<K, number> {
  for (const [k, v] of b) a.set(k, (a.get(k) ?? 0) + v);
  return a;
}
