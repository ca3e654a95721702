/**
 * The source-category lexicon: words for people's roles, for kinds of organisation and names of
 * well-known bodies → the category of the guideline (../shared/corpora/attribution-dev/GUIDELINE.md,
 * mirrored in the README). Data plus the look-up; how the evidence of a whole article is weighed is
 * `category.ts`.
 *
 * - `role` rows are people ("analyst", "senator", "spokeswoman"). A role marked `defers` speaks for an
 *   organisation: with an organisation in view ("spokeswoman for the ministry", "a company official",
 *   "president of SpaceX") it takes that organisation's category, else its own default.
 * - `org` rows are kinds of organisation, as a word of a name ("Kotak Securities", "Indiana State
 *   Police") or a description ("the company", "an advocacy group").
 * - `body` rows name particular bodies every reader knows ("White House", "United Nations", "Reuters").
 *
 * Plurals of one-word roles and kinds are added by the look-up ("analysts", "companies", "spokesmen").
 * Intergovernmental bodies are `government`; trade unions `ngo`; courts, prosecutors and prisons
 * `law_enforcement`; universities, think tanks and research firms `expert`; lawyers, doctors and
 * pollsters `other` (the guideline's definitions).
 * @module
 */
import type { SourceCategory } from '../../types.ts';
import { PARTITIVES } from './words.ts';

/** One lexicon row. */
export interface CategoryRule {
  category: SourceCategory;
  kind: 'role' | 'org' | 'body';
  /** A role that speaks for its organisation (see the module notes). */
  defers?: boolean;
  words: readonly string[];
}

/** The category lexicon (lower-case words; multi-word entries match adjacent words). */
export const CATEGORY_LEXICON: readonly CategoryRule[] = [
  // people
  { category: 'government', kind: 'role', words: ['gov', 'gov.', 'negotiator', 'chief negotiator', 'trade representative', 'mediator', 'ambassador', 'diplomat', 'envoy', 'minister', 'governor', 'mayor', 'premier', 'chancellor', 'monarch', 'emir', 'sultan', 'secretary-general', 'commissioner', 'regulator', 'superintendent', 'ombudsman', 'consul', 'bureaucrat', 'civil servant', 'medical examiner', 'coroner', 'city manager', 'county manager', 'town manager', 'press secretary', 'secretary of state', 'foreign secretary', 'home secretary', 'chief of staff', 'head of state', 'prime minister', 'pm', 'king', 'queen', 'prince', 'princess', 'first lady', 'inspector general', 'secretary general', 'governor general', 'governor-general', 'surgeon general', 'auditor general', 'comptroller general', 'postmaster general', 'consul general', 'consul-general'] },
  { category: 'government', kind: 'role', defers: true, words: ['official', 'administrator', 'information officer', 'press officer', 'public information officer', 'communications officer', 'public affairs officer', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'president', 'secretary', 'treasurer', 'aide', 'adviser', 'advisor', 'staffer', 'staff member', 'deputy', 'undersecretary', 'under secretary', 'counsel'] },
  { category: 'politician', kind: 'role', words: ['senator', 'sen', 'sen.', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'mp', 'mep', 'candidate', 'nominee', 'politician', 'parliamentarian', 'assemblyman', 'assemblywoman', 'councillor', 'councilman', 'councilwoman', 'council member', 'democrat', 'republican', 'tory', 'rep', 'rep.', 'congressional leader', 'party leader', 'opposition leader', 'whip', 'campaigner for office', 'state senator', 'presidential hopeful', 'hopeful', 'shadow chancellor', 'shadow minister', 'shadow secretary', 'msp', 'mla', 'peer'] },
  { category: 'politician', kind: 'role', defers: true, words: ['representative', 'delegate', 'speaker', 'leader'] },
  { category: 'military', kind: 'role', words: ['general', 'admiral', 'colonel', 'lieutenant', 'lieutenant colonel', 'lt col', 'lt. col.', 'sergeant', 'major', 'brigadier', 'commander', 'commandant', 'marshal', 'soldier', 'troops', 'marine', 'airman', 'sailor', 'serviceman', 'servicemember', 'service member', 'veteran', 'lt', 'lt.', 'gen', 'gen.', 'col', 'col.', 'sgt', 'sgt.', 'adm', 'adm.', 'cmdr', 'cmdr.', 'maj', 'maj.', 'capt', 'capt.', 'brig', 'brig.', 'cpl', 'pvt', 'military officer', 'army officer'] },
  { category: 'law_enforcement', kind: 'role', words: ['policeman', 'policewoman', 'police officer', 'police chief', 'officer', 'detective', 'constable', 'trooper', 'sheriff', 'prosecutor', 'district attorney', 'attorney general', 'solicitor general', 'u.s. attorney', 'us attorney', 'state attorney', 'investigator', 'judge', 'justice', 'magistrate', 'warden', 'guard', 'corrections officer', 'correctional officer', 'prison officer', 'federal agent', 'special agent', 'fbi agent', 'border agent', 'marshal', 'police commissioner', 'law lord', 'lord chief justice', 'lord justice'] },
  { category: 'expert', kind: 'role', words: ['analyst', 'economist', 'expert', 'researcher', 'scientist', 'professor', 'prof', 'prof.', 'scholar', 'academic', 'historian', 'lecturer', 'strategist', 'epidemiologist', 'psychologist', 'psychiatrist', 'sociologist', 'political scientist', 'statistician', 'demographer', 'author of the study', 'senior author', 'lead author', 'co-author', 'fellow', 'senior fellow', 'observer', 'specialist', 'head of research', 'research director', 'director of research', 'research head', 'criminologist', 'climatologist', 'seismologist', 'virologist', 'physicist', 'chemist', 'biologist', 'engineer', 'consultant', 'watcher'] },
  { category: 'business', kind: 'role', words: ['ceo', 'co-ceo', 'chief executive', 'chief executive officer', 'coo', 'cfo', 'cto', 'chief operating officer', 'chief financial officer', 'chief technology officer', 'chief marketing officer', 'executive', 'exec', 'businessman', 'businesswoman', 'businessmen', 'entrepreneur', 'investor', 'shareholder', 'trader', 'banker', 'financier', 'industrialist', 'tycoon', 'billionaire', 'vice president', 'vice-president', 'vp', 'svp', 'evp', 'senior vice president', 'executive vice president', 'managing director', 'general manager', 'board member', 'fund manager', 'portfolio manager', 'dealer', 'broker', 'owner', 'co-owner', 'retailer', 'salesman', 'merchant', 'chairman of the board', 'meteorologist'] },
  // an agent works for the body named with it ("Border Patrol agent", "FBI agents"); alone, for a firm or a client ("his agent")
  { category: 'business', kind: 'role', defers: true, words: ['agent'] },
  { category: 'business', kind: 'role', defers: true, words: ['chairman', 'chairwoman', 'chair', 'co-chairman', 'co-chairwoman', 'co-chair', 'vice-chairman', 'vice chairman', 'deputy chairman', 'boss', 'founder', 'co-founder', 'director', 'director general', 'director-general', 'general secretary', 'head', 'partner', 'staff', 'chief', 'manager', 'employee'] },
  { category: 'media', kind: 'role', words: ['journalist', 'reporter', 'correspondent', 'editor', 'columnist', 'anchor', 'broadcaster', 'commentator', 'fact checker', 'fact-checker', 'blogger', 'film critic', 'music critic', 'photographer', 'presenter', 'newscaster', 'editorial board', 'host'] },
  { category: 'ngo', kind: 'role', words: ['activist', 'campaigner', 'advocate', 'volunteer', 'aid worker', 'unionist', 'trade unionist', 'union leader', 'organizer', 'organiser', 'humanitarian'] },
  { category: 'citizen', kind: 'role', defers: true, words: ['author', 'member', 'signatory'] },
  // a team's captain is an athlete speaking for themselves, unless the phrase names the force or body
  // served ("army captain", "a captain in the Royal Navy", "police captain"); see TEAM_ROLES in category.ts
  { category: 'citizen', kind: 'role', defers: true, words: ['captain', 'vice-captain', 'skipper'] },
  { category: 'citizen', kind: 'role', words: ['goalkeeper', 'goalie', 'midfielder', 'winger', 'striker', 'fly-half', 'scrum-half', 'batsman', 'bowler', 'sprinter', 'golfer', 'swimmer', 'jockey', 'boxer', 'cyclist', 'skier', 'gymnast', 'tennis player'] },
  { category: 'citizen', kind: 'role', words: ['resident', 'witness', 'voter', 'citizen', 'mother', 'father', 'parent', 'son', 'daughter', 'wife', 'husband', 'widow', 'sister', 'brother', 'grandmother', 'grandfather', 'student', 'teacher', 'worker', 'neighbor', 'neighbour', 'villager', 'shopper', 'passer-by', 'bystander', 'survivor', 'relative', 'protester', 'protestor', 'demonstrator', 'supporter', 'farmer', 'fan', 'victim', 'family', 'families', 'refugee', 'migrant', 'local', 'singer', 'musician', 'artist', 'actor', 'actress', 'rapper', 'star', 'athlete', 'player', 'footballer', 'coach', 'commuter', 'consumer', 'patient', 'homeowner', 'tenant', 'driver', 'passenger', 'pupil', 'graduate', 'real estate agent', 'man', 'woman', 'men', 'women', 'teenager', 'teen', 'girl', 'boy', 'child', 'children', 'person', 'people', 'member of the public', 'commenter', 'user', 'writer', 'novelist', 'poet', 'filmmaker', 'film-maker', 'film maker', 'film director', 'playwright', 'screenwriter', 'composer', 'painter', 'sculptor', 'photographer', 'dancer', 'comedian', 'designer', 'chef', 'dj', 'defendant', 'plaintiff', 'inmate', 'prisoner', 'detainee', 'hostage', 'settler', 'elder', 'carer', 'caregiver', 'frontman', 'frontwoman', 'lead singer', 'guitarist', 'drummer', 'bassist', 'pianist', 'violinist'] },
  { category: 'other', kind: 'role', words: ['lawyer', 'attorney', 'defense attorney', 'defence lawyer', 'solicitor', 'barrister', 'doctor', 'physician', 'nurse', 'medic', 'paramedic', 'surgeon', 'pathologist', 'pharmacist', 'health care provider', 'provider', 'priest', 'imam', 'rabbi', 'bishop', 'pastor', 'cleric', 'pollster', 'cardinal', 'archbishop', 'vicar', 'chaplain', 'physio', 'physiotherapist', 'therapist', 'dentist', 'midwife'] },
  // "a police source", "an insurgent source": a source speaks for the body named before it; alone it is no kind of source
  { category: 'other', kind: 'role', defers: true, words: ['source', 'insider'] },
  // kinds of organisation
  { category: 'government', kind: 'org', words: ['government', 'administration', 'ministry', 'department', 'office', 'agency', 'commission', 'authority', 'authorities', 'bureau', 'cabinet', 'parliament', 'congress', 'senate', 'legislature', 'assembly', 'embassy', 'consulate', 'treasury', 'regime', 'municipality', 'city hall', 'city council', 'council', 'committee', 'state department', 'foreign ministry', 'defense ministry', 'defence ministry', 'health ministry', 'interior ministry', 'health commission', 'central bank', 'directorate', 'inspectorate', 'secretariat', 'presidency', 'state media', 'state-run media', 'census'] },
  { category: 'law_enforcement', kind: 'org', words: ['police', 'court', 'tribunal', 'prosecutors', 'prosecution', "attorney 's office", "u.s. attorney 's office", "us attorney 's office", "district attorney 's office", "attorney general 's office", "prosecutor 's office", 'attorneys office', "sheriff 's office", "sheriff 's department", 'police department', 'prison', 'jail', 'correctional center', 'correctional facility', 'law enforcement', 'border patrol', 'constabulary', 'gendarmerie', 'court records', 'court documents', 'court filings', 'prison records', 'indictment', 'complaint', 'charging documents', 'grand jury'] },
  { category: 'military', kind: 'org', words: ['military', 'army', 'navy', 'air force', 'marines', 'marine corps', 'armed forces', 'forces', 'coalition forces', 'defence force', 'defense forces', 'coast guard', 'national guard', 'command', 'central command', 'centcom', 'garrison', 'battalion', 'brigade', 'regiment', 'airborne division', 'infantry division', 'armored division', 'armoured division', 'marine division', 'militaries'] },
  { category: 'militant', kind: 'org', words: ['militia', 'militias', 'militants', 'insurgents', 'insurgency', 'rebels', 'guerrillas', 'jihadists', 'gunmen', 'fighters', 'armed group', 'terrorist group', 'terror group', 'jihadist group', 'rebel group', 'paramilitary', 'paramilitaries', 'militant', 'insurgent', 'rebel', 'guerrilla', 'jihadist', 'warlord'] },
  { category: 'politician', kind: 'org', words: ['party', 'campaign', 'caucus', 'opposition', 'coalition government'] },
  // "head of third party services": suppliers, not a political party
  { category: 'business', kind: 'org', words: ['third party', 'third-party'] },
  // parties by name (bodies: a name opening a sentence, "Labour said", stays a name)
  { category: 'politician', kind: 'body', words: ['democrats', 'republicans', 'tories', 'tory', 'conservatives', 'conservative', 'gop', 'labour', 'liberal democrat', 'liberal democrats', 'lib dem', 'lib dems', 'ukip', 'snp', 'plaid cymru', 'sinn fein', 'dup'] },
  { category: 'business', kind: 'org', words: ['company', 'firm', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'llc', 'co', 'co.', 'ag', 'gmbh', 'nv', 'n.v.', 's.a.', 's.p.a.', 'b.v.', 'oyj', 'pty', 'bhd', 'ltda', 'industrie', 'holdings', 'securities', 'capital', 'equities', 'bank', 'brokerage', 'broker', 'insurer', 'airline', 'carrier', 'retailer', 'manufacturer', 'maker', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'utility', 'studio', 'studios', 'productions', 'entertainment', 'label', 'record label', 'startup', 'start-up', 'conglomerate', 'giant', 'tech giant', 'chain', 'franchise', 'hedge fund', 'fund', 'lender', 'exchange', 'stock exchange', 'chamber of commerce', 'industry group', 'trade group', 'trade association', 'lobby group', 'industry', 'business', 'businesses', 'group inc', 'technologies', 'technology', 'systems', 'robotics', 'motors', 'airlines', 'airways', 'energy', 'electric', 'pharmaceuticals', 'pharma', 'labs', 'industries', 'enterprises', 'partners', 'ventures', 'investments', 'financial', 'advisors', 'advisers', 'consultancy', 'advertising agency', 'design agency', 'ad agency', 'travel agency', 'talent agency', 'operator', 'supplier', 'developer', 'publisher', 'farm bureau', 'shareholders', 'investors', 'executives', 'media group', 'media company', 'stores', 'foods', 'brands', 'motor', 'oil', 'gas', 'telecom', 'communications', 'semiconductor', 'mining', 'steel', 'insurance'] },
  { category: 'media', kind: 'org', words: ['newspaper', 'paper', 'magazine', 'outlet', 'news outlet', 'media outlet', 'broadcaster', 'network', 'channel', 'station', 'news agency', 'wire service', 'news service', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'chronicle', 'news', 'press', 'radio', 'tv', 'television', 'website', 'blog', 'daily', 'weekly', 'media', 'media reports', 'tabloid', 'editorial', 'columnists', 'podcast', 'newsletter', 'bulletin', 'observer', 'guardian', 'independent', 'mail', 'express', 'mirror', 'sun', 'star', 'globe', 'inquirer', 'examiner', 'record', 'courier'] },
  { category: 'ngo', kind: 'org', words: ['charity', 'foundation', 'ngo', 'nonprofit', 'non-profit', 'union', 'trade union', 'labor union', 'labour union', 'teachers union', 'federation', 'advocacy group', 'advocacy groups', 'rights group', 'human rights group', 'aid group', 'aid agency', 'relief agency', 'watchdog', 'campaign group', 'pressure group', 'environmental group', 'civil society', 'coalition', 'alliance', 'association', 'society', 'league', 'movement', 'project', 'network of', 'trust', 'fund for', 'initiative', 'council on'] },
  { category: 'expert', kind: 'org', words: ['university', 'college', 'institute', 'think tank', 'think-tank', 'research firm', 'research group', 'research center', 'research centre', 'market research firm', 'laboratory', 'lab', 'observatory', 'academy', 'school of', 'clinic', 'study', 'survey', 'research', 'analysis', 'journal of', 'studies', 'polling', 'consultancy group', 'center for', 'centre for', 'intelligence firm', 'intelligence organization', 'ratings agency', 'rating agency'] },
  { category: 'other', kind: 'org', words: ['hospital', 'church', 'mosque', 'synagogue', 'temple', 'law firm', 'poll', 'polls', 'pollsters'] },
  // bodies every reader knows
  { category: 'government', kind: 'body', words: ['white house', 'downing street', 'kremlin', 'pentagon', 'elysee', 'élysée', 'state department', 'home office', 'foreign office', 'treasury', 'united nations', 'un', 'u.n.', 'un security council', 'security council', 'european union', 'eu', 'e.u.', 'european commission', 'african union', 'nato', 'world health organization', 'who', 'world bank', 'international monetary fund', 'imf', 'opec', 'wto', 'world trade organization', 'world trade organisation', 'world health organisation', 'oecd', 'organisation for economic co-operation and development', 'organization for economic cooperation and development', 'organisation for economic cooperation and development', 'g8', 'g7', 'g20', 'european parliament', 'house of lords', 'house of commons', 'council of europe', 'african development bank', 'asian development bank', 'unicef', 'unhcr', 'unesco', 'nasa', 'fda', 'cdc', 'epa', 'sec', 'securities and exchange commission', 'fcc', 'ftc', 'faa', 'ntsb', 'dhs', 'irs', 'usda', 'federal reserve', 'fed', 'reserve bank', 'federal home loan bank board', 'bank of england', 'european central bank', 'ecb', 'ofcom', 'ofsted', 'nhs', 'homeland security', 'national security council', 'nsc', 'centers for disease control', 'centers for disease control and prevention', 'disease control', 'customs and border protection', 'cbp', 'ice', 'immigration and customs enforcement', 'citizenship and immigration services', 'secret service', 'cia', 'nsa', 'mi5', 'mi6', 'bureau of prisons', 'department of justice', 'justice department', 'whitehall', 'westminster', 'capitol hill', 'number 10', 'no 10', 'european community', 'ec', 'e.c.', 'european economic community', 'eec', 'gatt', 'iaea', 'bundesbank', 'bank of japan', 'bank of france', 'bank of italy', 'bank of spain', 'bank of canada', 'bank of thailand', 'bank of korea', 'bank of portugal', 'bank of greece', 'bank of mexico', 'reserve bank of australia', 'reserve bank of new zealand', 'reserve bank of india', 'swiss national bank', 'netherlands central bank', 'dutch central bank', "people 's bank of china", 'statistics canada', 'u.s. mint', 'us mint', 'commerce department', 'agriculture department', 'labor department', 'treasury department', 'energy department', 'defense department', 'arab league', 'league of arab states', 'gulf cooperation council', 'gcc', 'asean', 'association of southeast asian nations', 'organization of american states', 'oas', 'commonwealth secretariat', 'organisation of islamic cooperation', 'organization of islamic cooperation', 'oic', 'shanghai cooperation organisation', 'ecowas', 'mercosur', 'international atomic energy agency', 'international criminal court', 'icc', 'international court of justice', 'world food programme', 'world food program', 'unrwa', 'undp', 'unep', 'fao', 'international labour organization', 'international labor organization', 'ilo'] },
  { category: 'law_enforcement', kind: 'body', words: ['fbi', 'interpol', 'scotland yard', 'met police', 'metropolitan police', 'supreme court', 'high court', 'dea', 'atf', 'europol', 'crown prosecution service', 'cps'] },
  { category: 'military', kind: 'body', words: ['joint chiefs', 'joint chiefs of staff', 'idf', 'revolutionary guards', 'irgc', 'centcom', 'inherent resolve'] },
  { category: 'militant', kind: 'body', words: ['taliban', 'hamas', 'hezbollah', 'al qaeda', 'al-qaeda', 'isis', 'isil', 'islamic state', 'mahdi army', 'al-shabab', 'al shabaab', 'boko haram', 'houthis', 'farc', 'ira', 'eta', 'pkk'] },
  { category: 'media', kind: 'body', words: ['reuters', 'afp', 'agence france-presse', 'associated press', 'ap', 'agence france presse', 'bbc', 'cnn', 'fox news', 'msnbc', 'nbc', 'abc', 'cbs', 'npr', 'pbs', 'al jazeera', 'new york times', 'washington post', 'wall street journal', 'usa today', 'bloomberg', 'politico', 'axios', 'tass', 'irna', 'ria novosti', 'interfax', 'yonhap', 'kyodo', 'dpa', 'itv', 'sky news', 'huffington post', 'breitbart', 'newsweek', 'time magazine', 'the economist', 'financial times', 'ft', 'voa', 'voice of america', 'rfe/rl', 'cnbc', 'esquire',
    // outlets and agencies of other countries (names no other kind of body shares)
    'xinhua', 'der spiegel', 'spiegel', 'le monde', 'le figaro', 'el pais', 'el país', 'die welt', 'die zeit', 'frankfurter allgemeine', 'sueddeutsche zeitung', 'süddeutsche zeitung', 'handelsblatt', 'la repubblica', 'corriere della sera', 'asahi shimbun', 'yomiuri shimbun', 'mainichi shimbun', 'nihon keizai shimbun', 'pravda', 'izvestia', 'kommersant', 'haaretz', 'jerusalem post', 'times of india', 'hindustan times', 'south china morning post', 'straits times', 'globe and mail', 'toronto star', 'sydney morning herald', 'daily mail', 'daily telegraph', 'china daily', "people's daily", 'global times', 'anadolu', 'ansa', 'kcna', 'upi', 'jiji', 'prensa latina', 'tanjug', 'efe'] },
  { category: 'ngo', kind: 'body', words: ['red cross', 'red crescent', 'amnesty', 'amnesty international', 'human rights watch', 'oxfam', 'greenpeace', 'médecins sans frontières', 'doctors without borders', 'msf', 'save the children', 'wwf', 'transparency international', 'reporters without borders', 'aclu',
    // union federations and sports' governing bodies ("Trades Union Congress" is no parliament)
    'tuc', 'trades union congress', 'afl-cio', 'teamsters', 'countryside alliance', 'friends of the earth', 'rspca', 'nspcc', 'fifa', 'uefa', 'iaaf', 'international olympic committee', 'ioc'] },
];

/** One word sequence of the lexicon with its row. */
export interface LexMatch {
  category: SourceCategory;
  kind: CategoryRule['kind'];
  defers: boolean;
  /** Number of words matched. */
  length: number;
  /** The matched words, joined by spaces (singular as listed). */
  words: string;
}

interface LexRow {
  words: readonly string[];
  match: Omit<LexMatch, 'length'>;
  /** The match with its length, built once: look-ups return it as is. */
  hit?: Readonly<LexMatch>;
}

const plural = (w: string): string[] => {
  if (w.endsWith('man')) return [w.slice(0, -3) + 'men'];
  if (w.endsWith('person')) return [w.slice(0, -6) + 'people'];
  if (/(?:s|x|ch|sh)$/.test(w)) return [w + 'es'];
  if (/[^aeiou]y$/.test(w)) return [w.slice(0, -1) + 'ies'];
  return [w + 's'];
};

/** First word → rows starting with it, longest first (so the longest entry wins). */
const LEX_INDEX: Map<string, LexRow[]> = (() => {
  const m = new Map<string, LexRow[]>();
  const add = (words: string[], match: LexRow['match']): void => {
    const list = m.get(words[0]) ?? [];
    // the first row listed for a word sequence wins (a role before the kind of organisation of the same word)
    if (!list.some((r) => r.words.length === words.length && r.words.every((w, i) => w === words[i]))) list.push({ words, match });
    m.set(words[0], list);
  };
  for (const rule of CATEGORY_LEXICON) {
    for (const w of rule.words) {
      const words = w.split(' ');
      const match = { category: rule.category, kind: rule.kind, defers: rule.defers === true, words: w };
      add(words, match);
      if (rule.kind !== 'body' && !w.includes('.') && !w.endsWith(' of') && !w.endsWith(' for') && !w.endsWith(' on')) {
        for (const p of plural(words[words.length - 1])) add([...words.slice(0, -1), p], match);
      }
    }
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
})();

/** The last word of every lexicon entry (plurals included). */
const LEX_LAST: ReadonlySet<string> = new Set([...LEX_INDEX.values()].flatMap((rows) => rows.map((r) => r.words[r.words.length - 1])));

/** Whether `w` (lower case) ends some lexicon entry: a phrase without such a word has no head. */
export const endsLexiconEntry = (w: string): boolean => LEX_LAST.has(w);

/** Every one-word lexicon entry. */
const LEX_ONE_WORD: ReadonlySet<string> = new Set([...LEX_INDEX.values()].flatMap((rows) => rows.filter((r) => r.words.length === 1).map((r) => r.words[0])));

/**
 * Whether the one word `w` (lower case) states a category: `phraseCategory([w]) !== null`, which
 * holds exactly when `w` is a lexicon entry by itself, answered without filling the phrase memo
 * with every word of the corpus.
 */
export const isLexiconWord = (w: string): boolean => LEX_ONE_WORD.has(w);

/** The longest lexicon entry starting at `words[i]`, or null. */
export function lexiconAt(words: readonly string[], i: number): LexMatch | null {
  const rows = LEX_INDEX.get(words[i]);
  if (!rows) return null;
  for (const r of rows) {
    let ok = i + r.words.length <= words.length;
    for (let k = 1; ok && k < r.words.length; k++) if (words[i + k] !== r.words[k]) ok = false;
    if (ok) return (r.hit ??= Object.freeze({ ...r.match, length: r.words.length }));
  }
  return null;
}

/** All lexicon entries of a word sequence, left to right, longest match first (matches do not overlap). */
export function lexiconMatches(words: readonly string[]): (LexMatch & { at: number })[] {
  const out: (LexMatch & { at: number })[] = [];
  for (let i = 0; i < words.length; i++) {
    const m = lexiconAt(words, i);
    if (m) {
      out.push({ ...m, at: i });
      i += m.length - 1;
    }
  }
  return out;
}

/** Splits a phrase into lower-case words for look-up ("Agence France-Presse (AFP)" → ["agence", "france-presse", "afp"]). */
export function lexWords(phrase: string): string[] {
  return lexWordsOf(phrase).slice();
}

/** {@link lexWords} for readers: the memoised words themselves, not a copy (never to be changed). */
export function lexWordsOf(phrase: string): readonly string[] {
  const had = LEX_WORDS.get(phrase);
  if (had !== undefined) return had;
  if (LEX_WORDS.size >= MEMO_SIZE) LEX_WORDS.clear();
  // an exact-size copy: an array grown by push keeps spare room, and the memo holds up to MEMO_SIZE of them
  const out = splitLexWords(phrase).slice();
  LEX_WORDS.set(phrase, out);
  return out;
}

const LEX_WORDS = new Map<string, string[]>();

function splitLexWords(phrase: string): string[] {
  const out: string[] = [];
  for (const raw of phrase.toLowerCase().replace(/[\u2019]/g, "'").replace(/'s\b/g, " 's").split(/[^\p{L}\p{N}.'&\-]+/u)) {
    const w = raw.replace(/^[.\-']+|(?<!\b\p{L})[.\-]+$/u, '');
    if (w.length > 0) out.push(w);
  }
  return out;
}

/**
 * The category a noun phrase states by itself ("a senior military official" → military, "company
 * executives" → business, "analysts" → expert): its head (the right-most role or organisation word
 * before any preposition) decides; a role that `defers` takes the category of an organisation word
 * or body among its modifiers. Null when the phrase has no lexicon word.
 */
export function phraseCategory(words: readonly string[]): PhraseCategory | null {
  // the same short phrases recur across a corpus ("the company", "officials"): looked up once
  // a one-word phrase is its own key: no joined copy to allocate and hash
  const key = words.length === 1 ? words[0] : words.join(' ');
  const had = PHRASES.get(key);
  if (had !== undefined) return had;
  if (PHRASES.size >= MEMO_SIZE) PHRASES.clear();
  const c = Object.freeze(shadowed(words, headCategory(words)));
  PHRASES.set(key, c);
  return c;
}

const MEMO_SIZE = 50_000;
const PHRASES = new Map<string, Readonly<PhraseCategory> | null>();

function shadowed(words: readonly string[], c: PhraseCategory | null): PhraseCategory | null {
  // "shadow foreign secretary", "shadow health minister": the opposition's spokesperson, a politician
  // ("the shadow education secretary": the portfolio may stand between)
  if (c !== null && c.category === 'government' && c.head.kind === 'role' && c.head.at > 0 && words.lastIndexOf('shadow', c.head.at - 1) >= Math.max(0, c.head.at - 3)) return { ...c, category: 'politician' };
  return c;
}

function headCategory(words: readonly string[]): PhraseCategory | null {
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    if (words[i] === 'of' || words[i] === 'at' || words[i] === 'for' || words[i] === 'with' || words[i] === 'from' || words[i] === 'to' || words[i] === 'in' || words[i] === 'on' || words[i] === 'who' || words[i] === 'that' || words[i] === ',') {
      // "head of research", "school of": an entry spanning the preposition stays whole
      const m = lexiconMatches(words.slice(0, Math.min(words.length, i + 2))).find((x) => x.at < i && x.at + x.length > i);
      if (!m) {
        end = i;
        break;
      }
    }
  }
  // "a group of physicians", "a team of researchers", "one of his aides": the people are the head
  if (end < words.length - 1 && words[end] === 'of' && (COLLECTIVES.has(words[end - 1]) || (end === 1 && PARTITIVES.has(words[0])))) return headCategory(words.slice(end + 1));
  const matches = lexiconMatches(words.slice(0, end));
  if (matches.length === 0) return null;
  const head = matches[matches.length - 1];
  if (head.kind === 'role' && head.defers) {
    // "Tory chairman", "Democratic chair": a party member's word before the role names the party
    // "the rapper's spokesman", "the minister's aide": the person it speaks for, by a possessive
    for (let k = matches.length - 2; k >= 0; k--) if (matches[k].kind !== 'role' || matches[k].category === 'politician' || (!matches[k].defers && words[matches[k].at + matches[k].length] === 's')) return { category: matches[k].category, head, person: true, own: true };
    // "head of fundamental research", "president of the prison workers' union", "a spokesman for the singer": the complement says what it heads or speaks for
    if (end < words.length && (words[end] === 'of' || words[end] === 'for')) {
      let stop = words.length;
      for (let i = end + 1; i < words.length; i++) if (PREPOSITIONS_AFTER.has(words[i])) {
        stop = i;
        break;
      }
      const inner = organisationCategory(words.slice(end + 1, stop), false);
      if (inner) return { category: inner, head, person: true, own: true };
      // "representatives of Epstein's family": the people they stand for
      const people = lexiconMatches(words.slice(end + 1, stop)).filter((m) => m.kind === 'role' && !m.defers);
      // after "for", only a complement that is the people themselves ("for the singer"), not a name of theirs ("for the Refugees in Towns Project")
      if (people.length > 0 && (words[end] === 'of' || stop === words.length)) return { category: people[people.length - 1].category, head, person: true, own: true };
    }
  }
  // "central bank general manager", "Bundesbank vice-president": a corporate rank held in a named kind of body is that body's
  if (head.kind === 'role' && CORPORATE_RANKS.has(head.words)) {
    for (let k = matches.length - 2; k >= 0; k--) if (matches[k].kind !== 'role') return { category: matches[k].category, head, person: true, own: true };
  }
  // "the company's press office", "Google's research division": a unit of the possessor is of its kind
  if (head.kind === 'org') {
    for (let k = matches.length - 2; k >= 0; k--) {
      const m = matches[k];
      if (m.kind !== 'role' && words[m.at + m.length] === 's') return { category: m.category, head, person: false, own: true };
    }
  }
  return { category: head.category, head, person: head.kind === 'role', own: !(head.kind === 'role' && head.defers) };
}

/** Ranks of the business lexicon that any kind of body has ("central bank general manager"), unlike "investor" or "trader". */
const CORPORATE_RANKS = new Set(['general manager', 'managing director', 'vice president', 'vice-president', 'senior vice president', 'executive vice president', 'board member', 'executive', 'vp']);

/** Organisation-name words that say little about the kind of organisation on their own. */
const WEAK_ORG_WORDS = new Set(['media', 'group', 'network', 'news', 'project', 'association', 'society', 'alliance', 'coalition', 'league', 'movement', 'initiative', 'trust', 'star', 'sun', 'mail', 'express', 'mirror', 'observer', 'guardian', 'independent', 'record', 'globe', 'review', 'partners', 'fund', 'council', 'committee', 'office', 'board', 'center', 'centre', 'exchange', 'labs', 'systems', 'industry', 'business', 'daily', 'post', 'times', 'journal', 'press']);

/**
 * The category the words of an organisation's name state: a known body first ("Federal Reserve Bank
 * of New York" → government), else the right-most strong organisation word ("Kotak Securities"),
 * else (unless `strongOnly`) the right-most weak one ("GateHouse Media"). Null when there is none.
 */
export function organisationCategory(words: readonly string[], strongOnly: boolean): SourceCategory | null {
  const matches = lexiconMatches(words);
  for (const m of matches) if (m.kind === 'body') return m.category;
  let weak: SourceCategory | null = null;
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i];
    if (m.kind !== 'org') continue;
    if (!WEAK_ORG_WORDS.has(m.words)) return m.category;
    weak ??= m.category;
  }
  return strongOnly ? null : weak;
}

/** What a phrase states: its category, its head entry, whether it names people, and whether the category is its own (not a role's default). */
export interface PhraseCategory {
  category: SourceCategory;
  head: LexMatch & { at: number };
  person: boolean;
  own: boolean;
}

const COLLECTIVES = new Set(['group', 'team', 'panel', 'coalition', 'handful', 'number', 'pair', 'couple', 'dozen', 'dozens', 'hundreds', 'thousands', 'majority', 'minority', 'crowd', 'delegation', 'network', 'association', 'body', 'board', 'committee', 'council']);
const PREPOSITIONS_AFTER = new Set(['at', 'for', 'with', 'from', 'to', 'in', 'on', 'who', 'that', ',']);

/**
 * The category the words of a list of phrases state, the first phrase with a lexicon word deciding
 * (`other` when none has one). Kept for callers that only have text.
 */
export function categorize(phrases: readonly (string | null | undefined)[]): SourceCategory {
  for (const p of phrases) {
    if (!p) continue;
    const c = phraseCategory(lexWords(p));
    if (c) return c.category;
  }
  return 'other';
}
