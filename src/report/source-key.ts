/**
 * How the report joins a source in the `sources` table to its rows in `attributions` (drill-down,
 * the quotes page, chart marks): one key function, so the join changes in one place when the tables
 * gain a stable source id.
 * @module
 */
import type { Cell } from './table.ts';

/**
 * The join key of a `sources` or `attributions` row: its `source_id` when the table has one, else
 * its speaker (tables written before sources had ids).
 */
export function sourceKey(row: Readonly<Record<string, Cell | undefined>>): string {
  const id = row.source_id;
  return typeof id === 'string' && id !== '' ? id : `speaker ${String(row.speaker ?? '')}`;
}

/**
 * Maps every id a source is also known by (its `also_ids`: the same person under a shorter name in
 * some articles) to its row's key, so that attributions join the row the corpus decided on.
 */
export function sourceAliases(sources: Iterable<Readonly<Record<string, Cell | undefined>>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of sources) {
    const also = r.also_ids;
    if (typeof also !== 'string' || also === '') continue;
    for (const id of also.split(' ')) if (id) out.set(id, sourceKey(r));
  }
  return out;
}

/** The key of the `sources` row an `attributions` row belongs to. */
export function attributionSourceKey(row: Readonly<Record<string, Cell | undefined>>, aliases: ReadonlyMap<string, string>): string {
  const k = sourceKey(row);
  return aliases.get(k) ?? k;
}

/** Lower-case ASCII letters and digits joined by single hyphens ("Tony Blair" → "tony-blair"). */
export function slug(s: string): string {
  return s.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

/**
 * Anchors (HTML ids, URL-safe) for sources in table order: `source-<speaker>`, then with the category
 * (and `-anonymous`) when two sources share a name, then a counter. The first (most quoted) source
 * of a name keeps the plain anchor, so `quotes.html#source-tony-blair` stays the same across runs of
 * the same corpus.
 */
export function sourceAnchors(rows: Iterable<Readonly<Record<string, Cell | undefined>>>): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const r of rows) {
    const key = sourceKey(r);
    if (out.has(key)) continue;
    const id = typeof r.source_id === 'string' && r.source_id !== '' ? r.source_id : '';
    const base = `source-${slug(String(r.speaker ?? '')) || slug(id) || 'unnamed'}`;
    const named = r.named === true || r.named === 'true';
    let a = base;
    if (used.has(a)) a = `${base}-${slug(String(r.category ?? '')) || 'other'}${named ? '' : '-anonymous'}`;
    for (let i = 2; used.has(a); i++) a = `${base}-${i}`;
    used.add(a);
    out.set(key, a);
  }
  return out;
}
