/**
 * A learned cue detector: an averaged perceptron over local token features that scores whether a
 * lower-case word heads an attribution cue. It complements the cue lexicon on PolNeAR's long tail of
 * verbs ("railed", "wondered", "lashed out"). The weights (`cue-model.json`) are derived from PolNeAR
 * `train` by `train-cues.ts`: feature weights only, no text.
 * @module
 */
import { matchCue } from './cues.ts';
import { isLyAdverb } from './sources.ts';
import type { Scan } from './scan.ts';

/** A trained model: feature → averaged weight, and the decision threshold. */
export interface CueModel {
  version: 1;
  threshold: number;
  weights: Record<string, number>;
}

const AUXES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'been', 'be', "'s", "n't", 'not']);
const PRON = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which']);

function form(w: string): string {
  if (w.endsWith('ing')) return 'ing';
  if (w.endsWith('ed')) return 'ed';
  if (w.endsWith('s') && !w.endsWith('ss')) return 's';
  return 'o';
}

function shape(scan: Scan, k: number, words: readonly string[]): string {
  const t = scan.toks[k];
  if (!t) return '<none>';
  if (t.kind === 'quote') return '<q>';
  if (t.kind === 'punct') return t.text;
  if (t.cap) return PRON.has(words[k]) ? words[k] : '<cap>';
  return words[k];
}

/** Whether token `t` is a candidate for the model: a lower-case word outside quotations. */
export function isCandidate(scan: Scan, t: number): boolean {
  const tk = scan.toks[t];
  return tk.kind === 'word' && !tk.cap && tk.quote < 0 && tk.lower.length >= 2 && !AUXES.has(tk.lower);
}

const quoteCache = new WeakMap<Scan, Uint8Array>();

/** Whether sentence `si` contains a quote mark (cached per scan). */
function sentenceHasQuote(scan: Scan, si: number): boolean {
  let flags = quoteCache.get(scan);
  if (!flags) {
    flags = new Uint8Array(scan.sentences.length);
    for (const t of scan.toks) if (t.kind === 'quote') flags[t.sent] = 1;
    quoteCache.set(scan, flags);
  }
  return flags[si] === 1;
}

/** Features of token `t` (deterministic strings). */
export function cueFeatures(scan: Scan, words: readonly string[], t: number): string[] {
  const w = words[t];
  const s = scan.sentences[scan.toks[t].sent];
  // previous non-auxiliary token (the subject side)
  let p = t - 1;
  while (p >= s.tokStart && (AUXES.has(words[p]) || isLyAdverb(words[p]))) p--;
  const prev = p >= s.tokStart ? shape(scan, p, words) : '<s>';
  const prev2 = p - 1 >= s.tokStart ? shape(scan, p - 1, words) : '<s>';
  const next = t + 1 < s.tokEnd ? shape(scan, t + 1, words) : '</s>';
  const next2 = t + 2 < s.tokEnd ? shape(scan, t + 2, words) : '</s>';
  const lex = matchCue(words, t);
  const hasQuote = sentenceHasQuote(scan, scan.toks[t].sent);
  const pos = t - s.tokStart;
  const posB = pos === 0 ? '0' : pos === 1 ? '1' : pos <= 3 ? '2-3' : pos <= 6 ? '4-6' : '7+';
  const f = form(w);
  return [
    'b',
    `w=${w}`,
    `s3=${w.slice(-3)}`,
    `f=${f}`,
    `p=${prev}`,
    `p2=${prev2}|${prev}`,
    `n=${next}`,
    `n2=${next}|${next2}`,
    `wn=${w}|${next}`,
    `pw=${prev}|${w}`,
    `fn=${f}|${next}`,
    `fp=${f}|${prev}`,
    `lex=${lex ? lex.entry.cls : 'none'}`,
    `lexf=${lex ? lex.entry.cls + '|' + lex.form : 'none'}`,
    `aux=${p < t - 1 ? 1 : 0}`,
    `sq=${hasQuote ? 1 : 0}`,
    `pos=${posB}`,
  ];
}

/** Score of token `t` under `model` (sum of the weights of its features). */
export function cueScore(model: CueModel, scan: Scan, words: readonly string[], t: number): number {
  const c = compiled(model);
  // words the model never learned anything about are not cues (cheap pre-filter)
  if (!c.words.has(words[t])) return -Infinity;
  let sum = 0;
  for (const f of cueFeatures(scan, words, t)) sum += c.weights.get(f) ?? 0;
  return sum;
}

interface Compiled {
  weights: Map<string, number>;
  words: Set<string>;
}

const compiledCache = new WeakMap<CueModel, Compiled>();

function compiled(model: CueModel): Compiled {
  let c = compiledCache.get(model);
  if (!c) {
    const weights = new Map(Object.entries(model.weights));
    const words = new Set<string>();
    for (const k of weights.keys()) if (k.startsWith('w=')) words.add(k.slice(2));
    c = { weights, words };
    compiledCache.set(model, c);
  }
  return c;
}
