/**
 * Where the tone of what an entity says and the tone in which it is written about point opposite ways
 * ("speaks positively, portrayed negatively"): a join of the `sources` table (mean sentiment of each
 * source's statements) and the `portrayal` table (mean tone toward each entity) on the entity id,
 * within a group when the run is grouped.
 *
 * The two means come from different instruments (VADER compound of the statements; P(positive) −
 * P(negative) of the portrayal model per mention), so only their signs are compared: an entity is
 * listed when each mean is at least `margin` away from 0 on opposite sides, with at least `minN`
 * statements scored and `minN` mentions.
 * @module
 */
import type { Table } from './table.ts';

/** One entity whose statements and portrayal differ in sign. */
export interface ToneGap {
  name: string;
  group: string | null;
  /** Mean sentiment of its statements, and how many were scored. */
  says: number;
  statements: number;
  /** Mean tone toward it, and over how many mentions. */
  portrayed: number;
  mentions: number;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Entities that speak positively and are portrayed negatively (`speaksUp`), and the reverse
 * (`speaksDown`), each sorted by the distance between the two means (largest first; ties by name).
 */
export function toneGaps(sources: Table | undefined, portrayal: Table | undefined, minN = 5, margin = 0.05): { speaksUp: ToneGap[]; speaksDown: ToneGap[] } {
  const speaksUp: ToneGap[] = [];
  const speaksDown: ToneGap[] = [];
  if (!sources || !portrayal) return { speaksUp, speaksDown };
  const groupOf = (r: Record<string, unknown>): string | null => (typeof r.group === 'string' ? r.group : null);
  const portrayed = new Map<string, Record<string, unknown>>();
  for (const r of portrayal.rows) if (typeof r.entity_id === 'string') portrayed.set(JSON.stringify([groupOf(r), r.entity_id]), r);
  for (const s of sources.rows) {
    const p = typeof s.source_id === 'string' ? portrayed.get(JSON.stringify([groupOf(s), s.source_id])) : undefined;
    const says = num(s.mean_sentiment), statements = num(s.sentiment_n) ?? 0;
    const tone = num(p?.mean_tone), mentions = num(p?.mentions) ?? 0;
    if (!p || says === null || tone === null || statements < minN || mentions < minN) continue;
    const gap: ToneGap = { name: String(s.speaker), group: groupOf(s), says, statements, portrayed: tone, mentions };
    if (says >= margin && tone <= -margin) speaksUp.push(gap);
    else if (says <= -margin && tone >= margin) speaksDown.push(gap);
  }
  const order = (a: ToneGap, b: ToneGap) => Math.abs(b.says - b.portrayed) - Math.abs(a.says - a.portrayed) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || String(a.group).localeCompare(String(b.group));
  return { speaksUp: speaksUp.sort(order), speaksDown: speaksDown.sort(order) };
}
