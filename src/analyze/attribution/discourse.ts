/**
 * Reference in running text: one pass in text order over the article's names, third-person
 * pronouns and definite descriptions, resolving each pronoun and description to an entity of the
 * model and keeping track of who is in view.
 *
 * - `he`/`she`: a person of matching (or unknown) gender. In the pronoun's own sentence, the source
 *   of an attribution before it, else the subject (first mention outside quotations), else the first
 *   person named; else the same search in each earlier sentence, nearest first (up to 6 back).
 *   Names inside quotations count only for pronouns inside the same quotation.
 * - `it`/`they`: an organisation or place, by the same search.
 * - "the company", "the governor", "the doctors": the entity last in view whose name, roles or
 *   earlier descriptions contain the head word, else (organisation words only) one whose category
 *   is the word's category, else (for "the company", "the firm", "the group" …) the organisation
 *   last in view within 6 sentences. A resolved description adds its word to the entity's evidence.
 * @module
 */
import { endsLexiconEntry, lexWordsOf, phraseCategory } from './categories.ts';
import { cueLemma } from './cues.ts';
import { MAX_EVIDENCE, type Entity, type EntityModel } from './entities.ts';
import { PERSON_PRONOUNS, TITLE_WORDS } from './entity-words.ts';
import { isOrgHeadWord } from './mentions.ts';
import type { Scan } from './scan.ts';

/** Resolved references: token index of a pronoun or of a description's head → entity id. */
export interface References {
  at: Map<number, number>;
  /** First token of each resolved description, by its head token. */
  descriptionStart: Map<number, number>;
}

/** One mention in view: where it is and whether it is a sentence's subject or an attribution's source. */
interface InView {
  entity: number;
  tok: number;
  quote: number;
  subject: boolean;
  source: boolean;
}

const SENTENCES_BACK = 6;
/** Generic words for a firm: they never refer back to a public body. */
const COMMERCIAL = new Set(['company', 'firm', 'business', 'corporation', 'giant', 'startup', 'conglomerate', 'label', 'brokerage', 'carrier', 'chain']);
const PUBLIC_CATEGORIES = new Set(['government', 'military', 'law_enforcement', 'politician']);

/** An organisation whose own name says it is a public body or a party ("Securities and Exchange Commission", "Swedish Armed Forces"); a trust or association may be a firm. */
function publicBody(x: Entity): boolean {
  const c = phraseCategory(lexWordsOf(x.name));
  return c !== null && c.head.kind !== 'role' && PUBLIC_CATEGORIES.has(c.category);
}

/** Organisation words a description may use for an organisation of any kind. */
const GENERIC_ORG = new Set(['company', 'firm', 'group', 'organization', 'organisation', 'business', 'corporation', 'giant', 'outfit', 'entity', 'institution', 'body', 'team', 'startup', 'conglomerate', 'label', 'brokerage', 'utility', 'carrier', 'chain']);
/** Title abbreviations and the role word they stand for ("Gov." → "governor"). */
const TITLE_WORD = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['gen', 'general'], ['adm', 'admiral'], ['col', 'colonel'],
  ['lt', 'lieutenant'], ['sgt', 'sergeant'], ['capt', 'captain'], ['prof', 'professor'], ['cmdr', 'commander'], ['maj', 'major'],
  ['supt', 'superintendent'], ['pres', 'president'], ['ceo', 'chief executive'],
]);
/** Role words a description may use for the word the article used before. */
const SYNONYM = new Map([['physician', 'doctor'], ['legislator', 'lawmaker'], ['scientist', 'researcher'], ['firm', 'company']]);
const LEADER = new Set(['head', 'chief', 'leader', 'chairman', 'chairwoman', 'commander', 'boss', 'director']);
const DETS = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * Resolves pronouns and descriptions. `sources` holds the first token of every attribution's source
 * mention (sources are the most salient antecedents).
 */
export function resolveReferences(model: EntityModel, sources: ReadonlySet<number>): References {
  const { scan, names, entities, entityOf, mentionAt } = model;
  const toks = scan.toks;
  const refs: References = { at: new Map(), descriptionStart: new Map() };
  const inView: InView[][] = scan.sentences.map(() => []);
  const firstOutside = new Int32Array(scan.sentences.length).fill(-1);
  const record = (entity: number, tok: number, start: number): void => {
    const s = toks[tok].sent;
    const q = toks[tok].quote;
    const subject = q < 0 && firstOutside[s] < 0;
    if (q < 0 && firstOutside[s] < 0) firstOutside[s] = tok;
    inView[s].push({ entity, tok, quote: q, subject, source: sources.has(start) });
  };
  for (let t = 0; t < toks.length; t++) {
    const tk = toks[t];
    const k = mentionAt[t];
    if (k >= 0) {
      if (t === names[k].ta) record(entities[entityOf[k]].id, t, names[k].ta);
      continue;
    }
    if (tk.kind !== 'word') continue;
    const g = PERSON_PRONOUNS.get(tk.lower);
    if (g !== undefined && (tk.lower === 'he' || tk.lower === 'she' || tk.lower === 'him' || tk.lower === 'her' || tk.lower === 'his')) {
      const e = search(scan, inView, entities, t, (x) => personLike(x) && (x.gender === null || x.gender === g));
      if (e) {
        e.gender ??= g;
        // what "he" or "she" stands for is a person
        e.kind ??= 'person';
        refs.at.set(t, e.id);
        // a possessive ("his office") refers without becoming the subject
        if (tk.lower !== 'his') record(e.id, t, t);
      }
      continue;
    }
    if (tk.lower === 'it' || tk.lower === 'they' || tk.lower === 'its' || tk.lower === 'their') {
      // an organisation in view before a place ("the US military said … It said")
      const candidate = search(scan, inView, entities, t, (x) => itCandidate(model, x));
      const e = candidate ?? search(scan, inView, entities, t, (x) => x.kind === 'place') ?? search(scan, inView, entities, t, shapeOnlyPerson);
      // a one-word name of no known kind that acts and is called "it" ("Microsoft said … It added") names an organisation
      if (candidate !== null && candidate.kind === null && (tk.lower === 'it' || tk.lower === 'its')) candidate.kind = 'org';
      if (e) {
        refs.at.set(t, e.id);
        // what "its" stands for in its own sentence is not a person ("Microsoft said its profits …")
        if (tk.lower === 'its' && scan.toks[e.mentions.length ? names[e.mentions[e.mentions.length - 1]].a : t].sent === tk.sent) e.kind ??= 'org';
        if (tk.lower !== 'its' && tk.lower !== 'their') record(e.id, t, t);
      }
      continue;
    }
    // (a determiner before a name, "the Bank of England", starts no description)
    if (DETS.has(tk.lower) && !(t + 1 < toks.length && mentionAt[t + 1] >= 0)) {
      const d = description(scan, t);
      if (!d) continue;
      const e = resolveDescription(scan, inView, entities, t, d.words, d.head);
      if (e) {
        const c = phraseCategory(d.words)!;
        if (e.described.length < MAX_EVIDENCE) e.described.push({ pos: tk.start, word: d.words.slice(c.head.at).join(' '), category: c.category, person: c.person });
        refs.at.set(d.head, e.id);
        refs.descriptionStart.set(d.head, t);
        record(e.id, d.head, t);
      }
      t = d.head;
    }
  }
  return refs;
}

/**
 * What "it" or "they" may stand for before any place: an organisation, or a one-word name the
 * article calls an organisation or uses as a subject ("UK think-tank Demos", "BT said").
 */
function itCandidate(model: EntityModel, x: Entity): boolean {
  const orgRole = x.roles.some((r) => r.stated !== null && !r.stated.person);
  if (x.kind === 'org') return x.words.length > 1 || orgRole || x.aliases.length > 0 || actsSomewhere(model, x);
  return x.kind === null && x.words.length === 1 && (orgRole || (x.roles.length === 0 && actsSomewhere(model, x)));
}

/** Words after a subject that make it one ("BT has", "Apple said"). */
const AUX = /^(?:has|have|had|is|was|are|were|will|would|can|could|may|might|must|should|did|does|do|also|now|then)$/;

/**
 * True when some mention of `x` is possessive or the subject of a verb ("BT said", "BT's profits"):
 * a word only ever used as a modifier or an object ("TV companies", "ID cards", "watch HD") is
 * nothing that "it" can stand for.
 */
function actsSomewhere(model: EntityModel, x: Entity): boolean {
  const toks = model.scan.toks;
  return x.mentions.some((k) => {
    const m = model.names[k];
    if (m.possessive) return true;
    const next = toks[m.b];
    return next !== undefined && next.kind === 'word' && (AUX.test(next.lower) || cueLemma(next.lower) !== null);
  });
}

/** A name the model took for a person only by its shape (two capitalised words): no title, role, gender or description. */
const shapeOnlyPerson = (x: Entity): boolean => x.kind === 'person' && x.gender === null && x.roles.length === 0 && x.described.length === 0 && x.words.length <= 3;

const personLike = (x: Entity): boolean => x.kind === 'person' || (x.kind === null && (x.words.length >= 2 || x.roles.some((r) => r.stated?.person === true)));

/** The entity in view that `ok` accepts, by the search order of the module notes. */
function search(scan: Scan, inView: readonly InView[][], entities: readonly Entity[], t: number, ok: (e: Entity) => boolean, back = SENTENCES_BACK): Entity | null {
  const toks = scan.toks;
  const s0 = toks[t].sent;
  const q = toks[t].quote;
  for (let s = s0; s >= 0 && s >= s0 - back; s--) {
    let bestSource: Entity | null = null;
    let bestSubject: Entity | null = null;
    let first: Entity | null = null;
    for (const v of inView[s]) {
      if (v.tok >= t) break;
      if (v.quote >= 0 && v.quote !== q) continue;
      const e = entities[v.entity];
      if (!ok(e)) continue;
      if (v.source) bestSource ??= e;
      if (v.subject) bestSubject ??= e;
      first ??= e;
    }
    const e = bestSource ?? bestSubject ?? first;
    if (e) return e;
  }
  return null;
}

/** A definite description starting at determiner `t`: up to four lower-case words ending in a role or organisation word. */
function description(scan: Scan, t: number): { words: string[]; head: number } | null {
  const toks = scan.toks;
  // most determiners start no description of a source ("the market"): a description ends with a
  // lexicon entry, so without a word that ends one there is nothing to build
  let any = false;
  for (let k = t + 1; k < toks.length && k <= t + 4 && !any; k++) {
    const u = toks[k];
    if (u.kind !== 'word' || u.sent !== toks[t].sent) break;
    any = endsLexiconEntry(u.lower) || (/[^a-z]/.test(u.lower) && lexWordsOf(u.text).some(endsLexiconEntry));
  }
  if (!any) return null;
  const words: string[] = [];
  let head = -1;
  for (let k = t + 1; k < toks.length && k <= t + 4; k++) {
    const u = toks[k];
    // "the President": a capitalised title word still describes, unless a name follows it
    if (u.kind !== 'word' || u.sent !== toks[t].sent) break;
    // "the Bank", "the Commission": a capitalised kind of body right after the determiner describes too
    const capitalisedHead = TITLE_WORDS.has(u.lower) || (k === t + 1 && isOrgHeadWord(u.lower));
    if (u.cap && !(capitalisedHead && !(toks[k + 1]?.cap && toks[k + 1].kind === 'word'))) break;
    if (/^[a-z]+$/.test(u.lower)) words.push(u.lower);
    else words.push(...lexWordsOf(u.text));
    // a head ending here needs a last word that ends some lexicon entry (most words do not: no look-up)
    const c = words.length > 0 && endsLexiconEntry(words[words.length - 1]) ? phraseCategory(words) : null;
    if (c && c.head.at + c.head.length === words.length) head = k;
    else if (head >= 0) break;
  }
  if (head < 0) return null;
  // "the company's chief executive": a possessive description is the possessor, not a reference of its own
  if (toks[head + 1]?.lower === "'s") return null;
  const n = head - t;
  return { words: words.slice(0, n), head };
}

/** The entity a description refers to (see the module notes), or null. */
function resolveDescription(scan: Scan, inView: readonly InView[][], entities: readonly Entity[], t: number, words: readonly string[], headTok: number): Entity | null {
  const c = phraseCategory(words);
  if (!c) return null;
  const headWords = words.slice(c.head.at);
  const word = headWords[headWords.length - 1];
  const singular0 = word.replace(/(?:ies)$/, 'y').replace(/s$/, '');
  const singular = SYNONYM.get(singular0) ?? singular0;
  const mentions = (e: Entity): boolean => {
    if (e.words.includes(word) || e.words.includes(singular) || e.words.includes(singular + 's')) return true;
    for (const r of e.roles) for (const w of lexWordsOf(r.text)) if (w === word || w === singular || TITLE_WORD.get(w) === singular) return true;
    for (const d of e.described) if (d.word.endsWith(singular)) return true;
    return false;
  };
  const s0 = scan.toks[t].sent;
  const far = Math.max(0, s0 - 30);
  // a plural of people ("the doctors") may name a group ("Doctors for Camp Closure")
  const plural = word !== singular;
  // a bare title ("the president") prefers an entity that bears it as a title over one described by it
  if (c.person && words.length === headWords.length) {
    const titled = latest(scan, inView, entities, t, far, (e) => personLike(e) && e.roles.some((r) => r.place === 'before' && lexWordsOf(r.text).some((w) => w === singular || TITLE_WORD.get(w) === singular)));
    if (titled) return titled;
  }
  // a plural of people is a group, never one person
  const byWord = latest(scan, inView, entities, t, far, (e) => (c.person ? (plural ? e.kind === 'org' : personLike(e)) : !personLike(e)) && mentions(e));
  if (byWord) return byWord;
  if (c.person) {
    // "The head of a military": a leader of something unnamed is the person in view
    if (LEADER.has(singular) && scan.toks[headTok + 1]?.lower === 'of' && /^(?:a|an)$/.test(scan.toks[headTok + 2]?.lower ?? '')) return search(scan, inView, entities, t, personLike, 3);
    // "Eyamba Sowers didn't know … The real estate agent said": a role first given by the description, for the
    // person in view of whom nothing of the kind is known yet (not a description with a relative clause or a
    // complement: "the staff member who reported the call" is someone new)
    if (plural || scan.toks[t].lower !== 'the' || /^(?:who|that|which|of|from|at|for|with)$/.test(scan.toks[headTok + 1]?.lower ?? '')) return null;
    return search(scan, inView, entities, t, (e) => personLike(e) && e.roles.length === 0 && e.described.length === 0, 2);
  }
  const byCategory = latest(scan, inView, entities, t, far, (e) => !personLike(e) && e.kind !== 'place' && e.described.some((d) => d.category === c.category));
  if (byCategory) return byCategory;
  if (GENERIC_ORG.has(singular) || GENERIC_ORG.has(word)) {
    // ("May", of unknown kind, is the month as often: no company; "the company" is no commission, department or army)
    const commercial = COMMERCIAL.has(singular);
    const e = latest(scan, inView, entities, t, Math.max(0, s0 - SENTENCES_BACK), (x) => (x.kind === 'org' || (x.kind === null && x.roles.length === 0 && x.name !== 'May')) && !(commercial && publicBody(x))) ??
      latest(scan, inView, entities, t, Math.max(0, s0 - SENTENCES_BACK), shapeOnlyPerson);
    // "Big Machine … the company": a name taken for a person only by its shape is an organisation
    if (e && e.kind === 'person') e.kind = 'org';
    return e;
  }
  return null;
}

/** The entity last in view before token `t` (back to sentence `far`) that `ok` accepts. */
function latest(scan: Scan, inView: readonly InView[][], entities: readonly Entity[], t: number, far: number, ok: (e: Entity) => boolean): Entity | null {
  const s0 = scan.toks[t].sent;
  for (let s = s0; s >= far; s--) {
    const list = inView[s];
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].tok >= t) continue;
      const e = entities[list[i].entity];
      if (ok(e)) return e;
    }
  }
  return null;
}
