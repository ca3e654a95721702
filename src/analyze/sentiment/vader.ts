/**
 * VADER sentiment (Hutto & Gilbert, ICWSM 2014), re-implemented in TypeScript for speed and checked
 * score-for-score against NLTK 3.8's `nltk.sentiment.vader.SentimentIntensityAnalyzer` (Debian `python3-nltk`)
 * on the same lexicon (see `eval/vader-fidelity.ts`).
 *
 * The rules are the reference's, including its quirks, so the numbers match the reference that
 * researchers actually run:
 *
 * - **Tokens**: the text is split on (Python) whitespace; tokens of one code point are dropped; a token that
 *   is one `PUNC_LIST` item (`. ! ? , ; : - ' "`, `!!`, `!!!`, `??`, `???`, `?!?`, `!?!`, `?!?!`, `!?!?`) glued
 *   to a punctuation-free word of ≥ 2 code points on one side loses it (`good,` → `good`); everything else
 *   is kept as is (`(good`, `"good"`, `:)`, `don't`).
 * - **Lexicon valence** looked up by the lower-cased token. Lexicon keys are not lower-cased (as in
 *   NLTK/vaderSentiment), so the dozen upper-case emoticon keys such as `:D` are never reached by a
 *   lower-cased token; `:d` is.
 * - **ALL-CAPS**: a lexicon word or booster in all caps gets ±0.733 when some but not all tokens are all caps.
 * - **Boosters/dampeners** (±0.293) in the 3 preceding non-lexicon tokens, scaled 1 / 0.95 / 0.9 by distance.
 * - **Negation** (×−0.74) by a negator or any `n't` token in the 3 preceding non-lexicon tokens;
 *   `never so/this X` → ×1.5; `never so/this _ X`, or `so/this` right before X when the third token back is not
 *   a lexicon word → ×1.25 (NLTK's code, quirk included).
 * - **Idioms** (`the shit`, `the bomb`, `yeah right`, `kiss of death`, …; case-sensitive as in NLTK) and the
 *   `kind of` / `sort of` / `just enough` dampener bigrams, checked when a lexicon word has 3 non-lexicon tokens before it.
 * - **least**: `least X` negates unless `at least` / `very least`.
 * - **but**: valences before the first `but` ×0.5, after it ×1.5.
 * - `kind` directly before `of`, and booster words, score 0 themselves.
 * - **Punctuation emphasis**: +0.292 per `!` (max 4) and 0.18 per `?` when 2–3 (0.96 for more), added
 *   away from zero to the sum and to the dominant side of pos/neg.
 * - **compound** = s / √(s² + 15); **pos/neu/neg** from the sifted sums (each positive word counts v + 1, each
 *   negative word |v| + 1, each other token 1).
 * - NLTK finds a token's context by `words.index(token)`, i.e. the position of the *first* token with the
 *   same spelling. A repeated word is therefore scored with the neighbours of its first occurrence. This
 *   implementation does the same (it is what makes it score-identical); vaderSentiment 3.3.2 fixed it.
 *
 * Differences from vaderSentiment 3.3.2 (the PyPI package) that follow from matching NLTK: no emoji-to-text
 * translation (NLTK has none: emoji not in the lexicon score 0), no special handling of `no` before a
 * lexicon word, no `without doubt` exception, NLTK's tokenisation rather than 3.3.2's `strip(punctuation)`,
 * `never so` ×1.5 rather than ×1.25, case-sensitive idioms, first-occurrence context. Scores are returned
 * unrounded (the reference rounds compound to 4 and pos/neu/neg to 3 decimals).
 *
 * {@link createVader} can depart from NLTK on purpose: `tokenizer: 'strip'` (strip edge punctuation, including
 * typographic quotes) and `context: 'position'` (each word's own context); the `news` mode uses both.
 *
 * Speed: one pass over the characters, which also computes an FNV-1a hash of the lower-cased token; lexicon,
 * booster, negator, idiom-word and rule-word (`but`, `least`, `never`, …) facts merged into one open-addressing
 * table probed with that hash, so the common miss costs no Map hashing; an ASCII token is compared with its key
 * in place, so no substring or lower-cased copy is made per token; the rules compare table entries instead of
 * strings; NLTK's first-occurrence context comes from the entry's first token in the text (linear on long texts);
 * scratch arrays reused between calls; no regular expressions except for non-ASCII case tests. Over 100× the npm
 * `vader-sentiment` port (`npm run bench:sentiment`).
 * @module
 */
import type { SentimentScores } from '../../types.ts';
import { getVaderLexicon, type Lexicon } from './lexicon.ts';

const B_INCR = 0.293;
const B_DECR = -0.293;
const C_INCR = 0.733;
const N_SCALAR = -0.74;

/** Negators of NLTK 3.8 `VaderConstants.NEGATE` (any token containing `n't` negates too). */
export const VADER_NEGATE: ReadonlySet<string> = new Set([
  'aint', 'arent', 'cannot', 'cant', 'couldnt', 'darent', 'didnt', 'doesnt', "ain't", "aren't", "can't", "couldn't",
  "daren't", "didn't", "doesn't", 'dont', 'hadnt', 'hasnt', 'havent', 'isnt', 'mightnt', 'mustnt', 'neither', "don't",
  "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", 'neednt', "needn't", 'never', 'none', 'nope', 'nor',
  'not', 'nothing', 'nowhere', 'oughtnt', 'shant', 'shouldnt', 'uhuh', 'wasnt', 'werent', "oughtn't", "shan't",
  "shouldn't", 'uh-uh', "wasn't", "weren't", 'without', 'wont', 'wouldnt', "won't", "wouldn't", 'rarely', 'seldom',
  'despite',
]);

const BOOST_UP = [
  'absolutely', 'amazingly', 'awfully', 'completely', 'considerably', 'decidedly', 'deeply', 'effing', 'enormously',
  'entirely', 'especially', 'exceptionally', 'extremely', 'fabulously', 'flipping', 'flippin', 'fricking', 'frickin',
  'frigging', 'friggin', 'fully', 'fucking', 'greatly', 'hella', 'highly', 'hugely', 'incredibly', 'intensely',
  'majorly', 'more', 'most', 'particularly', 'purely', 'quite', 'really', 'remarkably', 'so', 'substantially',
  'thoroughly', 'totally', 'tremendously', 'uber', 'unbelievably', 'unusually', 'utterly', 'very',
];
const BOOST_DOWN = [
  'almost', 'barely', 'hardly', 'just enough', 'kind of', 'kinda', 'kindof', 'kind-of', 'less', 'little', 'marginally',
  'occasionally', 'partly', 'scarcely', 'slightly', 'somewhat', 'sort of', 'sorta', 'sortof', 'sort-of',
];

/** Booster/dampener words of NLTK 3.8 `VaderConstants.BOOSTER_DICT` (word → ±0.293). */
export const VADER_BOOSTERS: ReadonlyMap<string, number> = new Map([
  ...BOOST_UP.map((w) => [w, B_INCR] as [string, number]),
  ...BOOST_DOWN.map((w) => [w, B_DECR] as [string, number]),
]);

/** Special-case idioms of NLTK 3.8 `VaderConstants.SPECIAL_CASE_IDIOMS` (matched case-sensitively). */
export const VADER_IDIOMS: ReadonlyMap<string, number> = new Map([
  ['the shit', 3], ['the bomb', 3], ['bad ass', 1.5], ['yeah right', -2], ['cut the mustard', 2], ['kiss of death', -1.5],
  ['hand to mouth', -2],
]);

/** Words that occur in an idiom or a multi-word booster: a sequence can only match when all its words are here. */
const IDIOM_WORDS: ReadonlySet<string> = new Set(
  [...VADER_IDIOMS.keys(), ...[...VADER_BOOSTERS.keys()].filter((k) => k.includes(' '))].flatMap((k) => k.split(' ')),
);

/** `PUNC_LIST` of NLTK 3.8: what may be glued to a word and still be stripped. */
const PUNC_LIST = ['.', '!', '?', ',', ';', ':', '-', "'", '"', '!!', '!!!', '??', '???', '?!?', '!?!', '?!?!', '!?!?'];

/** A string of ≤ 4 ASCII characters as one number (char codes in base 128). */
function asciiCode(text: string, s: number, e: number): number {
  let x = 0;
  for (let q = s; q < e; q++) x = x * 128 + text.charCodeAt(q);
  return x;
}

/** {@link PUNC_LIST} as {@link asciiCode} numbers, so a glued item is recognised without taking a substring. */
const PUNC_CODES: ReadonlySet<number> = new Set(PUNC_LIST.map((p) => asciiCode(p, 0, p.length)));

/** Facts about one lower-cased token. */
interface TokenInfo {
  /** The lower-cased token this entry describes. */
  key: string;
  /** Lexicon valence (0 when `inLex` is false). */
  val: number;
  inLex: boolean;
  /** Booster scalar (0 when not a booster). */
  boost: number;
  neg: boolean;
  /** The token is a word of an idiom or multi-word booster (a cheap pre-check before the exact, case-sensitive test). */
  idiom: boolean;
  /** Scratch of the `first` context: the call (`stamp`) in which `first`, its first token with this key, was set. */
  stamp: number;
  first: number;
}

/** Options for {@link createVader}. */
export interface VaderOptions {
  /** Token → valence (default: {@link getVaderLexicon}()). Keys are matched against lower-cased tokens. */
  lexicon?: Lexicon | Record<string, number>;
  /** Normalisation constant of compound = s / √(s² + alpha) (default 15, as in VADER). */
  alpha?: number;
  /**
   * `nltk` (default): NLTK's tokenisation (see the module notes). `strip`: a token that is not itself a lexicon
   * entry (such as `:)`) loses all leading and trailing punctuation, ASCII or typographic (`“good”`, `(good`,
   * `'bad'` → `good`, `bad`), which news text with curly quotes and brackets needs.
   */
  tokenizer?: 'nltk' | 'strip';
  /**
   * `first` (default): a word's context (negators, boosters, `but`…) is that of the first token with the same
   * spelling, as in NLTK. `position`: its own position, as in vaderSentiment 3.3.2.
   */
  context?: 'first' | 'position';
}

/** A reusable VADER scorer. Not re-entrant across threads (it reuses scratch buffers), which JS never does. */
export interface VaderScorer {
  /** VADER scores of `text` (all zeros when it has no token). */
  polarityScores(text: string): SentimentScores;
  /** The punctuation-amplified valence sum s behind compound = s / √(s² + alpha) (0 when it has no token). */
  valenceSum(text: string): number;
  /** `polarityScores(text).compound` without allocating the result object (for callers that need only compound). */
  compound(text: string): number;
  /** {@link VaderScorer.polarityScores} plus the valence sum `sum`, in one pass. */
  detailed(text: string): SentimentScores & { sum: number };
}

/** Python `str.isspace()` for one UTF-16 code unit (no whitespace lies outside the BMP). */
function isSpace(c: number): boolean {
  if (c === 32) return true;
  if (c < 32) return (c >= 9 && c <= 13) || c >= 28;
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** 32-bit FNV-1a over the UTF-16 code units of `k`. */
function hashString(k: string): number {
  let h = FNV_OFFSET;
  for (let q = 0; q < k.length; q++) h = Math.imul(h ^ k.charCodeAt(q), FNV_PRIME);
  return h;
}

/** {@link hashString} of `text.slice(s, e).toLowerCase()` for an ASCII token, without the strings. */
function hashLowerAscii(text: string, s: number, e: number): number {
  let h = FNV_OFFSET;
  for (let q = s; q < e; q++) {
    let c = text.charCodeAt(q);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

/** `key === text.slice(s, e).toLowerCase()` for an ASCII token, without the strings. */
function equalsLowerAscii(key: string, text: string, s: number, e: number): boolean {
  if (key.length !== e - s) return false;
  for (let q = s; q < e; q++) {
    let c = text.charCodeAt(q);
    if (c >= 65 && c <= 90) c += 32;
    if (key.charCodeAt(q - s) !== c) return false;
  }
  return true;
}

/** `text.slice(s, e).toLowerCase().includes("n't")` for an ASCII token. */
function hasNt(text: string, s: number, e: number): boolean {
  for (let q = s + 1; q < e - 1; q++) {
    if (text.charCodeAt(q) === 39 && (text.charCodeAt(q - 1) | 32) === 110 && (text.charCodeAt(q + 1) | 32) === 116) return true;
  }
  return false;
}

/** Python `string.punctuation` membership for one code unit. */
function isPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** Python `len(text[s:e]) > 1`: at least two code points. */
function moreThanOneCodePoint(text: string, s: number, e: number): boolean {
  const units = e - s;
  if (units < 2) return false;
  if (units > 2) return true;
  const hi = text.charCodeAt(s);
  const lo = text.charCodeAt(s + 1);
  return !(hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff);
}

/** ASCII punctuation or typographic quotes, dashes, ellipsis, guillemets (what the `strip` tokenizer removes at word edges). */
function isStripPunct(c: number): boolean {
  return isPunct(c) || (c >= 0x2010 && c <= 0x201f) || c === 0x2026 || c === 0xab || c === 0xbb;
}

const LOWER_OR_TITLE = /[\p{Lowercase}\p{Lt}]/u;
const UPPER = /\p{Uppercase}/u;

/** Python `str.isupper()` for a token with non-ASCII characters. */
function pyIsUpper(w: string): boolean {
  return !LOWER_OR_TITLE.test(w) && UPPER.test(w);
}

/**
 * Texts that together take every rule and tokenizer branch (idioms, `kind of`, `least`, `never so`, `but`,
 * negation, boosters, caps, glued and typographic punctuation, non-ASCII and odd characters, a mixed-case
 * repetition, `?` counts, > 64 tokens), each rule on its own lexicon word (context is the first occurrence's).
 */
const WARM_UP = [
  "x y the shit, x y z the bomb good and x y z bad ass the mustard; then kiss of death; the of to fun, I didn't like it "
    + 'but it was kind of great and a kind man. at least fine, a least glad, the very least okay, not awful, not very sad, not a very ugly day; '
    + 'never so happy, never so very lovely, never this cool. VERY nice, TERRIBLE best! Love and love, ÜBER café “wonderful” '
    + "(sweet) :) 'hate -- 😀 x\u00a0y\u2003z \u0001x [x] {y} a|b ~z @home #tag $5 50% a_b ^c `d` \\e",
  'least good',
  'Is it bad??',
  'Really?!? ???',
];

/**
 * Creates a VADER scorer, optionally with a custom lexicon (e.g. a domain-adjusted copy of
 * {@link getVaderLexicon}) or normalisation constant. Options are validated eagerly.
 */
export function createVader(options: VaderOptions = {}): VaderScorer {
  if (options === null || typeof options !== 'object') throw new TypeError('createVader: options must be an object');
  const alpha = options.alpha ?? 15;
  if (typeof alpha !== 'number' || !(alpha > 0) || !Number.isFinite(alpha)) throw new TypeError(`createVader: alpha must be a positive finite number, got ${String(alpha)}`);
  const tokenizer = options.tokenizer ?? 'nltk';
  if (tokenizer !== 'nltk' && tokenizer !== 'strip') throw new TypeError(`createVader: tokenizer must be 'nltk' or 'strip', got ${JSON.stringify(tokenizer)}`);
  const context = options.context ?? 'first';
  if (context !== 'first' && context !== 'position') throw new TypeError(`createVader: context must be 'first' or 'position', got ${JSON.stringify(context)}`);
  const strip = tokenizer === 'strip';
  const positional = context === 'position';
  const source = options.lexicon ?? getVaderLexicon();
  if (source === null || typeof source !== 'object') throw new TypeError('createVader: lexicon must be a Map or a plain object of token → number');
  const entries: Iterable<[string, number]> = source instanceof Map ? source : Object.entries(source);

  const info = new Map<string, TokenInfo>();
  const get = (k: string): TokenInfo => {
    let t = info.get(k);
    if (!t) info.set(k, (t = { key: k, val: 0, inLex: false, boost: 0, neg: false, idiom: false, stamp: 0, first: 0 }));
    return t;
  };
  for (const [k, v] of entries) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new TypeError(`createVader: lexicon value of ${JSON.stringify(k)} must be a finite number, got ${String(v)}`);
    const t = get(k);
    t.val = v;
    t.inLex = true;
  }
  for (const [k, v] of VADER_BOOSTERS) get(k).boost = v;
  for (const k of VADER_NEGATE) get(k).neg = true;
  for (const k of IDIOM_WORDS) get(k).idiom = true;
  // entries of the words the rules test by spelling (`but`, `kind of`, `at/very least`, `never so/this`), so that
  // they compare a token's entry instead of its string (`never`, `so`, `this` also need `exact`)
  const BUT = get('but'), KIND = get('kind'), OF = get('of'), LEAST = get('least'), AT = get('at'), VERY = get('very');
  const NEVER = get('never'), SO = get('so'), THIS = get('this');

  // `info` as an open-addressing table probed with a hash computed from the text's char codes, so a token
  // that is not in it (most are) costs no Map hashing; keys are compared as strings only on a hash match.
  let bits = 4;
  while (1 << bits < info.size * 4) bits++;
  const mask = (1 << bits) - 1;
  const tHash = new Int32Array(mask + 1);
  const tKey: (string | null)[] = new Array<string | null>(mask + 1).fill(null);
  const tInfo: (TokenInfo | undefined)[] = new Array<TokenInfo | undefined>(mask + 1).fill(undefined);
  for (const [k, t] of info) {
    const h = hashString(k);
    let slot = h & mask;
    while (tKey[slot] !== null) slot = (slot + 1) & mask;
    tHash[slot] = h;
    tKey[slot] = k;
    tInfo[slot] = t;
  }
  /** The entry of the lower-cased token `key` with hash `h`. */
  const lookup = (h: number, key: string): TokenInfo | undefined => {
    let slot = h & mask;
    let k: string | null;
    while ((k = tKey[slot]) !== null) {
      if (tHash[slot] === h && k === key) return tInfo[slot];
      slot = (slot + 1) & mask;
    }
    return undefined;
  };
  /** {@link lookup} of the ASCII token `text.slice(s, e)` lower-cased, compared in place (no substring). */
  const lookupAscii = (h: number, text: string, s: number, e: number): TokenInfo | undefined => {
    let slot = h & mask;
    let k: string | null;
    while ((k = tKey[slot]) !== null) {
      if (tHash[slot] === h && equalsLowerAscii(k, text, s, e)) return tInfo[slot];
      slot = (slot + 1) & mask;
    }
    return undefined;
  };

  // Scratch buffers, grown on demand and reused between calls. A token is kept as its offsets in `cur`, its
  // table entry and flags: the rules compare entries, and strings are only made for the rare idiom and
  // mixed-case repetition cases.
  let cap = 0;
  let cur = '';
  let starts = new Int32Array(0);
  let ends = new Int32Array(0);
  let infos: (TokenInfo | undefined)[] = [];
  /** 1 when the token is spelled exactly like its (lower-cased) entry key. */
  let exact = new Uint8Array(0);
  let upper = new Uint8Array(0);
  let neg = new Uint8Array(0);
  const grow = (need: number): void => {
    let c = Math.max(64, cap);
    while (c < need) c *= 2;
    infos = infos.concat(new Array<TokenInfo | undefined>(c - cap).fill(undefined));
    const st = new Int32Array(c); st.set(starts); starts = st;
    const en = new Int32Array(c); en.set(ends); ends = en;
    const x = new Uint8Array(c); x.set(exact); exact = x;
    const u = new Uint8Array(c); u.set(upper); upper = u;
    const g = new Uint8Array(c); g.set(neg); neg = g;
    cap = c;
  };
  grow(64);

  /** Token k as written in the text. */
  const word = (k: number): string => cur.slice(starts[k], ends[k]);

  const inLex = (k: number): boolean => {
    const t = infos[k];
    return t !== undefined && t.inLex;
  };

  /** Token k is spelled exactly like the key of entry `t` (a lower-case word such as `never`). */
  const is = (k: number, t: TokenInfo): boolean => infos[k] === t && exact[k] === 1;

  /** Token k is spelled exactly like a word of an idiom (idiom matching is case-sensitive, as in NLTK). */
  const isIdiomWord = (k: number): boolean => {
    const t = infos[k];
    return t !== undefined && t.idiom && exact[k] === 1;
  };

  /** The lower-cased spelling of token k (its entry key), which for an idiom word is its spelling. */
  const key = (k: number): string => (infos[k] as TokenInfo).key;

  /** NLTK `_idioms_check` (called with i ≥ 3). */
  const idioms = (v: number, i: number, n: number): number => {
    const i0 = isIdiomWord(i), i1 = isIdiomWord(i - 1), i2 = isIdiomWord(i - 2), i3 = isIdiomWord(i - 3);
    let hit: number | undefined;
    if (i1 && i0 && (hit = VADER_IDIOMS.get(`${key(i - 1)} ${key(i)}`)) !== undefined) v = hit;
    else if (i2 && i1 && i0 && (hit = VADER_IDIOMS.get(`${key(i - 2)} ${key(i - 1)} ${key(i)}`)) !== undefined) v = hit;
    else if (i2 && i1 && (hit = VADER_IDIOMS.get(`${key(i - 2)} ${key(i - 1)}`)) !== undefined) v = hit;
    else if (i3 && i2 && i1 && (hit = VADER_IDIOMS.get(`${key(i - 3)} ${key(i - 2)} ${key(i - 1)}`)) !== undefined) v = hit;
    else if (i3 && i2 && (hit = VADER_IDIOMS.get(`${key(i - 3)} ${key(i - 2)}`)) !== undefined) v = hit;
    if (n - 1 > i && i0 && isIdiomWord(i + 1) && (hit = VADER_IDIOMS.get(`${key(i)} ${key(i + 1)}`)) !== undefined) v = hit;
    if (n - 1 > i + 1 && i0 && isIdiomWord(i + 1) && isIdiomWord(i + 2) && (hit = VADER_IDIOMS.get(`${key(i)} ${key(i + 1)} ${key(i + 2)}`)) !== undefined) v = hit;
    if ((i3 && i2 && VADER_BOOSTERS.has(`${key(i - 3)} ${key(i - 2)}`)) || (i2 && i1 && VADER_BOOSTERS.has(`${key(i - 2)} ${key(i - 1)}`))) v += B_DECR;
    return v;
  };

  /** NLTK's `kind` + `of` test at context index `i`. */
  const kindOf = (i: number, n: number): boolean => i < n - 1 && infos[i + 1] === OF;

  const isSoThis = (k: number): boolean => is(k, SO) || is(k, THIS);

  /** NLTK `sentiment_valence` for the lexicon word whose context index is `i`. */
  const valence = (i: number, n: number, capDiff: boolean): number => {
    let v = (infos[i] as TokenInfo).val;
    if (capDiff && upper[i] === 1) v += v > 0 ? C_INCR : -C_INCR;
    for (let d = 0; d < 3; d++) {
      const k = i - d - 1;
      if (k < 0 || inLex(k)) continue;
      // scalar_inc_dec
      const t = infos[k];
      let s = 0;
      if (t !== undefined && t.boost !== 0) {
        s = v < 0 ? -t.boost : t.boost;
        if (capDiff && upper[k] === 1) s += v > 0 ? C_INCR : -C_INCR;
        if (d === 1) s *= 0.95;
        else if (d === 2) s *= 0.9;
      }
      v += s;
      // _never_check
      if (d === 0) {
        if (neg[k] === 1) v *= N_SCALAR;
      } else if (d === 1) {
        if (is(i - 2, NEVER) && isSoThis(i - 1)) v *= 1.5;
        else if (neg[k] === 1) v *= N_SCALAR;
      } else {
        if ((is(i - 3, NEVER) && isSoThis(i - 2)) || isSoThis(i - 1)) v *= 1.25;
        else if (neg[k] === 1) v *= N_SCALAR;
        v = idioms(v, i, n);
      }
    }
    // _least_check
    if (i > 1 && !inLex(i - 1) && infos[i - 1] === LEAST) {
      if (infos[i - 2] !== AT && infos[i - 2] !== VERY) v *= N_SCALAR;
    } else if (i > 0 && !inLex(i - 1) && infos[i - 1] === LEAST) {
      v *= N_SCALAR;
    }
    return v;
  };

  // per-call state of `firstIndex`: the call number, and spelling → first index for mixed-case repetitions
  let stamp = 0;
  let nTokens = 0;
  let spellingsStamp = -1;
  const spellings = new Map<string, number>();

  /** Tokens a and b are spelled exactly alike (compared in the text, without substrings). */
  const sameSpelling = (a: number, b: number): boolean => {
    const sa = starts[a], sb = starts[b], len = ends[a] - sa;
    if (ends[b] - sb !== len) return false;
    for (let q = 0; q < len; q++) if (cur.charCodeAt(sa + q) !== cur.charCodeAt(sb + q)) return false;
    return true;
  };

  /** Index of the first token spelled exactly like token `j`, which has an entry (NLTK's `words.index(item)`). */
  const firstIndex = (j: number): number => {
    if (positional) return j;
    // Tokens spelled alike share an entry, whose `first` is the first token with its lower-cased spelling; that
    // one is nearly always spelled alike too. Otherwise (`Good … good`) a per-call map keeps long texts linear.
    const f = (infos[j] as TokenInfo).first;
    if (f === j || sameSpelling(f, j)) return f;
    if (spellingsStamp !== stamp) {
      spellingsStamp = stamp;
      spellings.clear();
      for (let k = 0; k < nTokens; k++) {
        if (infos[k] === undefined) continue;
        const w = word(k);
        if (!spellings.has(w)) spellings.set(w, k);
      }
    }
    return spellings.get(word(j)) as number;
  };

  // [sum, posSum, negSum, neutral count] of the last `run`: a typed array because V8 boxes each double stored in
  // a closure variable (a heap allocation per call)
  const last = new Float64Array(4);

  /** Scores `text` into `last`; returns the number of tokens. */
  const run = (text: string): number => {
    if (typeof text !== 'string') throw new TypeError(`polarityScores: text must be a string, got ${typeof text}`);
    cur = text;
    stamp++;
    const len = text.length;
    let n = 0;
    let nUpper = 0;
    let excl = 0;
    let quest = 0;
    let but = -1;
    let p = 0;
    while (p < len) {
      let c = text.charCodeAt(p);
      if (isSpace(c)) { p++; continue; }
      let s = p;
      let hasUp = false, hasLo = false, nonAscii = false, apos = false;
      let puncts = 0;
      // hash of the ASCII-lower-cased token (h), and of it without its trailing punctuation (hWord), computed
      // in the same pass so that the usual token is read once
      let h = FNV_OFFSET, hWord = FNV_OFFSET;
      while (p < len) {
        c = text.charCodeAt(p);
        if (c >= 128) {
          if (isSpace(c)) break;
          nonAscii = true;
        } else if (c >= 97 && c <= 122) hasLo = true;
        else if (c >= 65 && c <= 90) { hasUp = true; c += 32; }
        else if (c <= 32) { if (isSpace(c)) break; }
        else if (isPunct(c)) {
          puncts++;
          if (c === 33) excl++;
          else if (c === 63) quest++;
          else if (c === 39) apos = true;
          h = Math.imul(h ^ c, FNV_PRIME);
          p++;
          continue;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
        hWord = h;
        p++;
      }
      let e = p;
      if (!moreThanOneCodePoint(text, s, e)) continue;
      const s0 = s, e0 = e;
      if (strip) {
        if (puncts > 0 || nonAscii) {
          let whole: TokenInfo | undefined;
          if (nonAscii) {
            const lw = text.slice(s, e).toLowerCase();
            whole = lookup(hashString(lw), lw);
          } else whole = lookupAscii(h, text, s, e);
          if (whole === undefined || !whole.inLex) {
            let a = s, b = e;
            while (a < b && isStripPunct(text.charCodeAt(a))) a++;
            while (b > a && isStripPunct(text.charCodeAt(b - 1))) b--;
            if (a < b) { s = a; e = b; }
            if (!moreThanOneCodePoint(text, s, e)) continue;
          }
        }
      } else if (puncts > 0) {
        // strip one PUNC_LIST item glued to a punctuation-free word of ≥ 2 code points
        let lead = 0;
        while (s + lead < e && isPunct(text.charCodeAt(s + lead))) lead++;
        if (lead < e - s) {
          let trail = 0;
          while (isPunct(text.charCodeAt(e - 1 - trail))) trail++;
          if (lead > 0 && trail === 0 && lead === puncts && lead <= 4 && PUNC_CODES.has(asciiCode(text, s, s + lead)) && moreThanOneCodePoint(text, s + lead, e)) s += lead;
          else if (trail > 0 && lead === 0 && trail === puncts && trail <= 4 && PUNC_CODES.has(asciiCode(text, e - trail, e)) && moreThanOneCodePoint(text, s, e - trail)) e -= trail;
        }
      }
      if (n === cap) grow(n + 1);
      let t: TokenInfo | undefined;
      let up: boolean, ex: boolean;
      if (nonAscii) {
        const w = text.slice(s, e);
        const lw = w.toLowerCase();
        t = lookup(hashString(lw), lw);
        ex = w === lw;
        up = pyIsUpper(w);
        neg[n] = (t !== undefined && t.neg) || (apos && lw.includes("n't")) ? 1 : 0;
      } else {
        // a stripped ASCII token: only lost punctuation at its end, whose hash is hWord, or needs a new hash
        if (s !== s0) h = hashLowerAscii(text, s, e);
        else if (e !== e0) h = hWord;
        t = lookupAscii(h, text, s, e);
        ex = !hasUp;
        up = hasUp && !hasLo;
        neg[n] = (t !== undefined && t.neg) || (apos && hasNt(text, s, e)) ? 1 : 0;
      }
      infos[n] = t;
      if (up) nUpper++;
      // the rules read offsets and flags only of tokens with an entry
      if (t !== undefined) {
        starts[n] = s;
        ends[n] = e;
        upper[n] = up ? 1 : 0;
        exact[n] = ex ? 1 : 0;
        if (t.stamp !== stamp) { t.stamp = stamp; t.first = n; }
        if (but < 0 && t === BUT) but = n;
      }
      n++;
    }
    nTokens = n;
    if (n === 0) return 0;
    const capDiff = nUpper > 0 && nUpper < n;

    // each token's valence, _but_check and score_valence in one pass (the same operations in the same order)
    let sum = 0;
    let posSum = 0;
    let negSum = 0;
    let neu = 0;
    for (let j = 0; j < n; j++) {
      const t = infos[j];
      if (t === undefined) { neu++; continue; }
      let v = 0;
      if (t.boost !== 0) v = 0;
      else if (t === KIND && kindOf(firstIndex(j), n)) v = 0;
      else if (t.inLex) v = valence(firstIndex(j), n, capDiff);
      // _but_check: ×0.5 before the first `but`, ×1.5 after it
      if (but >= 0 && j !== but) v *= j < but ? 0.5 : 1.5;
      sum += v;
      if (v > 0) posSum += v + 1;
      else if (v < 0) negSum += v - 1;
      else neu++;
    }
    const amp = Math.min(excl, 4) * 0.292 + (quest > 1 ? (quest <= 3 ? quest * 0.18 : 0.96) : 0);
    if (sum > 0) sum += amp;
    else if (sum < 0) sum -= amp;
    if (posSum > -negSum) posSum += amp;
    else if (posSum < -negSum) negSum -= amp;
    last[0] = sum; last[1] = posSum; last[2] = negSum; last[3] = neu;
    return n;
  };

  const polarityScores = (text: string): SentimentScores => {
    if (run(text) === 0) return { compound: 0, pos: 0, neu: 0, neg: 0 };
    const sum = last[0], posSum = last[1], negSum = last[2], neu = last[3];
    const total = posSum - negSum + neu;
    return { compound: sum / Math.sqrt(sum * sum + alpha), pos: Math.abs(posSum / total), neu: Math.abs(neu / total), neg: Math.abs(negSum / total) };
  };

  const detailed = (text: string): SentimentScores & { sum: number } => {
    if (run(text) === 0) return { compound: 0, pos: 0, neu: 0, neg: 0, sum: 0 };
    const sum = last[0], posSum = last[1], negSum = last[2], neu = last[3];
    const total = posSum - negSum + neu;
    return { compound: sum / Math.sqrt(sum * sum + alpha), pos: Math.abs(posSum / total), neu: Math.abs(neu / total), neg: Math.abs(negSum / total), sum };
  };

  const valenceSum = (text: string): number => (run(text) === 0 ? 0 : last[0]);

  const compound = (text: string): number => (run(text) === 0 ? 0 : last[0] / Math.sqrt(last[0] * last[0] + alpha));

  // Score a text that takes every branch before handing out the scorer: V8 then compiles `run` with type feedback
  // for the rare rules too, instead of deoptimizing (and re-compiling) on the first real text that needs one.
  for (let k = 0; k < 4; k++) for (const text of WARM_UP) run(text);

  return { polarityScores, valenceSum, compound, detailed };
}

let defaultScorer: VaderScorer | null = null;

/**
 * VADER scores of `text` with the default lexicon ({@link getVaderLexicon}: npm `vader-sentiment` file plus
 * the four upstream corrections). compound ∈ [−1, 1]; pos + neu + neg = 1, or all 0 for text without tokens.
 */
export function polarityScores(text: string): SentimentScores {
  if (!defaultScorer) defaultScorer = createVader();
  return defaultScorer.polarityScores(text);
}

/** `polarityScores(text).compound` (same number) without allocating a result object. */
export function polarityCompound(text: string): number {
  if (!defaultScorer) defaultScorer = createVader();
  return defaultScorer.compound(text);
}
