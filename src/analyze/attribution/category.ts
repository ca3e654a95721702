/**
 * The category of an entity, decided from everything the article says about it (its name, titles,
 * roles, the organisation it speaks for and the descriptions that refer to it).
 *
 * Precedence when the evidence conflicts (the guideline's "the first-mentioned one wins" within a
 * level):
 * 1. A person's roles in text order. A role that states its own category ("analyst", "senator",
 *    "chief executive") gives it; a role that speaks for an organisation ("spokeswoman for the
 *    ministry", "president of SpaceX", "company official") takes the organisation's category,
 *    else the role's default. Then descriptions that refer to the person ("the governor").
 *    (A person about whom the article says nothing of the kind is left undecided: see `speakers.ts`.)
 * 2. An organisation: a body every reader knows ("White House"), else a strong word of its name
 *    ("Ministry", "Police", "University", "Securities"), else its roles and the descriptions that
 *    refer to it in text order ("the company", "the tech giant"), else a weak word of its name
 *    ("Media", "Group", "Project").
 * 3. A place quoted as a source speaks for its government; a person or name the article also uses
 *    for a body it leads ("the Bush administration") takes that body's category.
 * Otherwise `other`.
 * @module
 */
import type { SourceCategory } from '../../types.ts';
import { lexiconAt, lexiconMatches, lexWords, organisationCategory, phraseCategory } from './categories.ts';
import type { Entity, EntityModel } from './entities.ts';
import { orgsOf, type Role } from './roles.ts';
import { PLACES } from './entity-words.ts';

/** A peer's title, alone ("Lord", "Baroness"): weaker evidence than any role, so it decides last. */
const PEER_TITLE = /^(?:lord|baroness)$/i;

/** Bodies named after the person who leads them ("Bush administration", "Obama campaign"). */
const LED_BODIES = new Set(['administration', 'government', 'cabinet', 'campaign', 'presidency', 'regime']);

/**
 * Roles of a sports team, and their category when the body named with them is a place or of unknown
 * kind: "Liverpool manager", "Scotland boss" (a place names a team, or a firm's branch, not a
 * government); "England captain", "Chelsea skipper" (a player, speaking for themselves).
 */
const TEAM_ROLES: ReadonlyMap<string, SourceCategory> = new Map([
  ['manager', 'business'], ['boss', 'business'],
  ['captain', 'citizen'], ['vice-captain', 'citizen'], ['skipper', 'citizen'],
]);

/**
 * "Texas Attorney General", "New York State Comptroller": an office named by its place and its role
 * (a name written like a person's) has the role's category; null for other names.
 */
function officeCategory(words: readonly string[]): SourceCategory | null {
  if (words.length < 2 || !(PLACES.has(words[0]) || PLACES.has(words.slice(0, 2).join(' ')))) return null;
  // the longest entry that ends the name ("attorney general", not "state attorney" + "general")
  for (let i = 1; i < words.length; i++) {
    const m = lexiconAt(words, i);
    if (m && i + m.length === words.length) return m.kind === 'role' ? m.category : null;
  }
  return null;
}

/** Decides categories of the entities of one article (memoised per entity). */
export class CategoryDecider {
  private readonly memo = new Map<number, SourceCategory | null>();
  constructor(private readonly model: EntityModel) {}

  /** The category of an entity, or null when nothing in the article tells it. */
  of(e: Entity): SourceCategory | null {
    if (this.memo.has(e.id)) return this.memo.get(e.id)!;
    this.memo.set(e.id, null); // an organisation that names itself through its own roles stops here
    const c = this.decide(e);
    this.memo.set(e.id, c);
    return c;
  }

  /** The category an entity's name alone states (strong words first), or null. */
  nameCategory(words: readonly string[], strongOnly: boolean): SourceCategory | null {
    const c = organisationCategory(words, strongOnly);
    if (c || strongOnly) return c;
    // "Doctors for Camp Closure", "Parents Against Gun Violence": people organised for a cause
    const prep = words.findIndex((w) => w === 'for' || w === 'against');
    if (prep > 0 && phraseCategory(words.slice(0, prep))?.person) return 'ngo';
    // "Democrats", "Taliban fighters": a group named by its members
    const roles = lexiconMatches(words).filter((m) => m.kind === 'role');
    return roles.length > 0 ? roles[roles.length - 1].category : null;
  }

  private decide(e: Entity): SourceCategory | null {
    const person = e.kind === 'person' || (e.kind === null && e.roles.some((r) => r.stated?.person === true));
    if (person) {
      for (const r of e.roles) {
        const c = this.roleCategory(r, true);
        if (c) return c;
      }
      for (const d of e.described) if (d.person) return d.category;
      const led = this.leads(e) ?? officeCategory(e.words);
      if (led) return led;
      // "Lord Falconer", "Baroness Hale": a peer the article says nothing more of sits in the House of Lords
      return e.roles.some((r) => PEER_TITLE.test(r.text)) ? 'politician' : null;
    }
    if (e.kind === null) {
      const led = this.leads(e);
      if (led) return led;
    }
    const nameWords = lexWords(e.name);
    const strong = this.nameCategory(nameWords, true) ?? officeCategory(e.words);
    if (strong) return strong;
    type Ev = { pos: number; category: SourceCategory };
    const evidence: Ev[] = [];
    for (const r of e.roles) {
      const c = this.roleCategory(r, false);
      if (c) evidence.push({ pos: r.pos, category: c });
    }
    for (const d of e.described) if (!d.person) evidence.push({ pos: d.pos, category: d.category });
    evidence.sort((a, b) => a.pos - b.pos);
    if (evidence.length > 0) return evidence[0].category;
    const weak = this.nameCategory(nameWords, false);
    if (weak) return weak;
    if (e.kind === 'place') return 'government';
    return null;
  }

  private ledBodies: Map<string, SourceCategory> | null = null;

  /**
   * "Bush announced …" in an article about "the Bush administration": the category of a body the
   * article names after the person (administration, government, cabinet, campaign), or null.
   */
  private leads(e: Entity): SourceCategory | null {
    if (this.ledBodies === null) {
      this.ledBodies = new Map();
      for (const b of this.model.entities) {
        const last = b.words[b.words.length - 1];
        if (b.mentions.length === 0 || b.words.length < 2 || !LED_BODIES.has(last)) continue;
        const c = phraseCategory([last]);
        if (c) this.ledBodies.set(b.words.slice(0, -1).join(' '), c.category);
      }
    }
    return this.ledBodies.get(e.words.join(' ')) ?? null;
  }

  /** The category a role gives (see the module notes); `person`: the entity is a person. */
  roleCategory(r: Role, person: boolean): SourceCategory | null {
    const s = r.stated;
    // a person's role names people; an organisation's names a kind of organisation
    if (s && s.person !== person) return s.person ? null : this.orgCategory(r);
    if (s && s.own) return s.category;
    const org = this.orgCategory(r);
    // ("Former England captain": an organisation of unknown kind, here one written like a person's name)
    const team = s ? TEAM_ROLES.get(s.head.words) : undefined;
    if (team) {
      const first = this.firstOrg(r);
      if (first?.kind === 'place' || (!org && this.unknownBody(r))) return team;
      // "Captain Rosalo Ylagan, head of congressional security": a captain of no named team or force
      // leaves the decision to the person's other roles (and to the default for people)
      if (team === 'citizen' && !org && first === null) return null;
    }
    if (org) return org;
    // "spokesman for Lycos Europe": an organisation the article says nothing more about is taken for a firm (see phrase())
    // ("Ladbrokes' Warren Lush": the same for a person of a body named by a possessive)
    if ((s ? s.head.defers : /['\u2019]s?$/.test(r.text)) && this.unknownBody(r)) return 'business';
    return s ? s.category : null;
  }

  /** The entity of the first organisation a role names, or null. */
  private firstOrg(r: Role): Entity | null {
    const orgs = orgsOf(r);
    return orgs.length === 0 ? null : this.model.entities[this.model.entityOf[orgs[0]]];
  }

  /** Whether the first organisation a role names is one of unknown kind and category (a firm, most often). */
  private unknownBody(r: Role): boolean {
    const oe = this.firstOrg(r);
    if (oe === null) return false;
    // (a "person" only by the shape of its name, "Lycos Europe", counts too)
    return oe.kind === 'org' || (oe.roles.length === 0 && (oe.kind === null || (oe.kind === 'person' && oe.gender === null)));
  }

  /** The category of the organisation a role names, or null. */
  orgCategory(r: Role): SourceCategory | null {
    // several organisations ("… Project at Tufts University"): the first whose name says what it is, else the first known
    let first: SourceCategory | null = null;
    for (const k of orgsOf(r)) {
      const oe = this.model.entities[this.model.entityOf[k]];
      if (oe.kind === 'person') continue;
      const strong = this.nameCategory(lexWords(oe.name), true);
      if (strong) return strong;
      first ??= this.of(oe);
    }
    return first ?? r.orgCategory;
  }

  /** The category of an unnamed source phrase ("a senior military official", "PG&E officials"), or null. */
  phrase(text: string, orgEntity: Entity | null): SourceCategory | null {
    const c = phraseCategory(lexWords(text));
    if (c && c.head.kind === 'role' && c.head.defers && !c.own && orgEntity) {
      const team = this.teamRole(c.head.words, orgEntity);
      if (team) return team;
      const oc = this.of(orgEntity);
      if (oc) return oc;
      if (this.takenForFirm(orgEntity)) return 'business';
    }
    return c ? c.category : null;
  }

  /**
   * "the Liverpool manager", "the England captain": the category of a team's role (see {@link TEAM_ROLES})
   * when `e`, the body named with it, is a place or of no known kind; else null.
   */
  teamRole(head: string, e: Entity): SourceCategory | null {
    const team = TEAM_ROLES.get(head);
    return team !== undefined && (e.kind === 'place' || (this.of(e) === null && this.takenForFirm(e))) ? team : null;
  }

  /**
   * "a Tesco spokesman": an organisation the article says nothing more about (an organisation or a lone
   * word, for which {@link of} found no category: callers ask that first) is taken for a firm, as when it
   * speaks itself.
   */
  takenForFirm(e: Entity): boolean {
    return e.kind === 'org' || (e.kind === null && e.words.length === 1);
  }
}
