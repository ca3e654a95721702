import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributions, definePipeline, sentences, sentiment, terms, tokens, trends, trendTermsChart, type Article } from '../src/index.ts';
import { createContext } from '../src/context.ts';
import { analyzeArticle } from '../src/pipeline/state.ts';

const p = definePipeline({ name: 't', analyzers: [sentences(), tokens(), terms(), sentiment({ mode: 'vader' }), attributions()], aggregators: [] });
const ctx = createContext({ log: null });
const art = (id: string, date: string | null, text: string): Article => ({ id, date, text, origin: { file: 'mem' } });
const docs = [
  art('a1', '2008-01-05', 'Cargo ships waited. "We are worried," said port official Anna Berg.'),
  art('a2', '2008-01-20', 'Cargo prices rose sharply. Traders were happy.'),
  art('a3', '2008-03-02', 'Schools reopened after the flood. Teachers said the damage was terrible.'),
  art('a4', null, 'Cargo cargo cargo without a date.'),
  art('a5', '2008-03-30T23:00:00-05:00', 'Schools and cargo both, the minister said.'),
].map((a) => analyzeArticle(p, a, ctx)!);

function finish(order: number[][], options: Parameters<typeof trends>[0]) {
  const agg = trends(options);
  const parts = order.map((ix) => ix.reduce((acc, i) => agg.add(acc, docs[i]), agg.init()));
  return agg.finish(parts.reduce((a, b) => agg.merge(a, b)));
}

test('trends: every period from the first to the last, empty periods with empty values, undated articles left out', () => {
  const [termsT, cats, sent] = finish([[0, 1, 2, 3, 4]], { period: 'month', terms: 2 });
  assert.deepEqual([...new Set(termsT.rows.map((r) => r.period))], ['2008-01', '2008-02', '2008-03']);
  assert.deepEqual(termsT.rows.filter((r) => r.term === 'cargo').map((r) => [r.period, r.articles, r.count]), [['2008-01', 2, 2], ['2008-02', 0, null], ['2008-03', 2, 1]]);
  assert.deepEqual(sent.rows.map((r) => r.articles), [2, 0, 2]);
  assert.equal(sent.rows[1].mean, null);
  assert.match(termsT.note!, /1 article without a valid date/);
  assert.ok(cats.rows.every((r) => r.period !== '2008-02' || r.statements === null));
});

test('trends: period auto picks days or weeks from the range, weeks and years as asked; merges in any order give the same tables', () => {
  const one = finish([[0, 1, 2, 3, 4]], {});
  // 5 January to 30 March: 86 days, more than 60, so ISO weeks (W01 … W13)
  assert.deepEqual([one[2].rows[0].period, one[2].rows.length], ['2008-W01', 13]);
  const short = finish([[0, 1]], {});
  assert.deepEqual([short[2].rows[0].period, short[2].rows.length], ['2008-01-05', 16], 'a 16-day range: one row per day');
  assert.deepEqual(finish([[4, 2], [3], [1, 0]], {}), one);
  assert.deepEqual(finish([[0, 1, 2, 3, 4]], { period: 'week' })[2].rows.map((r) => r.period).slice(0, 3), ['2008-W01', '2008-W02', '2008-W03']);
  assert.deepEqual(finish([[3, 1], [0, 2, 4]], { period: 'year' })[2].rows.map((r) => [r.period, r.articles]), [['2008', 4]]);
  assert.throws(() => trends({ period: 'fortnight' as 'week' }), /period must be one of/);
});

test('trend-terms chart: an ordinal period axis in time order, thinned labels, null shares left as gaps', () => {
  const [t] = finish([[0, 1, 2, 3, 4]], { period: 'month', terms: 2 });
  const spec = trendTermsChart().build(t)! as { encoding: { x: { sort: string[]; axis: { labelOverlap: string } } }; mark: { invalid: string }; data: { values: { share: number | null }[] } };
  assert.deepEqual(spec.encoding.x.sort, ['2008-01', '2008-02', '2008-03']);
  assert.equal(spec.encoding.x.axis.labelOverlap, 'greedy');
  assert.match(spec.mark.invalid, /^break-paths/);
  assert.ok(spec.data.values.some((v) => v.share === null));
});
