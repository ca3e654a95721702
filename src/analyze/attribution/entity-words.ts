/**
 * Word lists of the entity model (names, titles, pronouns, places). Data only: the rules that read
 * them live in `mentions.ts`, `roles.ts` and `entities.ts`; the category of a role or organisation
 * word lives in `categories.ts`.
 * @module
 */

/**
 * Title words (lower case) that may precede a name: "Navy Admiral Michael Mullen", "Sen. Ben Sasse".
 * A capitalised run's title is its longest prefix of these words (see `splitTitle`).
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'general', 'admiral', 'navy', 'army', 'air', 'force', 'marine',
  'defense', 'defence', 'foreign', 'interior', 'finance', 'state', 'senator', 'sen', 'rep', 'representative',
  'governor', 'gov', 'mayor', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor',
  'chairman', 'chairwoman', 'chair', 'chief', 'director', 'judge', 'justice', 'ambassador', 'spokesman', 'spokeswoman',
  'commander', 'colonel', 'col', 'lt', 'lieutenant', 'sergeant', 'sgt', 'captain', 'capt', 'cmdr', 'maj',
  'major', 'gen', 'adm', 'brig', 'brigadier', 'attorney', 'deputy', 'assistant', 'former', 'acting',
  'king', 'queen', 'prince', 'princess', 'sheikh', 'ayatollah', 'grand', 'cardinal', 'pope', 'bishop', 'reverend', 'rev',
  'speaker', 'leader', 'majority', 'minority', 'house', 'senate', 'democratic', 'republican', 'candidate', 'nominee',
  'ceo', 'executive', 'officer', 'chancellor', 'premier', 'sir', 'lord', 'lady', 'dame', 'baroness', 'detective', 'inspector', 'sheriff',
  'councillor', 'councilman', 'councilwoman', 'congressman', 'congresswoman', 'delegate', 'commissioner',
  'staff', 'homeland', 'security', 'national', 'press', 'u.s.', 'us', 'federal', 'superintendent', 'emir', 'sultan',
  'supt', 'insp', 'det', 'cpl', 'pvt', 'hon', 'pres', 'fr', 'st.', 'mep', 'mp', 'msp', 'mla', 'dj', 'coach', 'boss',
  'exchequer', 'treasurer', 'vice-president', 'vice-chairman', 'vice-chancellor', 'undersecretary', 'under-secretary',
]);

/** Honorifics that mark a person and, where they can, a gender. */
export const HONORIFIC_GENDER: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['sir', 'm'], ['lord', 'm'], ['lady', 'f'], ['dame', 'f'], ['baroness', 'f'],
  ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'], ['dr', null], ['prof', null], ['professor', null],
]);

/** Forms of address, which are no roles (unlike the royal and academic titles among the honorifics above). */
export const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'lord', 'lady', 'dame', 'baroness', 'baron']);

/** Person nouns that tell a gender ("spokeswoman", "chairman"). */
export const GENDERED_NOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['spokeswoman', 'f'], ['spokesman', 'm'], ['chairwoman', 'f'], ['chairman', 'm'], ['congresswoman', 'f'], ['congressman', 'm'],
  ['councilwoman', 'f'], ['councilman', 'm'], ['businesswoman', 'f'], ['businessman', 'm'], ['actress', 'f'], ['actor', 'm'],
  ['mother', 'f'], ['father', 'm'], ['wife', 'f'], ['husband', 'm'], ['daughter', 'f'], ['son', 'm'], ['sister', 'f'],
  ['brother', 'm'], ['widow', 'f'], ['widower', 'm'], ['grandmother', 'f'], ['grandfather', 'm'], ['woman', 'f'], ['man', 'm'],
  ['girl', 'f'], ['boy', 'm'], ['assemblywoman', 'f'], ['assemblyman', 'm'], ['anchorwoman', 'f'], ['anchorman', 'm'],
]);

/**
 * Common given names whose bearer the article is likely to call "he" or "she" (a pronoun that would
 * contradict it looks further back). Only names that are overwhelmingly of one gender in English-language news.
 */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan albert willie alan eugene russell vincent philip bobby johnny bradley roy ralph louis randy wayne mike tom bill bob jim tim steve dave chris nick tony ben sam dan rob greg ted jeff matt ken pete phil boris vladimir xi emmanuel angela recep narendra benjamin hassan ali mohammed muhammad ahmed omar abdullah ibrahim yusuf hamid tony gordon nigel keir rishi liam oliver harry jeremy ed ian neil colin graham stuart alistair hugh rupert kurt mitch chuck lindsey ron kamala pete bernie joe barack hillary'
    .split(' ').filter((n) => !['lindsey', 'kamala', 'hillary', 'angela'].includes(n)).map((n) => [n, 'm'] as const),
  ...'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary kamala nancy theresa ursula jacinda nicola priti liz kate sue jane beth claire fiona lindsey'
    .split(' ').map((n) => [n, 'f'] as const),
  // names of other countries and generations that news quotes often (distinctly one gender; no surnames)
  ...'lynton elliot elliott clive alun iain gareth rhys malcolm alastair geoffrey trevor derek angus hamish rory declan seamus niall ciaran conor jacques pierre francois michel philippe alain gerhard helmut wolfgang klaus dieter jurgen heinz friedrich juan carlos luis miguel antonio manuel pedro jorge javier sergio fernando ricardo roberto mario marco giuseppe giovanni luigi paolo silvio dmitry mikhail sergei igor yuri alexei nikolai ivan hussein khalid mustafa tariq rashid ashraf jamal walid samir yasser mahmoud shimon yitzhak ehud avigdor moshe darren gavin adrian julian giles toby frederick lionel cyril'
    .split(' ').map((n) => [n, 'm'] as const),
  ...'hazel tessa oona clare siobhan sian bronwen ffion rhian cerys jacqui jackie tracey tracy joanne gillian morag kirsty shona ailsa mhairi catriona maureen yvonne harriet caroline sophie lucy katie naomi esther miriam francoise nathalie isabelle sylvie martine anne gabriele ingrid carmen pilar lucia sofia elena giulia francesca olga natalia svetlana irina tatiana fatima aisha layla leila yasmin condoleezza madeleine dianne oprah serena martina steffi amelie justine'
    .split(' ').map((n) => [n, 'f'] as const),
]);

/** Name suffixes that are not the family name ("James P. Kennedy Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'phd', 'md']);

/** Lower-case particles inside names ("Moqtada al-Sadr", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'van', 'von', 'der', 'la', 'le', 'del', 'di', 'du', 'abu', 'ben', 'dos', 'das']);

/** Abbreviations whose period belongs to the name ("McClatchy Co.", "Kennedy Jr."). */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['co', 'corp', 'inc', 'ltd', 'jr', 'sr', 'bros', 'st', 'plc', 'llc']);

/**
 * Words that begin a sentence but never a name ("However, …", "Meanwhile Ms Hutt said"). Besides these,
 * a sentence-initial word counts as a name only when the article also capitalises it mid-sentence.
 */
export const NON_NAME_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many',
  'several', 'most', 'other', 'another', 'each', 'every', 'both', 'all', 'any', 'no', 'few', 'such',
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'here', 'what', 'who', 'which', 'whose', 'when', 'where', 'why', 'how',
  'but', 'and', 'or', 'so', 'yet', 'nor', 'if', 'as', 'while', 'because', 'although', 'though', 'since', 'unless', 'until',
  'after', 'before', 'once', 'whether', 'however', 'meanwhile', 'later', 'earlier', 'still', 'also', 'instead', 'then', 'now',
  'thus', 'indeed', 'moreover', 'furthermore', 'separately', 'finally', 'again', 'today', 'yesterday', 'tomorrow', 'similarly',
  'likewise', 'nonetheless', 'nevertheless', 'previously', 'overall', 'additionally', 'besides', 'otherwise', 'already',
  'even', 'only', 'just', 'perhaps', 'maybe', 'last', 'next', 'first', 'second', 'third', 'asked', 'according', 'speaking',
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'of', 'to', 'about', 'during', 'over', 'under', 'into', 'through', 'across',
  'against', 'among', 'despite', 'amid', 'without', 'within', 'like', 'unlike', 'officials', 'sources', 'analysts', 'experts',
  'critics', 'residents', 'witnesses', 'others', 'people', 'police', 'some', 'not', 'never', 'please', 'yes', 'thanks',
]);

/** Capitalised words that are dates, not names. "May" is left out: it is also a surname. */
export const TEMPORAL: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'today', 'yesterday', 'tomorrow', 'christmas', 'easter', 'ramadan', 'thanksgiving',
]);

/** Abbreviations of place names that the article may alternate with their full form. */
export const NAME_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['us', ['united', 'states']], ['u.s.', ['united', 'states']], ['u.s', ['united', 'states']], ['usa', ['united', 'states']],
  ['u.k.', ['uk']], ['un', ['united', 'nations']], ['u.n.', ['united', 'nations']], ['eu', ['european', 'union']], ['e.u.', ['european', 'union']],
]);

/**
 * Countries and the seats of government that news uses for their governments ("Beijing said",
 * "Washington warned"): a named place quoted as a source speaks for its government.
 */
export const PLACES: ReadonlySet<string> = new Set([
  'afghanistan', 'albania', 'algeria', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahrain',
  'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'britain', 'bulgaria', 'burma', 'cambodia', 'cameroon',
  'canada', 'chad', 'chile', 'china', 'colombia', 'congo', 'croatia', 'cuba', 'cyprus', 'czech republic', 'denmark', 'ecuador',
  'egypt', 'england', 'eritrea', 'estonia', 'ethiopia', 'finland', 'france', 'georgia', 'germany', 'ghana', 'greece',
  'guatemala', 'haiti', 'honduras', 'hong kong', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland',
  'israel', 'italy', 'japan', 'jordan', 'kazakhstan', 'kenya', 'kosovo', 'kuwait', 'latvia', 'lebanon', 'libya',
  'lithuania', 'malaysia', 'mali', 'mexico', 'moldova', 'mongolia', 'morocco', 'mozambique', 'myanmar', 'nepal',
  'netherlands', 'new zealand', 'nicaragua', 'niger', 'nigeria', 'north korea', 'norway', 'oman', 'pakistan', 'palestine',
  'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda',
  'saudi arabia', 'scotland', 'senegal', 'serbia', 'singapore', 'slovakia', 'slovenia', 'somalia', 'south africa',
  'south korea', 'south sudan', 'spain', 'sri lanka', 'sudan', 'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan',
  'tanzania', 'thailand', 'tunisia', 'turkey', 'turkmenistan', 'uganda', 'ukraine', 'united arab emirates', 'united kingdom',
  'united states', 'uk', 'us', 'u.s.', 'usa', 'america', 'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'wales', 'yemen',
  'zambia', 'zimbabwe', 'washington', 'beijing', 'moscow', 'london', 'paris', 'berlin', 'tokyo', 'tehran', 'kabul',
  'baghdad', 'damascus', 'ankara', 'new delhi', 'delhi', 'islamabad', 'pyongyang', 'seoul', 'brussels', 'kyiv', 'kiev',
  'jerusalem', 'cairo', 'riyadh', 'ottawa', 'canberra', 'madrid', 'rome', 'athens', 'warsaw', 'caracas', 'havana',
  'taipei', 'tripoli', 'khartoum', 'nairobi', 'pretoria', 'brasilia', 'mexico city', 'dublin', 'edinburgh', 'cardiff',
  // US states and large cities, which head names of their own bodies ("California Public Utilities Commission")
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'hawaii', 'idaho',
  'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota',
  'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina',
  'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas',
  'utah', 'vermont', 'virginia', 'west virginia', 'wisconsin', 'wyoming', 'new york city', 'los angeles', 'chicago', 'houston',
  'san francisco', 'boston', 'seattle', 'miami', 'atlanta', 'detroit', 'philadelphia', 'san diego', 'dallas', 'denver', 'phoenix',
  'manchester', 'birmingham', 'glasgow', 'liverpool', 'belfast', 'shanghai', 'mumbai', 'sydney', 'toronto', 'montreal', 'vancouver',
  'istanbul', 'dubai', 'lagos', 'johannesburg', 'gaza', 'west bank', 'crimea', 'kashmir', 'tibet', 'xinjiang', 'europe', 'asia', 'africa',
  'latin america', 'middle east', 'gulf', 'west germany', 'east germany', 'soviet union', 'ussr', 'u.s.s.r.', 'czechoslovakia',
  'yugoslavia', 'ivory coast', 'zaire', 'luxembourg', 'malta', 'jamaica', 'costa rica', 'el salvador', 'dominican republic',
  'trinidad', 'benin', 'gabon', 'togo', 'botswana', 'namibia',
]);

/**
 * Acronyms that are common nouns, not names of anyone ("TV", "PCs", "DVD", "GDP", "MP3"): written in
 * capitals, they would otherwise be taken for organisations. Matched in lower case, a plural `s` removed.
 */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set([
  'tv', 'hdtv', 'pc', 'cd', 'dvd', 'dvr', 'vcr', 'lcd', 'usb', 'gps', 'pda', 'sms', 'mms', 'mp3', 'p2p', 'id', 'pin', 'atm',
  'cctv', 'dna', 'hiv', 'gdp', 'gnp', 'vat', 'gmt', 'bst', 'est', 'ipo', 'r&d', 'faq', 'url', 'www',
]);

/** Adjectives of nationality, which are capitalised but name no one ("American farmers", "Chinese officials"). */
export const NATIONALITIES: ReadonlySet<string> = new Set([
  'american', 'british', 'chinese', 'russian', 'french', 'german', 'italian', 'spanish', 'japanese', 'korean', 'indian', 'pakistani',
  'iranian', 'iraqi', 'syrian', 'israeli', 'palestinian', 'afghan', 'turkish', 'saudi', 'egyptian', 'lebanese', 'jordanian', 'yemeni',
  'libyan', 'mexican', 'canadian', 'australian', 'ukrainian', 'polish', 'dutch', 'swedish', 'norwegian', 'danish', 'finnish', 'greek',
  'irish', 'scottish', 'welsh', 'english', 'european', 'african', 'asian', 'arab', 'kurdish', 'nigerian', 'kenyan', 'brazilian',
  'argentine', 'venezuelan', 'colombian', 'cuban', 'vietnamese', 'thai', 'indonesian', 'malaysian', 'filipino', 'taiwanese', 'swiss',
  'austrian', 'belgian', 'portuguese', 'hungarian', 'czech', 'romanian', 'serbian', 'bosnian', 'western', 'eastern', 'northern',
  'southern', 'muslim', 'christian', 'jewish', 'catholic', 'sunni', 'shia', 'shiite', 'hindu', 'democratic', 'republican', 'federal',
  'soviet', 'west german', 'east german', 'latin american', 'south korean', 'north korean', 'south african', 'new zealander',
  'tunisian', 'moroccan', 'algerian', 'ethiopian', 'somali', 'sudanese', 'ghanaian', 'senegalese', 'ugandan', 'rwandan', 'congolese',
  'zimbabwean', 'tanzanian', 'cameroonian', 'malian', 'nigerien', 'chadian', 'eritrean', 'qatari', 'emirati', 'kuwaiti', 'bahraini',
  'omani', 'kazakh', 'uzbek', 'georgian', 'armenian', 'azerbaijani', 'belarusian', 'lithuanian', 'latvian', 'estonian',
  'slovak', 'slovenian', 'croatian', 'bulgarian', 'albanian', 'macedonian', 'montenegrin', 'kosovar', 'icelandic', 'luxembourgish',
  'peruvian', 'chilean', 'bolivian', 'ecuadorian', 'uruguayan', 'paraguayan', 'guatemalan', 'honduran', 'salvadoran', 'nicaraguan',
  'panamanian', 'haitian', 'dominican', 'jamaican', 'bangladeshi', 'nepalese', 'nepali', 'sri lankan', 'burmese', 'cambodian',
  'laotian', 'mongolian', 'singaporean', 'tibetan', 'uighur', 'uyghur', 'rohingya', 'yazidi', 'druze', 'maori',
]);

/** Third-person pronouns the model resolves, with the entities they can stand for. */
export const PERSON_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f']]);
/** Pronouns that never name a source by themselves. */
export const FIRST_SECOND_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'you', 'me', 'us', 'my', 'our', 'your']);

/** Last words that make a capitalised run a company's name ("Physio Technology Inc", "First Wisconsin Corp", "Standard and Poor's Corp"). */
const COMPANY_ENDINGS: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'lp', 'group', 'holdings', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'industries', 'technologies', 'enterprises']);

/** Whether a lower-case word (a final period aside) ends a company's name. */
export const companyEnding = (w: string): boolean => COMPANY_ENDINGS.has(w.endsWith('.') ? w.slice(0, -1) : w);
