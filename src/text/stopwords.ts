/**
 * Stopword lists, loaded by explicit getters (tidytext's `get_stopwords`), backed by the
 * `stopword` package. Lists are returned as Sets of lower-case, quote-folded words.
 * @module
 */
import * as sw from 'stopword';
import { foldQuotes } from './normalize.ts';

/**
 * Reporting words that dominate any news corpus and say nothing about its topics
 * ("said" is the most frequent content word in Reuters and BBC). Used by the default
 * news report on top of the language list; pass `extra: []` to keep them.
 */
export const NEWS_STOPWORDS: readonly string[] = [
  'said', 'says', 'say', 'told', 'also', 'would', 'could', 'mr', 'mrs', 'ms', 'dr', 'per', 'one', 'two',
  'year', 'years', 'new', 'last', 'first', 'may', 'might', 'must', 'us', 'like', 'get', 'got', 'just',
  "it's", "don't", "can't", "won't", "didn't", "doesn't", "isn't", "wasn't", "aren't", "i'm", "we're", "they're",
  "he's", "she's", "that's", "there's", "we've", "i've", "you're", 'can', 'will', 'shall', 'should', 'made',
  'make', 'since', 'yet', 'however', 'including', 'around', 'well', 'much', 'many', 'even', 'still', 'back',
  // function words the `stopword` package's short English list (108 words) does not have
  'its', 'against', 'according', 'into', 'onto', 'over', 'than', 'them', 'these', 'those', 'through', 'under',
  'until', 'upon', 'whom', 'whose', 'within', 'without', 'among', 'amid', 'across', 'along', 'toward', 'towards',
  'whether', 'though', 'although', 'because', 'every', 'each', 'either', 'neither', 'own', 'same', 'such',
  'very', 'too', 'any', 'some', 'several', 'another', 'other', 'others', 'next', 'ago', 'already', 'ever',
  'never', 'often', 'now', 'then', 'here', 'there', 'where', 'when', 'why', 'how', 'what', 'which', 'who',
];

const cache = new Map<string, ReadonlySet<string>>();

/** ISO 639-3 codes the `stopword` package provides (`eng`, `deu`, `fra`, …). */
export function stopwordLanguages(): string[] {
  return Object.keys(sw).filter((k) => /^[a-z]{3}$/.test(k) && Array.isArray((sw as Record<string, unknown>)[k])).sort();
}

/**
 * Returns the stopword set for a language (ISO 639-3, default `eng`), optionally extended.
 * @throws TypeError for an unknown language code.
 */
export function getStopwords(language = 'eng', extra: readonly string[] = []): ReadonlySet<string> {
  const key = `${language}\u0000${extra.join('\u0000')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const list = (sw as Record<string, unknown>)[language];
  if (!Array.isArray(list)) {
    throw new TypeError(`unknown stopword language ${JSON.stringify(language)}; use one of: ${stopwordLanguages().join(', ')}`);
  }
  const set = new Set<string>();
  for (const w of [...(list as string[]), ...extra]) set.add(foldQuotes(w.toLowerCase()));
  cache.set(key, set);
  return set;
}
