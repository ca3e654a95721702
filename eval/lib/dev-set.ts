/**
 * Scoring on the attribution development set (`../shared/corpora/attribution-dev`), with the same
 * matching as its reference scorer `score.mjs`:
 *
 * - a gold and a predicted attribution of one article match when at least 60% of the gold content's
 *   word tokens occur in the predicted content (or, when the prediction has fewer tokens, 60% of its
 *   tokens occur in the gold snippet); pairs are taken greedily by overlap (ties: gold order, then
 *   prediction order), one to one;
 * - gold records without a cue (implicit continuation quotes) are optional: never misses, and a
 *   prediction matching one is no false positive;
 * - speaker, type, named and category are accuracies over the matched pairs; a named speaker is right
 *   when the gold speaker's last word is the predicted speaker's last word or one of its words, an
 *   unnamed one when they share a content word.
 *
 * Also returns the category confusion matrix over matched pairs (gold → predicted).
 * @module
 */

/** One gold record of `gold.jsonl`. */
export interface DevGold {
  article: string;
  source_text: string | null;
  speaker: string;
  cue: string | null;
  type: string;
  content: string;
  named: boolean;
  category: string;
  paragraph: number;
}

/** A prediction as the scorer reads it. */
export interface DevPrediction {
  article: string;
  type: string;
  source: string | null;
  cue: string | null;
  content: string;
  speaker: string | null;
  named: boolean;
  category: string;
}

/** Accuracy counts. */
export interface Count {
  correct: number;
  n: number;
}

/** Result of {@link scoreDevSet}. */
export interface DevScore {
  gold: number;
  predicted: number;
  tp: number;
  fp: number;
  precision: number;
  recall: number;
  f1: number;
  speaker: Count;
  type: Count;
  named: Count;
  category: Count;
  /** gold category → predicted category → matched pairs. */
  confusion: Map<string, Map<string, number>>;
  /** Indices of required gold records left unmatched, and of predictions matching no gold. */
  missed: number[];
  falsePositives: number[];
  /** Matched pairs (gold index, prediction index). */
  pairs: [number, number][];
}

const STOP = new Set('the a an of in on at to and or for by with from as that this his her its their'.split(' '));
const norm = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
const toks = (s: string | null | undefined): string[] => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];
const contentWords = (s: string | null | undefined): string[] => toks(s).filter((t) => !STOP.has(t));

/** Token overlap of a gold and a predicted content, as score.mjs computes it. */
export function contentOverlap(goldText: string, predText: string): number {
  const g = new Set(toks(goldText));
  const p = new Set(toks(predText));
  if (!g.size || !p.size) return 0;
  let inter = 0;
  for (const t of g) if (p.has(t)) inter++;
  return Math.max(inter / g.size, p.size < g.size ? inter / p.size : 0);
}

/** Whether a predicted speaker counts as the gold one (see the module notes). */
export function speakerMatches(g: Pick<DevGold, 'speaker' | 'named'>, p: Pick<DevPrediction, 'speaker' | 'source'>): boolean {
  const gs = contentWords(g.speaker);
  const ps = contentWords(p.speaker ?? p.source ?? '');
  if (!gs.length || !ps.length) return false;
  const last = gs[gs.length - 1];
  if (g.named) return last === ps[ps.length - 1] || ps.includes(last);
  return gs.some((t) => ps.includes(t));
}

/** Scores predictions against the gold records (see the module notes). */
export function scoreDevSet(gold: readonly DevGold[], preds: readonly DevPrediction[]): DevScore {
  const cands: { gi: number; pi: number; o: number }[] = [];
  gold.forEach((g, gi) =>
    preds.forEach((p, pi) => {
      if (g.article !== p.article) return;
      const o = contentOverlap(g.content, p.content);
      if (o >= 0.6) cands.push({ gi, pi, o });
    }),
  );
  cands.sort((a, b) => b.o - a.o || a.gi - b.gi || a.pi - b.pi);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const { gi, pi } of cands) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.set(gi, pi);
    pUsed.add(pi);
  }
  const acc = (): Count => ({ correct: 0, n: 0 });
  const speaker = acc();
  const type = acc();
  const named = acc();
  const category = acc();
  const confusion = new Map<string, Map<string, number>>();
  const missed: number[] = [];
  const pairs: [number, number][] = [];
  let required = 0;
  gold.forEach((g, gi) => {
    if (g.cue !== null) required++;
    const pi = gUsed.get(gi);
    if (pi === undefined) {
      if (g.cue !== null) missed.push(gi);
      return;
    }
    if (g.cue === null) return;
    const p = preds[pi];
    pairs.push([gi, pi]);
    const tally = (c: Count, ok: boolean): void => {
      c.n++;
      if (ok) c.correct++;
    };
    tally(speaker, speakerMatches(g, p));
    tally(type, g.type === p.type);
    tally(named, g.named === p.named);
    tally(category, g.category === p.category);
    const row = confusion.get(g.category) ?? new Map<string, number>();
    row.set(p.category, (row.get(p.category) ?? 0) + 1);
    confusion.set(g.category, row);
  });
  const falsePositives: number[] = [];
  preds.forEach((_, pi) => {
    if (!pUsed.has(pi)) falsePositives.push(pi);
  });
  const tp = pairs.length;
  const fp = falsePositives.length;
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, required);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return { gold: required, predicted: preds.length, tp, fp, precision, recall, f1, speaker, type, named, category, confusion, missed, falsePositives, pairs };
}

/** The confusion matrix as a markdown table (rows: gold, columns: predicted; categories in the given order). */
export function confusionTable(confusion: Map<string, Map<string, number>>, categories: readonly string[]): string {
  const used = categories.filter((c) => confusion.has(c) || [...confusion.values()].some((r) => r.has(c)));
  const head = `| gold \\ predicted | ${used.join(' | ')} | total |`;
  const sep = `|---|${used.map(() => '---:').join('|')}|---:|`;
  const rows = used
    .filter((g) => confusion.has(g))
    .map((g) => {
      const r = confusion.get(g)!;
      let total = 0;
      const cells = used.map((p) => {
        const n = r.get(p) ?? 0;
        total += n;
        return n === 0 ? '' : p === g ? `**${n}**` : `${n}`;
      });
      return `| ${g} | ${cells.join(' | ')} | ${total} |`;
    });
  return [head, sep, ...rows].join('\n');
}
