/**
 * Look-ups in spans sorted by position (sentences, paragraphs): binary search, so an article's
 * mentions and statements find their sentence in O(log n).
 * @module
 */

/** Index of the first span that ends after `pos` (spans sorted by start, not overlapping), or `spans.length`. */
export function firstEndingAfter(spans: readonly { end: number }[], pos: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
