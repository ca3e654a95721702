/**
 * Article dates. What an input may give as a date, and what the article then has:
 *
 * | given | example | article date |
 * |---|---|---|
 * | ISO 8601 date | `2008-04-26` | as given |
 * | ISO 8601 date and time, optional seconds, fraction and zone | `2008-04-26T10:30:00Z`, `2008-04-26 10:30+02:00` | as given (the day as written, whatever the zone) |
 * | ISO 8601 month or year | `2008-04`, `2008` | as given (by month or year in tf-idf groups, no day) |
 * | day month year, optional weekday | `26 April 2008`, `Sat, 26 Apr. 2008` | `2008-04-26` |
 * | month day year, optional weekday | `April 26, 2008`, `Jan 2, 2020` | `2008-04-26`, `2020-01-02` |
 * | RFC 2822 (RSS `pubDate`) | `Sat, 26 Apr 2008 10:30:00 +0000` | `2008-04-26` (the day as written) |
 * | slashes, year first | `2008/04/26` | `2008-04-26` |
 *
 * Anything else, and a date that does not exist (`2020-02-30`, `2020-13-01`, `24:00`), is dropped
 * with an `invalid-date` warning and the article is kept without a date. Day-first and month-first
 * numeric forms (`04/05/2008`) are ambiguous and not read.
 * @module
 */

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD` when the day exists, else null. */
function ymd(year: number, month: number, day: number): string | null {
  if (!(year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month))) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** A month name or abbreviation (`April`, `Apr`, `Sept`), or undefined. */
function monthOf(name: string): number | undefined {
  const m = MONTHS[name.slice(0, 3).toLowerCase()];
  if (m === undefined) return undefined;
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][m - 1];
  const lower = name.toLowerCase();
  return full.startsWith(lower) || (m === 9 && lower === 'sept') ? m : undefined;
}

const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const ZONE = /^(?:Z|[+-](\d{2})(?::?(\d{2}))?)$/;

function validTime(time: string | undefined, zone: string | undefined): boolean {
  if (time !== undefined) {
    const t = TIME.exec(time);
    if (!t || Number(t[1]) > 23 || Number(t[2]) > 59 || (t[3] !== undefined && Number(t[3]) > 60)) return false;
  }
  if (zone !== undefined && zone !== '') {
    const z = ZONE.exec(zone);
    if (!z || (z[1] !== undefined && Number(z[1]) > 14) || (z[2] !== undefined && Number(z[2]) > 59)) return false;
  }
  return true;
}

/** What {@link readDate} made of a date: the article's date, or why there is none. */
export type DateReading = { date: string } | { date: null; problem: 'not-a-date' | 'impossible' };

/**
 * Reads a date as the module notes list. ISO 8601 forms are kept as given when they are real dates;
 * the others become `YYYY-MM-DD`.
 */
export function readDate(value: string): DateReading {
  const s = value.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]([\d:.]+))?(Z|[+-][\d:]+)?$/.exec(s);
  if (m) {
    if (m[5] !== undefined && m[4] === undefined) return { date: null, problem: 'not-a-date' };
    return ymd(+m[1], +m[2], +m[3]) && validTime(m[4], m[5]) ? { date: s } : { date: null, problem: 'impossible' };
  }
  m = /^(\d{4})(?:-(\d{2}))?$/.exec(s);
  if (m) return ymd(+m[1], m[2] === undefined ? 1 : +m[2], 1) ? { date: s } : { date: null, problem: 'impossible' };
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return found(ymd(+m[1], +m[2], +m[3]));
  // optional weekday ("Sat,", "Saturday"), then day month year or month day year, optional RFC 2822 time and zone
  const rest = s.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? /i, '');
  const tail = String.raw`(?: (\d{2}:\d{2}(?::\d{2})?)(?: ([+-]\d{4}|[A-Z]{1,5}))?)?$`;
  m = new RegExp(String.raw`^(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})${tail}`).exec(rest);
  if (m && monthOf(m[2]) !== undefined) return found(ymd(+m[3], monthOf(m[2])!, +m[1]), m[4]);
  m = new RegExp(String.raw`^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})${tail}`).exec(rest);
  if (m && monthOf(m[1]) !== undefined) return found(ymd(+m[3], monthOf(m[1])!, +m[2]), m[4]);
  return { date: null, problem: 'not-a-date' };
}

function found(date: string | null, time?: string): DateReading {
  return date && validTime(time, undefined) ? { date } : { date: null, problem: 'impossible' };
}

/** Parses common news date lines into `YYYY-MM-DD` (`26 April 2008`, `April 26, 2008`, `2008-04-26`); null if it is not a date. */
export function parseDate(line: string): string | null {
  const r = readDate(line);
  return r.date !== null && /^\d{4}-\d{2}-\d{2}/.test(r.date) ? r.date.slice(0, 10) : null;
}

/** The warning for a date that {@link readDate} could not read. */
export function dateProblem(value: string, problem: 'not-a-date' | 'impossible'): string {
  const shown = JSON.stringify(value.length > 60 ? value.slice(0, 60) + '…' : value);
  return problem === 'impossible'
    ? `date ${shown} does not exist; the article is kept without a date`
    : `date ${shown} is not in a form presslens reads (2008-04-26, 2008-04-26T10:30:00Z, 26 April 2008, April 26, 2008, Sat, 26 Apr 2008 10:30:00 +0000, 2008/04/26); the article is kept without a date`;
}
