/**
 * The one list of abbreviations both sentence splitters use (text/sentences.ts for the sentences,
 * sentiment and terms stages; attribution/scan.ts for the attribution rules), so that a sentence's
 * score and the attributions in it refer to the same sentence.
 *
 * Two kinds, lower case, without the period:
 * - {@link NEVER_FINAL}: a period after them never ends a sentence (titles before a name, months
 *   before a day, abbreviations that are no English word: `Gen.`, `Jan.`, `Calif.`).
 * - {@link FINAL_BEFORE_OPENER}: they often end a sentence too (`… rose 5 pct.`, `… fell ill.`,
 *   `… Ltd.`), so the period ends one only when the next word is a typical sentence opener
 *   ({@link OPENERS}: `… rose 5 pct. The …`), not before a name or a lower-case word
 *   (`Seattle, Wash. officials`, `No. 10`).
 * @module
 */

/** A period after these never ends a sentence. */
export const NEVER_FINAL: ReadonlySet<string> = new Set([
  // titles and ranks
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'adm', 'lt', 'col', 'sgt', 'capt', 'maj', 'cmdr',
  'cpl', 'pvt', 'brig', 'lieut', 'supt', 'insp', 'det', 'rev', 'fr', 'sr', 'jr', 'st', 'hon', 'pres', 'amb', 'atty',
  'messrs', 'mmes', 'msgr', 'gens', 'sens', 'reps',
  // months and days (not "may", "sun", "sat", "wed": words too)
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri',
  // places and the rest that are no English word
  'dept', 'univ', 'assn', 'ave', 'blvd', 'mt', 'vs', 'v', 'approx', 'cf', 'al', 'ca', 'penn',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'fla', 'kan', 'kans', 'ky', 'md', 'mich', 'minn', 'mont',
  'neb', 'nev', 'okla', 'tenn', 'tex', 'vt', 'wis', 'wyo', 'i.e', 'e.g',
]);

/** A period after these ends a sentence only before a typical sentence opener. */
export const FINAL_BEFORE_OPENER: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'etc', 'no', 'nos', 'est', 'fig', 'vol', 'pp', 'ft',
  'mln', 'bln', 'dlrs', 'pct', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c',
  // state abbreviations that are English words too
  'del', 'ga', 'ill', 'ind', 'la', 'mass', 'miss', 'mo', 'ore', 'pa', 'va', 'wash',
]);

/** Every abbreviation of either kind. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([...NEVER_FINAL, ...FINAL_BEFORE_OPENER]);

/** Words that usually open a sentence; after an abbreviation that can end one, they signal a real end. */
export const OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'but', 'and', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before', 'as', 'his', 'her', 'their',
  'its', 'our', 'some', 'many', 'most', 'no', 'one', 'two', 'meanwhile', 'however', 'yet', 'so', 'still',
]);
