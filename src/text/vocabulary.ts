/**
 * A vocabulary: terms interned as dense ids 0, 1, 2, … in first-seen order. The `terms()` analyzer
 * hashes each term once into its vocabulary, so the corpus counters can index arrays by id instead of
 * hashing the same strings again (and building a string per bigram occurrence).
 * @module
 */

/** Interned terms: `ids.get(term)` is the position of `term` in `terms`. */
export interface Vocabulary {
  readonly ids: Map<string, number>;
  readonly terms: string[];
}

/** An empty vocabulary. */
export function createVocabulary(): Vocabulary {
  return { ids: new Map(), terms: [] };
}

/** The id of `term`, added to the vocabulary when new. */
export function intern(v: Vocabulary, term: string): number {
  let id = v.ids.get(term);
  if (id === undefined) {
    id = v.terms.length;
    v.terms.push(term);
    v.ids.set(term, id);
  }
  return id;
}
