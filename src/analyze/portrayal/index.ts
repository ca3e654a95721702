/**
 * The `portrayal` analyzer: the tone in which an article writes ABOUT each person and organisation it names
 * (what the `sentiment` of attributed content cannot say: "The mayor's reckless plan collapsed" is hostile to
 * the mayor and says nothing in the mayor's voice).
 *
 * Entities and their corpus keys come from the attribution entity model (`buildEntities`, `keyOf`), so a
 * portrayal row joins the `sources` table. Every name mention of a person or organisation is scored by the
 * target-dependent model ({@link targetTone}) on its sentence, except mentions inside quoted content
 * attributed to the entity itself (its own words are no portrayal of it). Pronouns are not scored.
 * @module
 */
import { analyzer, type Analyzer } from '../../pipeline/define.ts';
import { resolveParams } from '../../pipeline/params.ts';
import { articleEntities } from '../attribution/article-entities.ts';
import { resolveReferences } from '../attribution/discourse.ts';
import { buildEntities, type EntityModel } from '../attribution/entities.ts';
import { scan } from '../attribution/scan.ts';
import { splitSentences } from '../../text/sentences.ts';
import type { ArticleEntity, Attribution, EntityPortrayal, Sentence } from '../../types.ts';
import { sentenceContext, type SentenceContext } from './features.ts';
import { getPortrayalWeights, targetTone } from './model.ts';
import { firstEndingAfter } from '../../util/spans.ts';

export { targetTone, toneOf, classProbs, getPortrayalWeights, TONE_CLASSES, type Tone, type TargetTone } from './model.ts';
export { targetFeatures } from './features.ts';

/** Index of the sentence holding `pos` (sentences in text order), or -1. */
function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  const i = firstEndingAfter(sentences, pos);
  return i < sentences.length && sentences[i].start <= pos ? i : -1;
}

/** Content spans attributed to each entity key. */
function ownQuotes(atts: readonly Attribution[]): Map<string, { start: number; end: number }[]> {
  const out = new Map<string, { start: number; end: number }[]>();
  for (const a of atts) {
    if (!a.entity) continue;
    const list = out.get(a.entity.key) ?? [];
    for (const f of a.content.fragments ?? [a.content]) list.push({ start: f.start, end: f.end });
    out.set(a.entity.key, list);
  }
  return out;
}

/** The entities of a model with the pronouns and descriptions that refer to them (no attribution sources known). */
const withReferences = (model: EntityModel): ArticleEntity[] => articleEntities(model, resolveReferences(model, new Set()));

/** Mentions in longer sentences are not scored (NewsMTSC's sentences are far shorter). */
export const MAX_SENTENCE_TOKENS = 200;

/**
 * Portrayal of every person and organisation of an article (in order of first mention; an entity without a
 * mention outside its own quotes is left out). `entities` default to the attribution entity model's
 * (`doc.entities` of `attributions({ entities: true })` saves scanning the article a second time);
 * `sentences` default to the splitter's.
 */
export function portrayEntities(text: string, attributions: readonly Attribution[] = [], sentences?: readonly Sentence[], entities?: readonly ArticleEntity[]): EntityPortrayal[] {
  if (typeof text !== 'string') throw new TypeError(`portrayEntities: text must be a string, got ${typeof text}`);
  if (text.length === 0) return [];
  const ents = entities ?? withReferences(buildEntities(scan(text)));
  if (ents.length === 0) return [];
  const sents = sentences ?? splitSentences(text);
  const own = ownQuotes(attributions);
  const weights = getPortrayalWeights();
  const contexts = new Map<number, SentenceContext>();
  const out: EntityPortrayal[] = [];
  for (const e of ents) {
    const quotes = own.get(e.key) ?? [];
    const mentions: EntityPortrayal['mentions'] = [];
    for (const { start, end } of e.spans) {
      if (quotes.some((q) => start >= q.start && end <= q.end)) continue;
      const si = sentenceAt(sents, start);
      if (si < 0 || end > sents[si].end) continue;
      const s = sents[si];
      const sentence = text.slice(s.start, s.end);
      let ctx = contexts.get(si);
      if (!ctx) {
        ctx = sentenceContext(sentence);
        contexts.set(si, ctx);
      }
      // each mention's features read its whole sentence: a "sentence" of hundreds of tokens (a list, a
      // run-on text) would make an article quadratic, and is no sentence the model learned from
      if (ctx.toks.length > MAX_SENTENCE_TOKENS) continue;
      const t = targetTone(sentence, start - s.start, end - s.start, weights, ctx);
      mentions.push({ start, end, tone: t.tone, score: Math.round(t.score * 1e6) / 1e6 });
    }
    if (mentions.length) out.push({ key: e.key, kind: e.kind, name: e.name, mentions });
  }
  return out;
}

/**
 * The `portrayal` analyzer: sets `doc.portrayal` (see {@link portrayEntities}). Requires sentences and
 * attributions; reads `doc.entities` when the attributions stage lists them (`attributions({ entities: true })`).
 */
export function portrayal(options: Record<string, never> = {}): Analyzer {
  resolveParams('portrayal', [], options);
  return analyzer('portrayal', ['sentences', 'attributions'], (doc) => {
    doc.portrayal = portrayEntities(doc.article.text, doc.attributions ?? [], doc.sentences, doc.entities);
  }, []);
}
