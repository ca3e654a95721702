/**
 * The `terms()` analyzer: per-article term and bigram counts from the tokens
 * (tidytext's `unnest_tokens` + `anti_join(stop_words)` + `count`).
 * @module
 */
import { analyzer, type Analyzer } from '../pipeline/define.ts';
import { resolveParams, type Param } from '../pipeline/params.ts';
import { getStopwords, stemmedStopwords } from '../text/stopwords.ts';
import { stem as porter } from '../text/stem.ts';
import { tokenize } from '../text/tokens.ts';
import { createVocabulary, intern } from '../text/vocabulary.ts';
import { PairIndex } from '../util/pair-index.ts';
import type { Doc, TermIds } from '../types.ts';

/** Options of {@link terms}. */
export interface TermsOptions {
  language?: string;
  stopwords?: boolean;
  extraStopwords?: string[];
  stem?: boolean;
  minLength?: number;
  numbers?: boolean;
  bigrams?: boolean;
}

/** Declared parameters of {@link terms}. */
export const TERMS_PARAMS: readonly Param[] = [
  { name: 'language', type: 'string', default: 'eng', description: 'stopword language (ISO 639-3): eng is Snowball + SMART + the stopword package\'s list; others from the stopword package' },
  { name: 'stopwords', type: 'boolean', default: true, description: 'drop stopwords' },
  { name: 'extraStopwords', type: 'string[]', default: [], description: 'more words to drop (e.g. NEWS_STOPWORDS)' },
  { name: 'stem', type: 'boolean', default: false, description: 'Porter-stem terms (natural); stopwords are removed before and after stemming' },
  { name: 'minLength', type: 'integer', default: 2, min: 1, description: 'shortest term kept, in characters' },
  { name: 'numbers', type: 'boolean', default: false, description: 'keep number tokens as terms' },
  { name: 'bigrams', type: 'boolean', default: true, description: 'also count bigrams of adjacent kept terms' },
];

type Resolved = Required<TermsOptions>;

/** `doc.bigrams` from the ids: "a b" → count, in first-seen order. */
function bigramMap(t: TermIds): Map<string, number> {
  const m = new Map<string, number>();
  const words = t.vocab.terms;
  for (let j = 0; j < t.pairCounts.length; j++) m.set(`${words[t.pairs[2 * j]]} ${words[t.pairs[2 * j + 1]]}`, t.pairCounts[j]);
  return m;
}

/**
 * `doc.bigrams`, built on first read (the corpus counters read `doc.termIds`). One getter for every
 * document: a getter made per document would give each document its own hidden class, and V8's
 * property caches in every later stage would go megamorphic (measured: 19% slower over 67,632 articles).
 */
const LAZY_BIGRAMS: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: Doc) {
    const value = bigramMap(this.termIds!);
    Object.defineProperty(this, 'bigrams', { value, writable: true, enumerable: true, configurable: true });
    return value;
  },
};

/**
 * Adds `doc.terms` and (optionally) `doc.bigrams`: counts of normalised terms. A bigram is two kept
 * terms adjacent in the text with no stopword, number or punctuation between them.
 *
 * Also adds `doc.termIds`, the same counts by id in this analyzer's vocabulary: each distinct word
 * is hashed once per article, and no bigram string is built unless `doc.bigrams` is read.
 */
export function terms(options: TermsOptions = {}): Analyzer {
  const o = resolveParams<Resolved>('terms', TERMS_PARAMS, options);
  const stop = o.stopwords ? getStopwords(o.language, o.extraStopwords) : new Set<string>(o.extraStopwords);
  // with stemming, stopwords are removed again after it: a word that is none can stem to one (`used` → `us`)
  const stemStop = o.stem ? stemmedStopwords(stop) : null;
  const vocab = createVocabulary();
  // word → term id (the word itself, or its stem: stemming happens once per word), -1 for a stem that is a stopword
  const termOfWord = new Map<string, number>();
  const wordTerm = (w: string): number => {
    let id = termOfWord.get(w);
    if (id === undefined) {
      const term = stemStop ? porter(w) : w;
      id = stemStop?.has(term) ? -1 : intern(vocab, term);
      termOfWord.set(w, id);
    }
    return id;
  };
  // scratch, reset after each article: slot[id] = 1 + position of term id in this article's list
  let slot = new Int32Array(1024);
  const pairSlot = new PairIndex();
  return analyzer('terms', ['tokens'], (doc) => {
    const toks = doc.tokens ?? tokenize(doc.article.text);
    const ids: number[] = [];
    const counts: number[] = [];
    const pairs: number[] = [];
    const pairCounts: number[] = [];
    let prev = -1;
    for (const t of toks) {
      let id = -1;
      if (t.kind === 'word') {
        // the small stopword set first: it rules out about half the words before the vocabulary is searched
        const w = t.norm;
        if (w.length >= o.minLength && !stop.has(w) && !(t.possessive && stop.has(t.text.toLowerCase()))) id = wordTerm(w);
      } else if (t.kind === 'number' && o.numbers) id = intern(vocab, t.norm);
      if (id < 0) {
        prev = -1;
        continue;
      }
      if (id >= slot.length) {
        const grown = new Int32Array(Math.max(slot.length * 2, id + 1));
        grown.set(slot);
        slot = grown;
      }
      const s = slot[id];
      if (s === 0) {
        ids.push(id);
        counts.push(1);
        slot[id] = ids.length;
      } else counts[s - 1]++;
      if (o.bigrams && prev >= 0) {
        const p = pairSlot.get(prev, id);
        if (p < 0) {
          pairSlot.set(prev, id, pairCounts.length);
          pairs.push(prev, id);
          pairCounts.push(1);
        } else pairCounts[p]++;
      }
      prev = id;
    }
    for (const id of ids) slot[id] = 0;
    pairSlot.clear();
    const m = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) m.set(vocab.terms[ids[i]], counts[i]);
    const termIds: TermIds = { terms: m, vocab, ids, counts, pairs, pairCounts };
    doc.terms = m;
    doc.termIds = termIds;
    if (o.bigrams) Object.defineProperty(doc, 'bigrams', LAZY_BIGRAMS);
  }, TERMS_PARAMS);
}
