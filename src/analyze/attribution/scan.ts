/**
 * Light-weight scanning for the attribution analyzer: tokens with offsets, paragraph and sentence
 * indices, and the quote span each token lies in. Linear time, no backtracking regular expressions.
 *
 * The attribution rules work on these tokens rather than on the shared tokenizer so that the stage
 * has no ordering requirement (`requires: []`) and so that quote marks (including the NYT's `''`)
 * are single tokens of their own.
 * @module
 */
import { datelineEnd } from '../../text/dateline.ts';
import { FINAL_BEFORE_OPENER, NEVER_FINAL, OPENERS } from '../../text/abbreviations.ts';
import { scanQuotes, type QuoteSpan } from './quotes.ts';

/** Token classes used by the attribution rules. */
export type TokKind = 'word' | 'number' | 'punct' | 'quote';

/** One token of the attribution scanner. */
export interface Tok {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text with typographic apostrophes folded to `'`. */
  lower: string;
  kind: TokKind;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** 0-based paragraph (blank-line separated block). */
  para: number;
  /** 0-based sentence index. */
  sent: number;
  /** Index into {@link Scan.quotes} of the quote whose inside holds this token, or -1. For quote-mark tokens: the quote it opens or closes. */
  quote: number;
  /** For quote-mark tokens: whether the mark opens or closes its quote. */
  qrole?: 'open' | 'close';
}

/** A sentence as token range `[tokStart, tokEnd)`. */
export interface ScanSentence {
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  para: number;
}

/** Everything the rules need about one text. */
export interface Scan {
  text: string;
  toks: Tok[];
  sentences: ScanSentence[];
  quotes: QuoteSpan[];
  /** For each quote, the index of its opening-mark token and closing-mark token (-1 when unclosed). */
  quoteToks: { open: number; close: number }[];
  /** First token after the wire-service dateline the text opens with (0 when none): the dateline names no one. */
  storyStart: number;
}

export { ABBREVIATIONS } from '../../text/abbreviations.ts';

/** Letters: ASCII, Latin-1 and Latin Extended-A/B (without × and ÷), Greek, Cyrillic. */
const letterRange = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x4ff);
/** Whether the single code unit `f` is an upper-case letter. */
const isUpperChar = (f: string): boolean => {
  const c = f.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  return f !== f.toLowerCase() && f === f.toUpperCase();
};
/** Size of the character tables: every letter of {@link letterRange} lies below it. */
const TABLE_SIZE = 0x500;
// Tables of the two predicates, so that every character takes the same path: range tests whose non-ASCII branches
// have not run yet when V8 first optimizes the scanner (no type feedback) deoptimize it on the first accented letter.
const LETTER = new Uint8Array(TABLE_SIZE);
const UPPER = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  LETTER[c] = letterRange(c) ? 1 : 0;
  UPPER[c] = isUpperChar(String.fromCharCode(c)) ? 1 : 0;
}
const isLetter = (c: number): boolean => c < TABLE_SIZE && LETTER[c] === 1;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpper = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c < TABLE_SIZE ? UPPER[c] === 1 : isUpperChar(s[0]);
};
const isApos = (c: number): boolean => c === 39 || c === 0x2019;
/** Whether `text[start, end)` contains a typographic apostrophe (cheaper than searching a two-byte character in each token). */
function hasCurlyApostrophe(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x2019) return true;
  return false;
}

/** Punctuation and quote-mark texts, each as an internalized string. */
const MARKS = new Map<string, string>();
/**
 * The text of a punctuation or quote-mark token, always internalized: `slice` returns an internalized string for
 * a Latin-1 character but a fresh one for `—`, `“` or `--`, and comparisons such as `t.text === '('` compiled
 * for the first kind deoptimize on the second.
 */
function markText(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  let m = MARKS.get(s);
  if (m === undefined) {
    if (MARKS.size > 4096) MARKS.clear();
    m = Object.keys({ [s]: 0 })[0]; // property names are internalized
    MARKS.set(m, m);
  }
  return m;
}

/**
 * Tokenizes `text` and attaches paragraph, sentence and quote information.
 * Words keep internal hyphens and apostrophes except a final possessive `'s`, which becomes its own token.
 */
export function scan(text: string): Scan {
  const quotes = scanQuotes(text);
  // quote-mark offsets in ascending order, with the quote each belongs to (walked with a pointer)
  const markAt: number[] = [];
  const markQuote: number[] = [];
  for (let q = 0; q < quotes.length; q++) {
    markAt.push(quotes[q].start);
    markQuote.push(q);
    if (quotes[q].closed) {
      markAt.push(quotes[q].end - quotes[q].closeLen);
      markQuote.push(q);
    }
  }
  let mp = 0;
  const toks: Tok[] = [];
  const n = text.length;
  let para = 0;
  let i = 0;
  const push = (start: number, end: number, kind: TokKind): void => {
    const t = kind === 'punct' || kind === 'quote' ? markText(text, start, end) : text.slice(start, end);
    let lower = t.toLowerCase();
    if (hasCurlyApostrophe(text, start, end)) lower = lower.replace(/\u2019/g, "'");
    // the particle test needs "al-X" at least (length 4); no word is read past its end (an out-of-bounds read deoptimizes)
    const cap = kind === 'word' && (isUpper(t) || (t.length >= 4 && (t.charCodeAt(2) === 45 || t.charCodeAt(3) === 45 || (t.length > 4 && t.charCodeAt(4) === 45)) ? /^(?:al|el|bin|ibn|abu|ben|de|da|van|von|le|la|du)-\p{Lu}/u.test(t) : false));
    toks.push({ start, end, text: t, lower, kind, cap, para, sent: 0, quote: -1, qrole: undefined }); // every token has the same shape (a property added later would make quote tokens a second hidden class)
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // blank line (possibly with spaces) → new paragraph
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
      if (j < n && text.charCodeAt(j) === 10) {
        para++;
        while (j < n && /\s/.test(text[j])) j++;
        i = j;
        continue;
      }
      i++;
      continue;
    }
    // spaces, and markdown emphasis (*Wall Street Journal*, _Esquire_): not tokens (one branch, so that the rare
    // markers do not reach a code path without type feedback)
    if (c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x200b || c === 42 || c === 95) {
      i++;
      continue;
    }
    while (mp < markAt.length && markAt[mp] < i) mp++;
    const qi = mp < markAt.length && markAt[mp] === i ? markQuote[mp] : undefined;
    if (qi !== undefined) {
      const qs = quotes[qi];
      const len = i === qs.start ? qs.openLen : qs.closeLen;
      push(i, i + len, 'quote');
      toks[toks.length - 1].quote = qi;
      toks[toks.length - 1].qrole = i === qs.start ? 'open' : 'close';
      i += len;
      continue;
    }
    if (isLetter(c)) {
      // "n't" of a split contraction ("did" + "n't")
      if ((c === 110 || c === 78) && i + 2 < n && isApos(text.charCodeAt(i + 1)) && (text[i + 2] === 't' || text[i + 2] === 'T') && (i + 3 >= n || !isLetter(text.charCodeAt(i + 3))) && i > 0 && isLetter(text.charCodeAt(i - 1))) {
        push(i, i + 3, 'word');
        i += 3;
        continue;
      }
      let j = i + 1;
      // acronyms with periods: U.S., D.C.
      if (j + 1 < n && text.charCodeAt(j) === 46 && isLetter(text.charCodeAt(j + 1)) && j + 2 <= n && (j + 2 === n || text.charCodeAt(j + 2) === 46)) {
        let k = i;
        while (k + 1 < n && isLetter(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 46 && (k + 2 >= n || !isLetter(text.charCodeAt(k + 2)) || text.charCodeAt(k + 3) === 46)) k += 2;
        if (k - i >= 4) {
          // keep the final period only if another letter-period pair preceded it (U.S. → "U.S.")
          push(i, k, 'word');
          i = k;
          continue;
        }
      }
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isLetter(d) || isDigit(d) || d === 0x301 || d === 0x308) j++;
        else if (d === 45 && j + 1 < n && isDigit(text.charCodeAt(j + 1)) && isLetter(text.charCodeAt(j - 1))) j += 2;
        else if ((d === 45 || isApos(d)) && j + 1 < n && isLetter(text.charCodeAt(j + 1))) {
          // possessive or contraction 's / 'll / 're / 've / 'd / 'm / n't splits off
          if (isApos(d) && (j + 2 >= n || !isLetter(text.charCodeAt(j + 2)))) {
            if ((text[j + 1] === 't' || text[j + 1] === 'T') && (text[j - 1] === 'n' || text[j - 1] === 'N') && j - 1 > i) j--;
            break;
          }
          if (isApos(d) && (j + 3 >= n || !isLetter(text.charCodeAt(j + 3))) && /^(?:ll|re|ve|LL|RE|VE)$/.test(text.slice(j + 1, j + 3))) break;
          j += 2;
        } else break;
      }
      push(i, j, 'word');
      i = j;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d) || isLetter(d)) j++;
        else if ((d === 44 || d === 46 || d === 58) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      push(i, j, 'number');
      i = j;
      continue;
    }
    if (isApos(c) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
      // 's possessive / contraction tail
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      push(i, j, 'word');
      i = j;
      continue;
    }
    // dashes: -- as one token
    if (c === 45 && i + 1 < n && text.charCodeAt(i + 1) === 45) {
      push(i, i + 2, 'punct');
      i += 2;
      continue;
    }
    push(i, i + 1, 'punct');
    i++;
  }
  // quote membership of inner tokens
  const quoteToks: Scan['quoteToks'] = []; // a push loop: see lowers on Array.prototype.map
  for (let q = 0; q < quotes.length; q++) quoteToks.push({ open: -1, close: -1 });
  {
    let qi = 0;
    for (let t = 0; t < toks.length; t++) {
      const tk = toks[t];
      if (tk.kind === 'quote') {
        const q = quotes[tk.quote];
        if (tk.start === q.start) quoteToks[tk.quote].open = t;
        else quoteToks[tk.quote].close = t;
        continue;
      }
      while (qi < quotes.length && quotes[qi].innerEnd <= tk.start) qi++;
      // quotes do not nest at the double-quote level, so the first quote ending after tk is the only candidate
      if (qi < quotes.length && quotes[qi].innerStart <= tk.start && tk.end <= quotes[qi].innerEnd) tk.quote = qi;
    }
  }
  const dateline = datelineEnd(text);
  const sentences = splitScanSentences(text, toks, dateline);
  let storyStart = 0;
  if (dateline >= 0) while (storyStart < toks.length && toks[storyStart].start < dateline) storyStart++;
  return { text, toks, sentences, quotes, quoteToks, storyStart };
}

/** Longest sentence in tokens; longer runs (tables, lists without punctuation) are split so that rules stay linear. */
const MAX_SENTENCE_TOKENS = 250;

/** Sentences of the tokens; a dateline ending at `dateline` (see text/dateline.ts) is a sentence of its own. */
function splitScanSentences(text: string, toks: Tok[], dateline: number): ScanSentence[] {
  const out: ScanSentence[] = [];
  let s = 0;
  const close = (e: number): void => {
    if (e <= s) return;
    out.push({ start: toks[s].start, end: toks[e - 1].end, tokStart: s, tokEnd: e, para: toks[s].para });
    for (let k = s; k < e; k++) toks[k].sent = out.length - 1;
    s = e;
  };
  // End of the last run of absorbed closers: every terminal mark inside a run absorbs up to the same
  // end, so it is found once per run (rescanning it from each mark was quadratic on "!!!!…").
  let runEnd = 0;
  for (let t = 0; t < toks.length; t++) {
    const tk = toks[t];
    if (t > s && tk.para !== toks[t - 1].para) {
      close(t);
    }
    if (t > s && tk.start === dateline) close(t);
    // bound the work per sentence: text without sentence punctuation is cut every MAX_SENTENCE_TOKENS tokens
    if (t - s >= MAX_SENTENCE_TOKENS) close(t);
    // a single newline between a line without final punctuation-or-comma and a capitalised line (headlines, bylines)
    if (t > s && tk.para === toks[t - 1].para && hasNewline(text, toks[t - 1].end, tk.start)) {
      const prev = toks[t - 1];
      if ((tk.cap || tk.kind === 'quote' || tk.kind === 'number') && prev.lower !== ',' && prev.kind !== 'word') close(t);
      else if (tk.cap && prev.kind === 'word' && !/[a-z]$/.test(prev.text)) close(t);
    }
    if (tk.kind === 'punct' && (tk.text === '.' || tk.text === '!' || tk.text === '?')) {
      // "R-S.C.", "p.m.x": a period glued to a following letter is not a sentence end
      if (tk.text === '.' && t + 1 < toks.length && toks[t + 1].start === tk.end && toks[t + 1].kind === 'word') continue;
      if (tk.text === '.' && t > 0 && toks[t - 1].end === tk.start) {
        const pl = toks[t - 1].lower;
        if (NEVER_FINAL.has(pl) || (pl.length === 1 && toks[t - 1].cap)) continue; // "Mr. Smith", "George W. Bush"
        // "… rose 5 pct. The …" ends, "U.S. officials" does not (the list is text/abbreviations.ts, shared with the sentence splitter)
        const nx = toks[t + 1];
        if (FINAL_BEFORE_OPENER.has(pl) && !(nx !== undefined && nx.kind === 'word' && nx.cap && OPENERS.has(nx.lower))) continue;
      }
      // absorb closing quotes / brackets and further terminal punctuation
      let e = t < runEnd ? runEnd : t + 1;
      while (e < toks.length && toks[e].para === tk.para && toks[e].start === toks[e - 1].end && (toks[e].kind === 'quote' ? isClosing(toks, e) : /^[)\]!?.]$/.test(toks[e].text))) e++;
      runEnd = e;
      if (e >= toks.length) continue;
      const nx = toks[e];
      if (nx.para !== tk.para) continue; // paragraph change closes anyway
      if (nx.cap || nx.kind === 'number' || (nx.kind === 'quote' && !isClosing(toks, e)) || nx.text === '(' || nx.text === '-' || nx.text === '\u2014') close(e);
    }
  }
  close(toks.length);
  return out;
}

/**
 * The lower-cased texts of `toks`. A push loop rather than `Array.prototype.map`, whose result is a packed
 * array in the interpreter but a holey one from optimized code: readers compiled for one kind deoptimize on the other.
 */
export function lowers(toks: readonly Tok[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) out.push(toks[i].lower);
  return out;
}

function isClosing(toks: Tok[], t: number): boolean {
  return toks[t].qrole === 'close';
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
