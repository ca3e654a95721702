/**
 * The persons and organisations of an article as plain data (`doc.entities`): what other stages (portrayal)
 * need from the entity model without scanning the article again.
 * @module
 */
import type { ArticleEntity } from '../../types.ts';
import type { References } from './discourse.ts';
import type { EntityModel } from './entities.ts';
import { keyOf } from './speakers.ts';

/**
 * Pronouns that stand for a person as a participant: not possessives ("his plan" is about the plan), not
 * "her" (possessive as often), not "it" and "they" (as often no one: "it is clear that …").
 */
const PARTICIPANT_PRONOUNS = new Set(['he', 'she', 'him']);

/**
 * Persons and organisations of `model` with their corpus keys, in order of first mention; entities that
 * share a key are joined. Places and events are left out; an entity of unknown kind counts as an
 * organisation, as its corpus key says. With `refs`, the spans include the pronouns ("he", "she", "him")
 * and definite descriptions ("the company", "the governor") resolved to each entity.
 */
export function articleEntities(model: EntityModel, refs?: References): ArticleEntity[] {
  const byKey = new Map<string, ArticleEntity>();
  const out: ArticleEntity[] = [];
  const toks = model.scan.toks;
  const referring = new Map<number, number[]>();
  if (refs) {
    for (const [t, id] of refs.at) {
      if (!refs.descriptionStart.has(t) && !PARTICIPANT_PRONOUNS.has(toks[t].lower)) continue;
      const list = referring.get(id);
      if (list) list.push(t);
      else referring.set(id, [t]);
    }
  }
  for (const e of model.entities) {
    if (e.mentions.length === 0 || e.kind === 'place' || e.kind === 'event') continue;
    const key = keyOf(e);
    let a = byKey.get(key);
    if (!a) {
      a = { key, kind: e.kind === 'person' ? 'person' : 'organization', name: e.name, spans: [] };
      byKey.set(key, a);
      out.push(a);
    }
    for (const k of e.mentions) {
      const m = model.names[k];
      a.spans.push({ start: toks[m.a].start, end: toks[m.b - 1].end });
    }
    for (const t of referring.get(e.id) ?? []) a.spans.push({ start: toks[refs!.descriptionStart.get(t) ?? t].start, end: toks[t].end });
  }
  for (const a of out) if (a.spans.length > 1) a.spans.sort((x, y) => x.start - y.start);
  return out;
}
