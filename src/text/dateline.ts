/**
 * Wire-service datelines: the place, date and agency before a dash that open a news story
 * ("WASHINGTON, April 7 - ", "SHERMAN OAKS, Calif., March 26 - ", "LONDON, Jan 5 (Reuters) - ",
 * "WASHINGTON (AP) — "). A dateline is not part of the first sentence's subject: read as one, it
 * makes a city the source of the story's first statement ("WASHINGTON, April 7 - Parsow
 * Partnership Ltd … said").
 * @module
 */

/** A pattern matching `source` in any letter case (the flag would make the place's capitals optional too). */
const anyCase = (source: string): string => source.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const MONTH = anyCase('(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)');
const AGENCY = anyCase('(?:reuters?|ap|afp|upi|bloomberg|dpa|xinhua|tass|kyodo)');
const CAPS_PLACE = "[A-Z][A-Z.'&-]+(?:[ \\t]+[A-Z][A-Z.'&-]+){0,3}";
const TITLE_PLACE = "[A-Z][a-z.'-]+(?:[ \\t]+[A-Z][a-z.'-]+){0,2}";
/** A region after the place ("Calif.", "N.J.", "Ariz.", "NJ"). */
const REGION = "(?:,[ \\t]+[A-Z][A-Za-z.]*(?:[ \\t]+[A-Z][A-Za-z.]*)?)?";
const DATE = `,[ \\t]+${MONTH}\\.?[ \\t]+\\d{1,3}`;
const TAG = `(?:[ \\t]*\\(${AGENCY}\\)|,[ \\t]+${AGENCY})`;
const DASH = '[ \\t]*(?:--|-|\\u2014|\\u2013)[ \\t]+';

/** Place in capitals with a date or an agency, or a place in title case with a date. */
const DATELINE = new RegExp(`^(?:${CAPS_PLACE}${REGION}(?:${DATE}${TAG}?|${TAG})|${TITLE_PLACE}${REGION}${DATE}${TAG}?)${DASH}`);

/**
 * The offset just after the dateline that opens `text` (its first non-blank line), or -1 when it
 * opens with none.
 */
export function datelineEnd(text: string): number {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 9)) i++;
  // a dateline is short: look at the start only
  const m = DATELINE.exec(text.slice(i, i + 120));
  return m ? i + m[0].length : -1;
}
