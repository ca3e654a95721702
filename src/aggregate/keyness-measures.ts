/**
 * The two keyness measures, as the reference implementations compute them (formulas re-derived from
 * the papers and checked against values computed in R, see test/keyness-reference.test.ts):
 *
 * - **Weighted log-odds ratio with an informative Dirichlet prior** (Monroe, Colaresi & Quinn 2008,
 *   "Fightin' Words", eqs. 15–22) in the form tidylo's `bind_log_odds(set, feature, n)` computes it
 *   with its default `uninformative = FALSE`: the prior of a term is its count in the whole table
 *   (all the sets compared), added to every (set, term) count present; the result is the z-score of
 *   the set's log-odds against the log-odds of all sets pooled.
 * - **Signed log-likelihood G²** (Dunning 1993) of the 2 × 2 table (term / other terms × target /
 *   reference), as quanteda.textstats' `textstat_keyness(measure = "lr")` computes it: 1e-9 added inside
 *   each logarithm, positive when the term is more frequent in the target than expected, and by
 *   default (`correction = "default"`) **Yates'** correction, which is what its code applies for "lr"
 *   (its documentation says Williams'); Williams' correction and none are options.
 * @module
 */

/** Counts of one term in a comparison: the set-by-term table tidylo would be given, summarised. */
export interface LogOddsCounts {
  /** Occurrences of the term in the set (> 0: tidylo has no row otherwise). */
  n: number;
  /** Occurrences of the term in all sets (its prior, α_w). */
  termTotal: number;
  /** Sets that use the term at least once. */
  termSets: number;
  /** Occurrences of all terms in the set. */
  setTotal: number;
  /** Σ of α_w over the terms the set uses (the prior's share of the set's pseudo-counts). */
  setPrior: number;
  /** Σ over every (set, term) row of n + α_w: all pseudo-counts of the table. */
  pseudoTotal: number;
}

/**
 * The weighted log-odds (z-score) of one (set, term) row; see the module notes. With the prior
 * α_w = the term's total: y_wi = n + α_w, y_w = Σ_i y_wi = α_w (1 + sets using it), n_i = Σ_w y_wi;
 * δ = ln(y_wi / (n_i − y_wi)) − ln(y_w / (Σ y − y_w)), σ² = 1/y_wi + 1/y_w, z = δ / σ.
 */
export function weightedLogOdds(c: LogOddsCounts): number {
  const alpha = c.termTotal;
  const yWi = c.n + alpha;
  const yW = alpha * (1 + c.termSets);
  const nI = c.setTotal + c.setPrior;
  const delta = Math.log(yWi / (nI - yWi)) - Math.log(yW / (c.pseudoTotal - yW));
  return delta / Math.sqrt(1 / yWi + 1 / yW);
}

/** Corrections of {@link signedG2}. */
export const G2_CORRECTIONS = ['yates', 'williams', 'none'] as const;
export type G2Correction = (typeof G2_CORRECTIONS)[number];

/** quanteda's guard inside each logarithm (a zero cell adds 0 · ln(1e-9) = 0). */
const EPSILON = 1e-9;

/** Yates' continuity adjustment of quanteda: 0.5 when |ad − bc| ≥ N/2 and some expected cell count is under 5, else 0. */
function yatesDelta(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  const small = ((a + b) * (a + c)) / n < 5 || ((a + b) * (b + d)) / n < 5 || ((a + c) * (c + d)) / n < 5 || ((c + d) * (b + d)) / n < 5;
  return Math.abs(a * d - b * c) >= n / 2 && small ? 0.5 : 0;
}

/** Williams' correction factor q (1 when a cell is empty). */
function williamsQ(a: number, b: number, c: number, d: number): number {
  if (a * b * c * d === 0) return 1;
  const n = a + b + c + d;
  return 1 + ((n / (a + b) + n / (c + d) - 1) * (n / (a + c) + n / (b + d) - 1)) / (6 * n);
}

/**
 * Signed G² of a term counted `a` times in a target of `targetTotal` terms and `b` times in a
 * reference of `referenceTotal` terms; see the module notes. NaN when a corrected cell goes negative
 * (a degenerate table), as in quanteda.
 */
export function signedG2(a: number, b: number, targetTotal: number, referenceTotal: number, correction: G2Correction = 'yates'): number {
  const c = targetTotal - a;
  const d = referenceTotal - b;
  const n = a + b + c + d;
  const expected = ((a + b) * (a + c)) / n;
  let [aa, bb, cc, dd] = [a, b, c, d];
  if (correction === 'yates') {
    const delta = yatesDelta(a, b, c, d);
    const s = a * d - b * c > 0 ? -delta : delta;
    aa += s;
    bb -= s;
    cc -= s;
    dd += s;
  }
  const g2 =
    2 *
    (aa * Math.log(aa / (((aa + bb) * (aa + cc)) / n) + EPSILON) +
      bb * Math.log(bb / (((aa + bb) * (bb + dd)) / n) + EPSILON) +
      cc * Math.log(cc / (((aa + cc) * (cc + dd)) / n) + EPSILON) +
      dd * Math.log(dd / (((bb + dd) * (cc + dd)) / n) + EPSILON));
  const signed = a > expected ? g2 : -g2;
  return correction === 'williams' ? signed / williamsQ(a, b, c, d) : signed;
}
