/**
 * The cue lexicon (as data) and cue matching.
 *
 * Each entry names a lemma, its class, its stance (`loaded` verbs colour what they report — AP style
 * warns against "claimed", "admitted", "insisted" …) and the complement frames under which it reports
 * content:
 *
 * | frame | pattern | example |
 * |---|---|---|
 * | `quote` | CUE [,:] "…" | said, "We will win." |
 * | `that` | CUE [adverbials] that CLAUSE | denied that any vessels were involved |
 * | `zero` | CUE CLAUSE (no "that") | said the dead included … |
 * | `obj` | CUE ADDRESSEE (that / , "…") | told reporters that … / told a press conference, "…" |
 * | `to` | CUE to-VP | vowed to fight |
 * | `obj_to` | CUE OBJ to-VP | asked his followers to continue … |
 * | `np_quote` | CUE NP-with-a-quote | threatened "open war" / called them "deplorables" |
 * | `np` | CUE NP, for verbs whose object is itself what was said or demanded | called for a ban / criticized the plan |
 * | `wh` | CUE whether/why/how … | asked whether … |
 * | `inverted` | "…," CUE SOURCE | "We will win," said Mullen. |
 * | `aside` | CLAUSE, SOURCE CUE, CLAUSE | only frame of belief verbs: "Iran, he believes, is …" |
 *
 * A communication verb with only a noun object ("announced his resignation") matches no frame and is
 * not an attribution. Belief verbs (think, believe …) count only as asides.
 * @module
 */

/** What kind of act a cue reports. */
export type CueClass = 'speech' | 'report' | 'directive' | 'commissive' | 'evaluative' | 'belief' | 'evidential' | 'according_to';

/** Complement frames (see the module table). */
export type CueFrame = 'quote' | 'that' | 'zero' | 'obj' | 'to' | 'obj_to' | 'np_quote' | 'np' | 'wh' | 'inverted' | 'aside';

/** Whether a cue is neutral ("said") or loaded ("claimed", "admitted", "insisted" …). */
export type CueStance = 'neutral' | 'loaded';

/** One lexicon entry. */
export interface CueEntry {
  /** Lemma, lower case; multi-word cues inflect their first word ("point out" → "pointed out"). */
  lemma: string;
  cls: CueClass;
  stance: CueStance;
  frames: readonly CueFrame[];
  /** Only outside quotations and outside another attribution's content (intentions and NP objects are not reported speech inside a report). */
  topLevel?: boolean;
  /** Irregular forms: [3rd person -s, past, past participle, -ing]. */
  irregular?: readonly [string, string, string, string];
}

const S: CueFrame[] = ['quote', 'that', 'zero', 'inverted', 'aside'];
const R: CueFrame[] = ['quote', 'that', 'inverted', 'aside'];
const T: CueFrame[] = ['that', 'quote'];

/** The cue lexicon. Order is irrelevant; matching prefers the longest multi-word form. */
export const CUE_LEXICON: readonly CueEntry[] = [
  // speech: neutral reporting verbs
  { lemma: 'say', cls: 'speech', stance: 'neutral', frames: S, irregular: ['says', 'said', 'said', 'saying'] },
  { lemma: 'tell', cls: 'speech', stance: 'neutral', frames: ['obj', 'quote', 'that', 'obj_to', 'inverted', 'aside'], irregular: ['tells', 'told', 'told', 'telling'] },
  { lemma: 'add', cls: 'speech', stance: 'neutral', frames: S },
  { lemma: 'explain', cls: 'speech', stance: 'neutral', frames: [...R, 'wh', 'zero'] },
  { lemma: 'note', cls: 'speech', stance: 'neutral', frames: [...R, 'zero'] },
  { lemma: 'state', cls: 'speech', stance: 'neutral', frames: [...R, 'zero'] },
  { lemma: 'remark', cls: 'speech', stance: 'neutral', frames: R },
  { lemma: 'comment', cls: 'speech', stance: 'neutral', frames: ['quote', 'that', 'inverted'] },
  { lemma: 'reply', cls: 'speech', stance: 'neutral', frames: [...R, 'zero'] },
  { lemma: 'respond', cls: 'speech', stance: 'neutral', frames: ['quote', 'that', 'inverted'] },
  { lemma: 'answer', cls: 'speech', stance: 'neutral', frames: ['quote', 'that', 'inverted'] },
  { lemma: 'continue', cls: 'speech', stance: 'neutral', frames: ['quote', 'inverted'] },
  { lemma: 'recall', cls: 'speech', stance: 'neutral', frames: ['quote', 'that', 'inverted', 'aside', 'zero'] },
  { lemma: 'write', cls: 'speech', stance: 'neutral', frames: S, irregular: ['writes', 'wrote', 'written', 'writing'] },
  { lemma: 'tweet', cls: 'speech', stance: 'neutral', frames: R },
  { lemma: 'post', cls: 'speech', stance: 'neutral', frames: ['quote'] },
  { lemma: 'announce', cls: 'report', stance: 'neutral', frames: [...R, 'zero'] },
  { lemma: 'report', cls: 'report', stance: 'neutral', frames: [...R, 'zero'] },
  { lemma: 'testify', cls: 'report', stance: 'neutral', frames: R },
  { lemma: 'observe', cls: 'speech', stance: 'neutral', frames: R },
  { lemma: 'mention', cls: 'speech', stance: 'neutral', frames: [...T, 'np'] },
  { lemma: 'point out', cls: 'speech', stance: 'neutral', frames: R },
  { lemma: 'ask', cls: 'directive', stance: 'neutral', frames: ['quote', 'obj_to', 'wh', 'inverted', 'obj'] },
  { lemma: 'confirm', cls: 'report', stance: 'neutral', frames: [...R, 'zero'] },
  { lemma: 'disclose', cls: 'report', stance: 'neutral', frames: T },
  { lemma: 'estimate', cls: 'report', stance: 'neutral', frames: T },
  { lemma: 'predict', cls: 'report', stance: 'neutral', frames: [...R, 'zero'] },
  { lemma: 'emphasize', cls: 'speech', stance: 'neutral', frames: [...R, 'np', 'zero'] },
  { lemma: 'emphasise', cls: 'speech', stance: 'neutral', frames: R },
  { lemma: 'stress', cls: 'speech', stance: 'neutral', frames: [...R, 'np', 'zero'] },
  { lemma: 'agree', cls: 'speech', stance: 'neutral', frames: [...R, 'to', 'zero'] },
  { lemma: 'suggest', cls: 'speech', stance: 'neutral', frames: [...R, 'zero'] },
  { lemma: 'argue', cls: 'speech', stance: 'neutral', frames: [...R, 'zero'] },
  { lemma: 'declare', cls: 'speech', stance: 'neutral', frames: [...R, 'zero'] },
  { lemma: 'acknowledge', cls: 'speech', stance: 'neutral', frames: [...R, 'zero', 'np'] },
  { lemma: 'deny', cls: 'speech', stance: 'neutral', frames: [...T, 'np'] },
  { lemma: 'warn', cls: 'speech', stance: 'neutral', frames: [...R, 'obj', 'obj_to', 'zero'] },
  { lemma: 'caution', cls: 'speech', stance: 'neutral', frames: R },
  { lemma: 'urge', cls: 'directive', stance: 'neutral', frames: ['quote', 'obj_to', 'that', 'inverted', 'np'] },
  { lemma: 'call on', cls: 'directive', stance: 'neutral', frames: ['obj_to'] },
  { lemma: 'call for', cls: 'directive', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'cite', cls: 'report', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'question', cls: 'evaluative', stance: 'neutral', frames: ['np', 'wh'], topLevel: true },
  { lemma: 'reject', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'propose', cls: 'directive', stance: 'neutral', frames: ['that', 'to', 'np'], topLevel: true },
  { lemma: 'recommend', cls: 'directive', stance: 'neutral', frames: ['that', 'np'], topLevel: true },
  { lemma: 'dispute', cls: 'evaluative', stance: 'neutral', frames: ['that', 'np'], topLevel: true },
  { lemma: 'endorse', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'defend', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'blame', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'attack', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'applaud', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'welcome', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'highlight', cls: 'speech', stance: 'neutral', frames: ['that', 'np'], topLevel: true },
  { lemma: 'discuss', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'address', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'point to', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'refer to', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'reiterate', cls: 'speech', stance: 'neutral', frames: ['that', 'quote', 'np'] },
  { lemma: 'repeat', cls: 'speech', stance: 'neutral', frames: ['that', 'quote'] },
  { lemma: 'hint', cls: 'speech', stance: 'neutral', frames: ['that'] },
  { lemma: 'imply', cls: 'speech', stance: 'neutral', frames: ['that'] },
  { lemma: 'speculate', cls: 'speech', stance: 'neutral', frames: ['that', 'quote'] },
  { lemma: 'liken', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'compare', cls: 'evaluative', stance: 'neutral', frames: ['np_quote'], topLevel: true },
  { lemma: 'complain about', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'talk about', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'speak of', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true, irregular: ['speaks', 'spoke', 'spoken', 'speaking'] },
  { lemma: 'warn of', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'want', cls: 'commissive', stance: 'neutral', frames: ['to', 'obj_to', 'np'], topLevel: true },
  { lemma: 'plan', cls: 'commissive', stance: 'neutral', frames: ['to'], topLevel: true },
  { lemma: 'hope', cls: 'commissive', stance: 'neutral', frames: ['to'], topLevel: true },
  { lemma: 'intend', cls: 'commissive', stance: 'neutral', frames: ['to'], topLevel: true },
  { lemma: 'refuse', cls: 'commissive', stance: 'neutral', frames: ['to'], topLevel: true },
  { lemma: 'decline', cls: 'commissive', stance: 'neutral', frames: ['to'], topLevel: true },
  { lemma: 'offer', cls: 'commissive', stance: 'neutral', frames: ['to'], topLevel: true },
  { lemma: 'demand', cls: 'directive', stance: 'neutral', frames: ['that', 'quote', 'to', 'np'] },
  { lemma: 'promise', cls: 'commissive', stance: 'neutral', frames: ['that', 'quote', 'to', 'np'] },
  { lemma: 'pledge', cls: 'commissive', stance: 'neutral', frames: ['that', 'quote', 'to'] },
  { lemma: 'vow', cls: 'commissive', stance: 'neutral', frames: ['that', 'quote', 'to'] },
  { lemma: 'threaten', cls: 'commissive', stance: 'neutral', frames: ['that', 'quote', 'to', 'np_quote'] },
  { lemma: 'insist', cls: 'speech', stance: 'loaded', frames: [...R, 'zero'] },
  { lemma: 'claim', cls: 'speech', stance: 'loaded', frames: ['quote', 'that', 'zero', 'inverted', 'aside'] },
  { lemma: 'admit', cls: 'speech', stance: 'loaded', frames: [...R, 'zero', 'np'] },
  { lemma: 'concede', cls: 'speech', stance: 'loaded', frames: [...R, 'zero'] },
  { lemma: 'allege', cls: 'speech', stance: 'loaded', frames: R },
  { lemma: 'confess', cls: 'speech', stance: 'loaded', frames: R },
  { lemma: 'boast', cls: 'speech', stance: 'loaded', frames: R },
  { lemma: 'brag', cls: 'speech', stance: 'loaded', frames: R },
  { lemma: 'complain', cls: 'speech', stance: 'loaded', frames: [...R, 'zero'] },
  { lemma: 'contend', cls: 'speech', stance: 'loaded', frames: R },
  { lemma: 'maintain', cls: 'speech', stance: 'loaded', frames: T },
  { lemma: 'assert', cls: 'speech', stance: 'loaded', frames: R },
  { lemma: 'charge', cls: 'speech', stance: 'loaded', frames: T },
  { lemma: 'proclaim', cls: 'speech', stance: 'loaded', frames: R },
  { lemma: 'scoff', cls: 'speech', stance: 'loaded', frames: ['quote', 'inverted'] },
  { lemma: 'quip', cls: 'speech', stance: 'loaded', frames: R },
  { lemma: 'joke', cls: 'speech', stance: 'loaded', frames: R },
  { lemma: 'exclaim', cls: 'speech', stance: 'loaded', frames: R },
  { lemma: 'reveal', cls: 'report', stance: 'loaded', frames: [...T, 'zero', 'wh'] },
  // evaluative verbs: attributions only with a quoted object or clause
  { lemma: 'call', cls: 'evaluative', stance: 'neutral', frames: ['np_quote'] },
  { lemma: 'describe', cls: 'evaluative', stance: 'neutral', frames: ['np_quote'] },
  { lemma: 'denounce', cls: 'evaluative', stance: 'loaded', frames: ['np', 'that'], topLevel: true },
  { lemma: 'condemn', cls: 'evaluative', stance: 'loaded', frames: ['np', 'that'], topLevel: true },
  { lemma: 'criticize', cls: 'evaluative', stance: 'loaded', frames: ['np', 'that'], topLevel: true },
  { lemma: 'criticise', cls: 'evaluative', stance: 'loaded', frames: ['np', 'that'], topLevel: true },
  { lemma: 'blast', cls: 'evaluative', stance: 'loaded', frames: ['np', 'quote', 'inverted'], topLevel: true },
  { lemma: 'slam', cls: 'evaluative', stance: 'loaded', frames: ['np', 'quote', 'inverted'], topLevel: true },
  { lemma: 'accuse', cls: 'evaluative', stance: 'loaded', frames: ['np', 'that'], topLevel: true },
  { lemma: 'praise', cls: 'evaluative', stance: 'neutral', frames: ['that', 'quote', 'inverted'], topLevel: true },
  { lemma: 'dismiss', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'label', cls: 'evaluative', stance: 'loaded', frames: ['np_quote'] },
  { lemma: 'dub', cls: 'evaluative', stance: 'loaded', frames: ['np_quote'] },
  // communicative acts with a noun-phrase object, found frequent in PolNeAR train
  { lemma: 'express', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'voice', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'echo', cls: 'speech', stance: 'neutral', frames: ['np', 'quote'], topLevel: true },
  { lemma: 'rail against', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'decry', cls: 'evaluative', stance: 'loaded', frames: ['np', 'that'], topLevel: true },
  { lemma: 'lament', cls: 'evaluative', stance: 'loaded', frames: ['np', 'that', 'quote'], topLevel: true },
  { lemma: 'bemoan', cls: 'evaluative', stance: 'loaded', frames: ['np', 'that'], topLevel: true },
  { lemma: 'tout', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'thank', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'remind', cls: 'speech', stance: 'neutral', frames: ['obj', 'that', 'quote'], topLevel: true },
  { lemma: 'encourage', cls: 'directive', stance: 'neutral', frames: ['obj_to', 'np'], topLevel: true },
  { lemma: 'challenge', cls: 'evaluative', stance: 'neutral', frames: ['np', 'obj_to'], topLevel: true },
  { lemma: 'signal', cls: 'speech', stance: 'neutral', frames: ['that', 'np'], topLevel: true },
  { lemma: 'plead', cls: 'directive', stance: 'neutral', frames: ['quote', 'np'], topLevel: true },
  { lemma: 'shout', cls: 'speech', stance: 'neutral', frames: ['quote', 'inverted', 'np'], topLevel: true },
  { lemma: 'chant', cls: 'speech', stance: 'neutral', frames: ['quote', 'inverted', 'np'], topLevel: true },
  { lemma: 'reference', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'request', cls: 'directive', stance: 'neutral', frames: ['that', 'np'], topLevel: true },
  { lemma: 'quote', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'assail', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'champion', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'apologize', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'invoke', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'mock', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'assure', cls: 'speech', stance: 'neutral', frames: ['obj', 'that'], topLevel: true },
  { lemma: 'push for', cls: 'directive', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'advocate', cls: 'directive', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'prefer', cls: 'evaluative', stance: 'neutral', frames: ['np', 'to'], topLevel: true },
  { lemma: 'go on to say', cls: 'speech', stance: 'neutral', frames: ['that', 'zero', 'quote'], irregular: ['goes', 'went', 'gone', 'going'] },
  { lemma: 'spell out', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'lay out', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true, irregular: ['lays', 'laid', 'laid', 'laying'] },
  { lemma: 'outline', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'detail', cls: 'speech', stance: 'neutral', frames: ['np', 'wh'], topLevel: true },
  { lemma: 'unveil', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  // evidential: documents, polls and studies as sources
  { lemma: 'show', cls: 'evidential', stance: 'neutral', frames: ['that', 'zero'], irregular: ['shows', 'showed', 'shown', 'showing'] },
  { lemma: 'find', cls: 'evidential', stance: 'neutral', frames: ['that', 'zero'], irregular: ['finds', 'found', 'found', 'finding'] },
  { lemma: 'indicate', cls: 'evidential', stance: 'neutral', frames: ['that', 'zero'] },
  { lemma: 'conclude', cls: 'evidential', stance: 'neutral', frames: ['that', 'quote'] },
  // belief verbs: only as asides ("Iran, he believes, is …")
  { lemma: 'believe', cls: 'belief', stance: 'neutral', frames: ['aside'] },
  { lemma: 'think', cls: 'belief', stance: 'neutral', frames: ['aside'], irregular: ['thinks', 'thought', 'thought', 'thinking'] },
  { lemma: 'feel', cls: 'belief', stance: 'neutral', frames: ['aside'], irregular: ['feels', 'felt', 'felt', 'feeling'] },
  { lemma: 'expect', cls: 'belief', stance: 'neutral', frames: ['aside'] },
  { lemma: 'fear', cls: 'belief', stance: 'neutral', frames: ['aside'] },
];

/** Nouns that cue an attribution when a possessive source precedes them and a that-clause or quote follows ("Petraeus's testimony that …"). */
export const NOUN_CUES: ReadonlySet<string> = new Set([
  'statement', 'testimony', 'claim', 'claims', 'assertion', 'remarks', 'comments', 'warning', 'announcement', 'argument', 'insistence', 'admission', 'allegation', 'allegations', 'prediction', 'promise', 'pledge', 'view', 'position',
]);

/** Grammatical form of a matched cue. */
export type CueForm = 'base' | 's' | 'past' | 'participle' | 'ing' | 'prep';

/** A cue found at a token position. */
export interface CueMatch {
  entry: CueEntry;
  form: CueForm;
  /** Number of tokens the cue spans. */
  length: number;
}

const DOUBLE_FINAL = new Set(['admit', 'commit', 'regret', 'rebut', 'refer', 'prefer', 'quip', 'dub', 'slam', 'brag', 'occur', 'submit', 'permit', 'omit']);

/** Regular English inflection of a verb lemma: [-s, past, past participle, -ing]. */
export function inflect(lemma: string): [string, string, string, string] {
  const last = lemma[lemma.length - 1];
  const cons = (ch: string | undefined): boolean => ch !== undefined && !'aeiou'.includes(ch);
  let s: string;
  if (/(s|x|z|ch|sh)$/.test(lemma)) s = lemma + 'es';
  else if (last === 'y' && cons(lemma[lemma.length - 2])) s = lemma.slice(0, -1) + 'ies';
  else s = lemma + 's';
  let ed: string;
  let ing: string;
  if (DOUBLE_FINAL.has(lemma)) {
    ed = lemma + last + 'ed';
    ing = lemma + last + 'ing';
  } else if (last === 'e') {
    ed = lemma + 'd';
    ing = lemma.endsWith('ee') ? lemma + 'ing' : lemma.slice(0, -1) + 'ing';
  } else if (last === 'y' && cons(lemma[lemma.length - 2])) {
    ed = lemma.slice(0, -1) + 'ied';
    ing = lemma + 'ing';
  } else {
    ed = lemma + 'ed';
    ing = lemma + 'ing';
  }
  return [s, ed, ed, ing];
}

interface IndexRow {
  words: string[];
  entry: CueEntry;
  form: CueForm;
}

function buildIndex(): Map<string, IndexRow[]> {
  const idx = new Map<string, IndexRow[]>();
  const seen = new Set<string>();
  for (const entry of CUE_LEXICON) {
    const [head, ...rest] = entry.lemma.split(' ');
    const [s, past, part, ing] = entry.irregular ?? inflect(head);
    const forms: [string, CueForm][] = [[head, 'base'], [s, 's'], [past, 'past'], [ing, 'ing']];
    if (part !== past) forms.push([part, 'participle']);
    for (const [f, form] of forms) {
      const key = `${f} ${rest.join(' ')}|${form}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const row = { words: [f, ...rest], entry, form };
      const list = idx.get(f) ?? [];
      list.push(row);
      idx.set(f, list);
    }
  }
  for (const list of idx.values()) list.sort((a, b) => b.words.length - a.words.length);
  return idx;
}

const INDEX = buildIndex();

/** Lemma of a verb form known to the lexicon (e.g. "told" → "tell"), or null. */
export function cueLemma(word: string): string | null {
  const rows = INDEX.get(word.toLowerCase());
  return rows ? rows[0].entry.lemma : null;
}

/** Stance of a cue lemma: `loaded` when the lexicon says so, `neutral` otherwise. */
export function cueStance(lemma: string): CueStance {
  return CUE_LEXICON.find((e) => e.lemma === lemma)?.stance ?? 'neutral';
}

/**
 * Matches a verb cue starting at `words[i]` (lower-cased token texts). Returns the longest match or null.
 * Multi-word cues allow only adjacent words.
 */
export function matchCue(words: readonly string[], i: number): CueMatch | null {
  const rows = INDEX.get(words[i]);
  if (!rows) return null;
  for (const r of rows) {
    let ok = true;
    for (let k = 1; k < r.words.length; k++) if (words[i + k] !== r.words[k]) ok = false;
    if (ok) return { entry: r.entry, form: r.form, length: r.words.length };
  }
  return null;
}
