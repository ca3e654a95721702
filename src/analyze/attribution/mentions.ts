/**
 * Name mentions of an article: capitalised runs ("Navy Admiral Michael Mullen", "U.S. Attorney's
 * Office for the Western District of New York", "McClatchy Co.") with their title split off, a hint
 * of what they name (person, organisation, place) and their normalised words for matching.
 * Linear in the tokens.
 * @module
 */
import { lexiconAt, lexiconMatches } from './categories.ts';
import { cueLemma } from './cues.ts';
import { COMMON_ACRONYMS, companyEnding, GIVEN_NAME_GENDER, HONORIFIC_GENDER, GENDERED_NOUNS, NAME_ABBREVIATIONS, NAME_ALIASES, NAME_PARTICLES, NAME_SUFFIXES, NATIONALITIES, NON_NAME_STARTERS, PLACES, TEMPORAL, TITLE_WORDS } from './entity-words.ts';
import { ABBREVIATIONS, type Scan, type Tok } from './scan.ts';

/** What a name seems to name, from its own words. */
export type NameHint = 'person' | 'org' | 'place' | 'event' | null;

/** One capitalised name in the text. */
export interface NameMention {
  /** Token range `[a, b)` of the name without its title. */
  a: number;
  b: number;
  /** First token of the mention with its title. */
  ta: number;
  /** The name as written, with periods of initials and abbreviations ("James P. Kennedy Jr."). */
  text: string;
  /** Normalised words for matching: lower case, no leading "the", aliases expanded ("U.S." → "united", "states"). */
  words: string[];
  /** Title words before the name ("Navy Admiral"), or null. */
  title: string | null;
  hint: NameHint;
  gender: 'm' | 'f' | null;
  /** Followed by a possessive `'s`. */
  possessive: boolean;
  /** A body named after a place or owner with a lower-case noun ("US military", "Hong Kong police"). */
  body?: boolean;
}

/** Title words that name a role of a person (not "House", "State", "National" …, which also begin names of bodies). */
const PERSON_TITLE = (w: string): boolean =>
  TITLE_WORDS.has(w) && !/^(?:house|senate|state|national|federal|u\.s\.|us|homeland|security|defense|defence|foreign|interior|finance|navy|army|air|force|marine|democratic|republican|majority|minority|vice|prime|grand|acting|former|deputy|assistant|press|staff|chief|executive|general|leader)$/.test(w);

const isWord = (t: Tok | undefined): boolean => t !== undefined && t.kind === 'word';
const isCapWord = (t: Tok | undefined): boolean => t !== undefined && t.kind === 'word' && t.cap;
const bare = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);

/** Whether token `i` begins its sentence (or a quotation, a parenthesis or a clause after a dash or colon). */
export function atClauseStart(scan: Scan, i: number): boolean {
  const t = scan.toks[i];
  if (i === scan.sentences[t.sent].tokStart) return true;
  const p = scan.toks[i - 1];
  return p.kind === 'quote' || p.text === '(' || p.text === ':' || p.text === '\u2014' || p.text === '--' || p.text === '\u2013';
}

/** Lower-case forms the article capitalises inside sentences (proper nouns and adjectives); one set per scan, shared by its readers. */
export function capitalisedInside(scan: Scan): ReadonlySet<string> {
  let out = CAPITALISED_INSIDE.get(scan);
  if (out) return out;
  const set = new Set<string>();
  const toks = scan.toks;
  for (let i = 0; i < toks.length; i++) if (toks[i].cap && toks[i].kind === 'word' && !atClauseStart(scan, i)) set.add(toks[i].lower);
  CAPITALISED_INSIDE.set(scan, (out = set));
  return out;
}

/** The names and the speaker resolver both read it; a scan is never changed after it is made. */
const CAPITALISED_INSIDE = new WeakMap<Scan, ReadonlySet<string>>();

/**
 * Of the capitalised words that open a clause (the only words the name finder asks about), those the
 * article also writes in lower case somewhere ("Hosting Cook at Dreamforce …" beside "hosting").
 */
function lowerCaseWords(scan: Scan): Set<string> {
  const toks = scan.toks;
  const openers = new Set<string>();
  for (let i = 0; i < toks.length; i++) if (toks[i].cap && toks[i].kind === 'word' && atClauseStart(scan, i)) openers.add(toks[i].lower);
  const out = new Set<string>();
  for (const t of toks) if (t.kind === 'word' && !t.cap && openers.has(t.lower)) out.add(t.lower);
  return out;
}

/** Finds every name mention, in text order. */
export function findNames(scan: Scan): NameMention[] {
  const toks = scan.toks;
  const capInside = capitalisedInside(scan);
  const lower = lowerCaseWords(scan);
  const out: NameMention[] = [];
  // acronyms of the article, to tell "Customs and Border Protection" (CBP) from "Gannett and GateHouse"
  const acronyms = new Set<string>();
  for (const t of toks) if (t.kind === 'word' && t.text.length >= 3 && t.text.length <= 6 && /^[A-Z]{3,6}$/.test(t.text)) acronyms.add(t.text);
  // first two words of the names found so far
  const openers = new Set<string>();
  let i = scan.storyStart;
  while (i < toks.length) {
    if (!isCapWord(toks[i])) {
      i++;
      continue;
    }
    const j = runEnd(toks, i, acronyms);
    let a = i;
    // sentence-initial words that are not names ("However", "Officials", "Meanwhile Ms Hutt")
    // ("Bank of Japan", "University of Chicago": a common noun with "of" and a name is a name)
    const ofName = j - i > 2 && !NON_NAME_STARTERS.has(toks[i].lower) && (toks[i + 1].lower === 'of' || toks[i + 1].lower === 'for' || (toks[i + 1].lower === 'and' && lexiconAt([toks[i].lower], 0)?.kind === 'org'));
    // ("Physio Technology Inc said": a company's name may open with a common noun; "Bankers Trust said"
    // after "Bankers Trust New York Corp": so may a shorter form of a name found before)
    while (a < j && atClauseStart(scan, i) && a === i && !ofName && notAName(toks[a], capInside, lower, j - i === 1) && !companyName(toks, i, j) && !(j - i >= 2 && openers.has(`${toks[i].lower} ${toks[i + 1].lower}`))) a++;
    // "- An active …", "says I": a lone determiner, pronoun or conjunction is never a name
    if (j - a === 1 && (roleAcronym(toks[a]) || (CLOSED_CLASS.test(toks[a].lower) && !/^[A-Z]{2,}$/.test(toks[a].text)))) a = j;
    if (a < j) {
      // "ambassador to Britain Liu Xiaming": a place after a preposition, then a name
      const p = a > 0 && /^(?:to|in|from|of|at)$/.test(toks[a - 1].lower) ? placePrefix(toks, a, j) : a;
      const place = p > a ? makeMention(scan, a, p) : null;
      if (place) out.push(place);
      // "US military", "Hong Kong police", "the Inner Mongolia health commission": a body named after its place or owner
      const h = bodyHeadEnd(toks, j);
      const m = makeMention(scan, place ? p : a, h, h > j);
      if (m) out.push(h > j ? { ...m, hint: 'org', body: true } : m);
      if (m && m.b - m.a >= 2) openers.add(`${toks[m.a].lower} ${toks[m.a + 1].lower}`);
    }
    i = j;
  }
  return splitCoordinated(scan, out);
}

/** Lower-case nouns that make a body of the name before them. */
const BODY_HEADS = new Set(['military', 'police', 'government', 'ministry', 'army', 'navy', 'administration', 'authorities', 'commission', 'court', 'parliament', 'legislature', 'embassy', 'consulate', 'prosecutors', 'regulator', 'regulators', 'council', 'cabinet', 'forces', 'campaign', 'department', 'agency']);

/** End of a body name: the run `[.., j)` followed by one or two lower-case words ending in a body noun ("health commission"), else `j`. */
function bodyHeadEnd(toks: readonly Tok[], j: number): number {
  // "Sadr's forces" is the owner's, not a name
  if (toks[j]?.lower === "'s") return j;
  for (const n of [1, 2]) {
    const last = toks[j + n - 1];
    if (!last || last.kind !== 'word' || last.cap || !BODY_HEADS.has(last.lower)) continue;
    let ok = true;
    // ("Tom Smith told parliament": a verb before the body noun ends the name)
    for (let k = j; k < j + n; k++) if (toks[k].kind !== 'word' || toks[k].cap || toks[k].sent !== toks[j - 1].sent || (k < j + n - 1 && (cueLemma(toks[k].lower) !== null || toks[k].lower.endsWith('ed')))) ok = false;
    if (ok && !(toks[j + n]?.kind === 'word' && !toks[j + n].cap && toks[j + n].lower !== 'said' && BODY_HEADS.has(toks[j + n].lower))) return j + n;
  }
  return j;
}

/** End of a place name (one or two words) at the start of run `[a, j)` when at least two name words follow, else `a`. */
function placePrefix(toks: readonly Tok[], a: number, j: number): number {
  for (const n of [2, 1]) {
    if (j - a - n < 2) continue;
    const words = toks.slice(a, a + n).map((t) => t.lower).join(' ');
    if (PLACES.has(words) && toks.slice(a + n, j).every((t) => t.kind === 'word' && !isOrgHeadWord(t.lower))) return a + n;
  }
  return a;
}

/**
 * "Noel and Thomas": a run joined by "and" whose two sides are each a family name of a person named
 * elsewhere is two mentions, not one organisation.
 */
function splitCoordinated(scan: Scan, names: NameMention[]): NameMention[] {
  if (!names.some((m) => m.words.includes('and'))) return names;
  const family = new Set<string>();
  for (const m of names) if (m.hint === 'person' && m.words.length >= 2) family.add(familyName(m.words));
  const out: NameMention[] = [];
  for (const m of names) {
    let k = m.a;
    while (k < m.b && scan.toks[k].lower !== 'and') k++;
    if (k === m.b) k = -1;
    if (k < 0 || m.title !== null) {
      out.push(m);
      continue;
    }
    const left = makeMention(scan, m.a, k);
    const right = makeMention(scan, k + 1, m.b);
    if (left && right && family.has(familyName(left.words)) && family.has(familyName(right.words))) out.push(left, right);
    else out.push(m);
  }
  return out;
}

const CLOSED_CLASS = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|he|she|they|it|we|i|you|there|here|what|who|which|whose|when|where|why|how|but|and|or|so|yet|nor|if|as|while|because|although|though|however|meanwhile)$/;

/** "the PM said", "the CEO added": a role written as an acronym, not a name; "TV", "PCs", "MP3": a common noun. */
const roleAcronym = (t: Tok): boolean => (/^[A-Z]{2,}$/.test(t.text) && lexiconAt([t.lower], 0)?.kind === 'role') || COMMON_ACRONYMS.has(t.lower.replace(/(?<=[a-z0-9]{2})s$/, ''));

/** "One in four said …": a number word opening a sentence. */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

function notAName(t: Tok, capInside: ReadonlySet<string>, lower: Set<string>, alone: boolean): boolean {
  const w = t.lower;
  if (NON_NAME_STARTERS.has(w) || NUMBER_WORDS.has(w)) return true;
  // "Ukrainians said": people of a nationality, not a name
  if (w.endsWith('s') && (NATIONALITIES.has(w.slice(0, -1)) || NATIONALITIES.has(w.replace(/ese$|s$/, '')))) return true;
  // "MPs", "MEPs": plurals of role acronyms are people, not a name
  if (/^[A-Z]{2,}s$/.test(t.text) && lexiconAt([w], 0)?.kind === 'role') return true;
  if (roleAcronym(t)) return true;
  if (capInside.has(w) || TITLE_WORDS.has(bare(w)) || PLACES.has(w)) return false;
  // "Teachers said", "Businesses and residents": a common noun of the lexicon, or a plural
  const lex = lexiconAt([w], 0);
  if (lex !== null) return lex.kind !== 'body'; // a body every reader knows ("Ofsted") is a name, whatever its ending
  if (alone && /^[a-z]+(?:-[a-z]+)*[^s']s$/.test(w)) return true;
  // "Hosting Cook at Dreamforce …", "Asked about …": a sentence-initial verb form or adverb
  return lower.has(w) || (w.length > 4 && (w.endsWith('ly') || w.endsWith('ing') || w.endsWith('ed')));
}

/** End of the capitalised run starting at `i` (names, glue words, initials, "Attorney's Office"). */
function runEnd(toks: readonly Tok[], i: number, acronyms: ReadonlySet<string>): number {
  const sent = toks[i].sent;
  let j = i + 1;
  let sawOf = false;
  while (j < toks.length && toks[j].sent === sent) {
    const u = toks[j];
    const next = toks[j + 1];
    if (isCapWord(u)) j++;
    else if (u.text === '.' && u.start === toks[j - 1].end && isWord(toks[j - 1]) && (NAME_ABBREVIATIONS.has(toks[j - 1].lower) || ((toks[j - 1].text.length === 1 || ABBREVIATIONS.has(toks[j - 1].lower)) && isCapWord(next)))) j++;
    else if (u.text === '&' && isCapWord(next)) j++;
    else if (u.lower === "'s" && isCapWord(next) && (orgAhead(toks, j + 1) || companyAhead(toks, j + 1))) j++;
    else if (isWord(u) && !u.cap && isCapWord(next) && (NAME_PARTICLES.has(u.lower) || ((u.lower === 'of' || u.lower === 'for') && !personSoFar(toks, i, j)))) {
      sawOf = true;
      j++;
    } else if ((u.lower === 'of' || u.lower === 'for') && toks[j + 1]?.lower === 'the' && isCapWord(toks[j + 2]) && j - i >= 1 && (orgSoFar(toks, i, j) || TITLE_WORDS.has(toks[j - 1].lower))) {
      sawOf = true;
      j += 2;
    } else if (u.lower === 'and' && isCapWord(next) && !TITLE_WORDS.has(next!.lower) && (sawOf || andInName(toks, i, j, acronyms))) j++;
    else break;
  }
  return j;
}

/**
 * Whether "and" at `j` continues the name run `[i, j)`: a firm ("Jefferies and Co", "Standard and
 * Poor's Corp"), two letters ("S and P"), a kind of body and an organisation word ("Securities and
 * Exchange Commission"), or the initials of an acronym the article uses ("Customs and Border Protection").
 */
function andInName(toks: readonly Tok[], i: number, j: number, acronyms: ReadonlySet<string>): boolean {
  const next = toks[j + 1];
  return COMPANY_PARTNERS.test(next.lower) || companyAhead(toks, j + 1) || (j - i === 1 && toks[i].text.length === 1 && next.text.length === 1) ||
    (kindOfBodySoFar(toks, i, j) && orgAhead(toks, j + 1)) || acronyms.has(runInitials(toks, i, j + 1));
}

/** "Standard and Poor's Corp", "Procter and Gamble Co": a firm's suffix within the next capitalised words (a possessive between). */
function companyAhead(toks: readonly Tok[], k: number): boolean {
  for (let n = k; n < k + 5 && (isCapWord(toks[n]) || toks[n]?.lower === "'s"); n++) if (companyEnding(toks[n].lower)) return true;
  return false;
}

/** "Jefferies and Co", "Smith and Sons": "and" before these words continues a firm's name (so does "S and P" between two letters). */
const COMPANY_PARTNERS = /^(?:co|co\.|company|sons|partners|associates)$/;

/** Initials of the capitalised words from `i` on, through the run that starts at `k` ("Customs and Border Protection" → "CBP"). */
function runInitials(toks: readonly Tok[], i: number, k: number): string {
  let out = '';
  let j = i;
  while (j < toks.length && (j < k || isCapWord(toks[j]))) {
    if (isCapWord(toks[j])) out += toks[j].text[0];
    j++;
  }
  return out;
}

/** "Chris Callies of Dean Witter": a given name and a family name are a person, whose employer follows "of". */
function personSoFar(toks: readonly Tok[], i: number, j: number): boolean {
  return j - i >= 2 && j - i <= 3 && GIVEN_NAME_GENDER.has(toks[i].lower) && !orgSoFar(toks, i, j);
}

/** "St Fintian's High School", "Lloyd's Register Group": an organisation word within the next three capitalised words. */
function orgAhead(toks: readonly Tok[], k: number): boolean {
  for (let n = k; n < k + 3 && isCapWord(toks[n]); n++) if (isOrgHeadWord(toks[n].lower)) return true;
  return false;
}

/** "Securities and Exchange Commission": the run so far holds a word for a kind of body of the lexicon. */
function kindOfBodySoFar(toks: readonly Tok[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (lexiconAt([toks[k].lower], 0)?.kind === 'org') return true;
  return false;
}

/** Whether the run so far holds an organisation word ("Attorney's Office of the …", "Bank of the …"). */
function orgSoFar(toks: readonly Tok[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (isOrgHeadWord(toks[k].lower)) return true;
  return false;
}

const ORG_HEAD_WORDS = new Set([
  'office', 'department', 'ministry', 'agency', 'bureau', 'commission', 'committee', 'council', 'court', 'university', 'institute',
  'center', 'centre', 'centers', 'bank', 'police', 'service', 'services', 'administration', 'authority', 'board', 'association',
  'foundation', 'union', 'party', 'company', 'corporation', 'group', 'church', 'school', 'college', 'hospital', 'museum', 'society',
  'organization', 'organisation', 'fund', 'federation', 'league', 'network', 'project', 'program', 'programme', 'forces', 'army',
  'navy', 'command', 'guard', 'house', 'senate', 'assembly', 'parliament', 'congress', 'directorate', 'secretariat', 'division',
  // sports clubs ("Manchester United", "Blackburn Rovers")
  'united', 'rovers', 'wanderers', 'athletic', 'fc', 'albion', 'hotspur',
]);

/** Words that head organisation names ("Office", "University", "Police"). */
export const isOrgHeadWord = (w: string): boolean => ORG_HEAD_WORDS.has(w);

function makeMention(scan: Scan, start: number, j: number, body = false): NameMention | null {
  let a0 = start;
  const toks = scan.toks;
  // a trailing glue word or lone period is not part of the name (a body's lower-case head is)
  let b = j;
  while (!body && b > a0 && (toks[b - 1].kind !== 'word' && toks[b - 1].text !== '.' || (!toks[b - 1].cap && toks[b - 1].kind === 'word'))) b--;
  if (b <= a0) return null;
  // "(On) Monday Tony Blair said", "A Different Story": leading dates and articles are not part of a name
  // ("the Sunday Times": after "the", a day opens a name)
  while (a0 < b - 1 && ((TEMPORAL.has(bare(toks[a0].lower)) && !(toks[a0 - 1]?.lower === 'the' && toks[a0].lower.endsWith('day'))) || /^(?:a|an|this|that|and|or|of|for)$/.test(toks[a0].lower) || !toks[a0].cap)) a0++;
  // "I", "A": a single letter is no name
  if (b - a0 === 1 && toks[a0].text.length === 1) return null;
  const words = displayWords(toks, a0, b);
  const { title, nameStart } = splitTitle(words.map((w) => w.text));
  let a = nameStart < words.length ? words[nameStart].tok : b;
  if (a >= b) {
    // a bare title ("President", "The Defense Secretary"): not a name
    return null;
  }
  const nameWords = words.slice(nameStart).map((w) => w.text);
  if (nameWords.every((w) => TEMPORAL.has(bare(w.toLowerCase())))) return null;
  // "the President", "the Governor": a title alone is a description (see discourse.ts), not a name
  // ("the US said", "the US Army": a country that is also a title word, "US Secretary of State", and its body are names)
  if (title.length === 0 && nameWords.every((w) => TITLE_WORDS.has(bare(w.toLowerCase())) || /^(?:of|the|for)$/i.test(w)) && !placeOrItsBody(nameWords.map((w) => bare(w.toLowerCase())))) return null;
  // "Montreal-based", "Oscar-winning": an accolade or origin alone is no name
  if (nameWords.length === 1 && ACCOLADE.test(nameWords[0].toLowerCase())) return null;
  // "Indonesian Economics Minister", "British Chancellor": a nationality and a person's title describe, they name no one
  if (title.length === 0 && nameWords.length <= 4 && nationality(bare(nameWords[0].toLowerCase())) && PERSON_TITLE(bare(nameWords[nameWords.length - 1].toLowerCase()))) return null;
  // "the" before an org name is not part of it
  if (toks[a].lower === 'the') a++;
  let text = scan.text.slice(toks[a].start, toks[b - 1].end);
  // (most names have single spaces and no "the": no regex runs for them)
  if (/\s\s|[^\S ]/.test(text)) text = text.replace(/\s+/g, ' ');
  if (text.length > 4 && (text.charCodeAt(0) | 32) === 116 && /^the /i.test(text)) text = text.slice(4);
  const norm = normaliseName(text);
  if (norm.length === 0) return null;
  // "the Bank", "the Commission": a capitalised kind of body refers back to one (see discourse.ts), it names none
  if (norm.length === 1 && title.length === 0 && isOrgHeadWord(norm[0]) && toks[a - 1]?.lower === 'the') return null;
  // "American farmers", "Ukrainians": an adjective of nationality, or its plural, names no one
  if (norm.length <= 2 && title.length === 0 && nationality(norm.join(' '))) return null;
  // "U.S. Officials", "Western Diplomats": people written in title case, not a name
  if (norm.length <= 3 && title.length === 0 && pluralRole(norm[norm.length - 1])) return null;
  const titleWords = title.map((w) => bare(w.toLowerCase()));
  let gender: 'm' | 'f' | null = null;
  for (const w of titleWords) gender ??= HONORIFIC_GENDER.get(w) ?? GENDERED_NOUNS.get(w) ?? null;
  if (norm.length >= 2) gender ??= GIVEN_NAME_GENDER.get(norm[0]) ?? null;
  // "the Joint Chiefs" names a body; "the Sadr militia", "the Trump administration" use a name as a modifier
  const afterThe = toks[(title.length ? words[0].tok : a) - 1]?.lower === 'the' && !(body === false && toks[b]?.kind === 'word' && !toks[b].cap && toks[b].lower !== "'s");
  return {
    a,
    b,
    ta: title.length ? words[0].tok : a,
    text,
    words: norm,
    title: title.length ? title.join(' ') : null,
    // "in Paris" is a place; "in WeWork's venture capital arm" says nothing of what owns the arm
    hint: hintOf(norm, text, titleWords, afterThe, toks[b]?.lower !== "'s" && /^(?:in|near|across|throughout|inside|outside)$/.test(toks[(title.length ? words[0].tok : a) - (afterThe ? 2 : 1)]?.lower ?? '')),
    gender,
    possessive: toks[b]?.lower === "'s",
  };
}

/** "us", "us army": a place, or a place and the words of a body's name after it. */
const placeOrItsBody = (lw: readonly string[]): boolean => PLACES.has(lw.join(' ')) || (lw.length >= 2 && PLACES.has(lw[0]) && lw.slice(1).every(isOrgHeadWord));

/** An adjective of nationality or its plural ("Ukrainians", "West Germans"), lower case. */
export const nationality = (w: string): boolean => NATIONALITIES.has(w) || (w.endsWith('s') && NATIONALITIES.has(w.slice(0, -1)));

/** A plural of a lexicon role ("officials", "analysts", "sources"). */
const pluralRole = (w: string): boolean => w.length > 3 && w.endsWith('s') && lexiconAt([w], 0)?.kind === 'role' && lexiconAt([w.slice(0, -1)], 0) !== null;

/** Words of a token range with periods of abbreviations merged ("Jr" "." → "Jr."), each with its first token. */
function displayWords(toks: readonly Tok[], a: number, b: number): { text: string; tok: number }[] {
  const out: { text: string; tok: number }[] = [];
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.text === '.' && out.length > 0 && toks[k - 1].end === t.start) out[out.length - 1].text += '.';
    else if (t.lower === "'s" && out.length > 0) out[out.length - 1].text += t.text;
    else out.push({ text: t.text, tok: k });
  }
  return out;
}

/**
 * Splits the title off a capitalised run: "Navy Admiral Michael Mullen" → title ["Navy", "Admiral"],
 * name from index 2; "White House Press Secretary Stephanie Grisham" → title up to "Secretary". The
 * title ends with the last block of title words that is followed by a name of no title or
 * organisation word; it needs a person's title ("House Intelligence Committee" keeps "House"), or a
 * name of at least two words ("Chief Executive Tim Cook").
 */
export function splitTitle(words: readonly string[]): { title: string[]; nameStart: number } {
  const lw = words.map((w) => bare(w.toLowerCase()));
  const glue = (k: number): boolean => lw[k] === 'of' || lw[k] === 'the' || lw[k] === 'for';
  // glue words between title words ("Secretary of State", "Chancellor of the Exchequer") belong to the title
  const isTitle = (k: number): boolean => {
    // "Oscar-winner Andrea Arnold", "Oscar-nominated Owen": a hyphenated accolade is a title too
    if (TITLE_WORDS.has(lw[k]) || ACCOLADE.test(lw[k])) return true;
    // "Tory Liam Fox", "Australian Lynton Crosby": a party or nationality before a given name is the person's title
    if (k === 0 && (PARTY_ADJECTIVES.has(lw[0].replace(/'s?$/, '')) || nationality(lw[0])) && GIVEN_NAME_GENDER.has(lw[1] ?? '')) return true;
    if (!glue(k)) return false;
    let p = k - 1;
    while (p >= 0 && glue(p)) p--;
    let n = k + 1;
    while (n < lw.length && glue(n)) n++;
    return p >= 0 && n < lw.length && n - p <= 3 && TITLE_WORDS.has(lw[p]) && TITLE_WORDS.has(lw[n]);
  };
  // "Ms King", "Mr Major", "Dr Bishop": after a form of address, a title word is a family name
  if (words.length >= 2 && /^(?:mr|mrs|ms|miss|mx|dr)$/.test(lw[words.length - 2])) return { title: words.slice(0, -1), nameStart: words.length - 1 };
  // the name: the longest suffix without title or organisation words
  let nameStart = words.length;
  while (nameStart > 0 && !isTitle(nameStart - 1) && !isOrgHeadWord(lw[nameStart - 1])) nameStart--;
  if (nameStart === 0 || nameStart === words.length || !isTitle(nameStart - 1)) return { title: [], nameStart: 0 };
  // "Office of the Deputy Prime Minister and Constitutional Affairs": a coordinated remainder continues the body's name
  if (/^(?:of|the|for|and|or|&)$/.test(lw[nameStart])) return { title: [], nameStart: 0 };
  let block = nameStart - 1;
  while (block > 0 && isTitle(block - 1)) block--;
  let person = false;
  for (let k = block; k < nameStart; k++) if (PERSON_TITLE(lw[k])) person = true;
  const rest = nameStart < words.length ? words.length - nameStart : 0;
  // "Cardinal Industries Inc", "Physio Technology Inc": a company's name that opens with a title word keeps it
  if (rest > 0 && companyEnding(lw[lw.length - 1])) return { title: [], nameStart: 0 };
  // "General Motors Corp": without a person's title, a remainder that names a body keeps the title word
  if (!person && (rest < 2 || namesBody(lw.slice(nameStart)))) return { title: [], nameStart: 0 };
  // "General Motors": a title word that begins a one-word remainder of an organisation
  return { title: words.slice(0, nameStart) as string[], nameStart };
}

/** Whether the run `[i, j)` is a company's name of a few words ("Physio Technology Inc"; not "Analyst Jo Lee of Drexel Inc"). */
function companyName(toks: readonly Tok[], i: number, j: number): boolean {
  let last = j - 1;
  while (last > i && toks[last].kind !== 'word') last--;
  if (last === i || last - i > 4 || !companyEnding(toks[last].lower)) return false;
  for (let k = i + 1; k < last; k++) if (toks[k].lower === 'of' || toks[k].lower === 'for' || toks[k].lower === 'and') return false;
  return true;
}

/** Parties written before their members' names. */
const PARTY_ADJECTIVES = new Set(['tory', 'tories', 'labour', 'conservative', 'liberal', 'democrat', 'democrats', 'republican', 'republicans', 'snp', 'ukip', 'green', 'greens', 'plaid']);

const ACCOLADE = /^[a-z]+-(?:winner|winning|nominated|nominee|born|based)$/;

/** Whether lower-case name words hold an organisation word ("motors corp", "savings bank"). */
const namesBody = (words: readonly string[]): boolean => words.some(isOrgHeadWord) || lexiconMatches(words).some((m) => m.kind !== 'role');

/** Normalised words of a name (see {@link NameMention.words}). */
export function normaliseName(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().replace(/\u2019/g, "'").split(/\s+/)) {
    let w = raw;
    if (w.endsWith("'s")) w = w.slice(0, -2);
    w = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
    if (!w || w === 'the') continue;
    const alias = NAME_ALIASES.get(w);
    if (alias) out.push(...alias);
    else out.push(w);
  }
  return out;
}

/** The family name of normalised name words: the last word that is not a suffix or an initial, without a particle ("al-Sadr" → "sadr"). */
export function familyName(words: readonly string[]): string {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (!NAME_SUFFIXES.has(w) && !(w.length <= 2 && w.endsWith('.'))) return withoutParticle(w);
  }
  return words[words.length - 1] ?? '';
}

/** A name word without a leading particle ("al-sadr" → "sadr"). */
export function withoutParticle(w: string): string {
  const dash = w.indexOf('-');
  return dash > 0 && NAME_PARTICLES.has(w.slice(0, dash)) ? w.slice(dash + 1) : w;
}

/** Last words of names of events, which are never sources ("American Music Awards", "Winter Olympics"). */
const EVENT_WORDS = new Set(['awards', 'award', 'games', 'olympics', 'festival', 'summit', 'conference', 'cup', 'championship', 'championships', 'tournament', 'election', 'elections', 'war', 'show', 'expo', 'week', 'day', 'forum', 'act', 'bill', 'treaty', 'accord', 'agreement', 'plan', 'prize', 'series', 'league', 'open']);

function hintOf(words: readonly string[], text: string, titleWords: readonly string[], afterThe: boolean, afterIn: boolean): NameHint {
  const joined = words.join(' ');
  if (PLACES.has(joined)) return 'place';
  if (titleWords.length === 0 && words.length >= 2 && EVENT_WORDS.has(words[words.length - 1])) return 'event';
  if (afterIn && titleWords.length === 0) return 'place';
  if (titleWords.some((w) => PERSON_TITLE(w))) return 'person';
  if (lexiconMatches(words).some((m) => m.kind !== 'role') || words.some((w) => isOrgHeadWord(w))) return 'org';
  if (/^[A-Z][A-Z.&-]+(?: [A-Z][A-Z.&-]+)*$/.test(text) && text.length >= 2) return 'org';
  if (afterThe) return 'org';
  if (words.includes('of') || words.includes('for') || words.includes('and') || words.includes('&')) return 'org';
  if (words.length >= 2 && words.length <= 5) return 'person';
  return null;
}

/** Whether a mention's person hint rests only on its shape (two to five capitalised words, no title or given name). */
export const weakPerson = (m: NameMention): boolean => m.hint === 'person' && m.title === null && m.gender === null;
