/**
 * Core data types shared by every stage. Offsets are always UTF-16 code-unit
 * indices into `Article.text`, end-exclusive, so `text.slice(start, end)` gives the span.
 * @module
 */
import type { Vocabulary } from './text/vocabulary.ts';

/** Where an article came from: a file (or `-` for stdin) and, for line-based formats, the 1-based line. */
export interface Origin {
  file: string;
  line?: number;
  /**
   * Set by a shard that reads a file from a byte offset (`--shard` over a large JSONL file): `line` then
   * counts from the line starting at byte `from`, as `file@from:line`. `presslens merge` turns it into
   * the true line number.
   */
  from?: number;
}

/** One news article as read by a source. */
export interface Article {
  id: string;
  title?: string | null;
  /** ISO-8601 date (`YYYY-MM-DD` or a full timestamp) when known. */
  date?: string | null;
  source?: string | null;
  author?: string | null;
  url?: string | null;
  /** The body text. All offsets index into this string. */
  text: string;
  origin: Origin;
  /** Fields of the input record not listed above, kept as they were. */
  extra?: Record<string, unknown>;
}

/** A half-open character range `[start, end)` into `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

/** A sentence with its offsets and the 0-based index of the paragraph (blank-line separated block) it is in. */
export interface Sentence extends TextSpan {
  paragraph: number;
}

/** Token classes produced by the news tokenizer. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** One token: `text` is exactly the original slice; `norm` is lower-cased with typographic quotes/apostrophes folded and a possessive `'s` removed. */
export interface Token extends TextSpan {
  norm: string;
  kind: TokenKind;
  /** True when an `'s` / `’s` / trailing `'` possessive was stripped from `norm` (`Sadr's` → `sadr`). */
  possessive: boolean;
}

/** VADER-style sentiment scores of one text. `compound` is in [-1, 1]; pos + neu + neg ≈ 1 (0 for all on empty input). */
export interface SentimentScores {
  compound: number;
  pos: number;
  neu: number;
  neg: number;
}

/** Sentiment of one sentence, with its offsets into the article text. */
export interface SentenceSentiment extends SentimentScores, Span {}

/** Article-level sentiment annotation. */
export interface DocSentiment {
  mode: string;
  sentences: SentenceSentiment[];
  /** Mean compound over sentences (0 when there are none). */
  mean: number;
  /** Share of sentences with compound ≥ 0.05 / ≤ −0.05. */
  sharePositive: number;
  shareNegative: number;
}

/** How an attribution reports its content. */
export type AttributionType = 'direct' | 'mixed' | 'indirect' | 'according_to';

/** Source categories (see the category lexicon for the rules that assign them). */
export type SourceCategory =
  | 'government'
  | 'military'
  | 'politician'
  | 'media'
  | 'ngo'
  | 'expert'
  | 'citizen'
  | 'militant'
  | 'business'
  | 'law_enforcement'
  | 'other';

/**
 * Corpus-level identity of a source: `key` is stable across articles (the kind and the normalised
 * full name, "person:tony blair"; for unnamed sources their category and head noun,
 * "unnamed:government:official"). Keys group rows; they are never shown as labels.
 */
export interface SourceEntity {
  key: string;
  kind: 'person' | 'organization' | 'place' | 'group' | 'unnamed';
  /** Whether the article says what the source is; false when the category is only the default of its kind (a person of whom nothing more is said is a citizen). */
  stated: boolean;
}

/** One attribution: who (source) said (cue) what (content). */
export interface Attribution {
  type: AttributionType;
  source: TextSpan | null;
  cue: TextSpan;
  /** The attributed content; `fragments` lists the pieces when it is split around source and cue. */
  content: TextSpan & { fragments?: Span[] };
  /** Canonical source within the article ("Michael Mullen", "Agence France-Presse", "a military official"); null when no source. */
  speaker: string | null;
  title: string | null;
  named: boolean;
  category: SourceCategory;
  /** The source's corpus-level identity; null when there is no source. */
  entity: SourceEntity | null;
}

/**
 * Term and bigram counts of one article as ids into a {@link Vocabulary}, in first-seen order:
 * term `vocab.terms[ids[i]]` occurs `counts[i]` times; the bigram of term ids `pairs[2j]`, `pairs[2j + 1]`
 * occurs `pairCounts[j]` times. `terms` is the `doc.terms` map they describe: a stage that
 * replaces `doc.terms` makes the counters read the new map instead.
 */
export interface TermIds {
  terms: Map<string, number>;
  vocab: Vocabulary;
  ids: number[];
  counts: number[];
  pairs: number[];
  pairCounts: number[];
}

/**
 * A document flowing through the analyzers: the article plus the annotations
 * analyzers have added so far. Analyzers add fields; they never change `article`.
 */
export interface Doc {
  article: Article;
  sentences?: Sentence[];
  tokens?: Token[];
  /** Term counts of the article after stopwords/stemming (term → count), in first-seen order. */
  terms?: Map<string, number>;
  /** Bigram counts ("a b" → count), in first-seen order. */
  bigrams?: Map<string, number>;
  /** The same counts as {@link Doc.terms} and {@link Doc.bigrams}, by id in the analyzer's vocabulary (what the corpus counters read). */
  termIds?: TermIds;
  sentiment?: DocSentiment;
  attributions?: Attribution[];
  /** Persons and organisations the article names, with their corpus keys (`attributions({ entities: true })`). */
  entities?: ArticleEntity[];
  /** Tone toward each person and organisation the article names (the `portrayal` analyzer). */
  portrayal?: EntityPortrayal[];
}

/** A person or organisation of one article: corpus key (as `Attribution.entity.key`), fullest name, name mentions. */
export interface ArticleEntity {
  key: string;
  kind: 'person' | 'organization';
  name: string;
  /** Character spans of its name mentions (titles excluded) and, from the attributions stage, of the pronouns and descriptions that refer to it; in text order. */
  spans: Span[];
}

/** How one article writes about one entity: its name mentions outside its own quotes, each scored. */
export interface EntityPortrayal {
  /** Corpus key, as `Attribution.entity.key` ("person:tony blair", "organization:reuters"). */
  key: string;
  kind: 'person' | 'organization';
  /** Fullest name the article gives. */
  name: string;
  /** Mentions outside the entity's own quoted content, in text order. */
  mentions: { start: number; end: number; tone: 'negative' | 'neutral' | 'positive'; score: number }[];
}
