/**
 * Drill-down data: for every clickable mark in the charts (its `drill` key, see charts/common.ts),
 * the rows behind it — a source's quotes, the sources of a category, the statements a verb
 * introduces, the articles where a term is distinctive, an article's figures and quotes, the articles
 * of a period. Built for exactly the keys the charts use, with a row limit per key, so its size does
 * not grow with the corpus; every entry says how many rows it leaves out and where they all are.
 * @module
 */
import { cueKey } from '../analyze/attribution/cue-key.ts';
import { categoryLabel } from './charts/attribution.ts';
import { TermContexts } from './contexts.ts';
import { periodOf, type PeriodUnit } from './charts/periods.ts';
import { attributionSourceKey, sourceAliases, sourceKey } from './source-key.ts';
import type { Cell, Table } from './table.ts';

/** A cell of a drill-down row: a value, or a link (`h`, only to quotes.html) with its text. */
export type DrillCell = string | number | null | { t: string; h: string };

/** What the page shows for one key. */
export interface DrillEntry {
  title: string;
  lines: string[];
  /** [href, text] */
  link?: [string, string];
  /** A source's figures, shown as a line under the title. */
  source?: SourceFigures;
  columns: string[];
  /** Indexes of numeric columns (right-aligned, sorted as numbers). */
  num?: number[];
  rows: DrillCell[][];
  /** What was left out, and where it all is. */
  more?: string;
}

/** Rows listed per key at most. */
export const DRILL_ROWS = 20;
/** Sentences listed per term at most (the charts show up to ~170 terms, so fewer per term). */
export const CONTEXT_ROWS = 6;

const fmt = (n: number): string => n.toLocaleString('en-US');
const FORMS: Record<string, string> = { direct: 'direct quote', mixed: 'partial quote', indirect: 'reported speech', according_to: '"according to"' };

/** The `drill` keys used in chart specs (walks every inline `data.values`). */
export function drillKeys(specs: Iterable<Record<string, unknown>>): Set<string> {
  const keys = new Set<string>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.drill === 'string') keys.add(o.drill);
      for (const v of Object.values(o)) if (v && typeof v === 'object') walk(v);
    }
  };
  for (const s of specs) walk(s);
  return keys;
}

/** Splits a drill key into its kind and id. */
function parseKey(k: string): [string, string] {
  const i = k.indexOf(':');
  return [k.slice(0, i), k.slice(i + 1)];
}

/** "+0.12" */
export function signed(x: number): string {
  return (x >= 0 ? '+' : '\u2212') + Math.abs(x).toFixed(2);
}

function s(v: Cell | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

/** A number cell or null. */
function numOrNull(v: Cell | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * A source's figures as the page's script formats them into one line (report.js `sourceMeta`):
 * [category, named (1/0), statements, articles, direct, mixed, indirect, according_to, mean tone,
 * interval low, interval high, statements scored]. Numbers, not text, so the quotes page stays small.
 */
export type SourceFigures = [string, 0 | 1, number, number, number, number, number, number, number | null, number | null, number | null, number | null];

export function sourceFigures(r: Record<string, Cell>): SourceFigures {
  const n = (k: string): number => Number(r[k]) || 0;
  return [
    categoryLabel(s(r.category)), r.named === true || r.named === 'true' ? 1 : 0, n('attributions'), n('articles'), n('direct'), n('mixed'), n('indirect'), n('according_to'),
    numOrNull(r.mean_sentiment), numOrNull(r.sentiment_ci_low), numOrNull(r.sentiment_ci_high), numOrNull(r.sentiment_n),
  ];
}

/** One attribution as a drill-down row: quote, cue, form, speaker (optional), article title, date. */
function quoteRow(r: Record<string, Cell>, withSpeaker: boolean): DrillCell[] {
  const row: DrillCell[] = [s(r.content), s(r.cue), FORMS[s(r.type)] ?? s(r.type)];
  if (withSpeaker) row.push(s(r.speaker) || s(r.source_text));
  row.push(s(r.article_title) || s(r.article), s(r.article_date).slice(0, 10) || null);
  return row;
}

/** Inputs of {@link buildDrill}. */
export interface DrillInput {
  keys: ReadonlySet<string>;
  tables: ReadonlyMap<string, Table>;
  /** Source key → anchor on quotes.html (sources listed there). */
  anchors: ReadonlyMap<string, string>;
  /** All rows of `attributions`, once (see rows.ts). */
  attributions: () => AsyncIterable<Record<string, Cell>>;
  /** Also called with every attribution row of that one pass (the quotes page collects its rows there). */
  onAttribution?: (r: Record<string, Cell>) => void;
  /** All rows of `sentiment_articles`, once. */
  articles: () => AsyncIterable<Record<string, Cell>>;
}

/** Builds the drill-down entries for `keys`. */
export async function buildDrill(input: DrillInput): Promise<Record<string, DrillEntry>> {
  const out: Record<string, DrillEntry> = {};
  const { keys, tables, anchors } = input;
  const sources = tables.get('sources')?.rows ?? [];
  const sourceByKey = new Map(sources.map((r) => [sourceKey(r), r]));
  const aliases = sourceAliases(sources);
  const link = (key: string): string | null => (anchors.has(key) ? `quotes.html#${anchors.get(key)}` : null);
  const byKind = new Map<string, string[]>();
  for (const k of [...keys].sort()) {
    const [kind, id] = parseKey(k);
    const list = byKind.get(kind) ?? [];
    list.push(id);
    byKind.set(kind, list);
  }

  // sources, categories: from the sources table (in memory)
  for (const id of byKind.get('sources-other') ?? []) {
    const from = Number(id) || 0;
    const rest = sources.slice(from);
    out[`sources-other:${id}`] = {
      title: `The other ${fmt(rest.length)} sources`,
      lines: ['Sources not drawn as their own bar, most quoted first.'],
      link: ['quotes.html', 'Every source with its quotes'],
      columns: ['Source', 'Category', 'Statements', 'Articles'],
      num: [2, 3],
      rows: rest.slice(0, DRILL_ROWS).map((r) => [sourceCell(r, link), categoryLabel(s(r.category)), Number(r.attributions) || 0, Number(r.articles) || 0]),
      more: rest.length > DRILL_ROWS ? `First ${DRILL_ROWS} of ${fmt(rest.length)}; all are in sources.csv.` : undefined,
    };
  }
  for (const id of byKind.get('category') ?? []) {
    const [category, named] = id.split(':');
    const rows = sources.filter((r) => s(r.category) === category && (r.named === true) === (named === '1'));
    const total = rows.reduce((n, r) => n + (Number(r.attributions) || 0), 0);
    out[`category:${id}`] = {
      title: `${categoryLabel(category)}: ${named === '1' ? 'named' : 'anonymous'} sources`,
      lines: [`${fmt(rows.length)} source${rows.length === 1 ? '' : 's'} with ${fmt(total)} statements (attributions without a source are counted in the chart but have no source to list).`],
      columns: ['Source', 'Statements', 'Articles', 'Mean tone'],
      num: [1, 2, 3],
      rows: rows.slice(0, DRILL_ROWS).map((r) => [sourceCell(r, link), Number(r.attributions) || 0, Number(r.articles) || 0, typeof r.mean_sentiment === 'number' ? r.mean_sentiment : null]),
      more: rows.length > DRILL_ROWS ? `First ${DRILL_ROWS} of ${fmt(rows.length)}, most quoted first; all are in sources.csv.` : undefined,
    };
  }

  // one pass over attributions: quotes per source, per verb, per article
  const wantSource = new Set(byKind.get('source') ?? []);
  const wantCue = new Set(byKind.get('cue') ?? []);
  const wantArticle = new Set(byKind.get('article') ?? []);
  const quotes = new Map<string, { rows: DrillCell[][]; n: number }>();
  const contexts = new TermContexts(new Set(byKind.get('term') ?? []), new Set(byKind.get('bigram') ?? []), CONTEXT_ROWS);
  const add = (k: string, row: () => DrillCell[]): void => {
    let e = quotes.get(k);
    if (!e) quotes.set(k, (e = { rows: [], n: 0 }));
    e.n++;
    if (e.rows.length < DRILL_ROWS) e.rows.push(row());
  };
  if (wantSource.size || wantCue.size || wantArticle.size || contexts.active || input.onAttribution) {
    for await (const r of input.attributions()) {
      input.onAttribution?.(r);
      contexts.scan(s(r.sentence), s(r.article), s(r.article_title), s(r.article_date).slice(0, 10));
      const sk = attributionSourceKey(r, aliases);
      if (wantSource.has(sk)) add(`source:${sk}`, () => quoteRow(r, false));
      if (wantCue.size) {
        const ck = cueKey(s(r.cue));
        if (wantCue.has(ck)) add(`cue:${ck}`, () => quoteRow(r, true));
      }
      if (wantArticle.has(s(r.article))) add(`article:${s(r.article)}`, () => quoteRow(r, true));
    }
  }
  for (const id of wantSource) {
    const src = sourceByKey.get(id);
    const q = quotes.get(`source:${id}`) ?? { rows: [], n: 0 };
    const href = link(id);
    out[`source:${id}`] = {
      title: src ? s(src.speaker) : 'Source',
      lines: [],
      source: src ? sourceFigures(src) : undefined,
      link: href ? [href, 'This source on the quotes page'] : undefined,
      columns: ['Quote', 'Cue', 'Form', 'Article', 'Date'],
      rows: q.rows,
      more: q.n > q.rows.length ? `First ${q.rows.length} of ${fmt(q.n)} statements, in corpus order; all are in attributions.csv.` : undefined,
    };
  }
  for (const id of wantCue) {
    const q = quotes.get(`cue:${id}`) ?? { rows: [], n: 0 };
    out[`cue:${id}`] = {
      title: `Statements introduced by "${id}"`,
      lines: [`${fmt(q.n)} statement${q.n === 1 ? '' : 's'}, in corpus order.`],
      columns: ['Statement', 'Cue', 'Form', 'Source', 'Article', 'Date'],
      rows: q.rows,
      more: q.n > q.rows.length ? `First ${q.rows.length} of ${fmt(q.n)}; all are in attributions.csv (the cue column).` : undefined,
    };
  }

  // one pass over sentiment_articles: the clicked articles, and the articles of each clicked period
  const periods = new Map<string, { unit: PeriodUnit; start: string; rows: DrillCell[][]; n: number }>();
  for (const id of byKind.get('period') ?? []) {
    const [unit, start] = id.split(':') as [PeriodUnit, string];
    periods.set(`${unit}:${start}`, { unit, start, rows: [], n: 0 });
  }
  const units = [...new Set([...periods.values()].map((p) => p.unit))];
  if (wantArticle.size || periods.size || contexts.active) {
    for await (const r of input.articles()) {
      const id = s(r.article);
      for (const k of ['most_negative', 'most_positive']) contexts.scan(s(r[k]), id, s(r.title), s(r.date).slice(0, 10));
      if (wantArticle.has(id)) {
        const q = quotes.get(`article:${id}`) ?? { rows: [], n: 0 };
        const lines = [
          `${s(r.date).slice(0, 10) || 'No date'} · article ${id} · ${fmt(Number(r.sentences) || 0)} sentences · mean sentence score ${signed(Number(r.mean) || 0)}`,
          `Most negative sentence: ${s(r.most_negative) || '—'}`,
          `Most positive sentence: ${s(r.most_positive) || '—'}`,
          q.n ? `Its ${fmt(q.n)} attributed statement${q.n === 1 ? '' : 's'}:` : 'No attributed statements.',
        ];
        out[`article:${id}`] = {
          title: s(r.title) || id,
          lines,
          columns: ['Statement', 'Cue', 'Form', 'Source', 'Article', 'Date'],
          rows: q.rows,
          more: q.n > q.rows.length ? `First ${q.rows.length} of ${fmt(q.n)}; all are in attributions.csv.` : undefined,
        };
      }
      const date = s(r.date).slice(0, 10);
      if (periods.size && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
        for (const unit of units) {
          const p = periods.get(`${unit}:${periodOf(date, unit)}`);
          if (!p) continue;
          p.n++;
          if (p.rows.length < DRILL_ROWS) p.rows.push([s(r.title) || id, date, Number(r.sentences) || 0, typeof r.mean === 'number' ? r.mean : null]);
        }
      }
    }
  }
  for (const [id, p] of periods) {
    out[`period:${id}`] = {
      title: p.unit === 'day' ? `Articles of ${p.start}` : `Articles of the ${p.unit} from ${p.start}`,
      lines: [`${fmt(p.n)} article${p.n === 1 ? '' : 's'}, in corpus order.`],
      columns: ['Article', 'Date', 'Sentences', 'Mean score'],
      num: [2, 3],
      rows: p.rows,
      more: p.n > p.rows.length ? `First ${p.rows.length} of ${fmt(p.n)}; all are in sentiment_articles.csv.` : undefined,
    };
  }
  termEntries(out, byKind, tables, contexts);
  return out;
}

/**
 * Terms and phrases: sentences with them (see contexts.ts), the corpus counts, and the articles where
 * a term is among the most distinctive (tfidf, in memory).
 */
function termEntries(out: Record<string, DrillEntry>, byKind: ReadonlyMap<string, string[]>, tables: ReadonlyMap<string, Table>, contexts: TermContexts): void {
  const counts = new Map<string, Record<string, Cell>>();
  for (const r of tables.get('terms')?.rows ?? []) counts.set(`term:${s(r.term)}`, r);
  for (const r of tables.get('bigrams')?.rows ?? []) counts.set(`bigram:${s(r.bigram)}`, r);
  // the tf-idf rows of each term, most distinctive first (ties by article id)
  const tfidf = new Map<string, Record<string, Cell>[]>();
  for (const r of tables.get('tfidf')?.rows ?? []) {
    const list = tfidf.get(s(r.term));
    if (list) list.push(r);
    else tfidf.set(s(r.term), [r]);
  }
  for (const kind of ['term', 'bigram']) {
    for (const id of byKind.get(kind) ?? []) {
      const key = `${kind}:${id}`;
      const c = counts.get(key);
      const lines = c ? [`${fmt(Number(c.count) || 0)} occurrences in ${fmt(Number(c.docs) || 0)} articles.`] : [];
      if (kind === 'term') {
        const top = (tfidf.get(id) ?? []).sort((a, b) => (Number(b.tf_idf) || 0) - (Number(a.tf_idf) || 0) || s(a.article).localeCompare(s(b.article)));
        if (top.length) lines.push(`Most distinctive (tf-idf) in ${fmt(top.length)} article${top.length === 1 ? '' : 's'}, above all: ${top.slice(0, 5).map((r) => `${s(r.title) || s(r.article)} (${(Number(r.tf_idf) || 0).toFixed(3)})`).join('; ')}.`);
      }
      const found = contexts.found.get(key) ?? { rows: [], n: 0 };
      lines.push(found.n
        ? `${fmt(found.n)} sentence${found.n === 1 ? '' : 's'} with it among those the report keeps (each attributed statement's sentence, each article's most negative and most positive sentence):`
        : 'No sentence with it among those the report keeps (attributed statements, each article\'s most negative and most positive sentence).');
      out[key] = {
        title: `${kind === 'term' ? 'Term' : 'Phrase'}: ${id}`,
        lines,
        columns: ['Sentence', 'Article', 'Date'],
        rows: found.rows,
        more: found.n > found.rows.length ? `First ${found.rows.length} of ${fmt(found.n)}, in the order found.` : undefined,
      };
    }
  }
}

/** A source's name, linked to its quotes when the quotes page lists it. */
function sourceCell(r: Record<string, Cell>, link: (key: string) => string | null): DrillCell {
  const h = link(sourceKey(r));
  return h ? { t: s(r.speaker), h } : s(r.speaker);
}
