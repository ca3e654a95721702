/**
 * Tests on a source mention found around a cue: whether it can be a source at all
 * ({@link validSource}), whether it is clearly a person or group ({@link personLike}), and the three
 * shapes an inverted source may take after the cue (`"…," said Mullen`, `said one farmer`,
 * `said former campaign adviser Omar Reyes`).
 * @module
 */
import { cueLemma } from './cues.ts';
import type { Tok } from './scan.ts';
import type { SourceChunk } from './sources.ts';
import {
  BAD_LAST, CLAUSE_MARKERS, CLAUSE_WORDS, DETERMINERS, DOC_NOUNS, FRACTIONS, INVERTED_SOURCE_FOLLOWERS, NOT_SOURCE_STARTS,
  ONE_WORD_NOT_SOURCES, PARTITIVES, PREPOSITIONS, PRONOUNS, QUANT_SOURCES, ROLE_HEADS, RULING_NOUNS, TIME_WORDS, isLyAdverb,
} from './words.ts';
import type { Ctx } from './context.ts';

/**
 * A source that is clearly a person or group (for cues such as "supported" that also describe what
 * states and things do): a personal pronoun or "who", a name of two or more words, or a role noun.
 */
export function personLike(ctx: Ctx, src: SourceChunk | null): boolean {
  if (!src) return false;
  const toks = ctx.toks;
  const n = src.end - src.start;
  const first = toks[src.start].lower;
  if (n === 1 && /^(?:he|she|they|we|i|who)$/.test(first)) return true;
  // a bare generic plural ("Parents praised the school") is not a specific source
  if (n === 1) return false;
  let caps = 0;
  for (let k = src.start; k < src.end; k++) {
    // poll respondents: "About three-quarters", "19 percent of voters", "4 in 10"
    if (FRACTIONS.has(toks[k].lower) || toks[k].kind === 'number') return true;
    if (ROLE_HEADS.has(toks[k].lower) && !DOC_NOUNS.has(toks[k].lower)) return true;
    if (toks[k].cap && toks[k].kind === 'word' && !DETERMINERS.has(toks[k].lower)) caps++;
  }
  return caps >= 2;
}

/** Plural nouns of people without a final "s". */
const PLURALS_WITHOUT_S = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'clergy', 'crew', 'public', 'youth', 'folk', 'kin', 'cattle']);

/**
 * Whether a chunk can be a source at all: a pronoun, a quantifier standing for people, a name, or a
 * noun phrase with a human, institutional or document head; not a clause word, a verb phrase, an
 * adjective or a quotation.
 */
export function validSource(ctx: Ctx, src: SourceChunk): boolean {
  const toks = ctx.toks;
  const first = toks[src.start];
  const last = toks[src.end - 1];
  if (src.end - src.start === 1 && (PRONOUNS.has(first.lower) || first.lower === 'who' || first.lower === 'which')) return true;
  // "Several said …", "another says …": a quantifier standing for people
  if (src.end - src.start === 1 && QUANT_SOURCES.has(first.lower)) return true;
  if (src.end - src.start === 1 && (CLAUSE_WORDS.has(first.lower) || (first.cap && (ONE_WORD_NOT_SOURCES.has(first.lower))))) return false;
  if (BAD_LAST.has(last.lower)) return false;
  // a verb form at the start ("Having said", "don't want", "made plans") or inside ("Clinton cited Trump's past")
  if (!first.cap && first.kind === 'word' && first.lower !== 'including' && (first.lower.endsWith('ing') || first.lower.endsWith('ed') || first.lower.endsWith("n't") || NOT_SOURCE_STARTS.has(first.lower)) && !DETERMINERS.has(first.lower) && src.end - src.start > 0) {
    // "retired army general Mark Hertling", "elected officials": modifiers of a role or name; a
    // determiner or preposition first makes a verb phrase ("accepted the resignation of …", "pushing through …")
    let role = false;
    for (let k = src.start + 1; k < src.end && !role; k++) {
      if (ROLE_HEADS.has(toks[k].lower) || toks[k].cap) role = true;
      else if (DETERMINERS.has(toks[k].lower) || PREPOSITIONS.has(toks[k].lower) || toks[k].kind !== 'word') break;
    }
    if (!role) return false;
  }
  if (first.cap && first.lower.endsWith('ing') && first.start === ctx.scan.sentences[first.sent].start && src.end - src.start === 1) return false;
  // "one of the leading academic voices on Sudan": a partitive names people in the plural; ending in a
  // singular word before a cue word in -s, that word is the plural noun the partitive needs
  if (src.end - src.start >= 3 && PARTITIVES.has(first.lower) && toks[src.start + 1].lower === 'of' && last.kind === 'word' && !last.cap && !last.lower.endsWith('s') && !last.lower.endsWith('ly') && !PLURALS_WITHOUT_S.has(last.lower) && toks[src.end]?.lower.endsWith('s')) return false;
  for (let k = src.start + 1; k < src.end; k++) {
    const x = toks[k];
    if (!x.cap && x.kind === 'word' && x.lower.endsWith('ed') && cueLemma(x.lower) !== null && toks[k + 1]?.lower !== 'by') return false;
  }
  // common-noun sources need a human, institutional or document head ("a military official", "the poll")
  let anyCap = false;
  for (let k = src.start; k < src.end; k++) if (toks[k].cap && !(k === src.start && DETERMINERS.has(toks[k].lower))) anyCap = true;
  if (!anyCap && !ROLE_HEADS.has(last.lower) && !DOC_NOUNS.has(last.lower) && (/(?:ic|al|ous|ive|ful|ary|able|ible|less)$/.test(last.lower) || /^[a-z]+-[a-z]+$/.test(last.lower)) && !src.antecedent) return false;
  if (first.kind === 'number' && src.end - src.start === 1) return false;
  // must contain a capitalised word, a determiner or a plural/role noun; reject obvious non-NPs
  if (last.kind === 'punct' && last.text !== ')' && !(last.text === '.' && src.end - 2 >= src.start && /^(?:inc|co|corp|ltd|jr|sr|bros|plc|llc)$/.test(toks[src.end - 2].lower))) return false;
  if (/^(?:it|this|that|there|which|what|who)$/.test(last.lower) && src.end - src.start > 1) return false;
  for (let k = src.start; k < src.end; k++) if (toks[k].kind === 'quote') return false;
  return true;
}

/** '"…," said one farmer, who …': a short indefinite person noun phrase ending the clause after a quote. */
export function isPersonNoun(toks: Tok[], r: SourceChunk, hi: number): boolean {
  const n = r.end - r.start;
  // '"…," said headteacher Amina Diallo': lower-case role words, then a name
  {
    let k = r.start;
    while (k < r.end && k - r.start < 2 && toks[k].kind === 'word' && !toks[k].cap && !TIME_WORDS.has(toks[k].lower) && !isLyAdverb(toks[k].lower) && !DETERMINERS.has(toks[k].lower) && !PRONOUNS.has(toks[k].lower) && !CLAUSE_MARKERS.has(toks[k].lower) && !PREPOSITIONS.has(toks[k].lower)) k++;
    const nameStart = k;
    while (k < r.end && toks[k].kind === 'word' && toks[k].cap) k++;
    const nx = r.end < hi ? toks[r.end] : null;
    if (nameStart > r.start && k === r.end && r.end - nameStart >= 1 && r.end - nameStart <= 4 && (nx === null || nx.text === ',' || nx.text === '.' || nx.kind === 'quote')) return true;
  }
  if (n < 2 || n > 4) return false;
  if (!/^(?:a|an|one|another)$/.test(toks[r.start].lower)) return false;
  for (let k = r.start + 1; k < r.end; k++) if (toks[k].kind !== 'word' || toks[k].cap || CLAUSE_MARKERS.has(toks[k].lower)) return false;
  const head = toks[r.end - 1].lower;
  if (!/(?:er|or|man|woman|ist|ant|ent|ian|ee|ess|eur)$/.test(head) && !ROLE_HEADS.has(head)) return false;
  const nx = r.end < hi ? toks[r.end] : null;
  return nx === null || nx.text === ',' || nx.text === '.' || nx.kind === 'quote';
}

/**
 * '"…," said former campaign adviser Omar Reyes.' / '"…," said a former senior port official.':
 * right after a closing quote, a short phrase ending the clause with a name or a person/role head.
 */
export function isQuotedSpeakerPhrase(toks: Tok[], r: SourceChunk, hi: number): boolean {
  const n = r.end - r.start;
  if (n < 2 || n > 10) return false;
  const first = toks[r.start];
  if (PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower) || isLyAdverb(first.lower) || PRONOUNS.has(first.lower)) return false;
  for (let k = r.start; k < r.end; k++) {
    const t = toks[k];
    if (t.kind === 'quote' || CLAUSE_MARKERS.has(t.lower) || (t.kind === 'word' && !t.cap && k > r.start && t.lower.endsWith('ed') && !ROLE_HEADS.has(t.lower))) return false;
  }
  const last = toks[r.end - 1];
  const head = last.lower;
  const ok = (last.cap && last.kind === 'word') || ROLE_HEADS.has(head) || /(?:er|or|ist|ant|ent|ian|man|woman|old)$/.test(head);
  if (!ok) return false;
  const nx = r.end < hi ? toks[r.end] : null;
  return nx === null || nx.text === ',' || nx.text === '.' || nx.kind === 'quote' || nx.text === ';';
}

/**
 * A source right after an inverted cue ("said Mullen", "said the ruling", "said the 46-year-old"): a
 * short name or determiner phrase with no verb in it that ends the clause.
 */
export function isInvertedSource(toks: Tok[], r: SourceChunk, hi: number): boolean {
  const first = toks[r.start];
  if (!first.cap && DETERMINERS.has(first.lower)) {
    let ok = false;
    for (let k = r.start + 1; k < Math.min(r.end, r.start + 5); k++) if (toks[k].cap || ROLE_HEADS.has(toks[k].lower) || DOC_NOUNS.has(toks[k].lower) || RULING_NOUNS.has(toks[k].lower)) ok = true;
    if (!ok) return false;
  }
  if (first.kind === 'number' && r.end - r.start >= 2 && toks[r.end - 1].cap) return true;
  if (PRONOUNS.has(first.lower) && r.end - r.start > 1) return false;
  for (let k = r.start; k < r.end; k++) {
    // a possessive "'s" inside the phrase ("the mayor's top aide Lina Ortiz") is not a verb
    if (toks[k].lower === "'s" && k > r.start && k + 1 < r.end && toks[k + 1].kind === 'word') continue;
    if (CLAUSE_MARKERS.has(toks[k].lower) || toks[k].lower === 'cannot') return false;
  }
  if (!(first.cap || DETERMINERS.has(first.lower) || PRONOUNS.has(first.lower))) return false;
  if (first.lower === 'i' || first.lower === 'we' || first.lower === 'you' || first.lower === 'it') return false;
  if (r.end - r.start > 12) return false;
  // must end the clause
  const nx = r.end < hi ? toks[r.end] : null;
  return nx === null || nx.text === ',' || nx.text === '.' || nx.text === ';' || nx.kind === 'quote' || nx.text === ':' || nx.text === '!' || nx.text === '?' || nx.text === '(' || INVERTED_SOURCE_FOLLOWERS.has(nx.lower);
}
