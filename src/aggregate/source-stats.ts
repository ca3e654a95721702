/**
 * Source statistics over the attributions of a corpus: one row per attribution, per source, per
 * category, per cue verb and per article. A mergeable fold: the accumulator is plain data (arrays,
 * Maps, numbers) and `merge` is associative and commutative because `finish` sorts everything.
 * @module
 */
import { createHash } from 'node:crypto';
import { cueKey, cueStance } from '../analyze/attribution/index.ts';
import { decideSources, type SourceAcc, type SourceRow } from './source-identity.ts';

export type { SourceAcc } from './source-identity.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Aggregator, StreamSpec } from '../pipeline/define.ts';
import { resolveParams, type Param } from '../pipeline/params.ts';
import { round, table, type Cell, type Table } from '../report/table.ts';
import type { Attribution, AttributionType, Doc, Sentence } from '../types.ts';
import { statementTone } from './statement-tone.ts';
import { meanInterval } from './mean-interval.ts';
import { addCounts, byString } from '../util/compare.ts';

/** Options of {@link sourceStats}. */
export interface SourceStatsOptions {
  /** Longest content text kept in the `attributions` table (characters; longer text is cut with "…"). */
  maxContent?: number;
  /** Longest sentence text kept in the `attributions` table (characters). */
  maxSentence?: number;
}

/** Declared parameters of {@link sourceStats}. */
export const SOURCE_STATS_PARAMS: readonly Param[] = [
  { name: 'maxContent', type: 'integer', default: 300, min: 1, description: 'longest content text kept in the attributions table (characters)' },
  { name: 'maxSentence', type: 'integer', default: 600, min: 1, description: 'longest sentence text kept in the attributions table (characters)' },
];

/** Accumulator of {@link sourceStats}. */
export interface SourceStatsAcc {
  /** `attributions` rows, held only when `add` gets no sink. */
  rows: Record<string, Cell>[];
  sources: Map<string, SourceAcc>;
  /** Attributions without a source mention. */
  sourceless: number;
  cues: Map<string, number>;
  /** `attribution_articles` rows, held only when `add` gets no sink. */
  articles: Record<string, Cell>[];
  total: number;
}

/**
 * Where in the corpus an attribution is, so a reader can check it: the article's headline and date and
 * the paragraph. One list (and {@link articleContext}) to extend when rows gain more of the article's
 * fields (such as its group).
 */
const ARTICLE_CONTEXT: StreamSpec['columns'] = [
  { name: 'article_title', type: 'string', description: 'headline of the article' },
  { name: 'article_date', type: 'date', description: 'publication date of the article' },
  { name: 'paragraph', type: 'integer', description: 'paragraph the attribution starts in (1 = first; blank-line separated blocks)' },
];

function articleContext(doc: Doc, paragraph: number | null): Record<string, Cell> {
  return { article_title: doc.article.title ?? null, article_date: doc.article.date ?? null, paragraph };
}

const ATTRIBUTIONS: StreamSpec = {
  name: 'attributions',
  title: 'Attributions',
  columns: [
    { name: 'article', type: 'string', description: 'article id' },
    ...ARTICLE_CONTEXT,
    { name: 'type', type: 'string', description: 'direct (fully quoted), mixed (partly quoted), indirect (reported speech) or according_to' },
    { name: 'speaker', type: 'string', description: 'canonical source within the article (empty when there is no source mention)' },
    { name: 'source_id', type: 'string', description: 'id of the source across the corpus, as in the sources table (its source_id or one of its also_ids; empty when there is no source)' },
    { name: 'title', type: 'string', description: 'title or role written before the name ("Defense Secretary")' },
    { name: 'named', type: 'boolean', description: 'false for unnamed sources ("a military official")' },
    { name: 'category', type: 'string', description: 'source category from the category lexicon' },
    { name: 'cue', type: 'string', description: 'cue text as written ("said", "according to")' },
    { name: 'source_text', type: 'string', description: 'source mention as written' },
    { name: 'content', type: 'string', description: 'attributed content (fragments joined by a space)' },
    { name: 'sentence', type: 'string', description: 'the sentence(s) the attribution is in, whitespace collapsed (source, cue and content)' },
    { name: 'source_start', type: 'integer', description: 'source mention start offset in the article text' },
    { name: 'source_end', type: 'integer', description: 'source mention end offset (exclusive)' },
    { name: 'cue_start', type: 'integer', description: 'cue start offset' },
    { name: 'cue_end', type: 'integer', description: 'cue end offset (exclusive)' },
    { name: 'content_start', type: 'integer', description: 'content start offset' },
    { name: 'content_end', type: 'integer', description: 'content end offset (exclusive)' },
  ],
};

const ARTICLES: StreamSpec = {
  name: 'attribution_articles',
  title: 'Attribution per article',
  columns: [
    { name: 'article', type: 'string', description: 'article id' },
    { name: 'attributions', type: 'integer', description: 'attributions in the article' },
    { name: 'sources', type: 'integer', description: 'distinct speakers' },
    { name: 'named_sources', type: 'integer', description: 'distinct named speakers' },
    { name: 'anonymous_sources', type: 'integer', description: 'distinct unnamed speakers' },
    { name: 'quotes', type: 'integer', description: 'direct and mixed attributions' },
    { name: 'named_share', type: 'number', description: 'named_sources / sources (empty when there are none)' },
    { name: 'attributed_share', type: 'number', description: 'share of the article’s characters inside attributed content' },
  ],
};

/** The whole extent of an attribution: its source mention, cue and content fragments. */
function extent(a: Attribution): [number, number] {
  let start = Math.min(a.cue.start, a.content.start);
  let end = Math.max(a.cue.end, a.content.end);
  if (a.source) {
    start = Math.min(start, a.source.start);
    end = Math.max(end, a.source.end);
  }
  return [start, end];
}

/** Index of the first sentence that ends after `pos` (sentences are in text order). */
function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence(s) overlapping `[start, end)`, whitespace collapsed and cut to `max` characters, and the 1-based paragraph of the first. */
function sentenceOf(text: string, sentences: readonly Sentence[], start: number, end: number, max: number): { sentence: string | null; paragraph: number | null } {
  const i = sentenceAt(sentences, start);
  if (i >= sentences.length) return { sentence: null, paragraph: null };
  let j = i;
  while (j + 1 < sentences.length && sentences[j + 1].start < end) j++;
  const from = Math.min(sentences[i].start, start);
  const to = Math.max(sentences[j].end, end);
  // collapse only as much of the sentence as the cut keeps: a sentence of 100,000 characters holding
  // thousands of attributions would otherwise be copied once per attribution (quadratic)
  let s = '';
  for (let len = 4 * max + 64; ; len *= 2) {
    s = collapseSpaces(text.slice(from, Math.min(to, from + len))).trim();
    if (s.length > max || from + len >= to) break;
  }
  return { sentence: s.length > max ? s.slice(0, max - 1) + '\u2026' : s, paragraph: sentences[i].paragraph + 1 };
}

/** `s` with every run of whitespace as one space; most sentences have only single spaces, and are returned as they are. */
function collapseSpaces(s: string): string {
  return /\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** Fixed-point units for sums of sentiment scores. */
const FIXED = 1e9;

const TYPES: readonly AttributionType[] = ['direct', 'mixed', 'indirect', 'according_to'];

/** The corpus key of an attribution's source (its entity key; for attributions built without one, its unnamed speaker). */
export function sourceKey(a: Pick<Attribution, 'speaker' | 'category' | 'named' | 'entity'>): string {
  return a.entity?.key ?? `unnamed:${a.category}:${(a.speaker ?? '').toLowerCase()}`;
}

/** A short opaque id of a corpus key for joining tables (never shown as a label). */
export function sourceId(key: string): string {
  // a source is quoted again and again: its id is hashed once (bounded, like the attribution memos)
  let id = SOURCE_IDS.get(key);
  if (id === undefined) {
    if (SOURCE_IDS.size >= 50_000) SOURCE_IDS.clear();
    SOURCE_IDS.set(key, (id = `s${createHash('sha256').update(key).digest('hex').slice(0, 12)}`));
  }
  return id;
}

const SOURCE_IDS = new Map<string, string>();

function contentText(text: string, a: Attribution): string {
  const frags = a.content.fragments ?? [a.content];
  return frags.map((f) => text.slice(f.start, f.end)).join(' ');
}

/** Characters covered by the union of the attributions' content fragments. */
function coveredChars(atts: readonly Attribution[]): number {
  const spans = atts.flatMap((a) => (a.content.fragments ?? [a.content]).map((f) => [f.start, f.end] as [number, number]));
  spans.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let total = 0;
  let cs = -1;
  let ce = -1;
  for (const [s, e] of spans) {
    if (s > ce) {
      if (ce > cs) total += ce - cs;
      cs = s;
      ce = e;
    } else if (e > ce) ce = e;
  }
  if (ce > cs) total += ce - cs;
  return total;
}


/** Adds the smaller count map into the larger one (in place) and returns it. */
function mergeCounts(x: Map<string, number>, y: Map<string, number>): Map<string, number> {
  return x.size >= y.size ? addCounts(x, y) : addCounts(y, x);
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** `a` then `b`, without a copy when one is empty (the usual case: rows are streamed). */
function concat<T>(a: T[], b: T[]): T[] {
  return b.length === 0 ? a : a.length === 0 ? b : [...a, ...b];
}

/**
 * Aggregates attributions into five tables: `attributions`, `sources`, `source_categories`,
 * `cue_verbs` and `attribution_articles`. Requires the `attributions` analyzer; when a doc has
 * `sentiment`, each statement's tone for `mean_sentiment` is read from its sentences' scores (see
 * statement-tone.ts).
 */
export function sourceStats(options: SourceStatsOptions = {}): Aggregator<SourceStatsAcc> {
  const o = resolveParams<Required<SourceStatsOptions>>('sourceStats', SOURCE_STATS_PARAMS, options);
  return {
    kind: 'aggregator',
    params: SOURCE_STATS_PARAMS,
    name: 'source-stats',
    requires: ['attributions'],
    init: () => ({ rows: [], sources: new Map(), sourceless: 0, cues: new Map(), articles: [], total: 0 }),
    streams: [ATTRIBUTIONS, ARTICLES],
    add(acc, doc: Doc, sink) {
      const atts = doc.attributions ?? [];
      const id = doc.article.id;
      const text = doc.article.text;
      const speakers = new Map<string, boolean>();
      // the sentence splitter runs here only for pipelines without the sentences stage
      const sentences = atts.length ? doc.sentences ?? splitSentences(text) : [];
      let quotes = 0;
      for (const a of atts) {
        acc.total++;
        const content = contentText(text, a);
        const key = a.speaker === null ? null : sourceKey(a);
        const [start, end] = extent(a);
        const where = sentenceOf(text, sentences, start, end, o.maxSentence);
        const row = {
          article: id,
          ...articleContext(doc, where.paragraph),
          type: a.type,
          speaker: a.speaker,
          source_id: key === null ? null : sourceId(key),
          title: a.title,
          named: a.named,
          category: a.category,
          cue: a.cue.text,
          source_text: a.source?.text ?? null,
          content: content.length > o.maxContent ? content.slice(0, o.maxContent - 1) + '\u2026' : content,
          sentence: where.sentence,
          source_start: a.source?.start ?? null,
          source_end: a.source?.end ?? null,
          cue_start: a.cue.start,
          cue_end: a.cue.end,
          content_start: a.content.start,
          content_end: a.content.end,
        };
        if (sink) sink.push(ATTRIBUTIONS.name, row);
        else acc.rows.push(row);
        const cue = cueKey(a.cue.text);
        acc.cues.set(cue, (acc.cues.get(cue) ?? 0) + 1);
        if (a.type === 'direct' || a.type === 'mixed') quotes++;
        if (key === null) {
          acc.sourceless++;
          continue;
        }
        let s = acc.sources.get(key);
        if (!s) {
          s = { key, kind: a.entity?.kind ?? 'unnamed', named: a.named, labels: new Map(), titles: new Map(), votes: new Map(), defaults: new Map(), attributions: 0, direct: 0, mixed: 0, indirect: 0, according_to: 0, articles: 0, sentimentSum: 0, sentimentSq: 0, sentimentN: 0 };
          acc.sources.set(key, s);
        }
        s.attributions++;
        s[a.type]++;
        if (!speakers.has(key)) {
          // one vote per article: the speaker, title and category this article gives the source
          s.articles++;
          bump(s.labels, a.speaker!);
          if (a.title !== null) bump(s.titles, a.title);
          bump(a.entity?.stated === false ? s.defaults : s.votes, a.category);
        }
        speakers.set(key, a.named);
        const c = doc.sentiment ? statementTone(doc.sentiment.sentences, a.content.fragments ?? [a.content]) : null;
        if (c !== null) {
          s.sentimentSum += Math.round(c * FIXED);
          s.sentimentSq += Math.round(c * c * FIXED);
          s.sentimentN++;
        }
      }
      let named = 0;
      for (const n of speakers.values()) if (n) named++;
      const nSources = speakers.size;
      const row = {
        article: id,
        attributions: atts.length,
        sources: nSources,
        named_sources: named,
        anonymous_sources: nSources - named,
        quotes,
        named_share: nSources ? round(named / nSources) : null,
        attributed_share: text.length ? round(coveredChars(atts) / text.length) : 0,
      };
      if (sink) sink.push(ARTICLES.name, row);
      else acc.articles.push(row);
      return acc;
    },
    merge(a, b) {
      // in place, the smaller into the larger: a merge costs the size of the smaller accumulator, not of both
      // (a worker's hand-overs are merged into the main thread's ever larger one all run long)
      const [big, small] = a.sources.size >= b.sources.size ? [a.sources, b.sources] : [b.sources, a.sources];
      for (const [k, s] of small) {
        const e = big.get(k);
        if (!e) {
          big.set(k, s);
          continue;
        }
        e.attributions += s.attributions;
        for (const t of TYPES) e[t] += s[t];
        e.articles += s.articles;
        e.sentimentSum += s.sentimentSum;
        e.sentimentSq += s.sentimentSq;
        e.sentimentN += s.sentimentN;
        e.labels = mergeCounts(e.labels, s.labels);
        e.titles = mergeCounts(e.titles, s.titles);
        e.votes = mergeCounts(e.votes, s.votes);
        e.defaults = mergeCounts(e.defaults, s.defaults);
        e.named ||= s.named;
      }
      return {
        rows: concat(a.rows, b.rows),
        sources: big,
        sourceless: a.sourceless + b.sourceless,
        cues: mergeCounts(a.cues, b.cues),
        articles: concat(a.articles, b.articles),
        total: a.total + b.total,
      };
    },
    finish(acc) {
      return finishTables(acc);
    },
  };
}

/** mean_sentiment with its n and 95% interval. */
function toneCells(s: Pick<SourceAcc, 'sentimentN' | 'sentimentSum' | 'sentimentSq'>): Record<string, Cell> {
  const m = meanInterval(s.sentimentN, s.sentimentSum, s.sentimentSq, FIXED);
  return {
    mean_sentiment: m ? round(m.mean) : null,
    sentiment_n: s.sentimentN,
    sentiment_ci_low: m?.low == null ? null : round(Math.max(-1, m.low)),
    sentiment_ci_high: m?.high == null ? null : round(Math.min(1, m.high)),
  };
}

function finishTables(acc: SourceStatsAcc): Table[] {
  const total = acc.total || 1;
  const sources = decideSources([...acc.sources.values()]);
  // categories from the sources' corpus-level categories, so that the two tables agree
  const catMap = new Map<string, { category: string; named: boolean; attributions: number; sources: number }>();
  const addCat = (category: string, named: boolean, attributions: number, n: number): void => {
    const k = `${category} ${named}`;
    const c = catMap.get(k) ?? { category, named, attributions: 0, sources: 0 };
    c.attributions += attributions;
    c.sources += n;
    catMap.set(k, c);
  };
  for (const s of sources) addCat(s.category, s.named, s.attributions, 1);
  if (acc.sourceless > 0) addCat('other', false, acc.sourceless, 0);
  const cats = [...catMap.values()].map((c) => ({ ...c, share: round(c.attributions / total) }));
  cats.sort((x, y) => y.attributions - x.attributions || byString(x.category, y.category) || Number(y.named) - Number(x.named));
  const cues = [...acc.cues].map(([cue, count]) => ({ cue, stance: cueStance(cue), count, share: round(count / total) }));
  cues.sort((x, y) => y.count - x.count || byString(x.cue, y.cue));
  return [
    table(ATTRIBUTIONS.name, ATTRIBUTIONS.title, ATTRIBUTIONS.columns, acc.rows),
    table(
      'sources',
      'Sources',
      [
        { name: 'source_id', type: 'string', description: 'id of the source across the corpus (joins the attributions table)' },
        { name: 'speaker', type: 'string', description: 'the source: a person or organisation (its fullest name), or an unnamed kind of source ("unnamed: government official")' },
        { name: 'kind', type: 'string', description: 'person, organization, place, group (joint sources) or unnamed' },
        { name: 'category', type: 'string', description: 'source category, decided over all the articles that cite the source (see the README)' },
        { name: 'named', type: 'boolean', description: 'named source' },
        { name: 'title', type: 'string', description: 'the title or role most articles give the source (an organisation quoted in several articles: one that at least two give)' },
        { name: 'attributions', type: 'integer', description: 'attributions to the source' },
        { name: 'direct', type: 'integer', description: 'direct quotes' },
        { name: 'mixed', type: 'integer', description: 'partly quoted attributions' },
        { name: 'indirect', type: 'integer', description: 'reported speech' },
        { name: 'according_to', type: 'integer', description: '"according to" attributions' },
        { name: 'articles', type: 'integer', description: 'articles the source is cited in' },
        { name: 'mean_sentiment', type: 'number', description: 'mean tone of the source’s statements: each the sentiment stage’s scores of the sentences its content spans, weighted by the share of each sentence inside the content (empty without the sentiment stage)' },
        { name: 'sentiment_n', type: 'integer', description: 'statements scored for mean_sentiment (those whose content lies in a scored sentence)' },
        { name: 'sentiment_ci_low', type: 'number', description: 'lower end of the 95% interval of mean_sentiment (Student t, clipped to −1…1; empty below 2 statements)' },
        { name: 'sentiment_ci_high', type: 'number', description: 'upper end of the 95% interval of mean_sentiment' },
        { name: 'also_ids', type: 'string', description: 'ids of the same source under a shorter name in some articles ("Blair" for "Tony Blair"), space-separated' },
      ],
      sources.map((s: SourceRow) => ({
        source_id: sourceId(s.key),
        speaker: s.label,
        kind: s.kind,
        category: s.category,
        named: s.named,
        title: s.title,
        attributions: s.attributions,
        direct: s.direct,
        mixed: s.mixed,
        indirect: s.indirect,
        according_to: s.according_to,
        articles: s.articles,
        ...toneCells(s),
        also_ids: s.merged.length ? s.merged.map(sourceId).join(' ') : null,
      })),
    ),
    table(
      'source_categories',
      'Source categories',
      [
        { name: 'category', type: 'string', description: 'source category' },
        { name: 'named', type: 'boolean', description: 'named sources (true) or unnamed ones (false)' },
        { name: 'attributions', type: 'integer', description: 'attributions in the category' },
        { name: 'sources', type: 'integer', description: 'distinct sources in the category' },
        { name: 'share', type: 'number', description: 'attributions / all attributions' },
      ],
      cats,
    ),
    table(
      'cue_verbs',
      'Cue verbs',
      [
        { name: 'cue', type: 'string', description: 'cue lemma, lower case ("say", "tell", "according to")' },
        { name: 'stance', type: 'string', description: 'neutral or loaded (claimed, admitted, insisted, …; see the cue lexicon)' },
        { name: 'count', type: 'integer', description: 'attributions with this cue' },
        { name: 'share', type: 'number', description: 'count / all attributions' },
      ],
      cues,
    ),
    table(ARTICLES.name, ARTICLES.title, ARTICLES.columns, acc.articles),
  ];
}
