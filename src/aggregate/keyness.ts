/**
 * Keyness: the terms that set a group of articles apart, each group against the rest of the corpus
 * or one named group against another, by the weighted log-odds ratio and the signed log-likelihood G²
 * (see keyness-measures.ts for both formulas and the reference implementations they match).
 * @module
 */
import type { Aggregator } from '../pipeline/define.ts';
import { resolveParams, type Param } from '../pipeline/params.ts';
import { round, table, type Cell, type Column } from '../report/table.ts';
import { groupKey, parseGroupBy } from '../group/spec.ts';
import { byNatural, byString } from '../util/compare.ts';
import { addGroupTerms, createCountTable, mergeCountTables, type CountTable } from './count-table.ts';
import { G2_CORRECTIONS, signedG2, weightedLogOdds, type G2Correction } from './keyness-measures.ts';

/** Options of {@link keyness}. */
export interface KeynessOptions {
  /** Group key (see src/group/spec.ts): `source`, `author`, a column, `date:month`, `id:/…(…)…/`. Required. */
  groupBy: string;
  target?: string;
  reference?: string;
  rankBy?: 'log_odds' | 'g2';
  top?: number;
  minCount?: number;
  correction?: G2Correction;
  table?: string;
}

/** Declared parameters of {@link keyness}. */
export const KEYNESS_PARAMS: readonly Param[] = [
  { name: 'groupBy', type: 'string', default: '', description: 'group key: source, author, a column name, date:week|month|year, or id:/regex with a (capture)/ (required)' },
  { name: 'target', type: 'string', default: '', description: 'compare only this group (default: every group, each against the rest)' },
  { name: 'reference', type: 'string', default: '', description: 'with target: compare against this group instead of the rest of the corpus' },
  { name: 'rankBy', type: 'enum', values: ['log_odds', 'g2'], default: 'log_odds', description: 'measure that picks and orders the top terms of each side' },
  { name: 'top', type: 'integer', default: 20, min: 1, description: 'terms per group on each side (over- and under-represented)' },
  { name: 'minCount', type: 'integer', default: 5, min: 1, description: 'list only terms counted at least this often in target + reference (scores always use every count)' },
  { name: 'correction', type: 'enum', values: [...G2_CORRECTIONS], default: 'yates', description: "G² correction: yates (quanteda's default for lr), williams or none" },
  { name: 'table', type: 'string', default: 'keyness', description: 'name of the output table' },
];

/** Label of the reference in the table when each group is compared with all other groups. */
export const REST_GROUP = '(rest)';

/** Accumulator of {@link keyness}: term counts per (group, term) and articles per group. */
export interface KeynessAcc {
  pairs: CountTable;
  articles: Map<string, number>;
}

/** One scored (target group, term): counts and both measures at full precision. */
export interface KeynessScore {
  group: string;
  reference: string;
  term: string;
  nTarget: number;
  nReference: number;
  docsTarget: number;
  docsReference: number;
  /** null when the target does not use the term (tidylo has no row for it). */
  logOdds: number | null;
  g2: number;
}

/**
 * The counts of the groups compared, gathered once from the accumulator: rows are (group, term)
 * pairs with a count, grouped by group (the rows of group `g` are `groupStart[g]` … `groupStart[g + 1]`).
 */
interface Comparison {
  groups: string[];
  terms: string[];
  groupStart: Int32Array;
  rowTerm: Int32Array;
  rowCount: Float64Array;
  rowDocs: Float64Array;
  termTotal: Float64Array;
  termSets: Float64Array;
  termDocs: Float64Array;
  groupTotal: Float64Array;
  groupPrior: Float64Array;
  total: number;
  pseudoTotal: number;
}

type Resolved = Required<KeynessOptions>;

/** The groups compared, in natural order: every group with articles, or the target and the reference. */
function comparedGroups(acc: KeynessAcc, o: Resolved): string[] {
  if (o.reference) return [o.target, o.reference].filter((g) => acc.articles.has(g));
  return [...acc.articles.keys()].sort(byNatural);
}

function gather(acc: KeynessAcc, groups: string[]): Comparison {
  const { pairs } = acc;
  const groupOf = new Map(groups.map((g, i) => [g, i]));
  const groupAt = new Map<number, number>(); // word position → group index (-1: not compared)
  const termAt = new Int32Array(pairs.words.length).fill(-1);
  const terms: string[] = [];
  const rowGroup = new Int32Array(pairs.size).fill(-1);
  const groupStart = new Int32Array(groups.length + 1);
  for (let r = 0; r < pairs.size; r++) {
    const gp = pairs.ids[2 * r];
    let g = groupAt.get(gp);
    if (g === undefined) groupAt.set(gp, (g = groupOf.get(pairs.words[gp]) ?? -1));
    if (g < 0 || pairs.count[r] <= 0) continue;
    const tp = pairs.ids[2 * r + 1];
    if (termAt[tp] < 0) {
      termAt[tp] = terms.length;
      terms.push(pairs.words[tp]);
    }
    rowGroup[r] = g;
    groupStart[g + 1]++;
  }
  for (let g = 0; g < groups.length; g++) groupStart[g + 1] += groupStart[g];
  const n = groupStart[groups.length];
  const c: Comparison = {
    groups,
    terms,
    groupStart,
    rowTerm: new Int32Array(n),
    rowCount: new Float64Array(n),
    rowDocs: new Float64Array(n),
    termTotal: new Float64Array(terms.length),
    termSets: new Float64Array(terms.length),
    termDocs: new Float64Array(terms.length),
    groupTotal: new Float64Array(groups.length),
    groupPrior: new Float64Array(groups.length),
    total: 0,
    pseudoTotal: 0,
  };
  // Counts are integers, so these sums are exact in any order: the scores do not depend on merge order.
  const next = groupStart.slice(0, groups.length);
  for (let r = 0; r < pairs.size; r++) {
    const g = rowGroup[r];
    if (g < 0) continue;
    const k = next[g]++;
    const t = termAt[pairs.ids[2 * r + 1]];
    c.rowTerm[k] = t;
    c.rowCount[k] = pairs.count[r];
    c.rowDocs[k] = pairs.docs[r];
    c.termTotal[t] += pairs.count[r];
    c.termSets[t]++;
    c.termDocs[t] += pairs.docs[r];
    c.groupTotal[g] += pairs.count[r];
    c.total += pairs.count[r];
  }
  for (let g = 0; g < groups.length; g++) {
    for (let k = groupStart[g]; k < groupStart[g + 1]; k++) {
      const alpha = c.termTotal[c.rowTerm[k]];
      c.groupPrior[g] += alpha;
      c.pseudoTotal += c.rowCount[k] + alpha;
    }
  }
  return c;
}

/** The scores of every term of the comparison for target group `g` (terms it uses, then the others), at full precision. */
function scoreGroup(c: Comparison, g: number, reference: string, correction: G2Correction): KeynessScore[] {
  const targetTotal = c.groupTotal[g];
  const referenceTotal = c.total - targetTotal;
  const used = new Uint8Array(c.terms.length);
  const out: KeynessScore[] = [];
  const push = (t: number, nTarget: number, docsTarget: number, logOdds: number | null) =>
    out.push({
      group: c.groups[g],
      reference,
      term: c.terms[t],
      nTarget,
      nReference: c.termTotal[t] - nTarget,
      docsTarget,
      docsReference: c.termDocs[t] - docsTarget,
      logOdds,
      g2: signedG2(nTarget, c.termTotal[t] - nTarget, targetTotal, referenceTotal, correction),
    });
  for (let k = c.groupStart[g]; k < c.groupStart[g + 1]; k++) {
    const t = c.rowTerm[k];
    const n = c.rowCount[k];
    used[t] = 1;
    push(t, n, c.rowDocs[k], weightedLogOdds({ n, termTotal: c.termTotal[t], termSets: c.termSets[t], setTotal: targetTotal, setPrior: c.groupPrior[g], pseudoTotal: c.pseudoTotal }));
  }
  for (let t = 0; t < c.terms.length; t++) if (!used[t]) push(t, 0, 0, null);
  return out;
}

/** Target groups of a comparison: the named target, or every group (none when fewer than two groups have terms). */
function targets(c: Comparison, o: Resolved): number[] {
  const withTerms = c.groups.map((_, g) => g).filter((g) => c.groupTotal[g] > 0);
  if (withTerms.length < 2) return [];
  return o.target ? withTerms.filter((g) => c.groups[g] === o.target) : withTerms;
}

/** Calls `visit` with each target group's scores in turn (one group's scores in memory at a time). */
function forEachTarget(acc: KeynessAcc, o: Resolved, visit: (scores: KeynessScore[]) => void): void {
  const c = gather(acc, comparedGroups(acc, o));
  for (const g of targets(c, o)) visit(scoreGroup(c, g, o.reference || REST_GROUP, o.correction));
}

function resolve(options: KeynessOptions): Resolved {
  const o = resolveParams<Resolved>('keyness', KEYNESS_PARAMS, options);
  if (!o.groupBy) throw new TypeError('keyness: option groupBy is required (e.g. "source", "date:month", "id:/^bbc-(\\w+)-/")');
  parseGroupBy(o.groupBy);
  if (o.reference && !o.target) throw new TypeError('keyness: option reference needs a target group to compare with it');
  if (o.reference && o.reference === o.target) throw new TypeError(`keyness: target and reference are the same group (${JSON.stringify(o.target)})`);
  return o;
}

/**
 * Every term of every compared target group scored at full precision (the table lists only the top
 * of each side). Terms a target does not use have `logOdds: null` and a (negative) G².
 */
export function keynessScores(acc: KeynessAcc, options: KeynessOptions): KeynessScore[] {
  const out: KeynessScore[] = [];
  forEachTarget(acc, resolve(options), (scores) => {
    for (const s of scores) out.push(s);
  });
  return out;
}

const COLUMNS: Column[] = [
  { name: 'group', type: 'string', description: 'target group' },
  { name: 'reference', type: 'string', description: `what the target is compared with: another group, or ${REST_GROUP} for all other groups` },
  { name: 'side', type: 'string', description: 'over: more frequent in the target than expected; under: less' },
  { name: 'rank', type: 'integer', description: '1 = most distinctive on its side, by the ranking measure' },
  { name: 'term', type: 'string', description: 'term' },
  { name: 'n_target', type: 'integer', description: 'occurrences in the target' },
  { name: 'n_reference', type: 'integer', description: 'occurrences in the reference' },
  { name: 'docs_target', type: 'integer', description: 'articles of the target using the term' },
  { name: 'docs_reference', type: 'integer', description: 'articles of the reference using the term' },
  { name: 'log_odds_weighted', type: 'number', description: 'weighted log-odds z-score, informative Dirichlet prior (tidylo bind_log_odds); empty when the target never uses the term' },
  { name: 'g2', type: 'number', description: 'signed log-likelihood G² (quanteda textstat_keyness lr); |G²| > 3.84: p < .05, > 10.83: p < .001 (1 df)' },
];

/** The top `top` scores of one side: over (score > 0, highest first) or under (score < 0, lowest first); ties by count, then term. */
function side(scores: KeynessScore[], over: boolean, by: 'log_odds' | 'g2', top: number): KeynessScore[] {
  const value = (s: KeynessScore) => (by === 'g2' ? s.g2 : s.logOdds);
  const picked = scores.filter((s) => {
    const v = value(s);
    return v !== null && Number.isFinite(v) && (over ? v > 0 : v < 0);
  });
  picked.sort((a, b) => (over ? value(b)! - value(a)! || b.nTarget - a.nTarget : value(a)! - value(b)! || b.nReference - a.nReference) || byString(a.term, b.term));
  return picked.slice(0, top);
}

/**
 * The `keyness` table: for each group (or the named target), the `top` terms most over-represented
 * and most under-represented against the rest of the corpus (or the named reference), ranked by
 * `rankBy`, with both measures and counts. Terms counted fewer than `minCount` times in target +
 * reference are not listed. Groups in natural order; empty when fewer than two groups have terms.
 * Requires the `terms` analyzer.
 */
export function keyness(options: KeynessOptions): Aggregator<KeynessAcc> {
  const o = resolve(options);
  const groupOf = groupKey(o.groupBy);
  return {
    kind: 'aggregator',
    params: KEYNESS_PARAMS,
    name: 'keyness',
    requires: ['terms'],
    comparesGroups: true,
    regroup: (groupBy) => keyness({ ...options, groupBy }),
    init: () => ({ pairs: createCountTable(2), articles: new Map() }),
    add(acc, doc) {
      const g = groupOf(doc.article);
      acc.articles.set(g, (acc.articles.get(g) ?? 0) + 1);
      addGroupTerms(acc.pairs, g, doc);
      return acc;
    },
    merge(a, b) {
      for (const [g, n] of b.articles) a.articles.set(g, (a.articles.get(g) ?? 0) + n);
      return { pairs: mergeCountTables(a.pairs, b.pairs), articles: a.articles };
    },
    finish(acc) {
      const rows: Record<string, Cell>[] = [];
      forEachTarget(acc, o, (all) => {
        const scores = all.filter((s) => s.nTarget + s.nReference >= o.minCount);
        for (const over of [true, false]) {
          side(scores, over, o.rankBy, o.top).forEach((s, i) =>
            rows.push({
              group: s.group,
              reference: s.reference,
              side: over ? 'over' : 'under',
              rank: i + 1,
              term: s.term,
              n_target: s.nTarget,
              n_reference: s.nReference,
              docs_target: s.docsTarget,
              docs_reference: s.docsReference,
              log_odds_weighted: s.logOdds === null ? null : round(s.logOdds),
              g2: Number.isFinite(s.g2) ? round(s.g2) : null,
            }),
          );
        }
      });
      const title = o.reference ? `Keyness: ${o.target} against ${o.reference}` : o.target ? `Keyness: ${o.target} against the rest` : `Keyness: each ${parseGroupBy(o.groupBy).key} group against the rest`;
      return [table(o.table, title, COLUMNS, rows)];
    },
  };
}
