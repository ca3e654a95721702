/**
 * A count table: occurrences and documents per key in parallel columns, where a key is one term or
 * (for bigrams) a pair of terms. Row `r` counts the key made of `words[ids[r · width …]]` in `count[r]`
 * and `docs[r]`. There is no object and no joined string per key, so the corpus counters take little
 * memory, little garbage-collection work and cheap hand-overs between threads.
 *
 * Rows are found by term id in a {@link Vocabulary}: the `terms()` analyzer's, so counting an article
 * hashes no string at all, and `words` is that vocabulary's own list of terms. Every table of one
 * vocabulary shares that list, so a hand-over to another thread carries each word once (a structured
 * clone keeps shared references) and key ids as typed arrays; the receiving thread looks each distinct
 * word up once. The index is kept on the table under a symbol, so it is neither serialized nor sent: a
 * table decoded from a partial file or received from a worker rebuilds it on first use.
 * @module
 */
import { createVocabulary, intern, type Vocabulary } from '../text/vocabulary.ts';
import type { Doc, TermIds } from '../types.ts';
import { byString } from '../util/compare.ts';
import { PairIndex } from '../util/pair-index.ts';

/** Occurrences and documents per key (see the module notes). */
export interface CountTable {
  /** Terms per key: 1 (terms) or 2 (bigrams). */
  width: 1 | 2;
  /** Distinct terms the keys are made of: usually a vocabulary's own list, shared by that vocabulary's tables. */
  words: string[];
  /** Keys as positions in `words`: row `r` is `words[ids[r · width]]` (then `words[ids[r · width + 1]]`). */
  ids: Int32Array;
  /** Rows in use (the columns have room for more). */
  size: number;
  count: Float64Array;
  docs: Float64Array;
}

const INDEX = Symbol('rows by vocabulary id');

/** Rows by term id: `rows[id]` is 1 + the row of term `id` (0: none), or a {@link PairIndex} for pairs. */
interface Index {
  vocab: Vocabulary;
  rows: Int32Array;
  pairs: PairIndex;
}

/** A table with its index (never serialized: symbol-keyed). */
interface Indexed extends CountTable {
  [INDEX]?: Index;
}

/** An empty table of keys of `width` terms. */
export function createCountTable(width: 1 | 2 = 1): CountTable {
  return { width, words: [], ids: new Int32Array(256 * width), size: 0, count: new Float64Array(256), docs: new Float64Array(256) };
}

/**
 * The table's index by ids of `vocab` (of a vocabulary of its own when none is given). A table whose
 * `words` are not `vocab`'s list (received from a worker, read from a partial, or counted with another
 * vocabulary) is first re-keyed to it: one look-up per distinct word used, not one per key.
 */
function indexOf(t: Indexed, vocab?: Vocabulary): Index {
  let index = t[INDEX];
  if (index !== undefined && (vocab === undefined || index.vocab === vocab) && t.words === index.vocab.terms) return index;
  const v = vocab ?? createVocabulary();
  if (t.words !== v.terms) {
    const idOf = wordIds(t.words, v);
    const n = t.size * t.width;
    for (let k = 0; k < n; k++) t.ids[k] = idOf(t.ids[k]);
    t.words = v.terms;
  }
  index = { vocab: v, rows: new Int32Array(0), pairs: new PairIndex() };
  t[INDEX] = index;
  for (let r = 0; r < t.size; r++) {
    if (t.width === 1) setRow(index, t.ids[r], r);
    else index.pairs.set(t.ids[2 * r], t.ids[2 * r + 1], r);
  }
  return index;
}

function setRow(index: Index, id: number, row: number): void {
  if (id >= index.rows.length) {
    const rows = new Int32Array(Math.max(1024, index.rows.length * 2, id + 1));
    rows.set(index.rows);
    index.rows = rows;
  }
  index.rows[id] = row + 1;
}

/** Position in `words` → id in `vocab`, each word interned on first use only (one look-up per distinct word used). */
function wordIds(words: readonly string[], vocab: Vocabulary): (from: number) => number {
  const to = new Int32Array(words.length).fill(-1);
  return (from) => {
    let id = to[from];
    if (id < 0) id = to[from] = intern(vocab, words[from]);
    return id;
  };
}

/** Appends a row for a new key (zero counts, key ids to be set by the caller) and returns it. */
function addRow(t: CountTable): number {
  const r = t.size++;
  if (r === t.count.length) {
    const count = new Float64Array(r * 2);
    count.set(t.count);
    const docs = new Float64Array(count.length);
    docs.set(t.docs);
    t.count = count;
    t.docs = docs;
  }
  if ((r + 1) * t.width > t.ids.length) {
    const ids = new Int32Array(Math.max(256, t.ids.length * 2));
    ids.set(t.ids);
    t.ids = ids;
  }
  return r;
}

/** The row of term `id` (of the vocabulary of `index`, the table's) in a table of width 1, added when new. */
function rowOfTerm(table: CountTable, index: Index, id: number): number {
  let r = id < index.rows.length ? index.rows[id] - 1 : -1;
  if (r < 0) {
    r = addRow(table);
    table.ids[r] = id;
    setRow(index, id, r);
  }
  return r;
}

/** The row of the bigram of terms `a`, `b` (of the vocabulary of `index`, the table's) in a table of width 2, added when new. */
function rowOfPair(table: CountTable, index: Index, a: number, b: number): number {
  let r = index.pairs.get(a, b);
  if (r < 0) {
    r = addRow(table);
    table.ids[2 * r] = a;
    table.ids[2 * r + 1] = b;
    index.pairs.set(a, b, r);
  }
  return r;
}

/** The row of term `a` (width 1) or of the bigram `a`, `b` (width 2), added when new. */
function rowOf(table: CountTable, a: string, b = ''): number {
  const index = indexOf(table as Indexed);
  const { vocab } = index;
  return table.width === 1 ? rowOfTerm(table, index, intern(vocab, a)) : rowOfPair(table, index, intern(vocab, a), intern(vocab, b));
}

/** Adds one document's term counts to a table of width 1; returns the occurrences added. */
export function addTerms(t: CountTable, doc: TermIds): number {
  const index = indexOf(t as Indexed, doc.vocab);
  let total = 0;
  for (let i = 0; i < doc.ids.length; i++) {
    const r = rowOfTerm(t, index, doc.ids[i]);
    t.count[r] += doc.counts[i];
    t.docs[r]++;
    total += doc.counts[i];
  }
  return total;
}

/** Adds one document's bigram counts to a table of width 2. */
export function addPairs(t: CountTable, doc: TermIds): void {
  const index = indexOf(t as Indexed, doc.vocab);
  for (let j = 0; j < doc.pairCounts.length; j++) {
    const r = rowOfPair(t, index, doc.pairs[2 * j], doc.pairs[2 * j + 1]);
    t.count[r] += doc.pairCounts[j];
    t.docs[r]++;
  }
}

/** `doc.termIds` when it still counts `doc.terms` (a later stage may have replaced the map), else undefined. */
function currentIds(doc: Doc): TermIds | undefined {
  const ids = doc.termIds;
  return ids !== undefined && ids.terms === doc.terms ? ids : undefined;
}

/** Adds `doc.terms` to a table of width 1 (by id when the `terms()` analyzer's ids still hold); returns the occurrences added. */
export function addDocTerms(t: CountTable, doc: Doc): number {
  const ids = currentIds(doc);
  return ids ? addTerms(t, ids) : doc.terms ? addKeyCounts(t, doc.terms) : 0;
}

/** Adds `doc.bigrams` to a table of width 2 (by id when the `terms()` analyzer's ids still hold, so no bigram string is built). */
export function addDocBigrams(t: CountTable, doc: Doc): void {
  const ids = currentIds(doc);
  if (ids) addPairs(t, ids);
  else if (doc.bigrams) addKeyCounts(t, doc.bigrams);
}

/**
 * Adds `doc.terms` to a table of width 2 keyed (group, term): the group's name is kept as the first
 * word of each key (interned in the table's vocabulary like a term), so one table counts every group
 * and rows exist only for terms a group uses. Returns the occurrences added.
 */
export function addGroupTerms(t: CountTable, group: string, doc: Doc): number {
  const ids = currentIds(doc);
  if (!ids && !doc.terms) return 0;
  const index = indexOf(t as Indexed, ids?.vocab);
  const g = intern(index.vocab, group);
  let total = 0;
  const add = (term: number, c: number) => {
    const r = rowOfPair(t, index, g, term);
    t.count[r] += c;
    t.docs[r]++;
    total += c;
  };
  if (ids) for (let i = 0; i < ids.ids.length; i++) add(ids.ids[i], ids.counts[i]);
  else for (const [term, c] of doc.terms!) add(intern(index.vocab, term), c);
  return total;
}

/** Adds one document's counts by key (a term, or two terms joined by a space in a table of width 2); returns the occurrences added. */
export function addKeyCounts(t: CountTable, counts: Map<string, number>): number {
  let total = 0;
  for (const [key, c] of counts) {
    const space = key.indexOf(' ');
    const r = t.width === 1 ? rowOf(t, key) : rowOf(t, key.slice(0, space), key.slice(space + 1));
    t.count[r] += c;
    t.docs[r]++;
    total += c;
  }
  return total;
}

/**
 * Adds the smaller table into the larger one (in place: merging consumes its arguments) and returns it.
 * The smaller table's words are looked up in the larger one's vocabulary once each, then its rows by id.
 */
export function mergeCountTables(a: CountTable, b: CountTable): CountTable {
  const [big, small] = a.size >= b.size ? [a, b] : [b, a];
  const w = small.width;
  const index = indexOf(big as Indexed);
  const { vocab } = index;
  const idOf = small.words === vocab.terms ? (from: number) => from : wordIds(small.words, vocab);
  const ids = small.ids;
  for (let j = 0; j < small.size; j++) {
    const r = w === 1 ? rowOfTerm(big, index, idOf(ids[j])) : rowOfPair(big, index, idOf(ids[2 * j]), idOf(ids[2 * j + 1]));
    big.count[r] += small.count[j];
    big.docs[r] += small.docs[j];
  }
  return big;
}

/** Documents counted for term `key` in a table of width 1 (0 when absent). */
export function docsOf(table: CountTable, key: string): number {
  const index = indexOf(table as Indexed);
  const id = index.vocab.ids.get(key);
  const r = id === undefined || id >= index.rows.length ? -1 : index.rows[id] - 1;
  return r < 0 ? 0 : table.docs[r];
}

/** The `n` keys with the most occurrences (at least `min`) as [key, count, docs], terms of a pair joined by a space: count desc, docs desc, then key. */
export function topRows(t: CountTable, n: number, min: number): [string, number, number][] {
  const { size, words, ids } = t;
  // Only rows counted at least as often as the n-th most frequent can make the top n: the others are
  // never joined into strings or sorted (on a large corpus, most of a bigram table).
  const counts = t.count.slice(0, size).filter((c) => c >= min).sort();
  const floor = counts.length > n ? counts[counts.length - n] : min;
  const rows: [string, number, number][] = [];
  for (let r = 0; r < size; r++) {
    if (t.count[r] >= floor) rows.push([t.width === 1 ? words[ids[r]] : `${words[ids[2 * r]]} ${words[ids[2 * r + 1]]}`, t.count[r], t.docs[r]]);
  }
  rows.sort((a, b) => b[1] - a[1] || b[2] - a[2] || byString(a[0], b[0]));
  return rows.slice(0, n);
}
