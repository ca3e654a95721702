/**
 * The source-attribution analyzer: who is quoted or cited, how, and with which words.
 *
 * `extractAttributions(text)` is a pure function on an article body; `attributions()` is the pipeline
 * stage that stores its result in `doc.attributions`. Modules: `quotes.ts` (quote spans), `cues.ts`
 * (cue lexicon), `words.ts` (word lists), `sources.ts` (source mentions), `extract.ts` (runs the rules,
 * one family per file on `context.ts`), `speakers.ts` (resolution), `categories.ts` (category lexicon).
 * @module
 */
import { analyzer, type Analyzer } from '../../pipeline/define.ts';
import { resolveParams, type Param } from '../../pipeline/params.ts';
import type { ArticleEntity, Attribution } from '../../types.ts';
import { articleEntities } from './article-entities.ts';
import { buildEntities } from './entities.ts';
import { extractRaw } from './extract.ts';
import { scan } from './scan.ts';
import { referencesFor, resolveSpeakers } from './speakers.ts';

export { CUE_LEXICON, cueLemma, cueStance, type CueEntry, type CueStance } from './cues.ts';
export { CATEGORY_LEXICON, categorize } from './categories.ts';
export { scanQuotes, type QuoteSpan } from './quotes.ts';

/** Options of {@link extractAttributions} and {@link attributions}. */
export interface AttributionOptions {
  /** Report attributions nested inside quotations (the Wall Street Journal quoting officials who said …). Default true. */
  nested?: boolean;
  /** Attach a speaker's following quote sentences and paragraphs to their attribution as content fragments. Default true. */
  continuation?: boolean;
  /** Drop attributions without a source mention. Default false. */
  requireSource?: boolean;
  /**
   * What counts: `speech` (default) — reported speech as the attribution guideline defines it, no
   * refusals, no verbs with only a noun object, no beliefs or intentions; `broad` — PolNeAR's broader
   * notion with stance verbs, beliefs and intentions (what the PolNeAR evaluation scores).
   */
  scope?: 'speech' | 'broad';
  /** Also set `doc.entities`: the persons and organisations of the article with their corpus keys (what `portrayal` reads). Default false. */
  entities?: boolean;
}

/** Declared parameters of {@link attributions} / {@link extractAttributions}. */
export const ATTRIBUTION_PARAMS: readonly Param[] = [
  { name: 'nested', type: 'boolean', default: true, description: 'report attributions nested inside quotations as separate records' },
  { name: 'continuation', type: 'boolean', default: true, description: "attach a speaker's following quote sentences and paragraphs as content fragments" },
  { name: 'requireSource', type: 'boolean', default: false, description: 'drop attributions without a source mention' },
  { name: 'entities', type: 'boolean', default: false, description: 'also list the persons and organisations of each article with their corpus keys (doc.entities, read by portrayal)' },
  { name: 'scope', type: 'enum', values: ['speech', 'broad'], default: 'speech', description: 'what counts: speech (the attribution guideline: no refusals, no verbs with only a noun object, no beliefs or intentions) or broad (PolNeAR: stance verbs with objects, beliefs, intentions)' },
];

type Resolved = Required<AttributionOptions>;

let defaults: Resolved | undefined;

function validate(options: AttributionOptions | undefined): Resolved {
  // the common call without options resolves to the same defaults every time: resolve them once
  if (options === undefined) return (defaults ??= resolveParams<Resolved>('attributions', ATTRIBUTION_PARAMS, undefined));
  return resolveParams<Resolved>('attributions', ATTRIBUTION_PARAMS, options);
}

/** Compares attributions by content start, then cue start, then source start. */
export function compareAttributions(a: Attribution, b: Attribution): number {
  return a.content.start - b.content.start || a.cue.start - b.cue.start || (a.source?.start ?? -1) - (b.source?.start ?? -1);
}

/**
 * Finds the attributions of an article body. Offsets index into `text` (UTF-16 code units,
 * end-exclusive). Sorted by content start, then cue start.
 */
export function extractAttributions(text: string, options?: AttributionOptions): Attribution[] {
  return extractWith(text, validate(options));
}

/** The lemma of an attribution's cue for statistics ("said" → "say", "According to" → "according to", ":" for colon forms). */
export { cueKey } from './cue-key.ts';

function extractWith(text: string, o: Resolved): Attribution[] {
  return extractBoth(text, o, false).attributions;
}

/** Attributions and, when `withEntities`, the article's entities (one scan and one entity model for both). */
function extractBoth(text: string, o: Resolved, withEntities: boolean): { attributions: Attribution[]; entities: ArticleEntity[] } {
  if (typeof text !== 'string') throw new TypeError('extractAttributions: text must be a string');
  if (text.length === 0) return { attributions: [], entities: [] };
  const sc = scan(text);
  const raws = extractRaw(sc, { nested: o.nested, continuation: o.continuation, scope: o.scope });
  const model = withEntities ? buildEntities(sc) : undefined;
  const refs = model ? referencesFor(model, raws) : undefined;
  const res = resolveSpeakers(sc, raws, model, refs);
  // after resolution: it may decide an entity's kind ("its" → an organisation), which its key says
  const entities = model ? articleEntities(model, refs) : [];
  const out: Attribution[] = [];
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i];
    if (o.requireSource && !r.source) continue;
    // a single fragment (the common case) needs no copy, sort or fragment list
    const frags = r.content.length === 1 ? r.content : [...r.content].sort((a, b) => a.start - b.start);
    const cs = frags[0].start;
    let ce = frags[0].end;
    for (let k = 1; k < frags.length; k++) if (frags[k].end > ce) ce = frags[k].end;
    const content: Attribution['content'] = { start: cs, end: ce, text: text.slice(cs, ce) };
    if (frags.length > 1) content.fragments = frags.map((f) => ({ start: f.start, end: f.end }));
    out.push({
      type: r.type,
      source: r.source ? { start: r.source.start, end: r.source.end, text: text.slice(r.source.start, r.source.end) } : null,
      cue: { start: r.cue.start, end: r.cue.end, text: text.slice(r.cue.start, r.cue.end) },
      content,
      speaker: res[i].speaker,
      title: res[i].title,
      named: res[i].named,
      category: res[i].category,
      entity: res[i].entity,
    });
  }
  return { attributions: out.sort(compareAttributions), entities };
}

/**
 * The attribution stage: sets `doc.attributions` from the article text. Requires no other stage (it
 * scans quotes and sentences itself, since quotations cross sentence and paragraph boundaries).
 */
export function attributions(options?: AttributionOptions): Analyzer {
  const o = validate(options);
  return analyzer('attributions', [], (doc) => {
    const r = extractBoth(doc.article.text, o, o.entities);
    doc.attributions = r.attributions;
    if (o.entities) doc.entities = r.entities;
  }, ATTRIBUTION_PARAMS);
}
