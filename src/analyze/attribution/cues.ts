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
 * | `aside` | CLAUSE, SOURCE CUE, CLAUSE | "Iran, he believes, is …" |
 *
 * A communication verb whose noun object is an event ("announced his resignation", see {@link EVENT_OBJECTS})
 * or whose entry has no `np` frame is not an attribution. Belief verbs (think, believe …) count as asides and,
 * when their entry also has `that`/`zero` frames, with a clause outside quotations ("The mayor thinks the
 * bridge will reopen", but not "I think …" inside a quote).
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
  /** Only with a source that is clearly a person or group ("Senator Ann Lee supported …", not "Iran has supported …"). */
  personal?: boolean;
  /** Only these grammatical forms are cues (default: all); e.g. "supports", "supporting" but not the noun-like base form. */
  forms?: readonly CueForm[];
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
  { lemma: 'state', cls: 'speech', stance: 'neutral', frames: [...R, 'zero'], forms: ['base', 'past', 'ing'] },
  { lemma: 'remark', cls: 'speech', stance: 'neutral', frames: R },
  { lemma: 'comment', cls: 'speech', stance: 'neutral', frames: ['quote', 'that', 'inverted'] },
  { lemma: 'reply', cls: 'speech', stance: 'neutral', frames: [...R, 'zero'] },
  { lemma: 'respond', cls: 'speech', stance: 'neutral', frames: ['quote', 'that', 'inverted'] },
  { lemma: 'answer', cls: 'speech', stance: 'neutral', frames: ['quote', 'that', 'inverted'] },
  { lemma: 'continue', cls: 'speech', stance: 'neutral', frames: ['quote', 'inverted'], forms: ['past', 'ing'] },
  { lemma: 'recall', cls: 'speech', stance: 'neutral', frames: ['quote', 'that', 'inverted', 'aside', 'zero'] },
  { lemma: 'write', cls: 'speech', stance: 'neutral', frames: S, irregular: ['writes', 'wrote', 'written', 'writing'] },
  { lemma: 'tweet', cls: 'speech', stance: 'neutral', frames: [...R, 'np'] },
  { lemma: 'post', cls: 'speech', stance: 'neutral', frames: ['quote', 'np'] },
  { lemma: 'announce', cls: 'report', stance: 'neutral', frames: [...R, 'zero', 'np'] },
  { lemma: 'report', cls: 'report', stance: 'neutral', frames: [...R, 'zero', 'np'] },
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
  { lemma: 'question', cls: 'evaluative', stance: 'neutral', frames: ['np', 'wh'], topLevel: true, forms: ['past', 'ing'] },
  { lemma: 'reject', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'propose', cls: 'directive', stance: 'neutral', frames: ['that', 'to', 'np'], topLevel: true },
  { lemma: 'recommend', cls: 'directive', stance: 'neutral', frames: ['that', 'np'], topLevel: true },
  { lemma: 'dispute', cls: 'evaluative', stance: 'neutral', frames: ['that', 'np'], topLevel: true },
  { lemma: 'endorse', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past', 's', 'ing'] },
  { lemma: 'defend', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'blame', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'attack', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true, forms: ['past', 'ing'] },
  { lemma: 'applaud', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'welcome', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'highlight', cls: 'speech', stance: 'neutral', frames: ['that', 'np'], topLevel: true },
  { lemma: 'discuss', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'address', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past', 'ing'] },
  { lemma: 'point to', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'refer to', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'reiterate', cls: 'speech', stance: 'neutral', frames: ['that', 'quote', 'np'] },
  { lemma: 'repeat', cls: 'speech', stance: 'neutral', frames: ['that', 'quote'] },
  { lemma: 'hint', cls: 'speech', stance: 'neutral', frames: ['that'] },
  { lemma: 'imply', cls: 'speech', stance: 'neutral', frames: ['that', 'zero'] },
  { lemma: 'speculate', cls: 'speech', stance: 'neutral', frames: ['that', 'quote'] },
  { lemma: 'liken', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'compare', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'complain about', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'talk about', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'speak of', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true, irregular: ['speaks', 'spoke', 'spoken', 'speaking'] },
  { lemma: 'warn of', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'want', cls: 'commissive', stance: 'neutral', frames: ['to', 'obj_to', 'np'], topLevel: true },
  { lemma: 'plan', cls: 'commissive', stance: 'neutral', frames: ['to'], topLevel: true },
  { lemma: 'hope', cls: 'commissive', stance: 'neutral', frames: ['to', 'that', 'zero'], topLevel: true },
  { lemma: 'intend', cls: 'commissive', stance: 'neutral', frames: ['to'], topLevel: true },
  { lemma: 'refuse', cls: 'commissive', stance: 'neutral', frames: ['to'], topLevel: true },
  { lemma: 'decline', cls: 'commissive', stance: 'neutral', frames: ['to'], topLevel: true },
  { lemma: 'offer', cls: 'commissive', stance: 'neutral', frames: ['to', 'np'], topLevel: true, forms: ['past'] },
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
  { lemma: 'praise', cls: 'evaluative', stance: 'neutral', frames: ['that', 'quote', 'inverted', 'np'], topLevel: true, personal: true },
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
  // ("European champions Wasps": the -s form is the noun far more often than the verb)
  { lemma: 'champion', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past', 'ing'] },
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
  // stance and action verbs with an object: what somebody sought, backed, opposed or put out is their stance
  { lemma: 'seek', cls: 'commissive', stance: 'neutral', frames: ['to', 'np'], topLevel: true, forms: ['s', 'past'], irregular: ['seeks', 'sought', 'sought', 'seeking'] },
  { lemma: 'issue', cls: 'report', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past'] },
  { lemma: 'swipe at', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'utter', cls: 'speech', stance: 'neutral', frames: ['np', 'quote'], topLevel: true },
  { lemma: 'resist', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'release', cls: 'report', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past', 's'] },
  { lemma: 'oppose', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'favor', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'back', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true, personal: true, forms: ['past', 's', 'ing'] },
  { lemma: 'support', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true, personal: true },
  { lemma: 'share', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past', 'ing'] },
  { lemma: 'knock', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'list', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'retweet', cls: 'speech', stance: 'neutral', frames: ['np', 'quote'], topLevel: true },
  { lemma: 'unleash', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'deem', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'hammer', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'interject', cls: 'speech', stance: 'neutral', frames: ['quote', 'inverted'] },
  { lemma: 'envision', cls: 'commissive', stance: 'neutral', frames: ['np', 'that'], topLevel: true },
  { lemma: 'portray', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'laugh', cls: 'speech', stance: 'neutral', frames: ['quote', 'inverted'] },
  { lemma: 'elaborate', cls: 'speech', stance: 'neutral', frames: ['quote', 'inverted'] },
  { lemma: 'yell', cls: 'speech', stance: 'neutral', frames: ['quote', 'inverted', 'np'], topLevel: true },
  { lemma: 'imagine', cls: 'belief', stance: 'neutral', frames: ['aside', 'that'] },
  { lemma: 'assume', cls: 'belief', stance: 'neutral', frames: ['aside', 'that', 'zero'], topLevel: true },
  { lemma: 'opt', cls: 'commissive', stance: 'neutral', frames: ['to'], topLevel: true },
  { lemma: 'attribute', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'lash out at', cls: 'evaluative', stance: 'loaded', frames: ['np'], topLevel: true },
  { lemma: 'side with', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'weigh in', cls: 'speech', stance: 'neutral', frames: ['quote', 'np'], topLevel: true },
  { lemma: 'chime in', cls: 'speech', stance: 'neutral', frames: ['quote', 'inverted'] },
  { lemma: 'single out', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'shoot back', cls: 'speech', stance: 'neutral', frames: ['quote', 'inverted', 'that'], irregular: ['shoots', 'shot', 'shot', 'shooting'] },
  { lemma: 'fire back', cls: 'speech', stance: 'neutral', frames: ['quote', 'inverted', 'that', 'np'] },
  { lemma: 'consider', cls: 'belief', stance: 'neutral', frames: ['np', 'that'], topLevel: true },
  { lemma: 'decide', cls: 'commissive', stance: 'neutral', frames: ['to', 'that'], topLevel: true },
  { lemma: 'aim', cls: 'commissive', stance: 'neutral', frames: ['to'], topLevel: true },
  { lemma: 'sue', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'frame', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'recount', cls: 'speech', stance: 'neutral', frames: ['np', 'that', 'quote', 'wh'], topLevel: true },
  { lemma: 'remember', cls: 'speech', stance: 'neutral', frames: ['that', 'quote', 'np'], topLevel: true },
  { lemma: 'vote for', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past', 's'] },
  { lemma: 'vote against', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'focus on', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past', 's', 'ing'] },
  { lemma: 'see', cls: 'belief', stance: 'neutral', frames: ['np', 'that'], topLevel: true, forms: ['base', 's'], irregular: ['sees', 'saw', 'seen', 'seeing'] },
  { lemma: 'avoid', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['s', 'past'] },
  { lemma: 'block', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['s', 'past'] },
  { lemma: 'speak about', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true, irregular: ['speaks', 'spoke', 'spoken', 'speaking'] },
  { lemma: 'speak out', cls: 'speech', stance: 'neutral', frames: ['np', 'quote'], topLevel: true, irregular: ['speaks', 'spoke', 'spoken', 'speaking'] },
  { lemma: 'respond to', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'deliver', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past', 'ing'] },
  // further stance verbs with an object or clause
  { lemma: 'rebuke', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'reaffirm', cls: 'speech', stance: 'neutral', frames: ['np', 'that'], topLevel: true },
  { lemma: 'hail', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'rebut', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'vouch for', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'comment on', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'touch on', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'float', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'bash', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'herald', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'boast of', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'ask for', cls: 'directive', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'order', cls: 'directive', stance: 'neutral', frames: ['np', 'obj_to', 'that'], topLevel: true, forms: ['past', 's'] },
  { lemma: 'coin', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'congratulate', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'disavow', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'deride', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'hint at', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'characterize', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'persuade', cls: 'directive', stance: 'neutral', frames: ['obj_to'], topLevel: true },
  { lemma: 'worry', cls: 'belief', stance: 'neutral', frames: ['that', 'np'], topLevel: true, forms: ['base', 's'] },
  { lemma: 'pivot to', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'rebuff', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'promote', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'vote to', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past'] },
  { lemma: 'agree with', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'file', cls: 'report', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past', 's'] },
  { lemma: 'roll out', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'distance', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past'] },
  { lemma: 'learn', cls: 'belief', stance: 'neutral', frames: ['that', 'np'], topLevel: true, forms: ['past'] },
  { lemma: 'talk', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past'] },
  { lemma: 'view', cls: 'belief', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past'] },
  { lemma: 'name', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past'] },
  { lemma: 'recite', cls: 'speech', stance: 'neutral', frames: ['np', 'quote'], topLevel: true },
  { lemma: 'double down', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'insult', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'disparage', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'articulate', cls: 'speech', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'know', cls: 'belief', stance: 'neutral', frames: ['that', 'zero'], topLevel: true, forms: ['base', 's', 'past'], irregular: ['knows', 'knew', 'known', 'knowing'] },
  { lemma: 'wish', cls: 'belief', stance: 'neutral', frames: ['that', 'zero'], topLevel: true },
  { lemma: 'doubt', cls: 'belief', stance: 'neutral', frames: ['that', 'zero', 'np'], topLevel: true },
  { lemma: 'suspect', cls: 'belief', stance: 'neutral', frames: ['that', 'zero'], topLevel: true },
  { lemma: 'understand', cls: 'belief', stance: 'neutral', frames: ['that'], topLevel: true, irregular: ['understands', 'understood', 'understood', 'understanding'] },
  { lemma: 'recognize', cls: 'belief', stance: 'neutral', frames: ['that'], topLevel: true },
  { lemma: 'care about', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'like', cls: 'evaluative', stance: 'neutral', frames: ['np', 'to'], topLevel: true, forms: ['past'] },
  { lemma: 'dislike', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true },
  { lemma: 'love', cls: 'evaluative', stance: 'neutral', frames: ['np', 'to'], topLevel: true, forms: ['past', 's'] },
  { lemma: 'hate', cls: 'evaluative', stance: 'neutral', frames: ['np', 'to'], topLevel: true, forms: ['past', 's'] },
  { lemma: 'trust', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past', 's'] },
  { lemma: 'read', cls: 'report', stance: 'neutral', frames: ['quote'], forms: ['s', 'past'], irregular: ['reads', 'read', 'read', 'reading'] },
  { lemma: 'realize', cls: 'belief', stance: 'neutral', frames: ['that'], topLevel: true },
  { lemma: 'notice', cls: 'belief', stance: 'neutral', frames: ['that', 'np'], topLevel: true, forms: ['past'] },
  { lemma: 'embrace', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past'] },
  { lemma: 'publish', cls: 'report', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['s'] },
  { lemma: 'credit', cls: 'evaluative', stance: 'neutral', frames: ['np'], topLevel: true, forms: ['past'] },
  // evidential: documents, polls and studies as sources
  { lemma: 'show', cls: 'evidential', stance: 'neutral', frames: ['that', 'zero'], irregular: ['shows', 'showed', 'shown', 'showing'] },
  { lemma: 'find', cls: 'evidential', stance: 'neutral', frames: ['that', 'zero'], irregular: ['finds', 'found', 'found', 'finding'] },
  { lemma: 'indicate', cls: 'evidential', stance: 'neutral', frames: ['that', 'zero'] },
  { lemma: 'conclude', cls: 'evidential', stance: 'neutral', frames: ['that', 'quote'] },
  // belief verbs: asides ("Iran, he believes, is …") and, outside quotations, with a clause
  { lemma: 'believe', cls: 'belief', stance: 'neutral', frames: ['aside', 'that', 'zero'], topLevel: true },
  { lemma: 'think', cls: 'belief', stance: 'neutral', frames: ['aside', 'that', 'zero'], topLevel: true, irregular: ['thinks', 'thought', 'thought', 'thinking'] },
  { lemma: 'feel', cls: 'belief', stance: 'neutral', frames: ['aside', 'that', 'zero'], topLevel: true, irregular: ['feels', 'felt', 'felt', 'feeling'] },
  { lemma: 'expect', cls: 'belief', stance: 'neutral', frames: ['aside', 'that', 'zero'], topLevel: true },
  { lemma: 'fear', cls: 'belief', stance: 'neutral', frames: ['aside', 'that', 'zero'], forms: ['base', 'past'] },
];

/** Nouns that cue an attribution when a possessive source precedes them and a that-clause or quote follows ("Petraeus's testimony that …"). */
export const NOUN_CUES: ReadonlySet<string> = new Set([
  'statement', 'testimony', 'claim', 'claims', 'assertion', 'remarks', 'comments', 'warning', 'announcement', 'argument', 'insistence', 'admission', 'allegation', 'allegations', 'prediction', 'promise', 'pledge', 'view', 'position',
  'suggestion', 'belief', 'accusation', 'accusations', 'contention', 'conclusion', 'message', 'vow', 'threat',
]);

/** Possessive noun cues with an infinitive ("his refusal to endorse …", "the mayor's decision to run"). */
export const NOUN_CUES_TO: ReadonlySet<string> = new Set([
  'promise', 'pledge', 'threat', 'vow', 'offer', 'refusal', 'demand', 'bid', 'push', 'desire', 'promises', 'pledges', 'vows', 'threats',
]);

/** Possessive noun cues with a prepositional object ("his attacks on the governor", "her criticism of the bill"): noun → prepositions. */
export const NOUN_CUES_PREP: ReadonlyMap<string, readonly string[]> = new Map([
  ['attack', ['on']], ['attacks', ['on']], ['criticism', ['of']], ['criticisms', ['of']], ['critique', ['of']],
  ['endorsement', ['of']], ['calls', ['for']],
  ['push', ['for']], ['assessment', ['of']], ['passion', ['for']], ['advocacy', ['of', 'for']], ['accusation', ['of']], ['accusations', ['of']],
]);

/** Event nouns that are no content as the object of an `np` cue ("announced his resignation"). */
export const EVENT_OBJECTS: ReadonlySet<string> = new Set([
  'resignation', 'retirement', 'departure', 'candidacy', 'death', 'engagement', 'birth', 'marriage', 'divorce', 'arrival', 'withdrawal', 'return', 'visit', 'trip', 'wedding',
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

/**
 * A copy of a lexicon entry with every optional field present: the lexicon literals have several shapes, and
 * rules reading `m.entry.lemma` would otherwise see several hidden classes (and deoptimize on each new one).
 */
function uniformEntry(e: CueEntry): CueEntry {
  return { lemma: e.lemma, cls: e.cls, stance: e.stance, frames: e.frames, topLevel: e.topLevel ?? false, personal: e.personal ?? false, forms: e.forms, irregular: e.irregular };
}

function buildIndex(): Map<string, IndexRow[]> {
  const idx = new Map<string, IndexRow[]>();
  const seen = new Set<string>();
  for (const lexEntry of CUE_LEXICON) {
    const entry = uniformEntry(lexEntry);
    const [head, ...rest] = entry.lemma.split(' ');
    const [s, past, part, ing] = entry.irregular ?? inflect(head);
    const forms: [string, CueForm][] = [[head, 'base'], [s, 's'], [past, 'past'], [ing, 'ing']];
    if (part !== past) forms.push([part, 'participle']);
    for (const [f, form] of forms) {
      if (entry.forms && !entry.forms.includes(form)) continue;
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
    // a multi-word form running past the last word does not match (and reading past the end would deoptimize)
    if (i + r.words.length > words.length) continue;
    for (let k = 1; k < r.words.length; k++) if (words[i + k] !== r.words[k]) ok = false;
    if (ok) return { entry: r.entry, form: r.form, length: r.words.length };
  }
  return null;
}
