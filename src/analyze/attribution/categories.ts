/**
 * The source-category lexicon: words of titles, roles and organisation names → category, with a
 * weight. A source's category is the category of the heaviest word found in its title, name,
 * source phrase, appositive and the article's descriptions of it (ties go to the later word, which
 * is usually the head noun). Multi-word keys ("red cross", "white house") match adjacent words.
 *
 * | weight | meaning |
 * |---|---|
 * | 4 | decisive organisation or role words ("militia", "Red Cross", "police", "Pentagon") |
 * | 3 | strong role words ("admiral", "senator", "professor", "newspaper") |
 * | 2 | ordinary role words ("official", "minister", "spokesman for …") |
 * | 1 | weak hints ("government" used as a modifier, nationality-free "leader") |
 * @module
 */
import type { SourceCategory } from '../../types.ts';

/** One lexicon row. */
export interface CategoryRule {
  category: SourceCategory;
  weight: number;
  words: readonly string[];
}

/** The category lexicon (lower-case keys). */
export const CATEGORY_LEXICON: readonly CategoryRule[] = [
  { category: 'military', weight: 4, words: ['military', 'army', 'navy', 'air force', 'marines', 'pentagon', 'nato', 'troops', 'soldier', 'soldiers', 'commander', 'commanders', 'general', 'admiral', 'colonel', 'lieutenant', 'sergeant', 'captain', 'major general', 'brigadier', 'joint chiefs', 'defence force', 'defense forces', 'armed forces', 'coalition forces', 'marine', 'lt.', 'gen.', 'col.', 'sgt.', 'adm.', 'brig.', 'maj.', 'capt.', 'gen', 'adm', 'col', 'sgt', 'brig', 'ship', 'warship', 'centcom', 'central command'] },
  { category: 'militant', weight: 4, words: ['militia', 'militias', 'militant', 'militants', 'insurgent', 'insurgents', 'rebel', 'rebels', 'guerrilla', 'guerrillas', 'taliban', 'hamas', 'hezbollah', 'al qaeda', 'al-qaeda', 'isis', 'isil', 'islamic state', 'jihadist', 'jihadists', 'mahdi army', 'gunmen', 'fighters', 'cleric', 'warlord'] },
  { category: 'law_enforcement', weight: 4, words: ['police', 'policeman', 'policemen', 'officer', 'officers', 'sheriff', 'fbi', 'detective', 'detectives', 'constable', 'trooper', 'prosecutor', 'prosecutors', 'attorney general', 'district attorney', 'investigators', 'investigator', 'interpol', 'scotland yard', 'police department', 'law enforcement', 'border patrol', 'coroner'] },
  { category: 'media', weight: 4, words: ['reuters', 'afp', 'agence france-presse', 'associated press', 'ap', 'bbc', 'cnn', 'fox news', 'msnbc', 'nbc', 'abc', 'cbs', 'npr', 'pbs', 'al jazeera', 'new york times', 'washington post', 'wall street journal', 'guardian', 'times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'telegraph', 'newsweek', 'politico', 'esquire', 'magazine', 'newspaper', 'newspapers', 'daily', 'media', 'press', 'reporter', 'reporters', 'journalist', 'journalists', 'correspondent', 'editor', 'editorial', 'columnist', 'broadcaster', 'television', 'tv', 'radio', 'news agency', 'wire service', 'blog', 'website', 'breitbart', 'huffington post', 'usa today', 'bloomberg', 'xinhua', 'tass', 'irna', 'anchor', 'host', 'outlet'] },
  { category: 'ngo', weight: 4, words: ['red cross', 'red crescent', 'amnesty', 'amnesty international', 'human rights watch', 'oxfam', 'unicef', 'unhcr', 'médecins sans frontières', 'doctors without borders', 'greenpeace', 'charity', 'charities', 'ngo', 'nonprofit', 'non-profit', 'foundation', 'advocacy group', 'aid group', 'aid agency', 'aid workers', 'activist', 'activists', 'campaigners', 'watchdog', 'united nations', 'un', 'u.n.', 'world health organization'] },
  // trade unions are civil society; "European Union" and the like (weight 4 below) are governments
  { category: 'ngo', weight: 3, words: ['union', 'unions', 'trade union', 'labor union', 'labour union', 'unionist', 'unionists', 'trade unionist'] },
  { category: 'government', weight: 4, words: ['european union', 'african union', 'soviet union', 'european commission'] },
  { category: 'expert', weight: 3, words: ['professor', 'prof.', 'analyst', 'analysts', 'expert', 'experts', 'researcher', 'researchers', 'economist', 'economists', 'scientist', 'scientists', 'scholar', 'historian', 'university', 'institute', 'think tank', 'study', 'survey', 'poll', 'pollster', 'lecturer', 'dr.', 'academic', 'strategist', 'consultant'] },
  { category: 'politician', weight: 3, words: ['representative', 'senator', 'sen.', 'sen', 'rep', 'rep.', 'congressman', 'congresswoman', 'lawmaker', 'lawmakers', 'legislator', 'mp', 'mps', 'candidate', 'nominee', 'campaign', 'democrat', 'democrats', 'republican', 'republicans', 'democratic', 'gop', 'party', 'opposition', 'politician', 'politicians', 'parliamentarian', 'speaker', 'congress', 'senate', 'parliament', 'conservative', 'labour', 'tory', 'tories', 'liberal'] },
  { category: 'business', weight: 3, words: ['company', 'companies', 'corporation', 'corp.', 'inc.', 'inc', 'ltd', 'plc', 'firm', 'bank', 'ceo', 'chief executive', 'executive', 'executives', 'businessman', 'businesswoman', 'investor', 'investors', 'shareholder', 'shareholders', 'trader', 'traders', 'industry', 'group inc', 'manufacturer', 'retailer', 'airline', 'chairman of the board', 'entrepreneur', 'owner', 'co.'] },
  { category: 'government', weight: 2, words: ['government', 'administration', 'ministry', 'minister', 'secretary', 'president', 'prime minister', 'premier', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'department', 'white house', 'state department', 'kremlin', 'downing street', 'embassy', 'ambassador', 'diplomat', 'diplomats', 'governor', 'mayor', 'cabinet', 'authorities', 'authority', 'agency', 'regulator', 'regulators', 'commission', 'treasury', 'foreign ministry', 'chancellor', 'king', 'queen', 'judge', 'court', 'supreme court', 'envoy', 'council', 'federal', 'state'] },
  { category: 'citizen', weight: 2, words: ['resident', 'residents', 'witness', 'witnesses', 'voter', 'voters', 'citizen', 'citizens', 'mother', 'father', 'parent', 'parents', 'student', 'students', 'worker', 'workers', 'neighbor', 'neighbour', 'villager', 'villagers', 'shopper', 'passer-by', 'survivor', 'survivors', 'relative', 'relatives', 'protester', 'protesters', 'supporter', 'supporters', 'farmer', 'farmers', 'fan', 'fans', 'man', 'woman', 'teenager', 'victim', 'victims', 'family', 'refugee', 'refugees', 'local', 'locals', 'people'] },
  { category: 'other', weight: 2, words: ['medic', 'medics', 'doctor', 'doctors', 'nurse', 'hospital', 'priest', 'imam', 'bishop', 'church'] },
];

interface LexRow {
  words: string[];
  category: SourceCategory;
  weight: number;
}

const LEX_INDEX: Map<string, LexRow[]> = (() => {
  const m = new Map<string, LexRow[]>();
  for (const rule of CATEGORY_LEXICON) {
    for (const w of rule.words) {
      const words = w.split(' ');
      const list = m.get(words[0]) ?? [];
      list.push({ words, category: rule.category, weight: rule.weight });
      m.set(words[0], list);
    }
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
})();

/** A category with the evidence weight and the position of the word that decided it. */
export interface CategoryVote {
  category: SourceCategory;
  weight: number;
}

/** Splits a phrase into lower-case words for lexicon look-up ("Agence France-Presse (AFP)" → ["agence", "france-presse", "afp"]). */
export function lexWords(phrase: string): string[] {
  const out: string[] = [];
  // a push loop rather than map + filter: an optimized map returns a holey array, a second hidden class for filter
  for (const raw of phrase.toLowerCase().replace(/[\u2019']s\b/g, '').split(/[^\p{L}\p{N}.\-]+/u)) {
    const w = raw.replace(/^[.\-]+|(?<!\b\p{L})[.\-]+$/u, '');
    if (w.length > 0) out.push(w);
  }
  return out;
}

/**
 * Votes of the lexicon for a phrase: the heaviest match, ties to the later word. Returns null when no
 * word of the phrase is in the lexicon.
 */
export function categoryVote(phrase: string, weightScale = 1): CategoryVote | null {
  const words = lexWords(phrase);
  let best: CategoryVote | null = null;
  for (let i = 0; i < words.length; i++) {
    const rows = LEX_INDEX.get(words[i]) ?? LEX_INDEX.get(words[i].replace(/\.$/, ''));
    if (!rows) continue;
    for (const r of rows) {
      let ok = true;
      for (let k = 1; k < r.words.length; k++) if (words[i + k] !== r.words[k]) ok = false;
      if (!ok) continue;
      const w = r.weight * weightScale;
      if (!best || w >= best.weight) best = { category: r.category, weight: w };
      i += r.words.length - 1;
      break;
    }
  }
  return best;
}

/** Combines votes from several phrases (title first, then name, source phrase, descriptions) into one category. */
export function categorize(phrases: readonly (string | null | undefined)[]): SourceCategory {
  let best: CategoryVote | null = null;
  for (const p of phrases) {
    if (!p) continue;
    const v = cachedVote(p);
    if (v && (!best || v.weight > best.weight)) best = v;
  }
  return best?.category ?? 'other';
}

const voteCache = new Map<string, CategoryVote | null>();

/** {@link categoryVote} memoised (phrases such as "the company" or "officials" recur across a corpus). */
function cachedVote(p: string): CategoryVote | null {
  let v = voteCache.get(p);
  if (v === undefined) {
    v = categoryVote(p);
    if (voteCache.size > 50000) voteCache.clear();
    voteCache.set(p, v);
  }
  return v;
}
