/**
 * The persons and organisations of an article as plain data (`doc.entities`): what other stages (portrayal)
 * need from the entity model without scanning the article again.
 * @module
 */
import type { ArticleEntity } from '../../types.ts';
import type { EntityModel } from './entities.ts';
import { keyOf } from './speakers.ts';

/**
 * Persons and organisations of `model` with their corpus keys, in order of first mention; entities that
 * share a key are joined. Places and events are left out; an entity of unknown kind counts as an
 * organisation, as its corpus key says.
 */
export function articleEntities(model: EntityModel): ArticleEntity[] {
  const byKey = new Map<string, ArticleEntity>();
  const out: ArticleEntity[] = [];
  const toks = model.scan.toks;
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
  }
  for (const a of out) if (a.spans.length > 1) a.spans.sort((x, y) => x.start - y.start);
  return out;
}
