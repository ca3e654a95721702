/**
 * Speaker resolution: turns a source mention into the canonical source within the article.
 *
 * - Titles are split from names with the {@link TITLE_WORDS} lexicon ("Navy Admiral Michael Mullen" →
 *   title "Navy Admiral", name "Michael Mullen").
 * - Surnames resolve to the fullest mention in the article ("Gates" → "Robert Gates", "Sadr" →
 *   "Moqtada al-Sadr"); acronyms written after a name resolve to it ("AFP" → "Agence France-Presse").
 * - Pronouns resolve to the latest compatible speaker (he/she → person, they → plural, it → the clause
 *   subject or an organisation).
 * - Definite descriptions ("the military", "the administration") resolve to the fullest earlier
 *   "X military" / "X administration"; "the admiral", "the head of …" to the latest person speaker.
 * - Documents and outlets: "an article published in the Wall Street Journal" → "Wall Street Journal",
 *   "an Esquire magazine article" → "Esquire magazine".
 * - Unnamed sources ("a military official") keep their phrase (first word lower-cased), `named: false`.
 * @module
 */
import type { SourceCategory } from '../../types.ts';
import { categorize } from './categories.ts';
import type { RawAttribution } from './context.ts';
import { lowers, type Scan, type Tok } from './scan.ts';
import { DETERMINERS, DOC_NOUNS, PREPOSITIONS } from './words.ts';

/** Title words (lower case). A capitalised run's title is everything up to its last title word. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'general', 'admiral', 'navy', 'army', 'air', 'force', 'marine',
  'defense', 'defence', 'foreign', 'interior', 'finance', 'state', 'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative',
  'governor', 'gov', 'gov.', 'mayor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'professor',
  'chairman', 'chairwoman', 'chair', 'chief', 'director', 'judge', 'justice', 'ambassador', 'spokesman', 'spokeswoman',
  'commander', 'colonel', 'col', 'col.', 'lt', 'lt.', 'lieutenant', 'sergeant', 'sgt', 'sgt.', 'captain', 'capt', 'capt.',
  'major', 'gen', 'gen.', 'adm', 'adm.', 'brig', 'brigadier', 'attorney', 'deputy', 'assistant', 'former', 'acting',
  'king', 'queen', 'prince', 'princess', 'sheikh', 'ayatollah', 'grand', 'cardinal', 'pope', 'bishop', 'reverend', 'rev',
  'rev.', 'speaker', 'leader', 'majority', 'minority', 'house', 'senate', 'democratic', 'republican', 'candidate', 'nominee',
  'ceo', 'executive', 'officer', 'chancellor', 'premier', 'sir', 'lord', 'lady', 'dame', 'detective', 'inspector', 'sheriff',
  'officer', 'councillor', 'councilman', 'councilwoman', 'congressman', 'congresswoman', 'delegate', 'commissioner',
  'staff', 'homeland', 'security', 'national', 'press', 'u.s.', 'us', 'federal',
]);

const NATIONALITIES = new Set(['iranian', 'iraqi', 'american', 'british', 'french', 'german', 'russian', 'chinese', 'israeli', 'palestinian', 'syrian', 'afghan', 'pakistani', 'indian', 'japanese', 'turkish', 'saudi', 'u.s.', 'us', 'egyptian', 'mexican', 'canadian', 'australian', 'ukrainian', 'korean', 'italian', 'spanish']);

/** Head nouns of organisation descriptions ("the military", "the Bush administration"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'military', 'administration', 'government', 'army', 'navy', 'police', 'ministry', 'company', 'campaign', 'militia',
  'party', 'agency', 'department', 'committee', 'council', 'court', 'regime', 'embassy', 'commission', 'firm', 'group',
  'forces', 'authorities', 'coalition', 'senate', 'congress', 'parliament', 'cabinet', 'board', 'union', 'bank', 'newspaper',
  'magazine', 'network', 'channel', 'paper',
]);

/** Person description heads that corefer with the latest person speaker ("the admiral", "the head of …"). */
const PERSON_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'head', 'chief', 'leader', 'chairman', 'admiral', 'general', 'secretary', 'minister', 'president', 'senator', 'governor',
  'commander', 'official', 'spokesman', 'spokeswoman', 'candidate', 'nominee', 'mayor', 'cleric', 'businessman', 'billionaire',
]);

/** Well-known abbreviations that stand for the same name. */
export const NAME_ALIASES: ReadonlyMap<string, string> = new Map([
  ['us', 'united states'], ['u.s.', 'united states'], ['u.s', 'united states'], ['america', 'united states'], ['usa', 'united states'],
  ['uk', 'united kingdom'], ['u.k.', 'united kingdom'], ['britain', 'united kingdom'], ['un', 'united nations'], ['u.n.', 'united nations'],
  ['eu', 'european union'], ['e.u.', 'european union'],
]);

const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'van', 'von', 'der', 'la', 'le', 'del', 'di', 'du', 'abu', 'ben']);
const RUN_GLUE = new Set(['of', 'the', 'for', 'and', '&', 'de', 'del', 'al']);

/** A name mention found in the article. */
interface Entity {
  /** Canonical display text ("Michael Mullen", "Agence France-Presse", "United States military"). */
  name: string;
  key: string[];
  title: string | null;
  kind: 'person' | 'org';
  pos: number;
  context: string[];
}

/** Resolved speaker fields. */
export interface Resolved {
  speaker: string | null;
  title: string | null;
  named: boolean;
  category: SourceCategory;
}

/** A copy of a resolved speaker: a literal in field order, since an optimized spread (`{ ...r }`) makes a second hidden class. */
const copyResolved = (r: Resolved): Resolved => ({ speaker: r.speaker, title: r.title, named: r.named, category: r.category });

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
const keyCache = new Map<string, readonly string[]>();
/** Normalised name key (lower case, no "the", possessive and edge punctuation stripped, aliases expanded); memoised. */
function keyOf(s: string): string[] {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = Object.freeze(computeKey(s));
    if (keyCache.size > 50000) keyCache.clear();
    keyCache.set(s, k);
  }
  return k as string[];
}
function computeKey(s: string): string[] {
  const out: string[] = [];
  for (const raw of s.toLowerCase().split(' ')) {
    let w = raw;
    if (w.endsWith("'s") || w.endsWith('\u2019s')) w = w.slice(0, -2);
    let a = 0;
    let b = w.length;
    while (a < b && !isAlnum(w.charCodeAt(a))) a++;
    while (b > a && !isAlnum(w.charCodeAt(b - 1)) && w[b - 1] !== '.') b--;
    w = w.slice(a, b);
    if (!w || w === 'the') continue;
    const alias = NAME_ALIASES.get(w);
    if (alias) for (const x of alias.split(' ')) out.push(x);
    else out.push(w);
  }
  return out;
}

/** Capitalised words that are dates, not names ("spoke on Friday. … he said" must not resolve to Friday). "May" is left out: it is also a surname. */
const TEMPORAL: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'today', 'yesterday', 'tomorrow', 'christmas', 'easter',
]);

/** Capitalised runs of the article: candidate names with their titles. */
function findEntities(scan: Scan, needed: ReadonlySet<string> | null): { entities: Entity[]; aliases: Map<string, Entity> } {
  const toks = scan.toks;
  const entities: Entity[] = [];
  const aliases = new Map<string, Entity>();
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (!(t.kind === 'word' && t.cap) || t.lower === 'the') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length && toks[j].sent === t.sent) {
      const u = toks[j];
      if (u.kind === 'word' && u.cap) j++;
      else if (u.kind === 'word' && (RUN_GLUE.has(u.lower) || NAME_PARTICLES.has(u.lower)) && toks[j + 1]?.cap && toks[j + 1].kind === 'word' && u.lower !== 'and') j++;
      else if (u.text === '.' && u.start === toks[j - 1].end && toks[j - 1].text.length <= 3 && toks[j + 1]?.cap) j++;
      else break;
    }
    // explicit bounds tests here and below: an out-of-bounds read deoptimizes
    if (needed !== null && !(j + 2 < toks.length && toks[j].text === '(' && toks[j + 2].text === ')')) {
      // only runs that can resolve a source mention (same word) matter
      let hit = false;
      for (let k = i; k < j && !hit; k++) {
        const lw = toks[k].lower;
        if (needed.has(lw)) hit = true;
        else {
          const dash = lw.lastIndexOf('-');
          if (dash > 0 && needed.has(lw.slice(dash + 1))) hit = true;
        }
      }
      if (!hit) {
        i = j;
        continue;
      }
    }
    // sentence-initial common words ("Officials", "Several") are not names when the run is a single word followed by lower case
    const isSentStart = i === scan.sentences[t.sent].tokStart || toks[i - 1]?.kind === 'quote';
    let a = 0;
    if (isSentStart && (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || /^(?:he|she|they|it|we|i|but|and|in|on|at|for|if|when|while|as|after|this|that|there|what|officials|according)$/.test(t.lower))) a = 1;
    const run = toks.slice(i + a, j);
    if (run.length > 0) {
      const { title, name: name0 } = splitTitle(mergeDots(run));
      const name = cutPlace(name0);
      const text = name.join(' ');
      const nameKey = name.length > 0 ? keyOf(text) : [];
      const temporal = name.length > 0 && name.every((w) => TEMPORAL.has(withoutFinalDot(w.toLowerCase())));
      if (nameKey.length > 0 && !temporal) {
        const orgish = /\b(?:Committee|Army|Journal|Agency|Party|Council|Ministry|Department|Inc|Corp|Times|Post|News|University|Institute|Cross|Government|Administration|Union|Bank|Court|Congress|Senate|House|Organization|Association|Foundation|Commission|Office|Force|Forces|Guard|Press|Presse|Network|Group|Company|Post|Street|Magazine|Tribune|Herald|Watch|International|Nations|Council|Service|Center|Centre|Fund)\b/.test(text) || /^[A-Z][A-Z.&-]+$/.test(text);
        // A capitalised run right after "the" names a body or a thing ("the Joint Chiefs of Staff",
        // "the Persian Gulf"), not a person, unless it starts with a title ("the Defense Secretary Robert Gates").
        const afterThe = toks[i + a - 1]?.lower === 'the' && title.length === 0;
        const ent: Entity = { name: text, key: nameKey, title: title.length ? title.join(' ') : null, kind: orgish || afterThe ? 'org' : 'person', pos: toks[i + a].start, context: [] };
        // context: "militia led by X", "X administration", "X's militia"
        if (i >= 2 && toks[i - 1].lower === 'by' && /^(?:led|headed|run|founded|commanded)$/.test(toks[i - 2].lower)) {
          ent.context.push(lowers(toks.slice(Math.max(0, i - 4), i)).join(' '));
        }
        let k = j;
        if (k < toks.length && toks[k].lower === "'s") k++;
        if (k < toks.length && ORG_HEADS.has(toks[k].lower)) ent.context.push(toks[k].lower);
        entities.push(ent);
        // acronym in parentheses: "Agence France-Presse (AFP)"
        if (j + 2 < toks.length && toks[j].text === '(' && toks[j + 1].kind === 'word' && /^[A-Z][A-Z.&-]+$/.test(toks[j + 1].text) && toks[j + 2].text === ')') {
          aliases.set(toks[j + 1].lower, ent);
          ent.kind = 'org';
          j += 3;
        }
      }
    }
    i = Math.max(j, i + 1);
  }
  return { entities, aliases };
}

/** `w` without one final period ("Jan." → "Jan"). */
const withoutFinalDot = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);

/** Splits "Navy Admiral Michael Mullen" into title ["Navy", "Admiral"] and name ["Michael", "Mullen"]. */
export function splitTitle(words: readonly string[]): { title: string[]; name: string[] } {
  // the title is a prefix of title words (nationality adjectives and "of"/"the" allowed inside)
  let last = -1;
  for (let k = 0; k < words.length; k++) {
    const lw = words[k].toLowerCase();
    if (TITLE_WORDS.has(lw) || (lw.endsWith('.') && TITLE_WORDS.has(lw.slice(0, -1)))) last = k;
    else if (NATIONALITIES.has(lw) && k + 1 < words.length && TITLE_WORDS.has(words[k + 1].toLowerCase())) continue;
    else if ((lw === 'of' || lw === 'the' || lw === 'for') && last === k - 1 && k + 1 < words.length && TITLE_WORDS.has(words[k + 1].toLowerCase().replace(/^the$/, 'x'))) continue;
    else break;
  }
  const title = words.slice(0, last + 1) as string[];
  const name = words.slice(last + 1) as string[];
  if (name.length && /^(?:of|the|for)$/i.test(name[0])) {
    // "Chairman of the Joint Chiefs": a role, not a name
    return { title: [], name: [] };
  }
  return { title, name };
}

/** Token texts with an adjacent period merged into the word before it ("Mr" "." → "Mr."). */
function mergeDots(words: readonly Tok[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.text === '.' && out.length > 0 && i > 0 && words[i - 1].end === w.start) out[out.length - 1] += '.';
    else if (w.text !== '.') out.push(w.text);
  }
  return out;
}

/** "Charles B. Rangel of New York" → "Charles B. Rangel" (a person's place of origin is not part of the name). */
function cutPlace(name: string[]): string[] {
  const i = name.indexOf('of');
  if (i >= 2 && !ORG_WORD.test(name.slice(0, i).join(' '))) return name.slice(0, i);
  return name;
}

const ORG_WORD = /\b(?:Committee|Army|Journal|Agency|Party|Council|Ministry|Department|Inc|Corp|Times|Post|News|University|Institute|Cross|Government|Administration|Union|Bank|Court|Congress|Senate|House|Organization|Association|Foundation|Commission|Office|Force|Forces|Guard|Press|Presse|Network|Group|Company|Street|Magazine|Tribune|Herald|Watch|International|Nations|Service|Center|Centre|Fund|Board|Bureau|League|Society|Chamber|School|College|Church|Club|Museum|Federation|Coalition|Alliance|Movement|Front|Council|Secretary|Minister|Chiefs|Staff|State|States)\b/;

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

const SPOKES_ONLY = /\bspokes(?:man|woman|person)\b/i;

/** Markdown emphasis markers around words ("*Esquire*", "_Times_") are not part of a name. */
const stripEmphasis = (s: string | null): string | null => (s === null ? null : s.replace(/(^|[\s(])[*_]+(?=\S)|(\S)[*_]+(?=$|[\s,.;:)'\u2019])/g, '$1$2').replace(/\s+/g, ' ').trim());

/** Resolves speakers, titles, `named` and categories for the raw attributions, in text order. */
export function resolveSpeakers(scan: Scan, raws: readonly RawAttribution[]): Resolved[] {
  if (raws.length === 0) return [];
  const toks0 = scan.toks;
  // entity index restricted to the words of the source mentions; the full index only when a pronoun needs it
  const needed = new Set<string>();
  for (const r of raws) {
    const rg = r.sourceToks?.antecedent ?? r.sourceToks;
    if (!rg) continue;
    for (let k = rg.start; k < rg.end; k++) needed.add(toks0[k].lower);
  }
  const { entities, aliases } = findEntities(scan, needed);
  let allEntities: Entity[] | null = null;
  let descList: ReturnType<typeof buildDescriptions> | null = null;
  let capInside: Set<string> | null = null;
  let orgNames: Set<string> | null = null;
  const contextCache = new Map<string, string[]>();
  type Desc = ReturnType<typeof buildDescriptions>[number];
  let descIdx: { byKey: Map<string, Desc>; byHead: Map<string, Desc[]> } | null = null;
  /** Descriptions indexed by normalised key (the fullest display wins, first on ties) and by head noun (text order). */
  const descIndex = (): { byKey: Map<string, Desc>; byHead: Map<string, Desc[]> } => {
    if (descIdx) return descIdx;
    const byKey = new Map<string, Desc>();
    const byHead = new Map<string, Desc[]>();
    descList ??= buildDescriptions(scan);
    for (const d of descList) {
      const k = d.key.join(' ');
      const b = byKey.get(k);
      if (!b || d.name.length > b.name.length) byKey.set(k, d);
      const l = byHead.get(d.head);
      if (l) l.push(d);
      else byHead.set(d.head, [d]);
    }
    descIdx = { byKey, byHead };
    return descIdx;
  };
  const text = scan.text;
  const toks = scan.toks;
  // order of processing: by cue position, so pronouns see earlier speakers
  // push loops, not Array.prototype.map (packed in the interpreter, holey from optimized code: two hidden classes)
  const order: number[] = [];
  const out: Resolved[] = [];
  for (let i = 0; i < raws.length; i++) {
    order.push(i);
    out.push({ speaker: null, title: null, named: false, category: 'other' });
  }
  order.sort((a, b) => raws[a].cue.start - raws[b].cue.start || a - b);
  const history: { pos: number; res: Resolved; plural: boolean; person: boolean; org: boolean }[] = [];
  // latest history index per lower-cased title (for bare titles: "the Defense Secretary" → latest speaker with that title)
  const latestByTitle = new Map<string, number>();
  // latest history index per last word of a multi-word speaker ("the port authority" under "authority")
  const latestByHead = new Map<string, number>();
  const pushHistory = (h: { pos: number; res: Resolved; plural: boolean; person: boolean; org: boolean }): void => {
    if (h.res.title) latestByTitle.set(h.res.title.toLowerCase(), history.length);
    const sp = h.res.speaker;
    const sp1 = sp ? sp.lastIndexOf(' ') : -1;
    if (sp1 > 0) latestByHead.set(sp!.slice(sp1 + 1).toLowerCase(), history.length);
    history.push(h);
  };
  // index: last name word (and its part after a hyphen, "al-Sadr" → "sadr") → entities; name → first title
  const byLast = new Map<string, Entity[]>();
  const titleOf = new Map<string, string>();
  // one representative per (name, kind) — the first mention — with the titles and contexts of all its mentions
  const repOf = { person: new Map<string, Entity>(), org: new Map<string, Entity>() };
  const ctxOfRep = new Map<Entity, Set<string>>();
  /** Adds a mention's title and contexts to its representative's set (created only when there is something to add). */
  const addContext = (rep: Entity, e: Entity): void => {
    if (!e.title && e.context.length === 0) return;
    let set = ctxOfRep.get(rep);
    if (!set) ctxOfRep.set(rep, (set = new Set()));
    if (e.title) set.add(e.title);
    for (const cx of e.context) set.add(cx);
  };
  for (const e of entities) {
    const rep = repOf[e.kind].get(e.name);
    if (rep) {
      addContext(rep, e);
      if (e.title && !titleOf.has(e.name)) titleOf.set(e.name, e.title);
      continue;
    }
    addContext(e, e);
    repOf[e.kind].set(e.name, e);
    const el = e.key[e.key.length - 1];
    const keys = [el];
    const dash = el.lastIndexOf('-');
    if (dash > 0) keys.push(el.slice(dash + 1));
    for (const k of keys) {
      const list = byLast.get(k);
      if (list) list.push(e);
      else byLast.set(k, [e]);
    }
    if (e.title && !titleOf.has(e.name)) titleOf.set(e.name, e.title);
  }
  const fullestCache = new Map<string, Entity | null>();
  const fullest = (key: string[], kind?: 'person' | 'org'): Entity | null => {
    // entities whose key ends with the mention's last word and contains all its words; the longest wins
    if (key.length === 0) return null;
    const ck = `${kind ?? ''}\u0000${key.join(' ')}`;
    const hit = fullestCache.get(ck);
    if (hit !== undefined) return hit;
    let best: Entity | null = null;
    for (const e of byLast.get(key[key.length - 1]) ?? []) {
      if (kind && e.kind !== kind) continue;
      const ek = e.key;
      if (!key.every((w) => ek.includes(w) || ek.some((x) => x.endsWith('-' + w)))) continue;
      if (!best || ek.length > best.key.length) best = e;
    }
    fullestCache.set(ck, best);
    return best;
  };
  const entityTitle = (e: Entity): string | null => titleOf.get(e.name) ?? null;
  const contextOf = (e: Entity): string[] => {
    const k = `${e.name}\u0000${e.key[e.key.length - 1]}`;
    let c = contextCache.get(k);
    if (!c) {
      const last = e.key[e.key.length - 1];
      const set = new Set<string>();
      for (const x of byLast.get(last) ?? []) {
        if (!(x.name === e.name || (x.kind === 'person' && x.key[x.key.length - 1] === last))) continue;
        for (const cx of ctxOfRep.get(x) ?? []) set.add(cx);
      }
      c = [...set].sort();
      contextCache.set(k, c);
    }
    return c;
  };
  for (const idx of order) {
    const r = raws[idx];
    const res = out[idx];
    const sharedFrom = r.sharedWith >= 0 ? out[r.sharedWith] : null;
    if (sharedFrom) {
      Object.assign(res, sharedFrom);
      pushHistory({ pos: r.cue.start, res, plural: false, person: true, org: false });
      continue;
    }
    if (!r.source || !r.sourceToks) {
      res.category = 'other';
      continue;
    }
    const range = r.sourceToks.antecedent ?? r.sourceToks;
    const stoks = toks.slice(range.start, range.end);
    const phrase = text.slice(stoks[0].start, stoks[stoks.length - 1].end);
    const appositive = r.appositive ? text.slice(r.appositive.start, r.appositive.end) : null;
    const lw = lowers(stoks);
    let resolved = false;
    let isPlural = false;
    let isPerson = false;
    let isOrg = false;
    // pronouns
    if (stoks.length === 1 && /^(?:he|she|they|it|him|her)$/.test(lw[0])) {
      const p = lw[0];
      let found: Resolved | null = null;
      if (p === 'it') {
        const subj = clauseSubject(scan, r.sourceToks.start);
        if (subj) {
          const sub = describe(subj);
          if (sub) found = sub;
        }
        if (!found) for (let h = history.length - 1; h >= 0 && h >= history.length - 6; h--) if (history[h].org) { found = history[h].res; break; }
      } else if (p === 'they') {
        for (let h = history.length - 1; h >= 0 && h >= history.length - 4; h--) if (history[h].plural || history[h].org) { found = history[h].res; break; }
      } else {
        for (let h = history.length - 1; h >= 0 && h >= history.length - 8; h--) if (history[h].person && !history[h].plural) { found = history[h].res; break; }
        if (!found) {
          // latest person entity mentioned before
          let best: Entity | null = null;
          allEntities ??= findEntities(scan, null).entities;
          // latest person entity before the pronoun (entities are in text order)
          let lo2 = 0;
          let hi2 = allEntities.length;
          while (lo2 < hi2) {
            const mid = (lo2 + hi2) >> 1;
            if (allEntities[mid].pos < r.source.start) lo2 = mid + 1;
            else hi2 = mid;
          }
          for (let k = lo2 - 1; k >= 0 && k >= lo2 - 200; k--) {
            if (allEntities[k].kind === 'person' && allEntities[k].key.length >= 1) {
              best = allEntities[k];
              break;
            }
          }
          if (best) {
            const full = fullest(best.key, 'person') ?? best;
            found = { speaker: full.name, title: entityTitle(full), named: true, category: categorize([entityTitle(full), ...contextOf(full)]) };
          }
        }
      }
      if (found) {
        Object.assign(res, found);
        resolved = true;
        isPerson = p !== 'it' && p !== 'they';
        isPlural = p === 'they';
        isOrg = p === 'it';
      } else {
        res.speaker = p;
        res.named = false;
        res.category = 'other';
        resolved = true;
      }
    }
    if (!resolved) {
      const d = describe({ start: range.start, end: range.end }, appositive);
      if (d) {
        if (d.named && (SPOKES_ONLY.test(phrase) || (appositive !== null && SPOKES_ONLY.test(appositive)) || (d.title !== null && SPOKES_ONLY.test(d.title))) && !(appositive !== null && /\b(?:for|of|at|from)\b/i.test(appositive))) {
          // "A spokeswoman, Elena Varga, said" after "The Red Cross said": she speaks for the latest organisation
          for (let h = history.length - 1; h >= 0 && h >= history.length - 3; h--) {
            if (history[h].org && history[h].res.named && history[h].res.category !== 'other') {
              d.category = history[h].res.category;
              break;
            }
          }
        }
        Object.assign(res, d);
        // A named source is a person unless it is an organisation's name; without an entity to tell, media, ngo
        // and business names are taken as organisations — but a titled name ("Union spokesman Daniel Okafor") is a person.
        isPerson = d.named && !isOrgName(d.speaker ?? '') && (d.title !== null || (d.category !== 'media' && d.category !== 'ngo' && d.category !== 'business'));
        isOrg = !isPerson;
        isPlural = /s$/.test(lw[lw.length - 1]) && !d.named;
      } else {
        res.speaker = lowerFirst(phrase);
        res.named = false;
        res.category = categorize([phrase, appositive]);
      }
    }
    pushHistory({ pos: r.cue.start, res, plural: isPlural, person: isPerson, org: isOrg });
  }
  for (const o of out) {
    if (o.speaker !== null && (o.speaker.includes('*') || o.speaker.includes('_'))) o.speaker = stripEmphasis(o.speaker);
    if (o.title !== null && (o.title.includes('*') || o.title.includes('_'))) o.title = stripEmphasis(o.title);
  }
  return out;

  function isOrgName(name: string): boolean {
    if (orgNames === null) {
      orgNames = new Set();
      for (const e of entities) if (e.kind === 'org') orgNames.add(e.name);
    }
    return orgNames.has(name) || /\b(?:military|administration|government)$/i.test(name);
  }

  /** Describes a source token range: named entity, document author, definite description or anonymous phrase. */
  function describe(range: { start: number; end: number }, appositive: string | null = null): Resolved | null {
    const stoks = toks.slice(range.start, range.end);
    if (stoks.length === 0) return null;
    const lw = lowers(stoks);
    const phrase = text.slice(stoks[0].start, stoks[stoks.length - 1].end);
    // head region: up to the first preposition / participle after the first word
    let headEnd = stoks.length;
    for (let k = 1; k < stoks.length; k++) {
      if ((PREPOSITIONS.has(lw[k]) && lw[k] !== 'of') || (!stoks[k].cap && lw[k].endsWith('ed') && lw[k].length > 4) || stoks[k].text === ',' || (stoks[k].text === '(' && k > 0)) {
        headEnd = k;
        break;
      }
    }
    const head = stoks.slice(0, headEnd);
    const hl = lowers(head);
    const headNoun = hl[hl.length - 1];
    // documents: "an article published in the Wall Street Journal", "a report by AFP", "an Esquire magazine article"
    const docIdx0 = head.findIndex((t) => DOC_NOUNS.has(t.lower) && !t.cap);
    if (docIdx0 >= 0) {
      const docIdx = docIdx0;
      const mods = head.slice(0, docIdx).filter((t) => !DETERMINERS.has(t.lower));
      if (mods.length > 0 && mods[0].cap && (mods[0].start !== scan.sentences[mods[0].sent].start || mods.length > 1 || isProperLike(mods[0]))) {
        const name = text.slice(mods[0].start, mods[mods.length - 1].end);
        const ent = aliases.get(mods[0].lower);
        const disp = ent ? ent.name : name;
        return { speaker: disp, title: null, named: true, category: categorize(['media', disp]) === 'other' ? 'media' : categorize([disp, 'media']) };
      }
      // by/in/from + Name
      for (let k = headEnd; k < stoks.length; k++) {
        if ((lw[k] === 'by' || lw[k] === 'in' || lw[k] === 'from' || lw[k] === 'of') && stoks[k + 1]) {
          let a = k + 1;
          while (a < stoks.length && DETERMINERS.has(lw[a])) a++;
          let b = a;
          while (b < stoks.length && (stoks[b].cap || (RUN_GLUE.has(lw[b]) && stoks[b + 1]?.cap) || stoks[b].text === '-')) b++;
          if (b > a) {
            const sub = describe({ start: range.start + a, end: range.start + b });
            if (sub && sub.named) {
              if (sub.category === 'other') sub.category = 'media';
              return sub;
            }
          }
        }
      }
      // anonymous documents: "media reports"
      return { speaker: anonymousName(phrase, stoks), title: null, named: false, category: categorize([phrase]) };
    }
    // proper names: the last capitalised run in the head
    let e2 = head.length;
    while (e2 > 0 && !head[e2 - 1].cap && head[e2 - 1].text !== ')') e2--;
    let b2 = e2;
    while (b2 > 0 && (head[b2 - 1].cap || RUN_GLUE.has(head[b2 - 1].lower) || NAME_PARTICLES.has(head[b2 - 1].lower) || head[b2 - 1].text === '(' || head[b2 - 1].text === ')' || head[b2 - 1].text === '.' || head[b2 - 1].lower === "'s")) b2--;
    while (b2 < e2 && !head[b2].cap) b2++;
    const trailingLower = head.slice(e2).filter((t) => t.kind === 'word');
    const allCapHead = e2 > b2 && trailingLower.length === 0;
    if (e2 > b2 && (allCapHead || (trailingLower.length === 1 && ORG_HEADS.has(trailingLower[0].lower)))) {
      let words = head.slice(b2, e2).filter((t) => t.text !== '(' && t.text !== ')');
      // acronym in parentheses after a name: keep the name
      if (words.length > 1 && /^[A-Z][A-Z.&-]+$/.test(words[words.length - 1].text) && head[e2 - 1]?.text === ')') words = words.slice(0, -1);
      if (words.length && words[0].lower === 'the') words = words.slice(1);
      const w0 = range.start + head.indexOf(words[0]);
      const sentInit = words.length > 0 && (words[0].start === scan.sentences[words[0].sent].start || toks[w0 - 1]?.kind === 'quote');
      if (words.length === 1 && sentInit && (DETERMINERS.has(words[0].lower) || /^(?:officials|police|experts|analysts|critics|residents|witnesses|sources|others|people|some)$/.test(words[0].lower) || (/^[A-Z][a-z]+(?:-[a-z]+)*[^s']s$/.test(words[0].text) && !isProperLike(words[0])))) {
        // not a name
      } else if (words.length > 0) {
        const st = trailingLower.length === 1 ? { title: [] as string[], name: mergeDots(words) } : splitTitle(mergeDots(words));
        const title = st.title;
        const name = cutPlace(st.name);
        let titleText = title.length ? title.join(' ') : null;
        if (titleText === null && name.length > 0 && trailingLower.length === 0) {
          // "Union spokesman Daniel Okafor": a role noun in lower case right before the name, with its modifiers
          const wb = head.indexOf(words[0]);
          let pa = 0;
          while (pa < wb && DETERMINERS.has(head[pa].lower)) pa++;
          const pre = head.slice(pa, wb);
          if (pre.length > 0 && pre.length <= 4 && !pre[pre.length - 1].cap && TITLE_WORDS.has(pre[pre.length - 1].lower) && pre.every((x) => x.kind === 'word')) titleText = text.slice(pre[0].start, pre[pre.length - 1].end);
        }
        if (name.length === 0) {
          // a bare title: "the Defense Secretary" → latest entity with that title
          const tl = (titleText ?? '').toLowerCase();
          const suffix = tl.split(' ').pop() ?? '';
          let bestH = -1;
          for (const [t, h] of latestByTitle) if (h > bestH && t.endsWith(suffix)) bestH = h;
          if (bestH >= 0) return copyResolved(history[bestH].res);
          return { speaker: anonymousName(phrase, stoks), title: titleText, named: false, category: categorize([titleText, phrase, appositive]) };
        }
        let display = name.join(' ');
        if (trailingLower.length === 1) display = `${display} ${trailingLower[0].text}`;
        const key = keyOf(display);
        // acronym alias
        if (key.length === 1 && aliases.has(key[0])) {
          const ent = aliases.get(key[0])!;
          return { speaker: ent.name, title: null, named: true, category: categorize([ent.name, display, ...ent.context]) };
        }
        const best = fullest(key);
        if (trailingLower.length === 1) {
          // "US military" → "United States military": fullest org description with the same key
          const desc = fullestDescription(key);
          if (desc) display = desc.name;
          return { speaker: display, title: titleText, named: true, category: categorize([display, titleText, appositive]) };
        }
        const canon = best && best.key.length >= key.length ? best : null;
        const speaker = canon ? canon.name : display.replace(/\s*'s$/, '');
        const t2 = titleText ?? (canon ? entityTitle(canon) : null);
        const ctx = canon ? contextOf(canon) : [];
        return { speaker, title: t2, named: true, category: categorize([t2, speaker, appositive, ...ctx, phrase]) };
      }
    }
    // definite descriptions: "the military", "the administration", "The head of a military"
    if (lw[0] === 'the' && (PERSON_DESCRIPTIONS.has(lw[1] ?? '') || PERSON_DESCRIPTIONS.has(lw[2] ?? '')) && (lw.length <= 3 || lw[2] === 'of' || lw[3] === 'of')) {
      for (let h = history.length - 1; h >= 0 && h >= history.length - 4; h--) {
        if (history[h].person && history[h].res.named) return copyResolved(history[h].res);
      }
    }
    if (lw[0] === 'the' && head.length <= 3) {
      if (ORG_HEADS.has(headNoun)) {
        const d = latestDescription(headNoun, stoks[0].start);
        if (d) return { speaker: d.name, title: null, named: true, category: categorize([d.name]) };
      }
      if (PERSON_DESCRIPTIONS.has(headNoun) || PERSON_DESCRIPTIONS.has(hl[1] ?? '')) {
        for (let h = history.length - 1; h >= 0 && h >= history.length - 4; h--) {
          if (history[h].person && history[h].res.named) return copyResolved(history[h].res);
        }
      }
    }
    if (lw[0] === 'the' && stoks.length === 2 && stoks[1].kind === 'word' && !stoks[1].cap) {
      // "the authority" → the fullest earlier speaker with the same head noun ("the port authority")
      const h = latestByHead.get(lw[1]);
      if (h !== undefined) return copyResolved(history[h].res);
    }
    return { speaker: anonymousName(phrase, stoks), title: null, named: false, category: categorize([phrase, appositive]) };
  }

  function anonymousName(phrase: string, stoks: Tok[]): string {
    const first = stoks[0];
    if (!first.cap) return phrase;
    if (stoks[1]?.lower === "'s") return phrase;
    if (DETERMINERS.has(first.lower) || !isProperLike(first)) return lowerFirst(phrase);
    return phrase;
  }

  function isProperLike(t: Tok): boolean {
    // capitalised somewhere else in the article not at a sentence start → proper noun / adjective
    if (capInside === null) {
      capInside = new Set();
      for (const u of toks) if (u.cap && u.kind === 'word' && u.start !== scan.sentences[u.sent].start) capInside.add(u.lower);
    }
    return capInside.has(t.lower) || /^(?:[A-Z][a-z]+(?:an|ian|ese|ish|i))$/.test(t.text);
  }

  /** "X military" descriptions: the fullest display with the same normalised key. */
  function fullestDescription(key: string[]): { name: string; key: string[] } | null {
    return descIndex().byKey.get(key.join(' ')) ?? null;
  }

  function latestDescription(head: string, before: number): { name: string } | null {
    const list = descIndex().byHead.get(head);
    if (!list) return null;
    // descriptions are in text order: binary search for the last one before `before`
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].pos < before) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return null;
    const best = list[lo - 1];
    return fullestDescription(best.key) ?? best;
  }
}

/** "X military", "Bush administration": organisation descriptions of the article with their head noun. */
function buildDescriptions(scan: Scan): { name: string; key: string[]; head: string; pos: number }[] {
  const list: { name: string; key: string[]; head: string; pos: number }[] = [];
  const toks = scan.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word' || t.cap || !ORG_HEADS.has(t.lower)) continue;
    let k = i;
    if (toks[k - 1]?.lower === "'s") k--;
    let a = k;
    while (a > 0 && toks[a - 1].cap && toks[a - 1].kind === 'word' && toks[a - 1].lower !== 'the') a--;
    if (a === k) continue;
    if (a === scan.sentences[toks[a].sent].tokStart && DETERMINERS.has(toks[a].lower)) a++;
    if (a >= k) continue;
    let name = toks[a].text;
    for (let m = a + 1; m < k; m++) name += ' ' + toks[m].text;
    name += ' ' + t.text;
    list.push({ name, key: keyOf(name), head: t.lower, pos: t.start });
  }
  return list;
}

/** Subject of the clause containing token `at` (for "it"): the sentence subject after a fronted adverbial. */
function clauseSubject(scan: Scan, at: number): { start: number; end: number } | null {
  const toks = scan.toks;
  const s = scan.sentences[toks[at].sent];
  let a = s.tokStart;
  if (PREPOSITIONS.has(toks[a].lower) || /^(?:on|in|at|last|this|earlier)$/.test(toks[a].lower)) {
    while (a < at && toks[a].text !== ',') a++;
    a++;
  }
  if (a >= at) return null;
  let k = a;
  while (k < at && k - a < 10) {
    const t = toks[k];
    if (t.kind === 'punct' || t.kind === 'quote') break;
    if (k > a && /^(?:is|are|was|were|has|have|had|will|would|that|which|who|fired|said)$/.test(t.lower)) break;
    if (k > a && !t.cap && t.lower.endsWith('ed') && t.lower.length > 4 && toks[k + 1]?.lower !== 'by') break;
    k++;
  }
  if (k === a) return null;
  if (toks[a].lower === 'it') return null;
  return { start: a, end: k };
}
