// Keyness measures against reference values computed independently in R (test/reference/keyness-bbc.R:
// tidylo's bind_log_odds and quanteda's textstat_keyness "lr" formulas) on word counts of the BBC corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { keyness, keynessScores, toCsv, type Article, type Doc, type G2Correction, type KeynessAcc, type KeynessOptions } from '../src/index.ts';

const dir = new URL('./reference/', import.meta.url);
const counts = parse(readFileSync(new URL('keyness-bbc-counts.csv', dir)), { columns: true }) as { topic: string; word: string; n: string }[];
const reference = parse(readFileSync(new URL('keyness-bbc-reference.csv', dir)), { columns: true }) as Record<string, string>[];

/** Each topic's counts as three documents (words dealt round-robin), so groups span several documents. */
function docs(): Doc[] {
  const byDoc = new Map<string, Map<string, number>>();
  counts.forEach((c, i) => {
    const id = `bbc-${c.topic}-${i % 3}`;
    if (!byDoc.has(id)) byDoc.set(id, new Map());
    byDoc.get(id)!.set(c.word, Number(c.n));
  });
  return [...byDoc].map(([id, terms]) => ({ article: { id, text: '', origin: { file: 'counts' } } as Article, terms }));
}

const GROUP_BY = 'id:/^bbc-(\\w+)-/';

/** Folds the documents in the given order into `parts` accumulators, then merges them left to right. */
function fold(options: KeynessOptions, order: Doc[], parts: number): KeynessAcc {
  const agg = keyness(options);
  const accs = Array.from({ length: parts }, () => agg.init());
  order.forEach((d, i) => agg.add(accs[i % parts], d));
  return accs.reduce((a, b) => agg.merge(a, b));
}

function close(actual: number, expected: number, what: string): void {
  const tolerance = 1e-9 * Math.max(Math.abs(expected), 1e-3);
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} vs R ${expected}`);
}

function check(comparison: string, options: KeynessOptions): number {
  const rows = reference.filter((r) => r.comparison === comparison);
  assert.ok(rows.length > 100, `reference rows for ${comparison}`);
  const corrections: G2Correction[] = ['yates', 'williams', 'none'];
  const scores = corrections.map((correction) => new Map(keynessScores(fold({ ...options, correction }, docs(), 1), { ...options, correction }).map((s) => [`${s.group}\t${s.term}`, s])));
  for (const r of rows) {
    const key = `${r.group}\t${r.term}`;
    const [yates, williams, none] = scores.map((m) => m.get(key));
    assert.ok(yates && williams && none, `${comparison}: ${key} scored`);
    assert.equal(yates.nTarget, Number(r.n_target), `${key} n_target`);
    assert.equal(yates.nReference, Number(r.n_reference), `${key} n_reference`);
    if (r.log_odds_weighted === '') assert.equal(yates.logOdds, null, `${key}: no log-odds for a term the target does not use`);
    else close(yates.logOdds!, Number(r.log_odds_weighted), `${comparison} ${key} log_odds_weighted`);
    close(yates.g2, Number(r.g2_yates), `${comparison} ${key} G2 (Yates)`);
    close(williams.g2, Number(r.g2_williams), `${comparison} ${key} G2 (Williams)`);
    close(none.g2, Number(r.g2_none), `${comparison} ${key} G2 (none)`);
  }
  // every word of the compared topics is scored for each target, used or not
  const words = new Set(counts.filter((c) => comparison === 'rest' || c.topic === 'business' || c.topic === 'politics').map((c) => c.word));
  const targets = comparison === 'rest' ? 5 : 1;
  assert.equal(scores[0].size, words.size * targets);
  return rows.length;
}

test('each BBC topic against the rest: weighted log-odds and G2 (three corrections) match R to 1e-9', () => {
  check('rest', { groupBy: GROUP_BY });
});

test('business against politics: weighted log-odds and G2 match R to 1e-9', () => {
  check('business-politics', { groupBy: GROUP_BY, target: 'business', reference: 'politics' });
});

test('the reference covers rare words where Yates\'s correction applies and words a topic never uses', () => {
  assert.ok(reference.filter((r) => r.g2_yates !== r.g2_none).length >= 10);
  assert.ok(reference.filter((r) => r.n_target === '0').length >= 10);
});

test('keyness tables are byte-identical for any order of documents and merges', () => {
  const options: KeynessOptions = { groupBy: GROUP_BY, top: 15, minCount: 5 };
  const agg = keyness(options);
  const d = docs();
  const csv = (acc: KeynessAcc) => toCsv(agg.finish(acc)[0]);
  const expected = csv(fold(options, d, 1));
  assert.ok(expected.split('\n').length > 100);
  assert.equal(csv(fold(options, [...d].reverse(), 1)), expected);
  assert.equal(csv(fold(options, d, 4)), expected);
  assert.equal(csv(fold(options, [...d].sort((a, b) => (a.article.id < b.article.id ? 1 : -1)), 3)), expected);
  // merge consumes its arguments: a right-leaning tree
  const accs = d.map((doc) => agg.add(agg.init(), doc));
  assert.equal(csv(accs.reduceRight((a, b) => agg.merge(b, a))), expected);
});
