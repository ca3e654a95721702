/**
 * Speaker resolution: each attribution's source mention → the entity it names (see `entities.ts`,
 * `discourse.ts`) or, when it names none, an unnamed source described by its own words.
 *
 * - A name, or a pronoun or description that refers to one, gives the entity: `speaker` is its
 *   fullest name, `title` its first role phrase, `named` true, `category` from `category.ts`.
 * - "X and Y" (two names): a joint source; its category is theirs when they share one, else `other`.
 * - "Eric Holcomb's office", "Hong Kong police", "US military": a named body of its own.
 * - "Morrison's lawyer", "PG&E officials", "a spokeswoman for the ministry": unnamed people who
 *   speak for, or belong to, the named entity: `named` false, the category of their role.
 * - Everything else is unnamed and keeps its phrase ("a senior official", "court records"); "I",
 *   "we", "you" and pronouns that resolve to nothing stay unnamed.
 *
 * Each result also carries the entity's corpus key: the kind and the normalised full name
 * ("person:james kennedy"), or for unnamed sources their category and head noun
 * ("unnamed:government:official"); it never reaches a label.
 * @module
 */
import type { SourceCategory, SourceEntity } from '../../types.ts';
import { lexWords, phraseCategory } from './categories.ts';
import { CategoryDecider } from './category.ts';
import { resolveReferences, type References } from './discourse.ts';
import { buildEntities, type Entity, type EntityModel } from './entities.ts';
import { atClauseStart, capitalisedInside, nationality } from './mentions.ts';
import { FIRST_SECOND_PERSON, GENDERED_NOUNS, NAME_SUFFIXES, NON_NAME_STARTERS } from './entity-words.ts';
import type { RawAttribution } from './context.ts';
import { DOC_NOUNS } from './words.ts';
import type { Scan } from './scan.ts';

/** Resolved speaker fields. */
export interface Resolved {
  speaker: string | null;
  title: string | null;
  named: boolean;
  category: SourceCategory;
  entity: SourceEntity | null;
}

/** Anonymous sourcing phrases, which say nothing of what the source is. */
const ANONYMOUS_SOURCING = /\b(?:people|persons?|sources?|someone|officials?)\s+(?:familiar\s+with|briefed\s+on|close\s+to|with\s+knowledge\s+of|knowledgeable\s+about|involved\s+in|aware\s+of)\b/i;
const DOC_PREPS = new Set(['from', 'by', 'of', 'in']);
const SPOKESPERSON = /^spokes(?:man|woman|person|people|men|women)$/;
/** Words after which a participle ends a source's head ("contracted by", "based in"). */
const PARTICIPLE_FOLLOWERS = /^(?:by|in|at|to|for|with|from|on|of|as|near|over|under|into|onto|around|about|after|before|behind|outside|inside|across|along|against|among|during|since|through|toward|towards|within|without|beside|between|beyond|up|out|down|off|the|a|an|who|which|that)$/;
/** A phrase opening with a number or quantity is some of a kind ("three UK firms"), never one named body. */
const QUANTITY = /^(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands|several|many|some|few|various|numerous|other|both|\d[\d,.]*)$/;

/** The pronouns and descriptions of an article resolved to its entities, the sources of `raws` being the most salient antecedents. */
export function referencesFor(model: EntityModel, raws: readonly RawAttribution[]): References {
  const sources = new Set<number>();
  for (const r of raws) if (r.sourceToks) sources.add((r.sourceToks.antecedent ?? r.sourceToks).start);
  return resolveReferences(model, sources);
}

/**
 * Resolves speakers, titles, `named`, categories and corpus keys of the raw attributions (`entityModel`
 * and `references`: the article's, when already built by {@link buildEntities} and {@link referencesFor}).
 */
export function resolveSpeakers(scan: Scan, raws: readonly RawAttribution[], entityModel?: EntityModel, references?: References): Resolved[] {
  if (raws.length === 0) return [];
  const model = entityModel ?? buildEntities(scan);
  const refs = references ?? referencesFor(model, raws);
  const r = new Resolver(scan, model, refs);
  const order = raws.map((_, i) => i).sort((a, b) => raws[a].cue.start - raws[b].cue.start || a - b);
  const out: Resolved[] = raws.map(() => ({ speaker: null, title: null, named: false, category: 'other', entity: null }));
  const done: Resolved[] = [];
  for (const i of order) {
    const raw = raws[i];
    if (raw.sharedWith >= 0) out[i] = { ...out[raw.sharedWith] };
    else if (raw.sourceToks) out[i] = r.resolve(raw.sourceToks.antecedent ?? raw.sourceToks, done, raw.sourceToks.antecedent ? null : raw.sourceToks.appositive);
    if (raw.sourceToks) r.last = { resolved: out[i], sent: scan.toks[raw.sourceToks.start].sent };
    done.push(out[i]);
  }
  for (const o of out) {
    if (o.speaker !== null) o.speaker = stripEmphasis(o.speaker);
    if (o.title !== null) o.title = stripEmphasis(o.title);
  }
  return out;
}

class Resolver {
  private readonly decide: CategoryDecider;
  private readonly capInside: ReadonlySet<string>;
  constructor(private readonly scan: Scan, private readonly model: EntityModel, private readonly refs: References) {
    this.decide = new CategoryDecider(model);
    this.capInside = capitalisedInside(scan);
  }

  private before: readonly Resolved[] = [];
  /** The attribution resolved last (in text order) and the sentence of its source. */
  last: { resolved: Resolved; sent: number } | null = null;

  /**
   * "A bank spokesman told Reuters. … , he said": a "he" or "she" that refers to no entity continues
   * the unnamed person quoted just before (one person, not "officials"; within three sentences; of a
   * gender the description allows).
   */
  private continuedPerson(s: number): Resolved | null {
    const last = this.last;
    if (!last || last.resolved.named || last.resolved.speaker === null || this.scan.toks[s].sent - last.sent > 3) return null;
    const words = lexWords(last.resolved.speaker);
    const c = phraseCategory(words);
    if (!c || !c.person) return null;
    const head = words[c.head.at + c.head.length - 1];
    if ((head.endsWith('s') && !head.endsWith('ss')) || /^(?:people|men|women|staff)$/.test(head)) return null;
    const g = GENDERED_NOUNS.get(head);
    const w = this.scan.toks[s].lower;
    if (g && g !== (w === 'she' ? 'f' : 'm')) return null;
    return { ...last.resolved };
  }

  resolve(range: { start: number; end: number }, before: readonly Resolved[], appositive: { start: number; end: number } | null = null): Resolved {
    const toks = this.scan.toks;
    this.before = before;
    // "Carlineo's attorney, Sonya Zoghlin, said": a name in the appositive names the source
    if (appositive && this.lastMention(range.start, range.end) === null) {
      const k = this.lastMention(appositive.start, appositive.end);
      if (k !== null && this.model.names[k].ta <= appositive.start + 1) return this.named(this.entityOfMention(k));
    }
    let s = range.start;
    const e = range.end;
    // "However, …", "Meanwhile Ms Hutt": leading words that are not part of a source
    // (unless a name begins there: "First Wisconsin said" after "First Wisconsin Corp", see mentions.ts)
    while (s < e - 1 && toks[s].kind === 'word' && (NON_NAME_STARTERS.has(toks[s].lower) || toks[s].lower === 'including') && !(this.model.mentionAt[s] >= 0 && this.model.names[this.model.mentionAt[s]].ta === s) && !QUANTITY.test(toks[s].lower) && !/^(?:the|a|an|this|that|these|those|some|many|several|most|other|another|each|every|both|all|any|few|his|her|their|its|our|officials|sources|analysts|experts|critics|residents|witnesses|others|people|police)$/.test(toks[s].lower)) s++;
    const phrase = this.scan.text.slice(toks[s].start, toks[e - 1].end);
    if (e - s === 2 && toks[s].kind === 'word' && /^(?:his|her|its|their)$/.test(toks[s].lower)) {
      // "his office", "its spokesman": a body or a person of the entity the pronoun refers to
      const ref = this.refs.at.get(s);
      const c = phraseCategory([toks[s + 1].lower]);
      if (ref !== undefined && c) {
        const ent = this.model.entities[ref];
        if (!c.person) {
          const r = this.named(ent, `${ent.name}'s ${toks[s + 1].text}`);
          r.entity = { key: `organization:${[...ent.words, toks[s + 1].lower].join(' ')}`, kind: 'organization', stated: true };
          if (c.own && !/^(?:office|campaign|team)$/.test(c.head.words)) r.category = c.category;
          return r;
        }
        const category = c.head.defers ? (this.decide.of(ent) ?? c.category) : c.category;
        return unnamed(lowerDet(phrase, toks[s], this.capInside), category, unnamedKey(category, c.head.words));
      }
    }
    if (e - s === 1 && toks[s].kind === 'word' && !(toks[s].text === 'WHO')) {
      const w = toks[s].lower;
      // "A ship contracted by the US military fired on what it said were …": "it" is the clause's own subject
      if (w === 'it') {
        const subj = commonSubject(this.scan, s);
        if (subj) return this.unnamedPhrase(subj.start, subj.end, this.scan.text.slice(toks[subj.start].start, toks[subj.end - 1].end), before);
      }
      const ref = this.refs.at.get(s);
      if (ref !== undefined) return this.named(this.model.entities[ref]);
      if (w === 'he' || w === 'she') {
        const p = this.continuedPerson(s);
        if (p) return p;
      }
      if (FIRST_SECOND_PERSON.has(w) || /^(?:he|she|it|they|him|her|who|which)$/.test(w)) return unnamed(w, 'other', 'unnamed:other');
    }
    return this.joint(s, e) ?? this.byName(s, e, phrase) ?? this.byDescription(s, e) ?? this.unnamedPhrase(s, e, phrase, before);
  }

  private named(ent: Entity, display = ent.name): Resolved {
    const decided = this.decide.of(ent);
    // of a person the article says nothing more about: speaking for themselves; of an organisation: unknown
    let category = decided ?? (ent.kind === 'person' ? 'citizen' : ent.kind === 'org' ? 'business' : 'other');
    const first = ent.roles[0];
    if (first && first.stated?.head.defers && first.org < 0 && first.orgCategory === null && SPOKESPERSON.test(first.stated.head.words)) {
      // "The Red Cross said … A spokeswoman, Mira Olund, said": she speaks for the organisation just quoted
      category = this.lastOrganisation() ?? category;
    }
    return { speaker: display, title: titleOf(ent), named: true, category, entity: { key: keyOf(ent), kind: ent.kind === 'person' || ent.kind === 'place' ? ent.kind : 'organization', stated: decided !== null } };
  }

  /** "Kurt Volker and Tim Morrison": two named entities joined by "and". */
  private joint(s: number, e: number): Resolved | null {
    const toks = this.scan.toks;
    const at = this.model.mentionAt;
    let and = -1;
    for (let k = s; k < e; k++) if (toks[k].lower === 'and' && at[k] < 0) and = k;
    if (and < 0) return null;
    const left = this.lastMention(s, and);
    const right = this.lastMention(and + 1, e);
    if (left === null || right === null) return null;
    // the whole source is "X and Y" ("officials in Washington and Baghdad" is not)
    if (this.model.names[left].b !== and || this.model.names[right].b !== e || this.model.names[left].ta > s + 1) return null;
    const a = this.entityOfMention(left);
    const b = this.entityOfMention(right);
    if (a === b) return this.named(a);
    const ra = this.named(a);
    const rb = this.named(b);
    const keys = [ra.entity!.key, rb.entity!.key].sort();
    return { speaker: `${a.name} and ${b.name}`, title: null, named: true, category: ra.category === rb.category ? ra.category : 'other', entity: { key: `joint:${keys.join('+')}`, kind: 'group', stated: ra.entity!.stated && rb.entity!.stated } };
  }

  /** A source whose head is a name (see the module notes), or null. */
  private byName(s: number, e: number, phrase: string): Resolved | null {
    const toks = this.scan.toks;
    const at = this.model.mentionAt;
    // the head region ends at the first preposition, comma or relative word outside a name
    let h = e;
    for (let k = s + 1; k < e; k++) {
      if (at[k] >= 0) continue;
      // "a ship contracted by the US military": a participle ends it too
      if (toks[k].text === ',' || toks[k].text === '(' || /^(?:of|for|at|from|in|on|with|by|who|which|to|close|familiar)$/.test(toks[k].lower) || this.participle(k, e)) {
        h = k;
        break;
      }
    }
    const k = this.lastMention(s, h);
    if (k === null) return null;
    const m = this.model.names[k];
    const ent = this.entityOfMention(k);
    const after = toks.slice(m.b, h).filter((t) => t.kind === 'word' && t.lower !== "'s");
    if (after.length === 0) {
      // a name after a document noun names its author ("an Esquire magazine article"): handled as a document
      const first = toks[s];
      if (first.kind === 'word' && /^(?:a|an)$/.test(first.lower) && m.ta > s + 1) return null;
      return this.named(ent);
    }
    const words = after.map((t) => t.lower);
    if (this.loneModifier(k)) return null;
    // "CBP's guidelines", "Trump's tweet", "a Harbour Gazette newspaper article": a document of a named author
    // "Gordon Brown's pre-Budget report amid …": a possessive name's document is its own
    const doc = m.possessive && isDocument(words) ? m.b : this.documentHead(m.b, h);
    if (doc >= 0) {
      if (m.possessive) return this.named(ent);
      const d = doc;
      const r = this.named(ent, this.scan.text.slice(toks[m.a].start, toks[d - 1].end));
      if (r.category === 'other' || r.category === 'citizen') r.category = 'media';
      return r;
    }
    const c = phraseCategory(words);
    if (!c) return m.b === h ? this.named(ent) : null;
    if (c.person) {
      // "China's ambassador to Britain": the named person the article gives that very role
      const holder = this.roleHolder(phrase);
      if (holder) return this.named(holder);
      // "Morrison's lawyer", "PG&E officials", "President Trump's advisers"; "a WeWork spokesperson" (a body of no known kind: a firm)
      const category = c.head.defers ? (this.decide.teamRole(c.head.words, ent) ?? this.decide.of(ent) ?? (!m.possessive && this.decide.takenForFirm(ent) ? 'business' : c.category)) : c.category;
      return unnamed(lowerDet(phrase, toks[s], this.capInside), category, unnamedKey(category, c.head.words));
    }
    // "Three leading UK video game companies": some of a kind, not a body of its own
    if (QUANTITY.test(toks[s].lower)) return null;
    // "Hong Kong police", "US military", "Eric Holcomb's office": a body of its own
    const display = this.scan.text.slice(toks[m.a].start, toks[h - 1].end);
    const category = c.head.kind === 'org' && !(c.head.words === 'office' || c.head.words === 'campaign' || c.head.words === 'team') ? c.category : (this.decide.of(ent) ?? c.category);
    return { speaker: display, title: null, named: true, category, entity: { key: `organization:${[...ent.words, ...words.filter((w) => w !== "'s")].join(' ')}`, kind: 'organization', stated: true } };
  }

  /**
   * "a ship contracted by the US military": a lower-case participle followed by a preposition, a
   * determiner or nothing ends a source's head; "advertising giant WPP" (a noun follows) does not.
   */
  private participle(k: number, e: number): boolean {
    const t = this.scan.toks[k];
    if (t.cap || t.kind !== 'word' || t.lower.length <= 4 || !/(?:ed|ing)$/.test(t.lower) || phraseCategory([t.lower]) !== null) return false;
    const next = this.scan.toks[k + 1];
    return k + 1 >= e || next.kind !== 'word' || PARTICIPLE_FOLLOWERS.test(next.lower);
  }

  /**
   * The author of the document `head` names in the sentences before token `s` ("a report by X", "X's
   * report", "an X report"), as a named source, or null.
   */
  private documentAuthor(s: number, head: string): Resolved | null {
    const toks = this.scan.toks;
    const at = this.model.mentionAt;
    const from = this.scan.sentences[Math.max(0, toks[s].sent - 8)].tokStart;
    for (let k = s - 1; k >= from; k--) {
      if (toks[k].lower !== head) continue;
      let m = -1;
      if (k + 2 < toks.length && DOC_PREPS.has(toks[k + 1].lower) && toks[k + 1].lower !== 'in') m = at[toks[k + 2].lower === 'the' ? k + 3 : k + 2] ?? -1;
      if (m < 0 && k > 0) m = at[toks[k - 1].lower === "'s" ? k - 2 : k - 1] ?? -1;
      // "X said in a statement. … The statement said": the source quoted last, in the document's sentence
      if (m < 0 && this.last !== null && this.last.sent === toks[k].sent && this.last.resolved.speaker !== null && toks[k - 1]?.kind === 'word' && /^(?:a|an)$/.test(toks[k - 1].lower)) return { ...this.last.resolved };
      if (m < 0) continue;
      const r = this.named(this.entityOfMention(m));
      if (r.category === 'other' || r.category === 'citizen') r.category = 'media';
      return r;
    }
    return null;
  }

  /**
   * The first document noun in `[s, e)` when it heads its phrase ("an Esquire magazine article",
   * "CBP's guidelines on …"), or -1; a modifier ("UK video game companies") is no document.
   */
  private documentHead(s: number, e: number): number {
    const toks = this.scan.toks;
    let d = s;
    while (d < e && !(toks[d].kind === 'word' && DOC_NOUNS.has(toks[d].lower))) d++;
    if (d >= e) return -1;
    let n = d + 1;
    while (n < e && toks[n].kind === 'word' && DOC_NOUNS.has(toks[n].lower)) n++;
    const next = toks[n];
    return n >= e || next.kind !== 'word' || PARTICIPLE_FOLLOWERS.test(next.lower) || /^(?:amid|despite|and|or|following|including)$/.test(next.lower) || (!next.cap && /(?:ed|ing)$/.test(next.lower)) ? d : -1;
  }

  /** "the company", "the governor": a description resolved to an entity, or null. */
  private byDescription(s: number, e: number): Resolved | null {
    if (QUANTITY.test(this.scan.toks[s].lower)) return null;
    for (let k = e - 1; k >= s; k--) {
      const ref = this.refs.at.get(k);
      if (ref !== undefined && this.refs.descriptionStart.get(k) === s) return this.named(this.model.entities[ref]);
    }
    return null;
  }

  /** An unnamed source: documents name their author when they give one; roles take the category of their organisation. */
  private unnamedPhrase(s: number, e: number, phrase: string, before: readonly Resolved[]): Resolved {
    const toks = this.scan.toks;
    const words = lexWords(phrase);
    // "A report by the National Audit Office … the report said": the document named before, by its author
    if (words.length === 2 && words[0] === 'the' && DOC_NOUNS.has(words[1])) {
      const author = this.documentAuthor(s, words[1]);
      if (author) return author;
    }
    // "a report from Kotak Institutional Equities", "an article in the Wall Street Journal": the author
    for (let k = s + 1; k < e; k++) {
      if (DOC_PREPS.has(toks[k].lower) && isDocument(words)) {
        // the noun phrase after the preposition names the author when a name is its head
        // ("a report by UK think-tank Demos"), not when a noun follows ("by the UK gaming industry's trade body")
        let np = k + 1;
        while (np < e && toks[np].text !== ',' && toks[np].text !== '(' && (this.model.mentionAt[np] >= 0 || !/^(?:of|for|at|from|in|on|with|by|who|which|that|to)$/.test(toks[np].lower))) np++;
        const m = this.lastMention(k + 1, np);
        if (m !== null && this.model.names[m].b === np - (toks[np - 1].lower === "'s" ? 1 : 0)) {
          const r = this.named(this.entityOfMention(m));
          if (r.category === 'other') r.category = 'media';
          return r;
        }
        break;
      }
    }
    // "an Esquire magazine article": a name before the document noun
    const d = this.documentHead(s, e);
    if (d >= 0) {
      const m = this.lastMention(s, d);
      if (m !== null && !this.loneModifier(m)) {
        const r = this.named(this.entityOfMention(m), this.scan.text.slice(toks[this.model.names[m].a].start, toks[d - 1].end));
        if (r.category === 'other' || r.category === 'citizen') r.category = 'media';
        return r;
      }
    }
    const org = this.lastMention(s, e);
    const c = phraseCategory(words);
    let category: SourceCategory = this.decide.phrase(phrase, org !== null ? this.entityOfMention(org) : null) ?? 'other';
    // "people familiar with the talks", "a person briefed on the call": anonymous sourcing, no kind of source
    if (ANONYMOUS_SOURCING.test(phrase)) category = 'other';
    // "Tunisians", "West Germans": the people of a nation, speaking for themselves
    const people = words[words.length - 1];
    if (category === 'other' && words.length <= 3 && people.endsWith('s') && (nationality(words.join(' ')) || nationality(people))) category = 'citizen';
    // "businesses and residents", "local officials and customers": a joint source from different camps
    const and = words.indexOf('and');
    if (and > 0) {
      const left = phraseCategory(words.slice(0, and));
      const right = phraseCategory(words.slice(and + 1));
      if (left && right && left.category !== right.category) category = 'other';
    }
    if (c && SPOKESPERSON.test(c.head.words.split(' ').pop() ?? '') && org === null && !words.some((w) => w === 'for' || w === 'of')) {
      // "A spokeswoman said" right after "The Red Cross said": she speaks for the organisation just quoted
      category = this.lastOrganisation() ?? category;
    }
    // "According to the authority" after "The river authority said": the fullest unnamed source with that head
    if (words.length === 2 && words[0] === 'the' && c) {
      for (let k = before.length - 1; k >= 0 && k >= before.length - 50; k--) {
        const b = before[k];
        // (a key of a category alone, "unnamed:other", says nothing of the head: "the message" is no "agency")
        const key = unnamedKey(b.category, words[1]);
        const same = b.speaker !== null && (b.speaker.toLowerCase().endsWith(` ${words[1]}`) || (b.entity !== null && b.entity.key === key && key.split(':').length > 2));
        if (!b.named && same && b.speaker!.length > phrase.length) return { ...b };
      }
    }
    return unnamed(lowerDet(phrase, toks[s], this.capInside), category, unnamedKey(category, c?.head.words ?? words[words.length - 1] ?? ''));
  }

  /** "Port records from …": a lone capitalised word at a sentence start, seen nowhere else, before a lower-case noun modifies it. */
  private loneModifier(k: number): boolean {
    const m = this.model.names[k];
    const ent = this.entityOfMention(k);
    const next = this.scan.toks[m.b];
    return ent.mentions.length === 1 && ent.kind === null && m.b - m.a === 1 && atClauseStart(this.scan, m.ta) && !m.possessive && next?.kind === 'word' && !next.cap;
  }

  /** The category of the named organisation quoted among the last three sources, or null. */
  private lastOrganisation(): SourceCategory | null {
    const before = this.before;
    for (let h = before.length - 1; h >= 0 && h >= before.length - 3; h--) {
      if (before[h].named && before[h].entity?.kind === 'organization') return before[h].category;
    }
    return null;
  }

  private holders: Map<string, Entity | null> | null = null;

  /** The one named person whose role phrase is `phrase` (articles aside), or null (none, or several). */
  private roleHolder(phrase: string): Entity | null {
    if (this.holders === null) {
      this.holders = new Map();
      for (const ent of this.model.entities) {
        if (ent.mentions.length === 0 || ent.kind !== 'person') continue;
        for (const r of ent.roles) {
          const k = roleKey(r.text);
          const had = this.holders.get(k);
          this.holders.set(k, had === undefined || had === ent ? ent : null);
        }
      }
    }
    return this.holders.get(roleKey(phrase)) ?? null;
  }

  private lastMention(s: number, e: number): number | null {
    const at = this.model.mentionAt;
    for (let k = e - 1; k >= s; k--) if (at[k] >= 0 && this.model.names[at[k]].ta >= s) return at[k];
    return null;
  }

  private entityOfMention(k: number): Entity {
    return this.model.entities[this.model.entityOf[k]];
  }
}

/**
 * The subject of the sentence holding token `at` when it is a singular common-noun phrase before `at`
 * ("A ship contracted by the US military"): a determiner and lower-case words up to the first finite verb.
 */
function commonSubject(scan: Scan, at: number): { start: number; end: number } | null {
  const toks = scan.toks;
  let a = scan.sentences[toks[at].sent].tokStart;
  // after a fronted adverbial ("On Friday, …")
  if (/^(?:on|in|at|last|this|earlier|later|after|before|during|since)$/.test(toks[a].lower)) {
    while (a < at && toks[a].text !== ',') a++;
    a++;
  }
  if (a >= at || !/^(?:a|an|the|this|that)$/.test(toks[a].lower) || toks[a + 1]?.cap) return null;
  let k = a + 1;
  while (k < at && k - a < 12) {
    const t = toks[k];
    if (t.kind !== 'word') break;
    if (/^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|that|which|who|said|says)$/.test(t.lower)) break;
    // a finite verb in -ed, unless a passive participle with its agent ("contracted by")
    if (k > a + 1 && !t.cap && t.lower.endsWith('ed') && t.lower.length > 4 && toks[k + 1]?.lower !== 'by') break;
    k++;
  }
  if (k >= at || k - a < 2 || toks[k].kind !== 'word') return null;
  const head = toks[k - 1].lower;
  if (head.endsWith('s') && !head.endsWith('ss')) return null;
  return { start: a, end: k };
}

const roleKey = (text: string): string => lexWords(text).filter((w) => w !== 'the' && w !== 'a' && w !== 'an').join(' ');

function unnamed(speaker: string, category: SourceCategory, key: string): Resolved {
  return { speaker, title: null, named: false, category, entity: { key, kind: 'unnamed', stated: category !== 'other' } };
}

const isDocument = (words: readonly string[]): boolean => words.some((w) => DOC_NOUNS.has(w));

/** The entity's corpus key: kind and normalised name without initials and suffixes. */
export function keyOf(e: Entity): string {
  const words = e.words.filter((w) => !NAME_SUFFIXES.has(w) && !(w.length <= 2 && w.endsWith('.')));
  const kind = e.kind === 'person' || e.kind === 'place' ? e.kind : 'organization';
  // "Tories" and "Tory", "Democrats" and "Democrat": a one-word organisation's plural is the same body
  if (kind === 'organization' && words.length === 1 && words[0].length >= 4) words[0] = words[0].replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
  return `${kind}:${words.join(' ')}`;
}

/**
 * Key of an unnamed source: its category and, for people, the singular of its role noun
 * ("unnamed:government:official"); organisations, documents and unresolved pronouns by category only
 * ("unnamed:business" for "the company" and "the firm").
 */
function unnamedKey(category: SourceCategory, head: string): string {
  const w = head.split(' ').pop() ?? '';
  const c = phraseCategory([w]);
  // "experts" adds nothing to "expert"
  if (!c || !c.person || category.startsWith(w.replace(/s$/, ''))) return `unnamed:${category}`;
  const singular = w.endsWith('people') ? w.replace(/people$/, 'person') : w.endsWith('men') ? w.replace(/men$/, 'man') : w.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
  return `unnamed:${category}:${singular}`;
}

/** The entity's role: its title, else its first role phrase (without a leading article). */
/** Forms of address that say nothing of a person's role. */
const ADDRESS_ONLY = /^(?:mr|mrs|ms|miss|mx)\.?$/i;

function titleOf(e: Entity): string | null {
  const withoutArticle = (text: string): string => text.replace(/^(?:a|an|the)\s+/i, '');
  // an organisation's title must say what kind of body it is ("the US automaker"): no person's role
  // ("…, dealers said" after its name) and no phrase without a lexicon word
  if (e.kind !== 'person') {
    const r = e.roles.find((x) => x.stated !== null && !x.stated.person && x.text !== e.name);
    return r ? withoutArticle(r.text) : null;
  }
  // a role that says something ("Foreign Secretary"), before an honorific ("Dr", "Lord"); "Mr" or "Ms" alone is no title
  const r = e.roles.find((x) => x.stated !== null && x.place === 'before') ?? e.roles.find((x) => x.stated !== null) ?? e.roles.find((x) => x.place === 'before' && !ADDRESS_ONLY.test(x.text));
  if (!r) return null;
  // "Labour's Alan Milburn": the title is "Labour"
  return withoutArticle(r.text).replace(/['\u2019]s?$/, '');
}

/** The phrase with its first word lowered unless the article writes it as a proper word ("Officials" → "officials", "Iranian officials" kept). */
function lowerDet(phrase: string, first: { cap: boolean; lower: string }, capInside: ReadonlySet<string>): string {
  // an acronym ("CBP's guidelines") keeps its capitals
  if (!first.cap || /^[A-Z](?:[A-Z]|\.[A-Z])/.test(phrase) || nationality(first.lower) || (capInside.has(first.lower) && !NON_NAME_STARTERS.has(first.lower))) return phrase;
  return phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/** Markdown emphasis markers around words ("*Esquire*", "_Times_") are not part of a name. */
function stripEmphasis(s: string): string {
  // most names have no marker and single spaces only
  if (!/[*_]|[^\S ]| {2}|^ | $/.test(s)) return s;
  return s.replace(/(^|[\s(])[*_]+(?=\S)|(\S)[*_]+(?=$|[\s,.;:)'\u2019])/g, '$1$2').replace(/\s+/g, ' ').trim();
}

