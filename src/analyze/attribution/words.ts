/**
 * The word lists of the attribution rules, in one place: closed-class words, verbs and nouns that the
 * rules in `extract.ts`, the rule files it runs and `sources.ts` test tokens against. All entries are
 * lower case and are compared with a token's `lower` form. Lists that look alike but differ on purpose
 * say why; lists that are one list plus a few words are built from it, so that they cannot drift apart.
 * @module
 */

// ---- closed-class words

/** Subject pronouns that can be sources. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Object pronouns: a short addressee after a cue ("told him", "asked them about …"). */
export const OBJ_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'you', 'him', 'her', 'them']);

/** Determiners and quantifiers that begin a common-noun source ("a military official", "several officials"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'some', 'many', 'several', 'most', 'other', 'another', 'his', 'her',
  'their', 'its', 'our', 'no', 'each', 'every', 'both', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'few', 'various', 'senior', 'top', 'such', 'any', 'all',
  'more', 'fewer',
]);

/** Articles and possessive determiners: a word after one of these is used as a noun ("the report", "his claim"). */
export const ARTICLES_POSSESSIVES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
]);

/**
 * Words before a cue word that make it a noun ("the claim", "Trump's claim", "a new report"):
 * {@link ARTICLES_POSSESSIVES} plus demonstratives, the possessive clitic and adjectives of recency.
 * Not {@link DETERMINERS}: numbers and most quantifiers come before a verb as often as a noun
 * ("two said", "many say").
 */
export const NOUN_DET: ReadonlySet<string> = new Set([
  ...ARTICLES_POSSESSIVES,
  'this', 'that', 'these', 'those', "'s", 'whose', 'any', 'no', 'every', 'each', 'some', 'first', 'latest', 'new',
  'recent',
]);

/**
 * First words of a subject in a clause with no "that" after an addressee ("told reporters the strike
 * would continue"): articles, possessives and quantifiers. See {@link ZERO_SUBJECT_STARTS}.
 */
export const SUBJECT_STARTS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'some', 'many', 'most', 'all', 'no', 'several',
]);

/**
 * First words of a subject that make a bare complement of a say-verb a clause ("said the port will
 * reopen", "said two workers were hurt"): {@link SUBJECT_STARTS} plus further quantifiers and small
 * numbers. Two lists because the two rules were tuned apart; making them one is a behaviour change.
 */
export const ZERO_SUBJECT_STARTS: ReadonlySet<string> = new Set([
  ...SUBJECT_STARTS,
  'both', 'each', 'every', 'few', 'more', 'other', 'two', 'three',
]);

/** Prepositions (for appositive and adverbial detection). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'of', 'to', 'about', 'during', 'after', 'before', 'over', 'under',
  'into', 'through', 'across', 'against', 'among', 'via', 'per', 'since', 'within', 'without', 'near', 'outside',
  'inside', 'like',
]);

/** Prepositions of a short phrase between an auxiliary and its verb ("has in the past said"). */
export const SHORT_PP: ReadonlySet<string> = new Set(['in', 'over', 'during', 'for', 'at']);

/** Forms of "be": before a participle they make a passive ("was told") or a progressive ("is saying"). */
export const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** Auxiliaries, modals and negation: one of these within the first words makes a range look like a clause. */
export const CLAUSE_MARKERS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'has', 'have',
  'had', 'did', 'does', 'do', "'s", "'re", "'ll", "'ve", "'d", "n't", 'not', 'be', 'won',
]);

/** Auxiliaries, negation and adverbs that may stand between a source and its cue ("has also said"). */
export const AUX_ADV: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do',
  'shall', 'also', 'later', 'then', 'previously', 'again', 'repeatedly', 'often', 'once', 'never', 'not', "n't",
  'always', 'long', 'recently', 'reportedly', 'publicly', 'privately', 'flatly', 'quickly', 'simply', 'just',
  'first', 'initially', 'further', 'still', 'even', 'both', 'all', 'earlier', 'already', 'subsequently',
  'separately', 'specifically', 'finally', 'frequently', 'openly', 'sometimes', 'ever', 'too', 'now', 'famously',
  'apparently', 'falsely', 'correctly', 'wrongly', 'immediately', 'has been', 'been', 'is', 'are', 'was', 'were',
  "'s", "'ve", "'d", "'ll", 'going', 'to', 'be', 'yet', 'twice', 'consistently',
]);

/** Conjunctions and subordinators: never a source, and never the noun a reduced relative hangs on. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'when', 'while', 'if', 'because', 'although', 'though', 'after', 'before', 'as', 'since', 'until', 'unless',
  'whether', 'where', 'what', 'how', 'why', 'that', 'than', 'and', 'or', 'but',
]);

/** Words that end a subject chunk when scanning leftwards from a cue: {@link CLAUSE_WORDS}, relative pronouns and connectives. */
export const CLAUSE_BOUNDARY: ReadonlySet<string> = new Set([
  ...CLAUSE_WORDS,
  'which', 'who', 'whom', 'whose', 'so', 'once', 'yet', 'nor', 'then', 'also', 'thus', 'however', 'instead',
  'meanwhile',
]);

/** Subordinators of a fronted clause before the sentence subject ("Once she was elected, …"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'once', 'when', 'while', 'although', 'though', 'because', 'if', 'as', 'unless', 'whereas',
]);

/** Wh-words and "whether"/"if" that open an embedded question ("asked whether …"). */
export const WH: ReadonlySet<string> = new Set([
  'whether', 'why', 'how', 'what', 'if', 'when', 'where', 'who', 'which',
]);

/** Words that end the asker and open the question in "Asked by X to/whether/about …". */
export const QUESTION_LINKS: ReadonlySet<string> = new Set([
  'to', 'if', 'whether', 'about', 'why', 'how', 'what', 'when', 'for', 'on',
]);

/** Dash tokens: a dash before a name after a quote, a dateline's dash, a round-up label's dash. */
export const DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '\u2015', '--', '-']);

/** Temporal words that may stand between a source and its cue ("Mullen on Friday said"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'last', 'this', 'on', 'earlier',
  'late', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', '.',
]);

/** Words after a cue and a comma that open an aside to skip before the complement ("said, however, that …"). */
export const HEDGE_ADVERBS: ReadonlySet<string> = new Set([
  'however', 'though', 'also', 'too', 'instead', 'meanwhile', 'then', 'again', 'later', 'earlier', 'in', 'at', 'on',
  'for', 'during', 'after',
]);

/** Conjunctions and connective adverbs that open a sentence before its subject ("But Megan Hester said"). */
export const LINKING_WORDS: ReadonlySet<string> = new Set([
  'but', 'and', 'so', 'yet', 'meanwhile', 'still', 'however', 'now', 'then', 'also',
]);

/**
 * First words of an adverbial segment between commas before a subject ("On Friday, …", "Last week, …"):
 * {@link LINKING_WORDS}, time adverbs and the time determiners "last", "this", "next".
 */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  ...LINKING_WORDS,
  'earlier', 'later', 'instead', 'indeed', 'moreover', 'separately', 'last', 'this', 'next', 'today', 'yesterday',
]);

/**
 * One-word sentence adverbs before a subject ("Still, Lena Marsh, an adviser …, said"): {@link LINKING_WORDS},
 * time adverbs and discourse adverbs ("finally", "similarly"). Unlike {@link ADVERBIAL_OPENERS}, no
 * time determiners, which are no adverbs on their own; {@link ADVERBIAL_OPENERS} in turn lacks the
 * discourse adverbs (a difference of tuning, kept as it is).
 */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  ...LINKING_WORDS,
  'instead', 'indeed', 'moreover', 'separately', 'finally', 'again', 'later', 'earlier', 'today', 'yesterday',
  'similarly', 'likewise', 'nonetheless', 'nevertheless', 'previously',
]);

/** Words ending in -ly that are not adverbs. */
const LY_NOT_ADVERB: ReadonlySet<string> = new Set([
  'family', 'ally', 'rally', 'supply', 'assembly', 'reply', 'monopoly', 'anomaly', 'italy', 'july', 'bully', 'belly',
  'jelly', 'lily', 'holly', 'kelly', 'molly', 'emily', 'daily', 'weekly', 'monthly', 'quarterly', 'elderly',
  'friendly', 'lonely', 'lovely', 'ugly', 'silly', 'unlikely', 'costly', 'deadly', 'orderly', 'homily', 'burly',
  'curly', 'fly', 'apply', 'comply', 'imply', 'multiply', 'rely', 'folly', 'gully', 'tally', 'dolly', 'sully',
  'dally',
]);

/** True for an -ly adverb ("repeatedly", "publicly"), not "family" or "rally". */
export function isLyAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && !LY_NOT_ADVERB.has(w);
}

// ---- verbs

/** Verbs whose bare complement is reported speech without further evidence ("said parents want …"). */
export const SAY_VERBS: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'write', 'insist']);

/** Cues recognised in title-case headlines ("Lindsey Graham Says …"). */
export const TITLE_CUES: ReadonlySet<string> = new Set([
  'say', 'tell', 'warn', 'urge', 'claim', 'insist', 'deny', 'ask', 'argue', 'vow', 'slam', 'blast', 'accuse',
  'admit', 'predict', 'call for', 'praise', 'attack', 'reject', 'demand', 'pledge', 'promise', 'threaten',
]);

/** Cue lemmas that are also common nouns ("its plan", "a new report"). */
export const NOUN_PRONE: ReadonlySet<string> = new Set([
  'challenge', 'advocate', 'tout', 'voice', 'request', 'quote', 'echo', 'signal', 'detail', 'reference', 'plan',
  'call', 'report', 'claim', 'promise', 'pledge', 'demand', 'offer', 'attack', 'question', 'dispute', 'comment',
  'answer', 'reply', 'note', 'post', 'tweet', 'show', 'estimate', 'charge', 'address', 'hope', 'want', 'vow',
  'threat', 'warn', 'respond', 'state', 'defend', 'praise', 'blame', 'reject', 'cite', 'find', 'stress', 'repeat',
  'welcome', 'recall',
]);

/** np_quote cues whose object may instead take an "as" predicate ("described the plan as reckless"). */
export const AS_VERBS: ReadonlySet<string> = new Set([
  'describe', 'portray', 'characterize', 'characterise', 'depict', 'label', 'dub', 'brand',
]);

/** Cues whose addressee may be followed by a clause with no "that" ("told reporters the strike would continue"). */
export const TELL_ZERO: ReadonlySet<string> = new Set(['tell', 'assure', 'remind']);

/** Verbs that take a that-clause without reporting anybody's words or stance. */
export const GENERIC_STOP: ReadonlySet<string> = new Set([
  'means', 'meant', 'ensures', 'ensured', 'requires', 'required', 'proves', 'proved', 'makes', 'made', 'seems',
  'seemed', 'appears', 'appeared', 'happens', 'happened', 'implies', 'given', 'provided', 'assuming', 'is', 'was',
  'are', 'were', 'has', 'had', 'does', 'did', 'so', 'such', 'now', 'except', 'besides', 'considering', 'notes',
  'noting', 'reflects', 'reflected', 'ensuring', 'mandates', 'mandated', 'dictates', 'states', 'stipulates',
  'includes', 'included', 'contains', 'explains',
]);

/** Verbs that end a name subject scanning right from the sentence start ("Hillary Clinton said …"). */
export const VERB_STOP: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does', 'do', 'said',
  'says', 'told', 'filed', 'spoke', 'made', 'took', 'went', 'gave', 'sent',
]);

/** Finite reporting-verb forms that end a subject chunk scanning left ("… said parents want"). */
export const VERB_FORMS_STOP: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'asked', 'asks', 'noted', 'notes', 'argued',
  'argues', 'claimed', 'claims', 'warned', 'warns', 'insisted', 'insists', 'explained', 'explains', 'announced',
  'announces', 'reported', 'reports', 'stated', 'states', 'believes', 'thinks', 'wants', 'is', 'are', 'was', 'were',
]);

/** Irregular past-tense verbs frequent in news clauses ("pass rates rose from …"). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'rose', 'fell', 'grew', 'went', 'came', 'became', 'began', 'took', 'gave', 'made', 'lost', 'won', 'paid', 'kept',
  'held', 'brought', 'built', 'left', 'found', 'knew', 'led', 'met', 'ran', 'sent', 'spent', 'stood', 'thought',
  'wrote', 'broke', 'chose', 'drove', 'ate', 'saw', 'sold', 'bought', 'got', 'hit', 'shut', 'cost', 'cut', 'put',
  'set', 'let', 'spread', 'beat', 'dealt', 'drew', 'flew', 'fought', 'forgot', 'hurt', 'meant', 'quit', 'sought',
  'struck', 'taught', 'threw', 'told', 'understood', 'wore',
]);

/** Participles that close a poll subject ("voters surveyed", "students polled"). */
export const POLL_PARTICIPLES: ReadonlySet<string> = new Set([
  'polled', 'surveyed', 'interviewed', 'questioned', 'sampled',
]);

// ---- nouns of sources, documents and addressees

/** Head nouns of unnamed human or institutional sources ("a senior official", "the campaign", "critics"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'aides', 'aide', 'advisers', 'adviser',
  'experts', 'expert', 'analysts', 'analyst', 'critics', 'campaign', 'administration', 'government', 'police',
  'prosecutors', 'lawyers', 'lawyer', 'attorney', 'attorneys', 'leaders', 'leader', 'lawmakers', 'republicans',
  'democrats', 'voters', 'residents', 'supporters', 'senator', 'president', 'secretary', 'minister', 'committee',
  'court', 'judge', 'researchers', 'scientists', 'study', 'report', 'poll', 'survey', 'company', 'group', 'agency',
  'department', 'authorities', 'sources', 'source', 'people', 'members', 'candidate', 'nominee', 'governor', 'mayor',
  'executives', 'executive', 'economists', 'investigators', 'commission', 'board', 'party', 'family', 'doctors',
  'doctor', 'friends', 'activists', 'protesters', 'reporters', 'newspaper', 'magazine', 'network', 'paper',
  'organization', 'coalition', 'union', 'military', 'army', 'ministry', 'council', 'others', 'many', 'some', 'both',
  'all', 'farmer', 'farmers', 'worker', 'workers', 'resident', 'villager', 'villagers', 'parent', 'parents',
  'teacher', 'teachers', 'student', 'students', 'woman', 'man', 'mother', 'father', 'witness', 'witnesses',
  'survivor', 'survivors', 'driver', 'owner', 'shopkeeper', 'nurse', 'soldier', 'soldiers', 'officer', 'volunteer',
  'refugee', 'refugees', 'protester', 'activist', 'member', 'employee', 'employees', 'admiral', 'general',
  'principal', 'cardinal', 'critic', 'cleric', 'medic', 'rival', 'rivals', 'liberal', 'liberals', 'conservative',
  'conservatives', 'moderates', 'radical', 'radicals', 'professional', 'professionals', 'historian', 'historians',
  'pollster', 'pollsters', 'strategist', 'strategists', 'insiders', 'insider', 'observers', 'observer', 'chairman',
  'chairwoman', 'director', 'spokesmen', 'consultant', 'consultants', 'allies', 'ally', 'donors', 'donor',
  'delegates', 'delegate', 'superdelegates', 'backers', 'backer', 'operative', 'operatives', 'veteran', 'veterans',
  'person', 'persons', 'host', 'anchor', 'columnist', 'commentator', 'commentators', 'pundit', 'pundits', 'author',
  'authors', 'editor', 'editors', 'writer', 'writers', 'professor', 'scholar', 'scholars', 'economist', 'diplomat',
  'diplomats', 'ambassador', 'congressman', 'congresswoman', 'senators', 'representative', 'lawmaker', 'candidates',
  'campaigns', 'respondents', 'participants', 'americans',
]);

/** Nouns of documents and reports whose author (outlet, organisation) is the real source ("an article in the Wall Street Journal"). */
export const DOC_NOUNS: ReadonlySet<string> = new Set([
  'article', 'articles', 'report', 'reports', 'figures', 'study', 'poll', 'survey', 'data', 'statement', 'analysis',
  'memo', 'document', 'documents', 'letter', 'editorial', 'story', 'piece', 'book', 'investigation', 'audit',
  'review', 'filing', 'complaint', 'lawsuit', 'indictment', 'records', 'footage', 'video', 'tweet', 'post', 'email',
  'interview', 'website', 'release', 'column', 'op-ed', 'estimates', 'numbers', 'statistics', 'count', 'tally',
  'broadcast', 'transcript',
]);

/** Shared core of {@link EVIDENCE_NOUNS} and {@link EVIDENTIAL_HEADS}: records, polls and data that "show" something. */
const EVIDENCE_CORE: readonly string[] = [
  'video', 'videos', 'email', 'memo', 'memos', 'ledgers', 'filing', 'polling', 'transcript', 'transcripts', 'cable',
  'cables', 'review', 'tally', 'markets', 'records', 'polls', 'poll', 'data', 'figures', 'surveys', 'survey',
  'results', 'documents', 'studies', 'study', 'numbers', 'reports', 'report', 'statistics', 'estimates', 'filings',
  'emails', 'images', 'photos', 'footage', 'analysis',
];

/**
 * Evidence nouns shortly before a bare "show" ("Port records show …") or heading a reduced relative
 * ("a new poll showing the mayor ahead"): {@link EVIDENCE_CORE} plus "tests" and "analyses".
 */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([...EVIDENCE_CORE, 'tests', 'analyses']);

/**
 * Heads of the source an evidential cue ("show", "find", "indicate") needs when its content is not marked by a
 * quote, "that", a colon, "to" or a wh-word ("FEC records from the 2008 cycle show the money …"):
 * {@link DOC_NOUNS}, {@link EVIDENCE_CORE}, research and model outputs, and the pronouns "it"/"they".
 * "tests" and "analyses" are not in it (they never were; adding them is a behaviour change to measure).
 */
export const EVIDENTIAL_HEADS: ReadonlySet<string> = new Set([
  ...DOC_NOUNS,
  ...EVIDENCE_CORE,
  'research', 'average', 'averages', 'index', 'model', 'forecast', 'it', 'they',
]);

/** Decisions of courts and their authors, which may follow a determiner in an inverted source ("said the ruling"). */
export const RULING_NOUNS: ReadonlySet<string> = new Set([
  'ruling', 'decision', 'order', 'court', 'judge', 'verdict', 'opinion', 'indictment',
]);

/** Nouns of a short addressee after a cue ("told reporters", "told a rally"). */
export const ADDRESSEE_NOUNS: ReadonlySet<string> = new Set([
  'reporters', 'journalists', 'lawmakers', 'legislators', 'supporters', 'voters', 'investors', 'analysts', 'workers',
  'members', 'residents', 'students', 'delegates', 'crowd', 'audience', 'parliament', 'congress', 'committee',
  'senators', 'officials', 'colleagues', 'staff', 'employees', 'shareholders', 'gathering', 'rally', 'conference',
  'meeting', 'forum', 'radio', 'television', 'host', 'interviewer', 'panel',
]);

/** Quantifiers that stand for people as a source on their own ("Several said …", "another says …"). */
export const QUANT_SOURCES: ReadonlySet<string> = new Set([
  'several', 'many', 'some', 'most', 'others', 'both', 'few', 'another', 'one', 'half',
]);

/** Fractions and proportions that stand for people in poll reports. */
export const FRACTIONS: ReadonlySet<string> = new Set([
  'half', 'third', 'thirds', 'quarter', 'quarters', 'three-quarters', 'two-thirds', 'one-third', 'one-quarter',
  'majority', 'majorities', 'minority', 'plurality', 'percent', 'fifth', 'fifths',
]);

/** Words before a number or fraction in a quantity subject ("About 4 in 10", "Nearly half"). */
export const QUANT_LEAD: ReadonlySet<string> = new Set([
  'about', 'nearly', 'almost', 'around', 'over', 'roughly', 'just', 'only', 'some', 'under', 'fewer', 'more', 'less',
  'approximately',
]);

/** Words that never end (or form) a source noun phrase. */
export const NOT_NP_END: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with',
  'by', 'from', 'not', 'there', 'here', 'this', 'what', 'also', 'has', 'have', 'had', 'and', 'or', 'but', 'as',
  'than', 'if', 'so', 'very', 'too', 'more', 'most', 'such', 'about', 'into', 'because', 'only', 'no', 'yes', 'me',
  'him', 'us', 'them', 'her', 'my', 'your', 'our', 'their', 'his', 'its', 'ever', 'never',
]);

/** Nouns that head a non-source phrase when found right before a verb-like cue ("the report", handled as documents, is a source). */
export const BAD_HEADS: ReadonlySet<string> = new Set([
  'there', 'here', 'time', 'times', 'way', 'reason', 'thing', 'things', 'nothing', 'everything', 'something',
  'anything', 'lot', 'all', 'what',
]);

/** Words a source mention never ends with (determiners, prepositions, modifiers without their noun). */
export const BAD_LAST: ReadonlySet<string> = new Set([
  'other', 'another', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'no', 'every', 'each', 'any', 'such',
  'more', 'fewer', 'senior', 'top', 'various', 'nonstop', 'of', 'in', 'on', 'at', 'for', 'with', 'to',
]);

/** Capitalised one-word "sources" that are adverbs, demonstratives or party adjectives ("Perhaps", "Democratic"). */
export const ONE_WORD_NOT_SOURCES: ReadonlySet<string> = new Set([
  'perhaps', 'these', 'those', 'this', 'that', 'there', 'here', "don't", 'do', 'democratic', 'republican', 'such',
  'yet', 'still', 'now', 'then', 'maybe', 'also', 'even', 'so', 'instead',
]);

/** Lower-case first words of a verb phrase, not a source ("made plans", "able to say"), unless a role or name follows. */
export const NOT_SOURCE_STARTS: ReadonlySet<string> = new Set([
  'able', 'hear', 'made', 'make', 'disclose', 'unlike', 'one', 'many', 'some', 'to', 'be',
]);

/** Words ending in -ing (and a few others) that can end a noun phrase ("the hearing", "the briefing"). */
export const ING_NOUNS: ReadonlySet<string> = new Set([
  'building', 'meeting', 'hearing', 'briefing', 'ruling', 'filing', 'spring', 'king', 'polling', 'funding', 'thing',
  'something', 'nothing', 'anything', 'everything', 'ring', 'evening', 'morning', 'wedding', 'wing', 'offering',
  'setting', 'finding', 'painting', 'spokeswoman', 'thinking', 'reasoning', 'planning', 'leadership', 'dealing',
  'dealings',
]);

/** First words of an appositive after a comma ("…, director of …", "…, who …", "…, now …"). */
export const APPOSITIVE_START: ReadonlySet<string> = new Set([
  'director', 'head', 'chairman', 'chair', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'professor',
  'author', 'founder', 'chief', 'leader', 'secretary', 'member', 'executive', 'editor', 'senior', 'former', 'deputy',
  'co-founder', 'ceo', 'analyst', 'one', 'whose', 'which', 'who', 'now', 'then', 'himself', 'herself', 'itself',
  'speaking', 'also', 'both', 'currently', 'once', 'until', 'like', 'as', 'whom',
]);

/** Lower-case words inside a name subject ("Bank of England", "Omar al Bashir"). */
export const NAME_GLUE: ReadonlySet<string> = new Set(['of', 'de', 'al', 'bin', 'van', 'von', 'the']);

/** Words that may follow an inverted source and end it ("said Mullen on Friday", "said Mullen, who …", "said Ortiz, adding …"). */
export const INVERTED_SOURCE_FOLLOWERS: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'when', 'last', 'this', 'earlier', 'yesterday', 'today', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'who', 'whose', 'adding', 'noting',
  'saying', 'referring', 'speaking', 'according',
]);

// ---- labels and other non-content

/** Page furniture before a colon ("Update:", "Photo:", "Related:"): never a speaker label before a quote. */
export const PAGE_LABELS: ReadonlySet<string> = new Set([
  'update', 'note', 'editor', 'photo', 'video', 'watch', 'read', 'related', 'source', 'sources', 'caption', 'credit',
  'image', 'share', 'warning',
]);

/**
 * Words that never start a speaker label before a colon ("Note:", "The answer:", "Why:"):
 * {@link PAGE_LABELS}, function words, pronouns, ordinals and words of headings and rubrics. Wider than
 * {@link PAGE_LABELS} because a label without a following quote ("WALLACE: If I may …") has less evidence.
 */
export const COLON_EXCLUDE: ReadonlySet<string> = new Set([
  ...PAGE_LABELS,
  'updated', 'editors', 'photos', 'correction', 'clarification', 'q', 'a', 'question', 'answer', 'disclosure',
  'full', 'text', 'transcript', 'more', 'also', 'see', 'tags', 'filed', 'posted', 'by', 'from', 'via', 'contact',
  'email', 'subscribe', 'follow', 'click', 'listen', 'here', 'and', 'but', 'the', 'this', 'that', 'these', 'those',
  'it', 'they', 'we', 'i', 'he', 'she', 'there', 'what', 'why', 'how', 'when', 'where', 'first', 'second', 'third',
  'one', 'two', 'three', 'now', 'today', 'yesterday', 'breaking', 'exclusive', 'analysis', 'opinion', 'editorial',
  'background', 'bottom', 'key', 'result', 'results', 'reason', 'goal', 'problem', 'point', 'verdict', 'lesson',
  'mission', 'message', 'theme', 'headline', 'disclaimer', 'note', 'notes', 'update', 'editor',
]);

/** First words of a bare complement that is not a reported clause ("said so", "said nothing", "said goodbye"). */
export const ZERO_BAD_START: ReadonlySet<string> = new Set([
  'so', 'nothing', 'something', 'anything', 'little', 'much', 'more', 'goodbye', 'hello', 'yes', 'no', 'thanks',
  'sorry', 'the', 'a', 'an', 'while', 'during',
]);

/** A speaker's own wish about anonymity ("asked not to be named", "requested anonymity"): not reported content. */
export const ANONYMITY = /^(?:(?:that\s+)?(?:not|he|she|they|his|her|their)?\s*(?:to\s+)?(?:not\s+)?(?:be\s+)?(?:named|identified|quoted\s+by\s+name)\b|(?:for\s+)?anonymity\b|(?:that\s+)?(?:his|her|their)\s+names?\s+(?:not\s+)?(?:be\s+)?(?:withheld|used|published))/i;

/** First words of a content that {@link ANONYMITY} can match (checked before running the regex). */
export const ANONYMITY_START: ReadonlySet<string> = new Set([
  'that', 'not', 'he', 'she', 'they', 'his', 'her', 'their', 'to', 'be', 'named', 'identified', 'quoted', 'for',
  'anonymity',
]);

/** Quantifiers that open a partitive phrase ("one of the protesters", "some of his aides", "dozens of workers"). */
export const PARTITIVES: ReadonlySet<string> = new Set(['one', 'some', 'many', 'most', 'several', 'each', 'none', 'all', 'few', 'both', 'two', 'three', 'four', 'five', 'dozens', 'hundreds', 'thousands']);
