/**
 * What counts as an attribution. The `speech` scope (the default) follows the attribution guideline
 * (../shared/corpora/attribution-dev/GUIDELINE.md): reported speech with propositional content,
 * "according to", documents as sources. The `broad` scope keeps everything the rules find, which is
 * PolNeAR's broader notion (stance verbs with objects, beliefs, intentions).
 *
 * In the speech scope these are not attributions:
 * - refusals and negations: "declined to comment", "refused to say", "said she couldn't comment",
 *   "did not respond to a request";
 * - a verb with only a noun or event object: "condemned the attack", "agreed to a deal", "unveiled a
 *   plan", "called for a recount", "claimed responsibility", "his attacks on the governor" (an object with the source's own
 *   quoted words still counts; "accused X of Y" counts, as the guideline says);
 * - cognition and perception verbs ("thinks", "believes", "sees X as Y", "knows") unless they frame the
 *   content parenthetically after it ("The bridge will reopen in May, engineers believe");
 * - an amount after "added" ("the economy added 337,000 jobs");
 * - intentions and other commitments that are not speech acts ("wants to", "plans to", "decided to",
 *   "agreed to remove"); promises, pledges, vows and threats still count;
 * - other verbs with a that-clause that are not in the cue lexicon ("learned that");
 * - a topic after a verb with a preposition ("focused on how …", "referring to the plan", "asked X
 *   about Y"), unless it quotes the source or is a that-clause;
 * - the writer's own first person ("I asked", "we know") outside quotations, and a connective, adverb
 *   or verb taken for a source ("However", "cannot").
 * @module
 */
import { CUE_LEXICON, NOUN_CUES, NOUN_CUES_PREP, NOUN_CUES_TO, type CueEntry } from './cues.ts';
import type { RawAttribution } from './context.ts';
import type { Scan } from './scan.ts';

const ENTRY = new Map<string, CueEntry>(CUE_LEXICON.map((e) => [e.lemma, e]));

/** Single words that are never a source (connectives, adverbs, verbs and their fragments). */
const NOT_SOURCES = new Set(['however', 'meanwhile', 'despite', 'although', 'though', 'but', 'and', 'also', 'still', 'yet', 'instead', 'said', 'says', 'say', 'deny', 'denies', 'settle', 'cannot', 'can', 'ca', 'wo', 'do', 'did', 'does', 'will', 'would', 'could', 'should', 'not', 'never', 'too', 'so', 'then', 'now', 'later', 'earlier', 'therefore', 'indeed', 'moreover', 'furthermore', 'nonetheless', 'nevertheless', 'otherwise', 'again']);

/** Commitments that are speech acts ("vowed to fight"), unlike intentions ("plans to"). */
const SPOKEN_COMMITMENTS = new Set(['promise', 'pledge', 'vow', 'threaten']);
/** Noun cues with an infinitive that report speech ("her promise to …", not "his bid to …"). */
const SPOKEN_NOUNS_TO = new Set(['promise', 'pledge', 'threat', 'vow', 'promises', 'pledges', 'vows', 'threats', 'demand']);
/** Objects that are content, as the guideline says ("accused the mayor of lying"). */
const OBJECT_CUES = new Set(['accuse', 'charge']);

/** "she couldn't comment", "did not respond", "would not say": a refusal reported as content. */
const REFUSAL = /^(?:(?:he|she|they|it|we|i)\s+)?(?:could|would|will|did|does|do|can|was|were|is)(?:\s*n[o']t)\s+(?:immediately\s+|yet\s+|be\s+able\s+to\s+)?(?:comment|say|discuss|confirm|elaborate|respond|answer|speculate|provide|reveal|disclose|address|be\s+reached)\b/i;

/** Whether an attribution counts in the speech scope (see the module notes). */
export function speechAttribution(r: RawAttribution, scan: Scan): boolean {
  const lemma = r.cueLemma;
  if (lemma === 'according to' || lemma === ':' || !/\p{L}/u.test(lemma)) return true;
  const text = scan.text;
  const first = r.content[0];
  const content = text.slice(first.start, first.end);
  if (REFUSAL.test(content)) return false;
  // "couldn't comment on …", "did not respond to …", "declined to elaborate on …": a refusal around the cue
  if (/\b(?:not|n't|never|unable\s+to|declined\s+to|refused\s+to)\s*$/i.test(text.slice(Math.max(0, r.cue.start - 24), r.cue.start))) return false;
  if (r.source && !r.nested) {
    const src = text.slice(r.source.start, r.source.end).toLowerCase();
    if (src === 'i' || src === 'we' || src === 'you') return false;
  }
  // "However, … said", "… cannot say": a connective, adverb or verb is no source
  if (r.source && NOT_SOURCES.has(text.slice(r.source.start, r.source.end).toLowerCase())) return false;
  // "Despite parliamentary reports urging …": a phrase opening with a preposition is no subject ("reports" is a noun)
  if (r.source && /^(?:despite|in|on|at|after|before|during|amid|with|without|from|for|of|by|under|over|against|since)\s/i.test(text.slice(r.source.start, r.source.end))) return false;
  const entry = ENTRY.get(lemma);
  if (!entry) {
    // noun cues and the verbs of generic-that
    if (NOUN_CUES_PREP.has(lemma)) return false;
    if (NOUN_CUES_TO.has(lemma) && /^to\b/.test(content)) return SPOKEN_NOUNS_TO.has(lemma);
    return NOUN_CUES.has(lemma);
  }
  if (r.object && !OBJECT_CUES.has(lemma)) return false;
  // "focused on how …", "referring to NASA's effort", "asked Morrison about concerns": a topic, not something said
  const quoted = /["\u201c\u201d]/.test(content);
  if (/ (?:on|about|of|to|at)$/.test(lemma) && !quoted && !/^(?:that|whether)\b/.test(content)) return false;
  if (lemma === 'ask' && !quoted && /^(?:\S+\s+){0,4}about\b/.test(content)) return false;
  if (entry.cls === 'belief') return first.end <= r.cue.start;
  if (entry.cls === 'commissive') return SPOKEN_COMMITMENTS.has(lemma);
  if (lemma === 'agree' && /^to\b/i.test(content)) return false;
  // "Aotearoa, as it is called by Māori": a name given, no words reported
  if (lemma === 'call' && /\bas\s+(?:it|they|he|she|this|the\s+\w+)\s+(?:is|are|was|were|has\s+been)\s+$/i.test(text.slice(Math.max(0, r.cue.start - 30), r.cue.start))) return false;
  // "claimed responsibility for the attack", "claimed victory": an act named by its noun, no words reported
  if ((lemma === 'claim' || lemma === 'deny' || lemma === 'admit' || lemma === 'accept') && !quoted && /^(?:full\s+|partial\s+|any\s+)?(?:responsibility|credit|victory|defeat|involvement|liability|wrongdoing|guilt)\b(?!\s+(?:is|was|were|are|has|had|will|would)\b)/i.test(content)) return false;
  // "The economy added 337,000 jobs", "Sales added 5% to the total": an amount added, not words
  if (lemma === 'add' && !quoted && /^(?:some\s+|about\s+|nearly\s+|almost\s+|another\s+|a\s+further\s+)?[$£€]?\d/.test(content)) return false;
  return true;
}

/** The attributions that count in `scope`, with `sharedWith` indices re-pointed (-1 when the shared one is gone). */
export function inScope(raws: RawAttribution[], scan: Scan, scope: 'speech' | 'broad'): RawAttribution[] {
  if (scope === 'broad') return raws;
  return keepWhere(raws, (r) => speechAttribution(r, scan));
}

/**
 * The raw attributions `keep` accepts, with `sharedWith` indices re-pointed to the kept list; one that
 * shared the source of a dropped attribution ("…, adding that …") takes that source as its own.
 */
export function keepWhere(raws: RawAttribution[], keep: (r: RawAttribution) => boolean): RawAttribution[] {
  const kept = raws.map(keep);
  if (kept.every(Boolean)) return raws;
  const newIdx = new Int32Array(raws.length).fill(-1);
  const out: RawAttribution[] = [];
  raws.forEach((r, i) => {
    if (!kept[i]) return;
    newIdx[i] = out.length;
    out.push(r);
  });
  for (const r of out) {
    if (r.sharedWith < 0) continue;
    const from = raws[r.sharedWith];
    if (newIdx[r.sharedWith] >= 0) r.sharedWith = newIdx[r.sharedWith];
    else {
      r.sharedWith = from.sharedWith >= 0 && newIdx[from.sharedWith] >= 0 ? newIdx[from.sharedWith] : -1;
      if (r.sharedWith < 0) {
        r.source = from.source;
        r.sourceToks = from.sourceToks;
        r.appositive = from.appositive;
      }
    }
  }
  return out;
}
