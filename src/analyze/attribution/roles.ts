/**
 * Role phrases: what the article says a named person or organisation is, next to a mention.
 *
 * - a title and the words before it: "White House press secretary Stephanie Grisham", "China's
 *   ambassador to Britain Liu Xiaming", "tech market research firm IDC";
 * - an appositive after it: "Gwynne Shotwell, president and chief operating officer of SpaceX,",
 *   "Scott Strenfel, PG&E's principal meteorologist.", "Stratfor, the Texas-based … organization";
 * - "of" + organisation: "Penelope Muse Abernathy of the University of North Carolina";
 * - a party in parentheses: "(D-N.Y.)"; a relative clause "…, who heads the agency,".
 *
 * Each role keeps the category its own words state (`phraseCategory`) and the organisation it names,
 * as a name mention or as words ("at the tech giant"); `category.ts` weighs them.
 * @module
 */
import type { SourceCategory } from '../../types.ts';
import { isLexiconWord, lexWordsOf, phraseCategory } from './categories.ts';
import { FORMS_OF_ADDRESS, GENDERED_NOUNS, TEMPORAL } from './entity-words.ts';
import { atClauseStart, type NameMention } from './mentions.ts';
import type { Scan, Tok } from './scan.ts';

/** One role phrase of a mention. */
export interface Role {
  /** Character offset where the phrase begins. */
  pos: number;
  /** The phrase as written. */
  text: string;
  /** The category the role words state, and whether the head is a person's role that speaks for an organisation. */
  stated: ReturnType<typeof phraseCategory>;
  /** Index of the name mention of the organisation the role is at, of or for; -1 when none. */
  org: number;
  /** Every name mention in the phrase after its first preposition ("for the Refugees in Towns Project at Tufts University"), in order. */
  orgs: number[];
  /** Category of an organisation named only by common words ("at the tech giant"), or null. */
  orgCategory: SourceCategory | null;
  /** Where the phrase stands: a title or words before the name, or an appositive or clause after it. */
  place: 'before' | 'after';
}

/** Words that end a role phrase scanning left from a name (verbs, determiners, clause words). */
const LEFT_STOP = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'asked', 'by', 'with',
  'and', 'or', 'but', 'as', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'be', 'been', 'who', 'which', 'when', 'while', 'after',
  'before', 'if', 'from', 'on', 'in', 'according', 'like', 'than', 'between', 'among', 'into', 'about', 'over', 'under', 'against',
  'during', 'since', 'met', 'called', 'named', 'include', 'including', 'included', 'joined', 'led', 'praised', 'thanked', 'urged',
  'his', 'her', 'their', 'its', 'our', 'my', 'your',
]);
/** Words that end an appositive (cues and clause words). */
const RIGHT_STOP = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'noted', 'explained', 'who', 'which', 'that', 'whose', 'where', 'when', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'did', 'does', 'also', 'and']);
const PREPS = new Set(['of', 'at', 'for', 'to', 'with', 'in', 'from', 'on']);
const WHO_ROLE_VERBS = new Map([['heads', 'head'], ['leads', 'leader'], ['runs', 'head'], ['chairs', 'chairman'], ['directs', 'director'], ['founded', 'founder'], ['owns', 'owner'], ['manages', 'manager']]);

/** Token index → index of the name mention covering it (title included), or -1. */
export function mentionIndex(scan: Scan, names: readonly NameMention[]): Int32Array {
  const at = new Int32Array(scan.toks.length).fill(-1);
  names.forEach((m, k) => {
    for (let t = m.ta; t < m.b; t++) at[t] = k;
  });
  return at;
}

/** The role phrases of each name mention (same order as `names`). */
export function findRoles(scan: Scan, names: readonly NameMention[], at: Int32Array): Role[][] {
  const out: Role[][] = [];
  for (let k = 0; k < names.length; k++) {
    const m = names[k];
    const roles: Role[] = [];
    const before = roleBefore(scan, m, at, names) ?? descriptionBefore(scan, m, at) ?? ledBy(scan, m, at);
    if (before) roles.push(before);
    for (const r of rolesAfter(scan, m, at)) roles.push(r);
    out.push(roles);
  }
  return out;
}

/** Gender stated by a role phrase ("spokeswoman"), or null. */
/** The name mentions of the organisations a role names, in order (see {@link Role.orgs}, {@link Role.org}). */
export function orgsOf(r: Role): readonly number[] {
  return r.orgs.length > 0 ? r.orgs : r.org >= 0 ? [r.org] : [];
}

export function roleGender(r: Role): 'm' | 'f' | null {
  for (const w of lexWordsOf(r.text)) {
    const g = GENDERED_NOUNS.get(w);
    if (g) return g;
  }
  return null;
}

/**
 * Title plus the words right before it: "White House press secretary", "Salesforce founder and co-CEO",
 * "China's ambassador to Britain". The words must end in a role or organisation word right before
 * the name (or before "to" + a name), and contain no verb or clause word.
 */
function roleBefore(scan: Scan, m: NameMention, at: Int32Array, names: readonly NameMention[]): Role | null {
  const toks = scan.toks;
  const own = at[m.a];
  const sentStart = scan.sentences[toks[m.ta].sent].tokStart;
  let end = m.ta;
  // "ambassador to Britain Liu Xiaming": skip "to" + a name
  if (end - 2 >= sentStart && at[end - 1] >= 0 && at[end - 1] !== own) {
    const b = firstOfMention(at, end - 1);
    if (b - 1 >= sentStart && toks[b - 1].lower === 'to') end = b - 1;
  }
  let k = end - 1;
  // "Labour's Alan Milburn", "Google's Sundar Pichai", "Ladbrokes' Warren Lush": the body a person belongs
  // to, by a possessive (not a place: "England's Josh Lewsey" plays for a team, he does not speak for a government)
  if (!m.title && k > sentStart && possessiveAfter(toks, k) && at[k - 1] >= 0 && at[k - 1] !== own && names[at[k - 1]].hint !== 'place') return makeRole(scan, firstOfMention(at, k - 1), k + 1, at, 'before', own);
  if (k < sentStart || !isRoleWord(toks[k])) return m.title ? makeRole(scan, m.ta, withoutHonorific(toks, m.ta, m.a), at, 'before', own) : null;
  while (k >= sentStart && end - k <= 7) {
    const t = toks[k];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== '&' && t.text !== '-' && t.text !== '.')) break;
    if (t.kind === 'word' && at[k] < 0 && !isRoleWord(t)) {
      if (LEFT_STOP.has(t.lower) && !(t.lower === 'and' && k > sentStart && isRoleWord(toks[k - 1]) && isRoleWord(toks[k + 1]))) break;
      if (/(?:ed|ing)$/.test(t.lower) && t.lower.length > 4) break;
      if (t.lower === 'of' || t.lower === 'for' || t.lower === 'at' || t.lower === 'to') break;
    }
    k--;
  }
  let a = k + 1;
  // "Last week State Department official David Holmes": a time phrase is not part of the role
  while (a < end && (TEMPORAL.has(toks[a].lower) || /^(?:last|this|next|week|month|year|earlier|later|on)$/.test(toks[a].lower))) a++;
  return makeRole(scan, a, withoutHonorific(toks, a, m.a), at, 'before', own);
}

/** Whether token `k` marks the word before it as a possessive: "'s", or an apostrophe glued to a plural ("Ladbrokes'"). */
function possessiveAfter(toks: readonly Tok[], k: number): boolean {
  if (toks[k].lower === "'s") return true;
  return (toks[k].text === "'" || toks[k].text === '\u2019') && toks[k - 1].end === toks[k].start && toks[k - 1].lower.endsWith('s');
}

/** The end of `[a, b)` without the forms of address that end it ("Lord Chancellor Lord Falconer" has the role "Lord Chancellor"), unless nothing else is left. */
function withoutHonorific(toks: readonly Tok[], a: number, b: number): number {
  let e = b;
  while (e > a && FORMS_OF_ADDRESS.has(toks[e - 1].lower.replace(/\.$/, ''))) e--;
  return e > a ? e : b;
}

/** "A group of physicians, Doctors for Camp Closure, said", "The company's chief executive, Tim Cook,": a description, then the name set off by commas. */
function descriptionBefore(scan: Scan, m: NameMention, at: Int32Array): Role | null {
  const toks = scan.toks;
  if (m.ta < 2 || toks[m.ta - 1].text !== ',' || !(toks[m.b]?.text === ',' || toks[m.b]?.kind === 'word')) return null;
  const sentStart = scan.sentences[toks[m.ta].sent].tokStart;
  if (!isRoleWord(toks[m.ta - 2])) return null;
  // the nearest determiner (or possessive) before the role word, with no verb in between
  let a = m.ta - 2;
  while (a > sentStart && m.ta - a < 12 && toks[a - 1].text !== ',' && toks[a - 1].kind !== 'quote' && !/^(?:a|an|the|another)$/.test(toks[a].lower) && toks[a + 1]?.lower !== "'s") a--;
  if (!/^(?:a|an|the|another)$/.test(toks[a].lower) && toks[a + 1]?.lower !== "'s") return null;
  if (!nounPhrase(toks, a, m.ta - 1)) return null;
  const r = makeRole(scan, a, m.ta - 1, at, 'before', at[m.a]);
  return r.stated ? r : null;
}

/** Verbs and auxiliaries that show a clause, not a noun phrase. */
const VERBISH = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'may', 'might', 'can', 'could', 'should', 'must', 'do', 'does', 'did', 'said', 'says', 'told', 'made', 'took', 'gave', 'got', 'went', 'came', 'saw', 'left', 'put', 'began', 'became', 'sent', 'won', 'lost', 'met', 'ran', 'not']);

/** Whether tokens `[a, b)` before their first preposition look like a noun phrase (no verb-like word). */
function nounPhrase(toks: readonly Tok[], a: number, b: number): boolean {
  // "and still run a business": a conjunction or adverb opens a clause
  if (/^(?:and|but|or|so|then|thus|hence|thereby|still|also|now|even|just|not|only|who|which|where|when|while|as|if|after|before|since|although|though|because|despite)$/.test(toks[a].lower)) return false;
  // "backed by some forecasters", "speaking on Tuesday": a participle opens a clause, not a noun phrase
  if (toks[a].kind === 'word' && !toks[a].cap && /(?:ed|ing)$/.test(toks[a].lower) && toks[a].lower.length > 4 && !isRoleWord(toks[a]) && !/^(?:senior|leading|retired|acting|managing|founding)$/.test(toks[a].lower)) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.kind !== 'word' || t.cap) continue;
    if (PREPS.has(t.lower) && k > a) return true;
    if (VERBISH.has(t.lower)) return false;
    // "Hawk Sawyer testified …": a past form right after a noun or name is a verb ("the disgraced financier" is not)
    const prev = toks[k - 1];
    if (t.lower.endsWith('ed') && t.lower.length > 4 && k > a && !isRoleWord(t) && !/^(?:a|an|the|newly|recently|once|now|former|its|his|her|their)$/.test(prev.lower) && !prev.lower.endsWith('ly')) return false;
  }
  return true;
}

/** "the Mahdi Army militia led by Moqtada al-Sadr", "a group headed by …": the person leads the organisation before. */
function ledBy(scan: Scan, m: NameMention, at: Int32Array): Role | null {
  const toks = scan.toks;
  if (m.ta < 3 || toks[m.ta - 1].lower !== 'by' || !/^(?:led|headed|run|founded|commanded|chaired)$/.test(toks[m.ta - 2].lower)) return null;
  const sentStart = scan.sentences[toks[m.ta].sent].tokStart;
  let a = m.ta - 3;
  while (a > sentStart && m.ta - a < 10 && toks[a - 1].kind === 'word' && !/^(?:a|an|the|is|was|are|were|by|of|in)$/.test(toks[a - 1].lower)) a--;
  const r = makeRole(scan, a, m.ta - 2, at, 'before', at[m.a]);
  if (!r.stated || r.stated.person) return null;
  return { ...r, text: `leader of ${r.text}`, stated: phraseCategory(['leader']), orgCategory: r.stated.category };
}

/** The first token of the mention covering token `t`. */
function firstOfMention(at: Int32Array, t: number): number {
  let k = t;
  while (k > 0 && at[k - 1] === at[t]) k--;
  return k;
}

const isRoleWord = (t: Tok | undefined): boolean => t !== undefined && t.kind === 'word' && isLexiconWord(t.lower);

/** Appositives, "of" + organisation, a party in parentheses and "who heads …" after a mention. */
function rolesAfter(scan: Scan, m: NameMention, at: Int32Array): Role[] {
  const toks = scan.toks;
  const out: Role[] = [];
  const sent = toks[m.b - 1].sent;
  let p = m.b;
  if (p >= toks.length || toks[p].sent !== sent) return out;
  if (toks[p].text === '(' && toks[p + 2]?.text === ')' || (toks[p].text === '(' && /^[DRI]$/.test(toks[p + 1]?.text ?? '') && (toks[p + 2]?.text === '-' || toks[p + 2]?.text === ')'))) {
    if (/^[DRI]$|^[DR]-/.test(toks[p + 1].text)) {
      out.push({ pos: toks[p].start, text: scan.text.slice(toks[p].start, toks[p + 2].end), stated: phraseCategory(['lawmaker']), org: -1, orgs: [], orgCategory: null, place: 'after' });
    }
    return out;
  }
  if (toks[p].lower === 'of' && m.hint !== 'org' && m.hint !== 'place') {
    let q = p + 1;
    if (toks[q]?.lower === 'the') q++;
    if (q < toks.length && at[q] >= 0 && toks[q].sent === sent) {
      const org = at[q];
      out.push({ pos: toks[p].start, text: scan.text.slice(toks[p].start, toks[endOfMention(at, q) - 1].end), stated: null, org, orgs: [org], orgCategory: null, place: 'after' });
    }
    return out;
  }
  if ((toks[p].lower === 'is' || toks[p].lower === 'was') && /^(?:a|an|the)$/.test(toks[p + 1]?.lower ?? '') && atClauseStart(scan, m.ta)) {
    // "Hege is the CEO of DH": a role stated by the verb "be"
    const e = segmentEnd(toks, p + 1, sent);
    if (e > p + 1 && nounPhrase(toks, p + 1, e)) {
      const r = makeRole(scan, p + 1, e, at, 'after', at[m.a]);
      if (r.stated) out.push(r);
    }
    return out;
  }
  if (toks[p].text !== ',' && !(toks[p].text === '\u2014' || toks[p].text === '--')) return out;
  p++;
  // an age ("Ana Ruiz, 45, a teacher") is skipped
  if (toks[p]?.kind === 'number' && toks[p + 1]?.text === ',') p += 2;
  if (p >= toks.length || toks[p].sent !== sent) return out;
  // "Jason Foy, representing Noel,", "…, who represents Noel,": a person's lawyer
  if ((toks[p].lower === 'representing' || (toks[p].lower === 'who' && toks[p + 1]?.lower === 'represents')) && at[p + (toks[p].lower === 'who' ? 2 : 1)] >= 0) {
    const q = p + (toks[p].lower === 'who' ? 2 : 1);
    if (toks[q].cap && !orgish(scan, at, q)) {
      out.push({ pos: toks[p].start, text: scan.text.slice(toks[p].start, toks[endOfMention(at, q) - 1].end), stated: phraseCategory(['lawyer']), org: -1, orgs: [], orgCategory: null, place: 'after' });
      return out;
    }
  }
  if (toks[p].lower === 'who') {
    const r = whoRole(scan, p, at, at[m.a]);
    if (r) out.push(r);
    return out;
  }
  const e = segmentEnd(toks, p, sent);
  if (e <= p || e - p >= 25 || !nounPhrase(toks, p, e)) return out;
  // an appositive closes at punctuation or a cue ("…, at least 383 people have been killed" is a clause)
  const end = toks[e];
  if (end && end.sent === sent && end.kind === 'word') {
    if (!CLOSING_CUES.test(end.lower) && !/^(?:who|which|whose|where)$/.test(end.lower)) return out;
    // "Jamie Smith, a spokeswoman said …", "…, Juergen Sarrazin, a board member said." (the closing comma left out)
    // are appositives of a name that opens its clause or follows a comma; in "… remote areas of the U.S., the
    // company said." the name sits inside the content and the phrase is the subject of "said"
    if (CLOSING_CUES.test(end.lower) && !atClauseStart(scan, m.ta) && toks[m.ta - 1]?.kind === 'word') return out;
  }
  const r = makeRole(scan, p, e, at, 'after', at[m.a]);
  if (r.stated || r.orgCategory !== null) out.push(r);
  return out;
}

/** Cue verbs that may close an appositive whose comma was left out ("Jamie Smith, a spokeswoman said …"). */
const CLOSING_CUES = /^(?:said|says|told|tells|added|adds|wrote|writes|noted|explained)$/;

/**
 * End of an appositive starting at `p`: the next comma, bracket, dash, quote or sentence end, or a
 * cue or clause word. "and" continues it before a head word ("a Spokane and Seattle advertising and
 * design agency") or between two roles ("president and chief operating officer").
 */
function segmentEnd(toks: readonly Tok[], p: number, sent: number): number {
  let e = p;
  let head = false;
  while (e < toks.length && toks[e].sent === sent && e - p < 25) {
    const t = toks[e];
    if (t.kind === 'quote' || t.text === ',' || t.text === ';' || t.text === ')' || t.text === '(' || t.text === ':' || t.text === '\u2014' || t.text === '--') break;
    if (t.text === '.' && !(e > p && toks[e - 1].end === t.start && toks[e - 1].text.length <= 3)) break;
    if (t.kind === 'word' && !t.cap && RIGHT_STOP.has(t.lower) && !(t.lower === 'and' && (!head || andContinues(toks[e + 1])))) break;
    if (isRoleWord(t)) head = true;
    e++;
  }
  return e;
}

/** Whether "and" before `next` joins words of one appositive ("partnerships and revenue"), not a new noun phrase ("and a couple of …"). */
function andContinues(next: Tok | undefined): boolean {
  if (!next || next.kind !== 'word') return false;
  if (isRoleWord(next)) return true;
  return !next.cap && !/^(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|some|many|other|he|she|they|it|we|i|you|said|says|was|is|has|had|will|would)$/.test(next.lower);
}

/** "…, who heads the agency," / "…, who is a senior fellow at …". */
function whoRole(scan: Scan, p: number, at: Int32Array, own: number): Role | null {
  const toks = scan.toks;
  const v = toks[p + 1];
  if (!v) return null;
  const role = WHO_ROLE_VERBS.get(v.lower);
  let q = p + 2;
  if (role) {
    let e = q;
    while (e < toks.length && toks[e].sent === v.sent && toks[e].kind !== 'punct' && toks[e].kind !== 'quote' && e - q < 12) e++;
    const r = makeRole(scan, q, e, at, 'after', own);
    return { ...r, pos: toks[p].start, text: `${role} ${r.text}`, stated: phraseCategory([role]) };
  }
  if ((v.lower === 'is' || v.lower === 'was') && /^(?:a|an|the)$/.test(toks[q]?.lower ?? '')) {
    let e = q;
    while (e < toks.length && toks[e].sent === v.sent && toks[e].kind !== 'punct' && toks[e].kind !== 'quote' && e - q < 12) e++;
    const r = makeRole(scan, q, e, at, 'after', own);
    return r.stated ? r : null;
  }
  return null;
}

function endOfMention(at: Int32Array, t: number): number {
  let k = t;
  while (k < at.length && at[k] === at[t]) k++;
  return k;
}

/**
 * A role over tokens `[a, b)`: the category its words state, the organisation it names (the first
 * name after "of/at/for", else the last name before the role's head: "PG&E's principal meteorologist";
 * never the mention `own` itself), or an organisation in common words ("at the tech giant").
 */
function makeRole(scan: Scan, a: number, b: number, at: Int32Array, place: Role['place'], own: number): Role {
  const toks = scan.toks;
  const words: string[] = [];
  const wordTok: number[] = [];
  for (let k = a; k < b; k++) {
    for (const w of lexWordsOf(toks[k].text)) {
      words.push(w);
      wordTok.push(k);
    }
  }
  const stated = phraseCategory(words);
  let org = -1;
  let orgCategory: SourceCategory | null = null;
  let prep = -1;
  for (let i = 1; i < words.length && prep < 0; i++) if (PREPS.has(words[i]) && at[wordTok[i]] < 0) prep = i;
  const nameAt = (i: number): number => (at[wordTok[i]] >= 0 && at[wordTok[i]] !== own ? at[wordTok[i]] : -1);
  const orgs: number[] = [];
  if (prep >= 0) {
    for (let i = prep + 1; i < words.length; i++) {
      const n = nameAt(i);
      if (n >= 0 && !orgs.includes(n)) orgs.push(n);
    }
    org = orgs[0] ?? -1;
    if (org < 0) {
      const rest = phraseCategory(words.slice(prep + 1));
      if (rest && !rest.person) orgCategory = rest.category;
    }
  }
  for (let i = (prep >= 0 ? prep : words.length) - 1; i >= 0 && org < 0; i--) org = nameAt(i);
  return { pos: toks[a].start, text: scan.text.slice(toks[a].start, toks[b - 1].end), stated, org, orgs, orgCategory, place };
}

/** Whether the name mention at token `q` names an organisation by its own words. */
function orgish(scan: Scan, at: Int32Array, q: number): boolean {
  const toks = scan.toks;
  for (let k = q; k < toks.length && at[k] === at[q]; k++) if (phraseCategory([toks[k].lower])?.person === false) return true;
  return false;
}
