/**
 * The entity model of one article: every name mention grouped into the person, organisation or
 * place it names, with everything the article says about it, and the pronouns and definite
 * descriptions ("he", "the company", "the governor") that refer back to it.
 *
 * - Names merge when one's words are contained in the other's and they share the family name
 *   ("Kennedy" → "James P. Kennedy Jr."), the first word of a family-name-first name ("Park" →
 *   "Park Min-jun", when no other entity has that family name), or, for organisations, a prefix
 *   ("GateHouse" → "GateHouse Media"); acronyms match an explicit "(CBP)" or the initials of a
 *   name ("CDC" → "Centers for Disease Control"). An ambiguous short name goes to the entity
 *   mentioned last before it.
 * - Pronouns and descriptions are resolved afterwards, in one pass in text order (`discourse.ts`).
 * @module
 */
import type { SourceCategory } from '../../types.ts';
import { lexiconAt } from './categories.ts';
import { companyEnding } from './entity-words.ts';
import { familyName, findNames, weakPerson, withoutParticle, type NameMention } from './mentions.ts';
import { findRoles, mentionIndex, orgsOf, roleGender, type Role } from './roles.ts';
import type { Scan } from './scan.ts';

/** What an entity is. */
export type EntityKind = 'person' | 'org' | 'place' | 'event';

/** A person, organisation or place of the article. */
export interface Entity {
  id: number;
  kind: EntityKind | null;
  /** Fullest name the article gives. */
  name: string;
  /** Normalised words of {@link name}. */
  words: string[];
  /** Indices of its name mentions, in text order. */
  mentions: number[];
  /** Role phrases of all its mentions, in text order. */
  roles: Role[];
  /** Definite descriptions resolved to it ("the company"), in text order, with the category their head states. */
  described: { pos: number; word: string; category: SourceCategory; person: boolean }[];
  gender: 'm' | 'f' | null;
  /** Acronyms given for it ("Agence France-Presse (AFP)"). */
  aliases: string[];
  /** Character offset of its first mention. */
  first: number;
}

/** Roles and descriptions kept per entity: the earliest decide, and the cap keeps resolution linear in the article. */
export const MAX_EVIDENCE = 24;

/** Entities of an article with the indices the resolver reads. */
export interface EntityModel {
  scan: Scan;
  names: NameMention[];
  roles: Role[][];
  entities: Entity[];
  /** Name mention index → entity id. */
  entityOf: Int32Array;
  /** Token index → name mention index covering it (title included), or -1. */
  mentionAt: Int32Array;
}

/** Builds the entities of an article from its name mentions and their roles (pronouns come later). */
export function buildEntities(scan: Scan): EntityModel {
  const names = findNames(scan);
  const mentionAt = mentionIndex(scan, names);
  const roles = findRoles(scan, names, mentionAt);
  const entities: Entity[] = [];
  const entityOf = new Int32Array(names.length).fill(-1);
  const index = new EntityIndex();
  for (let k = 0; k < names.length; k++) {
    const m = names[k];
    const e = index.bestMatch(m) ?? newEntity(entities, m, scan);
    attach(e, m, k, roles[k], scan);
    entityOf[k] = e.id;
    index.seen(e, k);
  }
  // an acronym given in parentheses right after a name: "Agence France-Presse (AFP)"
  const toks = scan.toks;
  for (let k = 0; k < names.length; k++) {
    const m = names[k];
    if (toks[m.b]?.text === '(' && toks[m.b + 2]?.text === ')' && /^[A-Z][A-Z.&-]+$/.test(toks[m.b + 1].text)) {
      const e = entities[entityOf[k]];
      e.aliases.push(toks[m.b + 1].lower);
      if (e.kind === null) e.kind = 'org';
      const a = mentionAt[m.b + 1];
      if (a >= 0 && entityOf[a] !== e.id) mergeInto(entities, entityOf, entities[entityOf[a]], e);
    }
  }
  employers(names, roles, entities, entityOf);
  return { scan, names, roles, entities, entityOf, mentionAt };
}

/** Categories of roles that only an organisation employs ("analyst", "economist", "vice president", "reporter"). */
const EMPLOYED = new Set<SourceCategory>(['business', 'expert', 'media']);

/**
 * "an analyst at Merrill Lynch", "Volkswagen AG economist Jo Lee": a name written like a person's
 * (two capitalised words, no title, no given name) that employs an analyst, an economist or an
 * executive is an organisation. Roles that speak for someone ("spokesman for", "lawyer for") say nothing of the kind.
 */
function employers(names: readonly NameMention[], roles: readonly Role[][], entities: Entity[], entityOf: Int32Array): void {
  for (let k = 0; k < names.length; k++) {
    for (const r of roles[k]) {
      const s = r.stated;
      if (s === null || s.head.kind !== 'role' || s.head.defers || !s.own || !EMPLOYED.has(s.category)) continue;
      for (const o of orgsOf(r)) {
        const oe = entities[entityOf[o]];
        if (oe.id !== entityOf[k] && oe.kind === 'person' && oe.mentions.every((i) => weakPerson(names[i]))) oe.kind = 'org';
      }
    }
  }
}

function newEntity(entities: Entity[], m: NameMention, scan: Scan): Entity {
  const e: Entity = { id: entities.length, kind: null, name: m.text, words: m.words, mentions: [], roles: [], described: [], gender: null, aliases: [], first: scan.toks[m.a].start };
  entities.push(e);
  return e;
}

function attach(e: Entity, m: NameMention, k: number, roles: readonly Role[], scan: Scan): void {
  e.mentions.push(k);
  // the first roles decide (see category.ts); a long article repeating a name keeps the work per mention constant
  for (const r of roles) if (e.roles.length < MAX_EVIDENCE) e.roles.push(r);
  if (m.words.length > e.words.length && contains(m.words, e.words)) {
    e.words = m.words;
    e.name = m.text;
  }
  if (m.hint !== null && (e.kind === null || (e.kind !== m.hint && m.hint === 'person' && m.title !== null))) e.kind = m.hint;
  if (e.kind === null && roles.some((r) => r.stated?.person)) e.kind = 'person';
  // "The group that owns most of her music, Big Machine": a two-word name described as an organisation
  if (e.kind === 'person' && weakPerson(m) && e.roles.length === roles.length && roles.length > 0 && roles.every((r) => r.stated !== null && !r.stated.person)) e.kind = 'org';
  e.gender ??= m.gender;
  for (const r of roles) e.gender ??= roleGender(r);
  if (scan.toks[m.a].start < e.first) e.first = scan.toks[m.a].start;
}

/** Moves entity `from` into `to` (an acronym found to name an entity already seen). */
function mergeInto(entities: Entity[], entityOf: Int32Array, from: Entity, to: Entity): void {
  for (const k of from.mentions) {
    entityOf[k] = to.id;
    to.mentions.push(k);
  }
  to.mentions.sort((a, b) => a - b);
  to.roles.push(...from.roles);
  to.roles.sort((a, b) => a.pos - b.pos);
  to.first = Math.min(to.first, from.first);
  from.mentions = [];
  from.roles = [];
}

const isInitial = (w: string): boolean => w.length <= 2 && w.endsWith('.');

/** Whether every word of `small` (initials aside) is in `big`. */
function contains(big: readonly string[], small: readonly string[]): boolean {
  for (const w of small) if (!isInitial(w) && !big.includes(w) && !big.some((x) => withoutParticle(x) === w)) return false;
  return true;
}

/**
 * Entities indexed by their words, family names and initials, so that a mention is compared only with
 * entities it could belong to (linear in the article, not quadratic in its names).
 */
class EntityIndex {
  private readonly byWord = new Map<string, Entity[]>();
  private readonly byInitials = new Map<string, Entity[]>();
  private readonly families = new Map<string, Set<number>>();
  private readonly lastSeen: number[] = [];
  private readonly indexed = new Map<number, { words: Set<string>; initials: string; ref: readonly string[] }>();
  /** Initials of each entity's name as last computed (by entity id), for the candidates compared with every mention. */
  private readonly nameInitials: { name: string; initials: string }[] = [];

  /** {@link initials} of `e.name`, computed again only when the name changed. */
  private initialsOf(e: Entity): string {
    const had = this.nameInitials[e.id];
    if (had !== undefined && had.name === e.name) return had.initials;
    const ini = initials(e.name);
    this.nameInitials[e.id] = { name: e.name, initials: ini };
    return ini;
  }

  /** Records that entity `e` was just mentioned (mention index `k`) and indexes any new words of it. */
  seen(e: Entity, k: number): void {
    this.lastSeen[e.id] = k;
    let ix = this.indexed.get(e.id);
    // a repeated name adds nothing to index
    if (ix && ix.ref === e.words) return;
    if (!ix) this.indexed.set(e.id, (ix = { words: new Set(), initials: '', ref: e.words }));
    ix.ref = e.words;
    for (const w of e.words) {
      for (const v of [w, withoutParticle(w)]) {
        if (ix.words.has(v)) continue;
        ix.words.add(v);
        push(this.byWord, v, e);
      }
    }
    const fam = familyName(e.words);
    let set = this.families.get(fam);
    if (!set) this.families.set(fam, (set = new Set()));
    set.add(e.id);
    const ini = this.initialsOf(e);
    if (ini !== ix.initials && ini.length >= 2 && e.words.length >= 2) {
      ix.initials = ini;
      // every substring of three or more letters ("CDC" in "CCDCP"), and the whole
      const subs = new Set([ini]);
      for (let a = 0; a < ini.length; a++) for (let b = a + 3; b <= ini.length; b++) subs.add(ini.slice(a, b));
      for (const sub of subs) push(this.byInitials, sub, e);
    }
  }

  /** The entity a name mention belongs to (see the module notes), or null for a new one. */
  bestMatch(m: NameMention): Entity | null {
    const acronym = m.words.length === 1 && /^[A-Z][A-Z.&]+$/.test(m.text) ? m.text.replace(/[.&]/g, '') : null;
    const candidates = new Set<Entity>();
    for (const w of m.words) for (const v of [w, withoutParticle(w)]) for (const e of this.byWord.get(v) ?? []) candidates.add(e);
    if (acronym) for (const e of this.byInitials.get(acronym) ?? []) candidates.add(e);
    const mi = /[A-Z]{2}/.test(m.text) ? initials(m.text) : '';
    if (mi.length >= 3) for (const e of this.byInitials.get(mi) ?? []) candidates.add(e);
    let best: Entity | null = null;
    let bestSeen = -1;
    for (const e of candidates) {
      if (e.mentions.length === 0 || !this.compatible(m, e, acronym, mi)) continue;
      const seen = this.lastSeen[e.id];
      if (seen > bestSeen) {
        best = e;
        bestSeen = seen;
      }
    }
    return best;
  }

  /** Whether mention `m` may name `e` (`mi`: the mention's initials when it has two capitals in a row, else ''). */
  private compatible(m: NameMention, e: Entity, acronym: string | null, mi: string): boolean {
    // ("First Wisconsin", a person only by its shape, is the "First Wisconsin Corp" named before)
    if (m.hint === 'person' && e.kind === 'org' && !(weakPerson(m) && prefixOf(m.words, e.words) && e.words.slice(m.words.length).every(companyEnding))) return false;
    if (m.hint === 'org' && e.kind === 'person') return false;
    if (acronym !== null && e.kind !== 'person') {
      if (e.aliases.includes(m.words[0])) return true;
      const ini = this.initialsOf(e);
      if (acronym.length >= 2 && e.words.length >= 2 && (ini === acronym || (acronym.length >= 3 && ini.includes(acronym)))) return true;
    }
    const same = m.words.length === e.words.length && m.words.every((w, i) => w === e.words[i]);
    if (same) return true;
    if (e.kind === 'place' || m.hint === 'place' || e.kind === 'event' || m.hint === 'event') return false;
    if (e.kind === 'org' || m.hint === 'org') {
      // "GateHouse" → "GateHouse Media", "Chinese CDC" → "Chinese Center for Disease Control and Prevention"
      if (prefixOf(m.words, e.words) ? nameTail(e.words.slice(m.words.length)) : prefixOf(e.words, m.words) && nameTail(m.words.slice(e.words.length))) return true;
      return mi.length >= 3 && this.initialsOf(e).startsWith(mi);
    }
    if (!contains(e.words, m.words) && !contains(m.words, e.words)) return false;
    if (familyName(m.words) === familyName(e.words)) return true;
    // family name first: a later "Park" for "Park Min-jun", unless another entity has Park as family name
    if (m.words.length === 1 && e.words.length >= 2 && e.words[0] === m.words[0]) {
      const others = this.families.get(m.words[0]);
      return !others || (others.size === 1 && others.has(e.id));
    }
    return false;
  }
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/**
 * Whether words after a shorter organisation name only complete the same name ("Media", "Co.",
 * "Global Capital"), not name a part or an office of it ("High Commissioner for Human Rights",
 * "Security Council").
 */
function nameTail(words: readonly string[]): boolean {
  for (const w of words) {
    if (w === 'of' || w === 'for' || w === "'s") return false;
    const m = lexiconAt([w], 0);
    if (m && (m.kind === 'role' || (m.kind === 'org' && m.category !== 'business' && m.category !== 'media'))) return false;
  }
  return true;
}

const prefixOf = (a: readonly string[], b: readonly string[]): boolean => a.length < b.length && a.every((w, i) => w === b[i]);

/** Initials of a name's capitalised words, acronyms spelled out ("Chinese CDC" → "CCDC"). */
function initials(name: string): string {
  let had = INITIALS.get(name);
  if (had === undefined) {
    if (INITIALS.size >= 50_000) INITIALS.clear();
    INITIALS.set(name, (had = spellInitials(name)));
  }
  return had;
}

const INITIALS = new Map<string, string>();

function spellInitials(name: string): string {
  let out = '';
  for (const w of name.split(/\s+/)) {
    const c = w.replace(/[^\p{L}]/gu, '');
    if (!c || c[0] !== c[0].toUpperCase() || c[0] === c[0].toLowerCase()) continue;
    out += c.length >= 2 && c === c.toUpperCase() ? c : c[0];
  }
  return out;
}
