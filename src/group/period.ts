/**
 * Calendar periods of article dates: the buckets of `date:day|week|month|year` group keys, and the
 * automatic choice of a period for a date range.
 *
 * A date is taken as written: the calendar date in the first ten characters of an ISO-8601 value
 * (`2008-04-26`, `2008-04-26T23:30:00-05:00` → 26 April 2008), never shifted to another time zone,
 * so an article's period does not depend on the machine's zone.
 * @module
 */

/** Units a date can be bucketed by. */
export const PERIODS = ['day', 'week', 'month', 'year'] as const;
export type Period = (typeof PERIODS)[number];

const MS_PER_DAY = 86_400_000;

/** The calendar date of an ISO-8601 value as [year, month, day], or null when it has none or it does not exist (`2007-02-30`). */
export function calendarDate(value: string | null | undefined): [number, number, number] | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? [y, mo, d] : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * The ISO-8601 week of a date as `YYYY-Www` (weeks start on Monday; week 1 holds the year's first
 * Thursday, so 1 January may belong to the previous year's last week: 2021-01-01 → `2020-W53`).
 */
export function isoWeek(y: number, m: number, d: number): string {
  const day = Date.UTC(y, m - 1, d) / MS_PER_DAY;
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  const thursday = day - weekday + 3;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / MS_PER_DAY) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** The period of `unit` an ISO date falls in (`2008-04-26`, `2008-W17`, `2008-04`, `2008`), or null when the value has no valid date. */
export function periodOf(value: string | null | undefined, unit: Period): string | null {
  const c = calendarDate(value);
  if (!c) return null;
  const [y, m, d] = c;
  switch (unit) {
    case 'day':
      return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    case 'week':
      return isoWeek(y, m, d);
    case 'month':
      return `${pad(y, 4)}-${pad(m)}`;
    case 'year':
      return pad(y, 4);
  }
}

/** Most periods {@link choosePeriod} lets a range span before it moves to a coarser unit. */
export const MAX_AUTO_PERIODS = 60;

/**
 * The finest unit that splits the range `from`…`to` (ISO dates, inclusive, either order) into about
 * {@link MAX_AUTO_PERIODS} periods at most: days for up to 60 days, weeks for up to 420 days (60 × 7,
 * so at most 61 ISO weeks), months for up to 60 calendar months, years beyond. Enough points for a
 * trend line, few enough to label.
 * @throws TypeError when either end is not a valid date.
 */
export function choosePeriod(from: string, to: string): Period {
  const a = calendarDate(from);
  const b = calendarDate(to);
  if (!a || !b) throw new TypeError(`choosePeriod: expected ISO dates (YYYY-MM-DD), got ${JSON.stringify(from)} and ${JSON.stringify(to)}`);
  const [lo, hi] = Date.UTC(a[0], a[1] - 1, a[2]) <= Date.UTC(b[0], b[1] - 1, b[2]) ? [a, b] : [b, a];
  const days = (Date.UTC(hi[0], hi[1] - 1, hi[2]) - Date.UTC(lo[0], lo[1] - 1, lo[2])) / MS_PER_DAY + 1;
  if (days <= MAX_AUTO_PERIODS) return 'day';
  if (days <= MAX_AUTO_PERIODS * 7) return 'week';
  const months = (hi[0] - lo[0]) * 12 + (hi[1] - lo[1]) + 1;
  return months <= MAX_AUTO_PERIODS ? 'month' : 'year';
}
