/**
 * Calendar periods for time series: a day, an ISO week (starting Monday) or a month, named by their
 * first day (`YYYY-MM-DD`, UTC). Shared by the chart and its drill-down, so a point and the articles
 * listed for it agree.
 * @module
 */

export type PeriodUnit = 'day' | 'week' | 'month';

const DAY = 86_400_000;

function toMs(date: string): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The unit that keeps a series readable: days up to 92 days of span, weeks up to three years, else months. */
export function periodUnit(from: string, to: string): PeriodUnit {
  const span = (toMs(to) - toMs(from)) / DAY;
  return span <= 92 ? 'day' : span <= 3 * 366 ? 'week' : 'month';
}

/** The first day of the period `date` (`YYYY-MM-DD`) falls in. */
export function periodOf(date: string, unit: PeriodUnit): string {
  if (unit === 'day') return date.slice(0, 10);
  if (unit === 'month') return `${date.slice(0, 7)}-01`;
  const ms = toMs(date);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0
  return iso(ms - weekday * DAY);
}

/** The first day of the period after `period`. */
export function nextPeriod(period: string, unit: PeriodUnit): string {
  const ms = toMs(period);
  if (unit === 'day') return iso(ms + DAY);
  if (unit === 'week') return iso(ms + 7 * DAY);
  const d = new Date(ms);
  return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** The last day of `period`. */
export function periodEnd(period: string, unit: PeriodUnit): string {
  return unit === 'day' ? period : iso(toMs(nextPeriod(period, unit)) - DAY);
}
