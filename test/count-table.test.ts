import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addKeyCounts, addPairs, addTerms, createCountTable, mergeCountTables, topRows, type CountTable } from '../src/aggregate/count-table.ts';
import { decodeState, encodeState } from '../src/pipeline/codec.ts';
import { PairIndex } from '../src/util/pair-index.ts';
import { addToState, analyzeArticle, createContext, definePipeline, finishState, initState, terms, termStats, tokens, type Article } from '../src/index.ts';

const art = (id: string, text: string): Article => ({ id, text, origin: { file: 'mem' } });

test('PairIndex get/set agree with a Map keyed by "a,b", through growth and clear()', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(3000), fc.nat(3000), fc.nat(1e6)), { maxLength: 3000 }), (ops) => {
      const index = new PairIndex(16);
      const ref = new Map<string, number>();
      for (const [a, b, v] of ops) {
        assert.equal(index.get(a, b), ref.get(`${a},${b}`) ?? -1);
        index.set(a, b, v);
        ref.set(`${a},${b}`, v);
      }
      assert.equal(index.size, ref.size);
      for (const [k, v] of ref) {
        const [a, b] = k.split(',').map(Number);
        assert.equal(index.get(a, b), v);
      }
      index.clear();
      assert.equal(index.size, 0);
      for (const [a, b] of ops) assert.equal(index.get(a, b), -1);
    }),
    { seed: 20261125, numRuns: 40 },
  );
});

// Articles with a growing vocabulary, so the columns grow while rows are found by id.
const corpus = Array.from({ length: 60 }, (_, i) => art(`a${i}`, Array.from({ length: 40 }, (_, j) => `w${(i * 37 + j * j) % 700} w${(i + j) % 90}`).join(' ') + '.'));
const pipeline = definePipeline({ name: 'ct', analyzers: [tokens(), terms()] });
const ctx = createContext({ log: null });
const docs = corpus.map((a) => analyzeArticle(pipeline, a, ctx)!);

const snapshot = (t: CountTable) => topRows(t, Infinity, 1);

test('addTerms/addPairs (by vocabulary id) count exactly what addKeyCounts counts by string', () => {
  const byId = [createCountTable(), createCountTable(2)];
  const byKey = [createCountTable(), createCountTable(2)];
  for (const d of docs) {
    addTerms(byId[0], d.termIds!);
    addPairs(byId[1], d.termIds!);
    addKeyCounts(byKey[0], d.terms!);
    addKeyCounts(byKey[1], d.bigrams!);
  }
  assert.ok(snapshot(byId[1]).length > 300);
  assert.deepEqual(snapshot(byId[0]), snapshot(byKey[0]));
  assert.deepEqual(snapshot(byId[1]), snapshot(byKey[1]));
});

test('mergeCountTables of tables sent to another thread or through a partial file equals one table', () => {
  for (const send of [structuredClone, (t: CountTable) => decodeState<CountTable>(encodeState(t))]) {
    for (const width of [1, 2] as const) {
      const add = (t: CountTable, i: number) => (width === 1 ? addTerms(t, docs[i].termIds!) : addPairs(t, docs[i].termIds!));
      const whole = createCountTable(width);
      docs.forEach((_, i) => add(whole, i));
      // a big local table, a small received one, then local counting goes on in the merged table
      const local = createCountTable(width);
      const remote = createCountTable(width);
      docs.forEach((_, i) => (i < 10 ? add(remote, i) : i < 50 ? add(local, i) : undefined));
      let merged = mergeCountTables(send(remote), local);
      for (let i = 50; i < 60; i++) add(merged, i);
      assert.deepEqual(snapshot(merged), snapshot(whole));
      // and the other way round: the received table is the bigger one
      const small = createCountTable(width);
      const big = createCountTable(width);
      docs.forEach((_, i) => (i < 50 ? add(big, i) : i < 55 ? add(small, i) : undefined));
      merged = mergeCountTables(small, send(big));
      for (let i = 55; i < 60; i++) add(merged, i);
      assert.deepEqual(snapshot(merged), snapshot(whole));
    }
  }
});

test('tables of one vocabulary share its word list, so a hand-over to another thread carries each word once', () => {
  const terms = createCountTable();
  const bigrams = createCountTable(2);
  for (const d of docs) {
    addTerms(terms, d.termIds!);
    addPairs(bigrams, d.termIds!);
  }
  assert.equal(terms.words, bigrams.words);
  const [t, b] = structuredClone([terms, bigrams]);
  assert.equal(t.words, b.words);
  assert.equal(new Set(t.words).size, t.words.length);
  assert.deepEqual(snapshot(mergeCountTables(createCountTable(2), b)), snapshot(bigrams));
  assert.deepEqual(snapshot(mergeCountTables(t, createCountTable())), snapshot(terms));
});

test('termStats() counts doc.terms as replaced by a later stage, not the ids of the original', () => {
  const p = definePipeline({
    name: 'replace',
    analyzers: [tokens(), terms(), { kind: 'analyzer', name: 'only-cats', requires: ['terms'], run: (d) => void (d.terms = new Map([...d.terms!].filter(([k]) => k === 'cats'))) }],
    aggregators: [termStats({ minCount: 1, topBigrams: 0 })],
  });
  const s = initState(p);
  addToState(p, s, analyzeArticle(p, art('x', 'cats chase dogs; cats sleep.'), ctx)!);
  assert.deepEqual(finishState(p, s)[0].rows, [{ term: 'cats', count: 2, docs: 1, share: 1 }]);
});

test('topRows(t, n, min) equals sorting every row and keeping n, ties broken by key', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'dd', 'e', 'f', 'gg', 'h'), fc.integer({ min: 1, max: 5 })), { maxLength: 80 }), fc.nat(12), fc.integer({ min: 1, max: 4 }), (adds, n, min) => {
      const t = createCountTable();
      for (const [key, c] of adds) addKeyCounts(t, new Map([[key, c]]));
      const naive = Array.from({ length: t.size }, (_, r): [string, number, number] => [t.words[t.ids[r]], t.count[r], t.docs[r]]);
      const expected = naive.filter((x) => x[1] >= min).sort((a, b) => b[1] - a[1] || b[2] - a[2] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
      assert.deepEqual(topRows(t, n, min), expected);
    }),
    { seed: 20261125, numRuns: 300 },
  );
});
