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
 * Speed: one pass over the characters; lexicon, booster, negator and idiom-word facts merged into one
 * open-addressing table probed with an FNV-1a hash computed from the token's (lower-cased) char codes, so the
 * common miss costs no Map hashing; scratch arrays reused between calls; no regular expressions except for
 * non-ASCII case tests. About 60× the npm `vader-sentiment` port (`npm run bench:sentiment`).
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
const PUNC_SET: ReadonlySet<string> = new Set(['.', '!', '?', ',', ';', ':', '-', "'", '"', '!!', '!!!', '??', '???', '?!?', '!?!', '?!?!', '!?!?']);

/** Facts about one lower-cased token. */
interface TokenInfo {
  /** Lexicon valence (0 when `inLex` is false). */
  val: number;
  inLex: boolean;
  /** Booster scalar (0 when not a booster). */
  boost: number;
  neg: boolean;
  /** The token is a word of an idiom or multi-word booster (a cheap pre-check before the exact, case-sensitive test). */
  idiom: boolean;
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
    if (!t) info.set(k, (t = { val: 0, inLex: false, boost: 0, neg: false, idiom: false }));
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
  const lookup = (h: number, key: string): TokenInfo | undefined => {
    let slot = h & mask;
    let k: string | null;
    while ((k = tKey[slot]) !== null) {
      if (tHash[slot] === h && k === key) return tInfo[slot];
      slot = (slot + 1) & mask;
    }
    return undefined;
  };

  // Scratch buffers, grown on demand and reused between calls.
  let cap = 0;
  let words: string[] = [];
  let lowers: string[] = [];
  let infos: (TokenInfo | undefined)[] = [];
  let upper = new Uint8Array(0);
  let neg = new Uint8Array(0);
  let sent = new Float64Array(0);
  const grow = (need: number): void => {
    let c = Math.max(64, cap);
    while (c < need) c *= 2;
    words = words.concat(new Array<string>(c - cap).fill(''));
    lowers = lowers.concat(new Array<string>(c - cap).fill(''));
    infos = infos.concat(new Array<TokenInfo | undefined>(c - cap).fill(undefined));
    const u = new Uint8Array(c); u.set(upper); upper = u;
    const g = new Uint8Array(c); g.set(neg); neg = g;
    sent = new Float64Array(c);
    cap = c;
  };
  grow(64);

  const inLex = (k: number): boolean => {
    const t = infos[k];
    return t !== undefined && t.inLex;
  };

  /** Token k is spelled exactly like a word of an idiom (idiom matching is case-sensitive, as in NLTK). */
  const isIdiomWord = (k: number): boolean => {
    const t = infos[k];
    return t !== undefined && t.idiom && IDIOM_WORDS.has(words[k]);
  };

  /** NLTK `_idioms_check` (called with i ≥ 3). */
  const idioms = (v: number, i: number, n: number): number => {
    const w0 = words[i], w1 = words[i - 1], w2 = words[i - 2], w3 = words[i - 3];
    const i0 = isIdiomWord(i), i1 = isIdiomWord(i - 1), i2 = isIdiomWord(i - 2), i3 = isIdiomWord(i - 3);
    let hit: number | undefined;
    if (i1 && i0 && (hit = VADER_IDIOMS.get(`${w1} ${w0}`)) !== undefined) v = hit;
    else if (i2 && i1 && i0 && (hit = VADER_IDIOMS.get(`${w2} ${w1} ${w0}`)) !== undefined) v = hit;
    else if (i2 && i1 && (hit = VADER_IDIOMS.get(`${w2} ${w1}`)) !== undefined) v = hit;
    else if (i3 && i2 && i1 && (hit = VADER_IDIOMS.get(`${w3} ${w2} ${w1}`)) !== undefined) v = hit;
    else if (i3 && i2 && (hit = VADER_IDIOMS.get(`${w3} ${w2}`)) !== undefined) v = hit;
    if (n - 1 > i && i0 && isIdiomWord(i + 1) && (hit = VADER_IDIOMS.get(`${w0} ${words[i + 1]}`)) !== undefined) v = hit;
    if (n - 1 > i + 1 && i0 && isIdiomWord(i + 1) && isIdiomWord(i + 2) && (hit = VADER_IDIOMS.get(`${w0} ${words[i + 1]} ${words[i + 2]}`)) !== undefined) v = hit;
    if ((i3 && i2 && VADER_BOOSTERS.has(`${w3} ${w2}`)) || (i2 && i1 && VADER_BOOSTERS.has(`${w2} ${w1}`))) v += B_DECR;
    return v;
  };

  /** NLTK's `kind` + `of` test at context index `i`. */
  const kindOf = (i: number, n: number): boolean => i < n - 1 && lowers[i + 1] === 'of';

  const isSoThis = (w: string): boolean => w === 'so' || w === 'this';

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
        if (words[i - 2] === 'never' && isSoThis(words[i - 1])) v *= 1.5;
        else if (neg[k] === 1) v *= N_SCALAR;
      } else {
        if ((words[i - 3] === 'never' && isSoThis(words[i - 2])) || isSoThis(words[i - 1])) v *= 1.25;
        else if (neg[k] === 1) v *= N_SCALAR;
        v = idioms(v, i, n);
      }
    }
    // _least_check
    if (i > 1 && !inLex(i - 1) && lowers[i - 1] === 'least') {
      if (lowers[i - 2] !== 'at' && lowers[i - 2] !== 'very') v *= N_SCALAR;
    } else if (i > 0 && !inLex(i - 1) && lowers[i - 1] === 'least') {
      v *= N_SCALAR;
    }
    return v;
  };

  /** Index of the first token spelled exactly like token `j` (NLTK's `words.index(item)`). */
  const firstIndex = (j: number): number => {
    if (positional) return j;
    const w = words[j];
    for (let k = 0; k < j; k++) if (words[k] === w) return k;
    return j;
  };

  // results of the last `run`
  let rSum = 0, rPos = 0, rNeg = 0, rNeu = 0;

  /** Scores `text` into rSum/rPos/rNeg/rNeu; returns the number of tokens. */
  const run = (text: string): number => {
    if (typeof text !== 'string') throw new TypeError(`polarityScores: text must be a string, got ${typeof text}`);
    const len = text.length;
    let n = 0;
    let nUpper = 0;
    let excl = 0;
    let quest = 0;
    let p = 0;
    while (p < len) {
      let c = text.charCodeAt(p);
      if (isSpace(c)) { p++; continue; }
      let s = p;
      let hasUp = false, hasLo = false, nonAscii = false, apos = false;
      let puncts = 0;
      while (p < len) {
        c = text.charCodeAt(p);
        if (c >= 128) {
          if (isSpace(c)) break;
          nonAscii = true;
        } else if (c >= 97 && c <= 122) hasLo = true;
        else if (c >= 65 && c <= 90) hasUp = true;
        else if (c <= 32) { if (isSpace(c)) break; }
        else if (isPunct(c)) {
          puncts++;
          if (c === 33) excl++;
          else if (c === 63) quest++;
          else if (c === 39) apos = true;
        }
        p++;
      }
      let e = p;
      if (!moreThanOneCodePoint(text, s, e)) continue;
      if (strip) {
        if (puncts > 0 || nonAscii) {
          const whole = info.get(hasUp || nonAscii ? text.slice(s, e).toLowerCase() : text.slice(s, e));
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
          if (lead > 0 && trail === 0 && lead === puncts && lead <= 4 && PUNC_SET.has(text.slice(s, s + lead)) && moreThanOneCodePoint(text, s + lead, e)) s += lead;
          else if (trail > 0 && lead === 0 && trail === puncts && trail <= 4 && PUNC_SET.has(text.slice(e - trail, e)) && moreThanOneCodePoint(text, s, e - trail)) e -= trail;
        }
      }
      if (n === cap) grow(n + 1);
      const w = text.slice(s, e);
      let lw: string;
      let h: number;
      if (nonAscii) {
        lw = w.toLowerCase();
        h = hashString(lw);
      } else {
        lw = hasUp ? w.toLowerCase() : w;
        h = FNV_OFFSET;
        for (let q = s; q < e; q++) {
          let ch = text.charCodeAt(q);
          if (ch >= 65 && ch <= 90) ch += 32;
          h = Math.imul(h ^ ch, FNV_PRIME);
        }
      }
      const t = lookup(h, lw);
      words[n] = w;
      lowers[n] = lw;
      infos[n] = t;
      const up = nonAscii ? pyIsUpper(w) : hasUp && !hasLo;
      upper[n] = up ? 1 : 0;
      if (up) nUpper++;
      neg[n] = (t !== undefined && t.neg) || (apos && lw.includes("n't")) ? 1 : 0;
      n++;
    }
    if (n === 0) return 0;
    const capDiff = nUpper > 0 && nUpper < n;

    let but = -1;
    for (let j = 0; j < n; j++) {
      const t = infos[j];
      const lw = lowers[j];
      if (but < 0 && lw === 'but') but = j;
      let v = 0;
      if (t !== undefined) {
        if (t.boost !== 0) v = 0;
        else if (lw === 'kind' && kindOf(firstIndex(j), n)) v = 0;
        else if (t.inLex) v = valence(firstIndex(j), n, capDiff);
      }
      sent[j] = v;
    }
    // _but_check
    if (but >= 0) {
      for (let j = 0; j < but; j++) sent[j] *= 0.5;
      for (let j = but + 1; j < n; j++) sent[j] *= 1.5;
    }
    // score_valence
    let sum = 0;
    let posSum = 0;
    let negSum = 0;
    let neu = 0;
    for (let j = 0; j < n; j++) {
      const v = sent[j];
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
    rSum = sum; rPos = posSum; rNeg = negSum; rNeu = neu;
    return n;
  };

  const polarityScores = (text: string): SentimentScores => {
    if (run(text) === 0) return { compound: 0, pos: 0, neu: 0, neg: 0 };
    const total = rPos - rNeg + rNeu;
    return { compound: rSum / Math.sqrt(rSum * rSum + alpha), pos: Math.abs(rPos / total), neu: Math.abs(rNeu / total), neg: Math.abs(rNeg / total) };
  };

  const detailed = (text: string): SentimentScores & { sum: number } => {
    if (run(text) === 0) return { compound: 0, pos: 0, neu: 0, neg: 0, sum: 0 };
    const total = rPos - rNeg + rNeu;
    return { compound: rSum / Math.sqrt(rSum * rSum + alpha), pos: Math.abs(rPos / total), neu: Math.abs(rNeu / total), neg: Math.abs(rNeg / total), sum: rSum };
  };

  const valenceSum = (text: string): number => (run(text) === 0 ? 0 : rSum);

  return { polarityScores, valenceSum, detailed };
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
