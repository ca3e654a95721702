/**
 * `quotes.html`: every source with its quotes (quote, cue, form, article headline, date, paragraph),
 * one section per source with a stable anchor (`quotes.html#source-tony-blair`), most quoted first,
 * and one filter box over it all.
 *
 * The quotes travel as one JSON data block that the page's script turns into the sections: as static
 * HTML the BBC corpus's 17,069 quotes took 8 MB (5.5 MB with the leanest markup), as compact JSON
 * (headlines, dates and cues stored once) 2.6 MB, which keeps the whole report directory under 15 MB.
 * Without scripts the page says so and points to attributions.csv, which has every row.
 *
 * Its size is bounded: sources are listed whole, most quoted first, until {@link QUOTES_BUDGET}
 * quotes; a source lists at most {@link QUOTES_PER_SOURCE}. The page says what it leaves out.
 * @module
 */
import type { Manifest } from '../pipeline/manifest.ts';
import { sourceFigures } from './drill.ts';
import { escapeHtml, jsonBlock, pageEnd, pageStart } from './page.ts';
import { attributionSourceKey, sourceAliases, sourceKey } from './source-key.ts';
import type { Cell } from './table.ts';

/** Quotes listed on the page at most. */
export const QUOTES_BUDGET = 30_000;
/** Quotes listed per source at most. */
export const QUOTES_PER_SOURCE = 300;
/** Sources beyond the budget listed by name at most. */
const NAMES_BUDGET = 5_000;

const FORMS: Record<string, string> = { direct: 'direct', mixed: 'partial', indirect: 'reported', according_to: 'according to' };

interface Listed { row: Record<string, Cell>; anchor: string; quotes: Record<string, Cell>[] }

/** Collects the quotes of the listed sources from the attributions rows, then renders the page. */
export class QuotesPage {
  /** Source key → anchor, for the sources this page lists (drill-down links only to these). */
  readonly anchors = new Map<string, string>();
  private readonly listed = new Map<string, Listed>();
  private readonly unlisted: Record<string, Cell>[];
  private readonly total: number;
  private readonly aliases: Map<string, string>;

  /** `sources`: the sources table's rows in its order; `anchors`: every source's anchor. */
  constructor(sources: readonly Record<string, Cell>[], anchors: ReadonlyMap<string, string>) {
    this.aliases = sourceAliases(sources);
    let budget = QUOTES_BUDGET;
    let i = 0;
    for (; i < sources.length; i++) {
      const r = sources[i];
      const n = Math.min(QUOTES_PER_SOURCE, Number(r.attributions) || 0);
      if (n > budget) break;
      budget -= n;
      const key = sourceKey(r);
      const anchor = anchors.get(key)!;
      this.anchors.set(key, anchor);
      this.listed.set(key, { row: r, anchor, quotes: [] });
    }
    this.unlisted = sources.slice(i);
    this.total = sources.length;
  }

  /** Takes one `attributions` row (in corpus order). */
  add(r: Record<string, Cell>): void {
    const e = this.listed.get(attributionSourceKey(r, this.aliases));
    if (e && e.quotes.length < QUOTES_PER_SOURCE) e.quotes.push(r);
  }

  render(pipeline: { name: string }, manifest: Manifest): string {
    const n = (x: number): string => x.toLocaleString('en-US');
    const text = (v: Cell | undefined): string => (v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ').trim());
    // headlines, dates and cues are stored once and referred to by index
    const articles: [string, string][] = [];
    const articleIndex = new Map<string, number>();
    const cues: string[] = [];
    const cueIndex = new Map<string, number>();
    const forms: string[] = [];
    const formIndex = new Map<string, number>();
    const intern = <K>(map: Map<K, number>, key: K, make: () => void): number => {
      let i = map.get(key);
      if (i === undefined) {
        i = map.size;
        map.set(key, i);
        make();
      }
      return i;
    };
    let shown = 0;
    let cut = false;
    const sources = [...this.listed.values()].map((e) => {
      const total = Number(e.row.attributions) || 0;
      if (total > e.quotes.length) cut = true;
      shown += e.quotes.length;
      return {
        a: e.anchor,
        n: text(e.row.speaker),
        f: sourceFigures(e.row),
        q: e.quotes.map((q) => {
          const art = text(q.article);
          const ai = intern(articleIndex, art, () => articles.push([text(q.article_title) || art, text(q.article_date).slice(0, 10)]));
          const cue = text(q.cue);
          const ci = intern(cueIndex, cue, () => cues.push(cue));
          const fi = intern(formIndex, String(q.type), () => forms.push(FORMS[String(q.type)] ?? text(q.type)));
          return [text(q.content), ci, fi, ai, typeof q.paragraph === 'number' ? q.paragraph : null];
        }),
      };
    });
    const out: string[] = [pageStart(`${pipeline.name}: sources and quotes — presslens report`, manifest.presslens)];
    out.push('<main class="quotes-page">');
    out.push(`<p><a href="index.html">← Back to the report</a></p>`);
    out.push(`<h1>Sources and their quotes</h1>`);
    const first = this.listed.values().next().value?.anchor ?? 'source-name';
    out.push(`<p class="lead">${n(this.listed.size)} of ${n(this.total)} sources with ${n(shown)} attributed statements, most quoted first. Each source has an anchor (for example <code>quotes.html#${escapeHtml(first)}</code>). Every attribution, with its sentence, paragraph and offsets, is in <a href="attributions.csv">attributions.csv</a>.</p>`);
    if (this.unlisted.length || cut) {
      out.push(`<p class="tablenote">This page lists at most ${n(QUOTES_PER_SOURCE)} quotes per source and ${n(QUOTES_BUDGET)} in all, so it stays quick to open.${this.unlisted.length ? ` The ${n(this.unlisted.length)} least quoted sources are named at the end without their quotes.` : ''}</p>`);
    }
    out.push('<noscript><p class="tablenote">The quotes are drawn by the page\'s script, which is off: every quote is in <a href="attributions.csv">attributions.csv</a> and every source in <a href="sources.csv">sources.csv</a>.</p></noscript>');
    out.push('<div id="sources"></div>');
    if (this.unlisted.length) {
      const names = this.unlisted.slice(0, NAMES_BUDGET);
      out.push(`<h2 id="unlisted">Sources without their quotes here (${n(this.unlisted.length)})</h2>`);
      out.push(`<div class="table-wrap"><table class="data"><thead><tr><th scope="col">Source</th><th scope="col">Category</th><th scope="col" class="num">Statements</th></tr></thead><tbody>`);
      for (const r of names) out.push(`<tr><td>${escapeHtml(text(r.speaker))}</td><td>${escapeHtml(text(r.category))}</td><td class="num">${n(Number(r.attributions) || 0)}</td></tr>`);
      out.push('</tbody></table></div>');
      if (this.unlisted.length > names.length) out.push(`<p class="tablenote">First ${n(names.length)} shown; all are in <a href="sources.csv">sources.csv</a>.</p>`);
    }
    out.push('</main>');
    out.push(jsonBlock('quotes-data', { articles, cues, forms, sources }));
    out.push(pageEnd(false));
    return out.join('\n');
  }
}
