/**
 * Features of a (sentence, target span) pair for the target-dependent tone model ({@link ./model.ts}).
 *
 * What the sentence says ABOUT the target, not only its overall tone:
 * - `n:`/`l:`/`r:` words near the mention (within {@link NEAR} words; left or right side), `w:` every other word
 *   of the sentence, the target's own words left out (names carry no learned bias);
 * - `c:` words of the clause holding the mention (split at , ; : dashes and contrast words), so the tone of
 *   another clause ("X won, but Y lost") weighs less;
 * - lexicon valence sums (VADER lexicon with local negation) near the mention, in its clause and in the
 *   whole sentence, and a `news`-mode-like compound of the clause and of the sentence (`newsClause`,
 *   `newsAll`): the `news` mode's sum (VADER + ½ AFINN + news word weights) taken word by word with local
 *   negation, without VADER's sentence rules, and its dead zone and normalisation. Scoring each clause
 *   with the `news` mode itself was 40% of the stage's time for a cross-validated macro-F1 of .637
 *   against .635 with these sums (NewsMTSC train, `npm run train:portrayal`);
 * - `q:` whether the mention stands inside quotation marks, or is the speaker of a quote (its own words are
 *   not a portrayal of it): valence inside quotes is counted apart (`vq`);
 * - `s:` whether the target is the grammatical subject-like first noun phrase of its clause (agent) or comes
 *   after a verb (patient): crossed with the clause valence (`agentV`, `patientV`).
 * Every feature is a pure function of the text and span, so the model is deterministic.
 * @module
 */
import { getAfinnLexicon, getVaderLexicon } from '../sentiment/lexicon.ts';
import { getNewsWeights, NEWS_PARAMS } from '../sentiment/news.ts';

/** Words either side of the mention that count as near. */
export const NEAR = 4;

/** A lower-cased word with its offsets. */
export interface Tok { w: string; start: number; end: number; inQuote: boolean }

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*|[,;:–—"“”]|\bbut\b/gu;
const NEGATORS = new Set(['not', "n't", 'no', 'never', 'nor', 'without', 'cannot', "didn't", "don't", "doesn't", "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't", "couldn't", "hasn't", "haven't", "hadn't", 'neither']);
const CLAUSE_BREAK = new Set([',', ';', ':', '–', '—', 'but', 'however', 'although', 'though', 'while', 'whereas', 'yet']);
const QUOTE_OPEN = new Set(['"', '“']);
const QUOTE_CLOSE = new Set(['"', '”']);

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let inQuote = false;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    if (raw === '"') { inQuote = !inQuote; out.push({ w: raw, start: m.index, end: m.index + 1, inQuote }); continue; }
    if (QUOTE_OPEN.has(raw)) { inQuote = true; out.push({ w: raw, start: m.index, end: m.index + 1, inQuote }); continue; }
    if (QUOTE_CLOSE.has(raw)) { out.push({ w: raw, start: m.index, end: m.index + 1, inQuote }); inQuote = false; continue; }
    const w = raw.toLowerCase();
    out.push({ w: w.includes('’') ? w.replace(/’/g, "'") : w, start: m.index, end: m.index + raw.length, inQuote });
  }
  return out;
}

/** The punctuation tokens of {@link WORD} (every other token starts with a letter or digit). */
const PUNCT = new Set([',', ';', ':', '–', '—', '"', '“', '”']);
const isPunct = (w: string): boolean => PUNCT.has(w);

/** Sparse feature vector: feature name → value. */
export type Features = Map<string, number>;

function add(f: Features, k: string, v = 1): void {
  f.set(k, (f.get(k) ?? 0) + v);
}

/** Valence of word k with negation by any of the 3 preceding words (VADER's −0.74 factor). */
function valence(toks: readonly Tok[], k: number, lex: ReadonlyMap<string, number>): number {
  const v = lex.get(toks[k].w);
  if (v === undefined) return 0;
  for (let j = Math.max(0, k - 3); j < k; j++) if (NEGATORS.has(toks[j].w)) return -0.74 * v;
  return v;
}

const SPEECH = new Set(['said', 'says', 'told', 'tweeted', 'wrote', 'added', 'stated', 'argued', 'claimed', 'insisted', 'asked', 'declared', 'explained', 'noted']);

/** What does not depend on the target: tokens, their valences, the sentence's news sums (shared by its targets). */
export interface SentenceContext {
  sentence: string;
  toks: Tok[];
  /** Whether each token is punctuation (not a word). */
  punct: Uint8Array;
  valences: Float64Array;
  /** `news[k]`: the news-mode sum of tokens 0…k−1 (so a range's sum is a difference). */
  news: Float64Array;
}

/** The `news` mode's compound of a valence sum: its dead zone, then VADER's normalisation. */
function newsCompound(s: number): number {
  const { deadZone, alpha } = NEWS_PARAMS;
  const d = Math.abs(s) > deadZone ? Math.sign(s) * (Math.abs(s) - deadZone) : 0;
  return d / Math.sqrt(d * d + alpha);
}

/** The target-independent part of the features of `sentence`. */
export function sentenceContext(sentence: string): SentenceContext {
  const lex = getVaderLexicon(), afinn = getAfinnLexicon(), weights = getNewsWeights();
  const { afinnWeight, newsWeight } = NEWS_PARAMS;
  const toks = tokenize(sentence);
  const valences = new Float64Array(toks.length);
  const punct = new Uint8Array(toks.length);
  const news = new Float64Array(toks.length + 1);
  for (let k = 0; k < toks.length; k++) {
    punct[k] = isPunct(toks[k].w) ? 1 : 0;
    valences[k] = punct[k] ? 0 : valence(toks, k, lex);
    news[k + 1] = news[k] + (punct[k] ? 0 : valences[k] + afinnWeight * valence(toks, k, afinn) + newsWeight * (weights.get(toks[k].w) ?? 0));
  }
  return { sentence, toks, punct, valences, news };
}

/** Word feature families, in the order of {@link WORD_PREFIXES}: near, left, right, whole sentence, clause. */
export type WordFeature = 0 | 1 | 2 | 3 | 4;
/** The feature-name prefix of each {@link WordFeature}. */
export const WORD_PREFIXES = ['n:', 'l:', 'r:', 'w:', 'c:'] as const;

/**
 * Receives the features of one target in order: `word(family, k)` for the word feature `<prefix><word of token
 * k>` (counted once per call), `set(name, v)` for every other feature (each named once).
 */
export interface FeatureSink {
  word(family: WordFeature, k: number): void;
  set(name: string, v: number): void;
}

/**
 * Walks the features of the target `[from, to)` in `c.sentence` (offsets into the sentence) into `sink`, in
 * a fixed order: {@link targetFeatures} collects them by name, the model's fast path sums its weights
 * directly (model.ts); both see the same features in the same order, so both give the same scores.
 */
export function walkFeatures(c: SentenceContext, from: number, to: number, sink: FeatureSink): void {
  const { sentence, toks } = c;
  if (!(from >= 0 && to <= sentence.length && from < to)) throw new RangeError(`targetFeatures: span ${from}–${to} outside a sentence of ${sentence.length} characters`);
  sink.set('bias', 1);
  // mention token range [a, b)
  let a = toks.findIndex((t) => t.end > from);
  if (a < 0) a = toks.length;
  let b = a;
  while (b < toks.length && toks[b].start < to) b++;
  const targetInQuote = a < toks.length && toks[a].inQuote;
  if (targetInQuote) sink.set('q:in', 1);
  // clause bounds around the mention
  let cs = a;
  while (cs > 0 && !CLAUSE_BREAK.has(toks[cs - 1].w)) cs--;
  let ce = b;
  while (ce < toks.length && !CLAUSE_BREAK.has(toks[ce].w)) ce++;
  // agent (at most two words before it in its clause) vs patient
  let wordsBefore = 0;
  for (let k = cs; k < a; k++) if (!c.punct[k]) wordsBefore++;
  const agent = wordsBefore <= 2;
  sink.set(agent ? 's:agent' : 's:patient', 1);
  // speaker of a quote: "…," X said / X said "…"
  const next = toks[b]?.w, prev = toks[a - 1]?.w;
  const speaker = (next !== undefined && SPEECH.has(next)) || (prev !== undefined && SPEECH.has(prev) && (toks[a - 2]?.w === ',' || QUOTE_CLOSE.has(toks[a - 2]?.w ?? '')));
  if (speaker) sink.set('q:speaker', 1);

  let vNear = 0, vClause = 0, vAll = 0, vQuote = 0;
  for (let k = 0; k < toks.length; k++) {
    if (k >= a && k < b) continue;
    if (c.punct[k]) continue;
    const v = c.valences[k];
    const dist = k < a ? a - k : k - b + 1;
    const inClause = k >= cs && k < ce;
    if (toks[k].inQuote && !targetInQuote) vQuote += v; else vAll += v;
    if (dist <= NEAR) {
      sink.word(0, k);
      sink.word(k < a ? 1 : 2, k);
      vNear += v;
    } else sink.word(3, k);
    if (inClause) { sink.word(4, k); vClause += v; }
  }
  sink.set('vNear', vNear / 4);
  sink.set('vClause', vClause / 4);
  sink.set('vAll', vAll / 4);
  sink.set('vq', vQuote / 4);
  sink.set(agent ? 'agentV' : 'patientV', vClause / 4);
  if (speaker) sink.set('speakerV', (vAll + vQuote) / 4);
  sink.set('newsClause', cs < ce ? newsCompound(c.news[ce] - c.news[cs]) : 0);
  sink.set('newsAll', newsCompound(c.news[toks.length]));
}

/**
 * Features of the target `[from, to)` in `sentence` (offsets into `sentence`) by name. Throws RangeError for a
 * span outside the sentence. `ctx`: the sentence's {@link sentenceContext} when several targets share it.
 */
export function targetFeatures(sentence: string, from: number, to: number, ctx?: SentenceContext): Features {
  const c = ctx && ctx.sentence === sentence ? ctx : sentenceContext(sentence);
  const f: Features = new Map();
  walkFeatures(c, from, to, {
    word: (family, k) => add(f, WORD_PREFIXES[family] + c.toks[k].w),
    set: (name, v) => f.set(name, v),
  });
  return f;
}
