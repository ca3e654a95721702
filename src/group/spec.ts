/**
 * Group keys: what `--group-by` and the aggregators' `groupBy` option accept, parsed and checked
 * once (eagerly, with a message that says what would work), then compiled to a function from an
 * article to its group.
 *
 * A key is one of:
 * - an article field: `source`, `author`, `title`, `url`, `id`, or any other column of a JSONL
 *   record or CSV row (`outlet`, `section`); `field:<name>` names one that has a `:` or clashes with
 *   the forms below (`field:date` groups by the raw date string);
 * - a date bucket: `date:day`, `date:week` (ISO 8601 weeks, `2008-W17`), `date:month`, `date:year`;
 * - a capture of the id: `id:/<regular expression>/<flags>`, grouped by the first capture group that
 *   matched (`id:/^bbc-(\w+)-/` → `business` for `bbc-business-001`).
 *
 * An article without a value (no such field, a blank one, no valid date, an id the expression does
 * not match) is in the group {@link NO_GROUP}.
 * @module
 */
import type { Article } from '../types.ts';
import { periodOf, PERIODS, type Period } from './period.ts';

/** The group of articles that have no value for the key. */
export const NO_GROUP = '(none)';

/** A parsed group key (see the module notes). `key` is the text it was parsed from. */
export type GroupSpec =
  | { kind: 'field'; key: string; field: string }
  | { kind: 'date'; key: string; unit: Period }
  | { kind: 'id'; key: string; pattern: RegExp };

/** Article fields read directly; any other field name is looked up in the record's extra columns. */
const ARTICLE_FIELDS = new Set(['id', 'title', 'source', 'author', 'url']);

const EXAMPLES = 'e.g. "source", "author", a column name, "date:month", or "id:/^bbc-(\\w+)-/"';

function bad(key: string, why: string): TypeError {
  return new TypeError(`group key ${JSON.stringify(key)}: ${why}`);
}

/** Capture groups in a regular expression (matching the alternative `|` against '' always succeeds). */
function captureGroups(re: RegExp): number {
  return new RegExp(`${re.source}|`, re.flags).exec('')!.length - 1;
}

function parseIdPattern(key: string, body: string): RegExp {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(body);
  if (!m) throw bad(key, `an id key is a regular expression between slashes with a capture group, e.g. id:/^bbc-(\\w+)-/`);
  const [, source, flags] = m;
  if (/[gy]/.test(flags)) throw bad(key, `flags g and y are not allowed (they make matching depend on earlier matches); use i, m, s, u or v`);
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (e) {
    throw bad(key, `not a valid regular expression: ${(e as Error).message}`);
  }
  if (captureGroups(re) === 0) throw bad(key, `the expression has no capture group; put the part of the id to group by in parentheses, e.g. id:/^bbc-(\\w+)-/`);
  return re;
}

/**
 * Parses and checks a group key.
 * @throws TypeError saying what is wrong and what would work (unknown date unit, a regular expression
 * that does not compile or has no capture group, an empty key, `text`).
 */
export function parseGroupBy(key: string): GroupSpec {
  if (typeof key !== 'string') throw new TypeError(`group key must be a string (${EXAMPLES}), got ${JSON.stringify(key)}`);
  const k = key.trim();
  if (k === '') throw new TypeError(`group key is empty; ${EXAMPLES}`);
  const colon = k.indexOf(':');
  const head = colon < 0 ? k : k.slice(0, colon);
  const rest = colon < 0 ? '' : k.slice(colon + 1);
  if (colon >= 0 && head === 'field') {
    if (rest.trim() === '') throw bad(key, 'field: needs a field name, e.g. field:section');
    return { kind: 'field', key: k, field: rest.trim() };
  }
  if (head === 'date') {
    if (colon < 0) throw bad(key, `give a period: ${PERIODS.map((p) => `date:${p}`).join(', ')} (or field:date for the raw date text)`);
    if (!(PERIODS as readonly string[]).includes(rest)) throw bad(key, `unknown period ${JSON.stringify(rest)}; use ${PERIODS.map((p) => `date:${p}`).join(', ')}`);
    return { kind: 'date', key: k, unit: rest as Period };
  }
  if (head === 'id' && colon >= 0) return { kind: 'id', key: k, pattern: parseIdPattern(key, rest) };
  if (colon >= 0) throw bad(key, `unknown key type ${JSON.stringify(head)}; ${EXAMPLES} (field:<name> for a column whose name has a colon)`);
  if (k === 'text') throw bad(key, 'grouping by the article body would make every article its own group; group by a field, a date period or a part of the id');
  return { kind: 'field', key: k, field: k };
}

/** A field value as a group name: strings trimmed, numbers and booleans as written, other values as JSON; blank or absent → null. */
function valueName(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  return s === '' ? null : s;
}

/**
 * Compiles a group key (a spec or its text, parsed and checked now) to a function returning an
 * article's group: its value for the key, or {@link NO_GROUP}.
 */
export function groupKey(spec: string | GroupSpec): (article: Article) => string {
  const s = typeof spec === 'object' && spec !== null ? spec : parseGroupBy(spec);
  switch (s.kind) {
    case 'date':
      return (a) => periodOf(a.date, s.unit) ?? NO_GROUP;
    case 'id':
      return (a) => {
        const m = s.pattern.exec(a.id);
        const v = m?.slice(1).find((x) => x !== undefined && x !== '');
        return v ?? NO_GROUP;
      };
    case 'field': {
      const f = s.field;
      if (ARTICLE_FIELDS.has(f)) return (a) => valueName(a[f as 'id']) ?? NO_GROUP;
      if (f === 'date') return (a) => valueName(a.date) ?? NO_GROUP;
      return (a) => valueName(a.extra?.[f]) ?? NO_GROUP;
    }
  }
}
