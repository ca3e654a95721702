import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeState, encodeState } from '../src/pipeline/codec.ts';
import { addToState, analyzeArticle, createContext, definePipeline, finishState, initState, keyness, keynessScores, REST_GROUP, signedG2, terms, tokens, type Article, type KeynessAcc } from '../src/index.ts';

const art = (id: string, source: string | null, text: string): Article => ({ id, source, text, origin: { file: 'mem' } });
const corpus = [
  art('a1', 'Wire', 'Oil prices rose. Oil output fell. Markets watched oil and gas.'),
  art('a2', 'Wire', 'Oil exporters met. Gas prices and oil prices moved.'),
  art('b1', 'Daily', 'The match ended in a draw. The striker scored twice in the match.'),
  art('b2', 'Daily', 'Fans cheered the striker. The match drew fans and prices rose.'),
  art('c1', null, 'Prices of tickets for the match rose.'),
];

function tableOf(options: Parameters<typeof keyness>[0], articles = corpus) {
  const p = definePipeline({ name: 'k', analyzers: [tokens(), terms()], aggregators: [keyness(options)] });
  const ctx = createContext({ log: null });
  const state = initState(p);
  for (const a of articles) addToState(p, state, analyzeArticle(p, a, ctx)!);
  return { table: finishState(p, state)[0], acc: state.accs[0] as KeynessAcc };
}

test('options are checked when the stage is created', () => {
  assert.throws(() => keyness({} as never), /groupBy is required/);
  assert.throws(() => keyness({ groupBy: 'date:quarter' }), /unknown period/);
  assert.throws(() => keyness({ groupBy: 'source', reference: 'Wire' }), /needs a target/);
  assert.throws(() => keyness({ groupBy: 'source', target: 'Wire', reference: 'Wire' }), /same group/);
  assert.throws(() => keyness({ groupBy: 'source', rankBy: 'chi2' as never }), /rankBy must be one of/);
  assert.throws(() => keyness({ groupBy: 'source', top: 0 }), /top must be an integer ≥ 1/);
});

test('each group against the rest: sides, ranks, counts and article counts', () => {
  const { table } = tableOf({ groupBy: 'source', minCount: 2, top: 3 });
  assert.deepEqual(table.columns.map((c) => c.name), ['group', 'reference', 'side', 'rank', 'term', 'n_target', 'n_reference', 'docs_target', 'docs_reference', 'log_odds_weighted', 'g2']);
  assert.deepEqual([...new Set(table.rows.map((r) => r.group))], ['(none)', 'Daily', 'Wire'], 'groups in natural order, (none) included');
  const wire = table.rows.filter((r) => r.group === 'Wire' && r.side === 'over');
  assert.equal(wire[0].term, 'oil');
  assert.deepEqual([wire[0].n_target, wire[0].n_reference, wire[0].docs_target, wire[0].docs_reference], [5, 0, 2, 0]);
  assert.deepEqual(wire.map((r) => r.rank), [1, 2]);
  assert.deepEqual(wire.map((r) => r.term), ['oil', 'gas']);
  for (const r of table.rows) {
    assert.equal(r.reference, REST_GROUP);
    assert.ok((r.n_target as number) + (r.n_reference as number) >= 2, 'minCount');
    const score = r.log_odds_weighted as number;
    assert.ok(r.side === 'over' ? score > 0 : score < 0, `${r.group} ${r.term} ${r.side}`);
  }
  const daily = table.rows.filter((r) => r.group === 'Daily' && r.side === 'under');
  assert.ok(daily.every((r, i) => i === 0 || (r.log_odds_weighted as number) >= (daily[i - 1].log_odds_weighted as number)), 'under: lowest first');
});

test('ranked by G2, terms the target never uses can be under-represented; log-odds is then empty', () => {
  const options = { groupBy: 'source', rankBy: 'g2' as const, minCount: 2 };
  const { table, acc } = tableOf(options);
  const under = table.rows.filter((r) => r.group === 'Daily' && r.side === 'under');
  const oil = under.find((r) => r.term === 'oil');
  assert.ok(oil);
  assert.equal(oil.n_target, 0);
  assert.equal(oil.log_odds_weighted, null);
  assert.ok((oil.g2 as number) < 0);
  const daily = keynessScores(acc, options).filter((s) => s.group === 'Daily');
  const sum = (f: (s: (typeof daily)[number]) => number) => daily.reduce((t, s) => t + f(s), 0);
  assert.equal(oil.g2, Math.round(signedG2(0, 5, sum((s) => s.nTarget), sum((s) => s.nReference), 'yates') * 1e6) / 1e6, 'G2 from the counts');
});

test('two named groups: only the target is scored, against the reference alone', () => {
  const { table, acc } = tableOf({ groupBy: 'source', target: 'Wire', reference: 'Daily', minCount: 1 });
  assert.ok(table.rows.length > 0);
  assert.ok(table.rows.every((r) => r.group === 'Wire' && r.reference === 'Daily'));
  // "tickets" is used only by the (none) article, which is in neither group
  assert.ok(!keynessScores(acc, { groupBy: 'source', target: 'Wire', reference: 'Daily' }).some((s) => s.term === 'tickets'));
  assert.equal(table.title, 'Keyness: Wire against Daily');
});

test('fewer than two groups with terms, or a missing named group: an empty table', () => {
  assert.equal(tableOf({ groupBy: 'source' }, corpus.slice(0, 2)).table.rows.length, 0);
  assert.equal(tableOf({ groupBy: 'source', target: 'Wire', reference: 'Nobody' }).table.rows.length, 0);
  assert.equal(tableOf({ groupBy: 'source', target: 'Nobody' }).table.rows.length, 0);
});

test('the accumulator survives a partial file (encode/decode) and gives the same table', () => {
  const options = { groupBy: 'source', minCount: 1 };
  const { table, acc } = tableOf(options);
  const again = keyness(options).finish(decodeState(encodeState(acc)));
  assert.deepEqual(again[0], table);
});
