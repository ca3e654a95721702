/**
 * Corpus-level identity of sources: from the per-key counters of `sourceStats`, one row per person,
 * organisation, place or kind of unnamed source, with one label and one category.
 *
 * - A person known in some articles only by the family name ("Blair", from "Mr Blair") joins the one
 *   person of the corpus with that family name and a fuller name ("Tony Blair"); when several have it,
 *   it joins the one with the most attributions if that one has at least three times as many as the
 *   next, else it stays a row of its own.
 * - Label: the name most articles give (ties: the longer, then alphabetical); unnamed sources are
 *   labelled by their kind ("unnamed: government official", "unnamed: business").
 * - Category: the category most articles give the source, counting only articles that say what the
 *   source is (an article that only names a person votes for the default, citizen, only when no
 *   article says more); `other` only when no article gives another; ties go to the earlier category
 *   in {@link CATEGORY_ORDER}.
 * @module
 */
import { byString } from '../util/compare.ts';

/**
 * Per-source counters, keyed by the source's corpus key (`Attribution.entity.key`). `articles` counts
 * distinct articles (each article is added once, and articles are never split across shards, so counts
 * add up in `merge`); `labels`, `titles` and `votes` count per article the speaker text, title and
 * category the article gives, from which `finish` decides one label and one category.
 */
export interface SourceAcc {
  key: string;
  kind: string;
  named: boolean;
  labels: Map<string, number>;
  titles: Map<string, number>;
  /** Category → articles that say the source is of that category. */
  votes: Map<string, number>;
  /** Category → articles that say nothing of the source but give it its kind's default (a person: citizen). */
  defaults: Map<string, number>;
  attributions: number;
  direct: number;
  mixed: number;
  indirect: number;
  according_to: number;
  articles: number;
  /** Sum of the content compounds in units of 1e-9 (integer sums are exact in any merge order). */
  sentimentSum: number;
  /** Sum of the squared content compounds in units of 1e-9 (for the 95% interval). */
  sentimentSq: number;
  sentimentN: number;
}


/** Category precedence for ties between articles (specific categories before `citizen` and `other`). */
export const CATEGORY_ORDER: readonly string[] = ['government', 'politician', 'military', 'law_enforcement', 'expert', 'ngo', 'business', 'media', 'militant', 'citizen', 'other'];

/** One decided source. */
export interface SourceRow extends Omit<SourceAcc, 'labels' | 'titles' | 'votes' | 'defaults'> {
  label: string;
  category: string;
  title: string | null;
  /** Keys merged into this one (shorter names of the same person). */
  merged: string[];
}

/** Decides label, category and merges for every source; sorted by attributions, then label, then key. */
export function decideSources(accs: readonly SourceAcc[]): SourceRow[] {
  const groups = mergeFamilyNames(accs, (s) => s.attributions);
  const rows: SourceRow[] = [];
  for (const g of groups) {
    const [head, ...rest] = g;
    const sum = { ...head, labels: new Map(head.labels), titles: new Map(head.titles), votes: new Map(head.votes), defaults: new Map(head.defaults) };
    for (const s of rest) {
      sum.attributions += s.attributions;
      sum.direct += s.direct;
      sum.mixed += s.mixed;
      sum.indirect += s.indirect;
      sum.according_to += s.according_to;
      sum.articles += s.articles;
      sum.sentimentSum += s.sentimentSum;
      sum.sentimentSq += s.sentimentSq;
      sum.sentimentN += s.sentimentN;
      addInto(sum.titles, s.titles);
      addInto(sum.votes, s.votes);
      addInto(sum.defaults, s.defaults);
    }
    const { labels, titles, votes, defaults, ...counts } = sum;
    rows.push({
      ...counts,
      label: head.kind === 'unnamed' ? unnamedLabel(head.key) : topLabel(labels),
      category: decideCategory(votes.size > 0 ? votes : defaults),
      title: titleOf(head.kind, informative(titles), sum.articles),
      merged: rest.map((s) => s.key).sort(byString),
    });
  }
  return rows.sort((x, y) => y.attributions - x.attributions || byString(x.label, y.label) || byString(x.key, y.key));
}

function addInto(into: Map<string, number>, from: Map<string, number>): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
}

/**
 * Groups of keys that name one person: the full name first, then the family-name-only keys merged into it
 * (see the module notes; `weight` is what "most" counts: attributions for sources, mentions for portrayal).
 */
export function mergeFamilyNames<T extends { key: string; kind: string }>(accs: readonly T[], weight: (t: T) => number): T[][] {
  const byFamily = new Map<string, T[]>();
  for (const s of accs) {
    if (s.kind !== 'person') continue;
    const words = s.key.slice('person:'.length).split(' ');
    if (words.length < 2) continue;
    const list = byFamily.get(words[words.length - 1]) ?? [];
    list.push(s);
    byFamily.set(words[words.length - 1], list);
  }
  const into = new Map<string, T[]>();
  const absorbed = new Set<string>();
  for (const s of accs) {
    if (s.kind !== 'person') continue;
    const words = s.key.slice('person:'.length).split(' ');
    if (words.length !== 1) continue;
    const full = [...(byFamily.get(words[0]) ?? [])].sort((x, y) => weight(y) - weight(x) || byString(x.key, y.key));
    if (full.length === 0 || (full.length > 1 && weight(full[0]) < 3 * weight(full[1]))) continue;
    const list = into.get(full[0].key) ?? [];
    list.push(s);
    into.set(full[0].key, list);
    absorbed.add(s.key);
  }
  const groups: T[][] = [];
  for (const s of accs) {
    if (absorbed.has(s.key)) continue;
    groups.push([s, ...(into.get(s.key) ?? []).sort((x, y) => byString(x.key, y.key))]);
  }
  return groups;
}

/**
 * The title most articles give the source. An organisation's title is a description ("the number three
 * U.S. automaker") that one article's phrasing can get wrong, so one quoted in several articles shows a
 * title only when at least two of them give it.
 */
function titleOf(kind: string, titles: Map<string, number>, articles: number): string | null {
  if (titles.size === 0) return null;
  if (kind !== 'organization' || articles < 2) return topLabel(titles);
  const agreed = new Map([...titles].filter(([, n]) => n >= 2));
  return agreed.size ? topLabel(agreed) : null;
}

/** Titles that say more than an honorific ("Foreign Secretary" over "Mr"), or all of them when none does. */
function informative(titles: Map<string, number>): Map<string, number> {
  const out = new Map([...titles].filter(([t]) => !HONORIFICS.test(t)));
  return out.size ? out : titles;
}
const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|sir|lord|lady|dame|prof|rev|the hon)\.?$/i;

/** The most frequent of the counted texts (ties: the longer, then alphabetical). */
export function topLabel(m: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [k, c] of m) {
    if (c > n || (c === n && (k.length > best.length || (k.length === best.length && byString(k, best) < 0)))) {
      best = k;
      n = c;
    }
  }
  return best;
}

/** The category most articles give (see the module notes). */
function decideCategory(votes: Map<string, number>): string {
  let best = 'other';
  let n = 0;
  for (const c of CATEGORY_ORDER) {
    const v = votes.get(c) ?? 0;
    if (c === 'other' && n > 0) break;
    if (v > n) {
      best = c;
      n = v;
    }
  }
  return best;
}

/** "unnamed:government:official" → "unnamed: government official"; "unnamed:business" → "unnamed: business". */
export function unnamedLabel(key: string): string {
  const [, category = 'other', head = ''] = key.split(':');
  const shown = head === 'person' ? 'people' : head;
  return `unnamed: ${category.replace(/_/g, ' ')}${shown && shown !== category ? ` ${shown}` : ''}`;
}
