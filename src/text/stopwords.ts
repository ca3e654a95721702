/**
 * Stopword lists, loaded by explicit getters (tidytext's `get_stopwords`). English (`eng`, the
 * default) is a complete general list: Snowball (174 words) ∪ SMART (570) (see stopwords-en.ts) ∪ the
 * `stopword` package's English list (108) ∪ the titles of address `mr`, `mrs`, `ms`: 584 words. Other
 * languages come from the `stopword` package. Lists are returned as Sets of lower-case, quote-folded words.
 * @module
 */
import * as sw from 'stopword';
import { foldQuotes } from './normalize.ts';
import { SMART_EN, SNOWBALL_EN } from './stopwords-en.ts';
import { stem } from './stem.ts';

/** Titles of address: no general list has them, and they are among the most frequent words of news text. */
const TITLES = ['mr', 'mrs', 'ms'];

/**
 * Reporting words that dominate any news corpus and say nothing about its topics ("told", "year"),
 * beyond the English list. Used by the default news report on top of the language list; pass
 * `extra: []` to keep them.
 */
export const NEWS_STOPWORDS: readonly string[] = ['told', 'dr', 'year', 'years', 'made', 'including', 'back', 'amid', 'ago'];

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
  const base = language === 'eng' ? [...SNOWBALL_EN, ...SMART_EN, ...(list as string[]), ...TITLES] : (list as string[]);
  for (const w of [...base, ...extra]) set.add(foldQuotes(w.toLowerCase()));
  cache.set(key, set);
  return set;
}

const stemmed = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/**
 * The words of `stop` and their Porter stems, to drop terms after stemming: a word that is no
 * stopword can stem to one (`used` → `us`, `saying` → `sai` = the stem of `say`, `its` → `it`).
 */
export function stemmedStopwords(stop: ReadonlySet<string>): ReadonlySet<string> {
  let set = stemmed.get(stop);
  if (!set) {
    const s = new Set(stop);
    for (const w of stop) s.add(stem(w));
    stemmed.set(stop, (set = s));
  }
  return set;
}
