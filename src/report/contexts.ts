/**
 * Contexts of terms for drill-down: sentences that contain a term (or a two-word phrase) of the
 * charts, taken from the sentences the report already reads — every attributed statement's sentence
 * and each article's most negative and most positive sentence — so no second pass over the corpus is
 * needed. Terms match on the tokenizer's normalised form (the form `terms()` counts unless it stems).
 * @module
 */
import { tokenize } from '../text/tokens.ts';
import type { DrillCell } from './drill.ts';

/** Sentences found per key (`term:<term>` or `bigram:<a b>`): the first `limit` as rows, and how many in all. */
export class TermContexts {
  readonly found = new Map<string, { rows: DrillCell[][]; n: number }>();
  private article = '';
  private readonly seen = new Set<string>();
  /** First words of the wanted bigrams: a pair is joined and looked up only after one of them. */
  private readonly bigramFirst: ReadonlySet<string>;

  constructor(private readonly terms: ReadonlySet<string>, private readonly bigrams: ReadonlySet<string>, private readonly limit: number) {
    this.bigramFirst = new Set([...bigrams].map((b) => b.slice(0, b.indexOf(' '))));
  }

  /** Whether any term is wanted (else scanning is skipped). */
  get active(): boolean {
    return this.terms.size > 0 || this.bigrams.size > 0;
  }

  /** Looks for the wanted terms in one sentence of `article` (each sentence counts once per article). */
  scan(sentence: string, article: string, title: string, date: string): void {
    if (!sentence || !this.active) return;
    if (article !== this.article) {
      this.article = article;
      this.seen.clear();
    }
    if (this.seen.has(sentence)) return;
    this.seen.add(sentence);
    const hits = new Set<string>();
    let prev: string | null = null;
    for (const t of tokenize(sentence)) {
      if (t.kind !== 'word') {
        prev = null;
        continue;
      }
      if (this.terms.has(t.norm)) hits.add(`term:${t.norm}`);
      if (prev !== null && this.bigramFirst.has(prev) && this.bigrams.has(`${prev} ${t.norm}`)) hits.add(`bigram:${prev} ${t.norm}`);
      prev = t.norm;
    }
    for (const k of hits) {
      let e = this.found.get(k);
      if (!e) this.found.set(k, (e = { rows: [], n: 0 }));
      e.n++;
      if (e.rows.length < this.limit) e.rows.push([sentence, title || article, date || null]);
    }
  }
}
