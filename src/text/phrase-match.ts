/**
 * Finding a term or phrase in an article's tokens (for words in context): a query is split on
 * whitespace into words, each matched against one token, and a phrase matches adjacent tokens only
 * (a comma or any other token between two words breaks it, as in quanteda's `kwic`).
 *
 * A query word matches a token when (by default) their normalised forms are equal: lower-cased,
 * typographic quotes folded and a possessive removed, so `sadr` finds `Sadr's`. Options:
 * - `caseSensitive`: the token as written (possessive removed, quotes folded) must equal the query
 *   word as written (`Bush` does not find `bush`); with `stem`, the stems must match and the first
 *   letters agree in case;
 * - `stem`: Porter stems are compared (`elect` finds `elected`, `election`, `elections`);
 * - a word with `*` (any characters) or `?` (one character) is a glob matched against the whole
 *   normalised word (or as written, with `caseSensitive`), never stemmed: `econom*`.
 * @module
 */
import type { Token } from '../types.ts';
import { foldQuotes } from './normalize.ts';
import { stem as porter } from './stem.ts';
import { tokenize } from './tokens.ts';

/** Options of {@link compilePhrase}. */
export interface PhraseOptions {
  caseSensitive?: boolean;
  stem?: boolean;
}

/** One query word: a test on a token. */
type WordTest = (t: Token) => boolean;

/** The token as written, with a possessive removed and quotes folded. */
function surface(t: Token): string {
  return foldQuotes(t.possessive ? t.text.replace(/(?:['\u2019\u02BC][sS]|['\u2019\u02BC])$/, '') : t.text);
}

const isUpper = (s: string) => s !== '' && s[0] !== s[0].toLowerCase();

function globTest(word: string, caseSensitive: boolean): WordTest {
  const pattern = [...(caseSensitive ? word : word.toLowerCase())];
  return caseSensitive ? (t) => globMatch(pattern, [...surface(t)]) : (t) => globMatch(pattern, [...t.norm]);
}

/**
 * Whether `s` matches the glob `p` (`*` any run, `?` one character), by code points. Greedy with one
 * resume point (the last `*`), so O(|p|·|s|) at worst: a regex of `*a*a*…*b` backtracks exponentially
 * on a long token of `a`s.
 */
export function globMatch(p: readonly string[], s: readonly string[]): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let resume = 0;
  while (j < s.length) {
    if (i < p.length && (p[i] === '?' || (p[i] !== '*' && p[i] === s[j]))) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      resume = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++resume;
    } else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}

function wordTest(q: Token, o: Required<PhraseOptions>, stems: Map<string, string>): WordTest {
  const stemOf = (w: string) => {
    let s = stems.get(w);
    if (s === undefined) stems.set(w, (s = porter(w)));
    return s;
  };
  if (o.stem) {
    const want = stemOf(q.norm);
    const upper = isUpper(surface(q));
    return o.caseSensitive ? (t) => stemOf(t.norm) === want && isUpper(surface(t)) === upper : (t) => stemOf(t.norm) === want;
  }
  if (o.caseSensitive) {
    const want = surface(q);
    return (t) => surface(t) === want;
  }
  return (t) => t.norm === q.norm;
}

/** A compiled query: `matchAt(tokens, i)` is the number of tokens the phrase covers from token `i`, or 0. */
export interface Phrase {
  /** The query words, as parsed. */
  readonly words: readonly string[];
  matchAt(tokens: readonly Token[], i: number): number;
}

/**
 * Compiles a query (a word, a phrase of words separated by spaces, globs allowed).
 * @throws TypeError for a query with no word or number in it.
 */
export function compilePhrase(query: string, options: PhraseOptions = {}): Phrase {
  const o: Required<PhraseOptions> = { caseSensitive: options.caseSensitive ?? false, stem: options.stem ?? false };
  const stems = new Map<string, string>();
  const words: string[] = [];
  const tests: WordTest[] = [];
  for (const part of query.trim().split(/\s+/)) {
    if (/[*?]/.test(part)) {
      if (part.replace(/[*?]/g, '') === '') throw new TypeError(`query word ${JSON.stringify(part)} matches any word; add letters (e.g. econom*)`);
      words.push(part);
      tests.push(globTest(part, o.caseSensitive));
      continue;
    }
    for (const q of tokenize(part, { punctuation: false })) {
      words.push(q.text);
      tests.push(wordTest(q, o, stems));
    }
  }
  if (!tests.length) throw new TypeError(`query ${JSON.stringify(query)} has no word or number to look for`);
  return {
    words,
    matchAt(tokens, i) {
      if (i + tests.length > tokens.length) return 0;
      for (let k = 0; k < tests.length; k++) {
        const t = tokens[i + k];
        if ((t.kind !== 'word' && t.kind !== 'number') || !tests[k](t)) return 0;
      }
      return tests.length;
    },
  };
}
