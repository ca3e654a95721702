/**
 * The `terms()` analyzer: per-article term and bigram counts from the tokens
 * (tidytext's `unnest_tokens` + `anti_join(stop_words)` + `count`).
 * @module
 */
import { analyzer, type Analyzer } from '../pipeline/define.ts';
import { resolveParams, type Param } from '../pipeline/params.ts';
import { getStopwords } from '../text/stopwords.ts';
import { stem as porter } from '../text/stem.ts';
import { tokenize } from '../text/tokens.ts';

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
  { name: 'language', type: 'string', default: 'eng', description: 'stopword language (ISO 639-3, from the stopword package)' },
  { name: 'stopwords', type: 'boolean', default: true, description: 'drop stopwords' },
  { name: 'extraStopwords', type: 'string[]', default: [], description: 'more words to drop (e.g. NEWS_STOPWORDS)' },
  { name: 'stem', type: 'boolean', default: false, description: 'Porter-stem terms (natural)' },
  { name: 'minLength', type: 'integer', default: 2, min: 1, description: 'shortest term kept, in characters' },
  { name: 'numbers', type: 'boolean', default: false, description: 'keep number tokens as terms' },
  { name: 'bigrams', type: 'boolean', default: true, description: 'also count bigrams of adjacent kept terms' },
];

type Resolved = Required<TermsOptions>;

/**
 * Adds `doc.terms` and (optionally) `doc.bigrams`: counts of normalised terms. A bigram is two kept
 * terms adjacent in the text with no stopword, number or punctuation between them.
 */
export function terms(options: TermsOptions = {}): Analyzer {
  const o = resolveParams<Resolved>('terms', TERMS_PARAMS, options);
  const stop = o.stopwords ? getStopwords(o.language, o.extraStopwords) : new Set<string>(o.extraStopwords);
  const stemCache = new Map<string, string>();
  const stemmed = (w: string) => {
    let s = stemCache.get(w);
    if (s === undefined) {
      s = porter(w);
      if (stemCache.size < 200_000) stemCache.set(w, s);
    }
    return s;
  };
  return analyzer('terms', ['tokens'], (doc) => {
    const toks = doc.tokens ?? tokenize(doc.article.text);
    const counts = new Map<string, number>();
    const bigrams = o.bigrams ? new Map<string, number>() : undefined;
    let prev: string | null = null;
    for (const t of toks) {
      let term: string | null = null;
      if (t.kind === 'word') {
        const w = t.norm;
        if (w.length >= o.minLength && !stop.has(w) && !(t.possessive && stop.has(t.text.toLowerCase()))) term = o.stem ? stemmed(w) : w;
      } else if (t.kind === 'number' && o.numbers) term = t.norm;
      if (term === null) {
        prev = null;
        continue;
      }
      counts.set(term, (counts.get(term) ?? 0) + 1);
      if (bigrams && prev !== null) {
        const b = `${prev} ${term}`;
        bigrams.set(b, (bigrams.get(b) ?? 0) + 1);
      }
      prev = term;
    }
    doc.terms = counts;
    if (bigrams) doc.bigrams = bigrams;
  });
}
