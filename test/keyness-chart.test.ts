import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from 'vega-lite';
import { keynessChart } from '../src/report/charts/index.ts';
import { checkSvg } from '../src/report/html.ts';
import { specToSvg } from '../src/report/render.ts';
import { addToState, analyzeArticle, createContext, definePipeline, finishState, initState, keyness, terms, tokens, type Article, type KeynessOptions, type Table } from '../src/index.ts';

const HOSTILE = '<img src=x onerror="window.__xss=1"> datum.x ${x}';
const corpus: Article[] = [
  ['w1', 'Wire', 'Oil prices rose. Oil output fell. Markets watched oil and gas prices.'],
  ['w2', 'Wire', 'Oil exporters met. Gas prices and oil prices moved. Markets rose.'],
  ['d1', 'Daily', 'The match ended in a draw. The striker scored twice in the match.'],
  ['d2', 'Daily', 'Fans cheered the striker. The match drew fans and the striker.'],
  ['h1', HOSTILE, `Markets and ${HOSTILE} scored ${HOSTILE} twice.`],
].map(([id, source, text]) => ({ id, source, text, origin: { file: 'mem' } }));

function keynessTable(options: Omit<KeynessOptions, 'groupBy'> = {}): Table {
  const p = definePipeline({ name: 'k', analyzers: [tokens(), terms()], aggregators: [keyness({ groupBy: 'source', minCount: 1, ...options })] });
  const ctx = createContext({ log: null });
  const state = initState(p);
  for (const a of corpus) addToState(p, state, analyzeArticle(p, a, ctx)!);
  return finishState(p, state)[0];
}

const quiet = { level: () => quiet, warn: () => quiet, info: () => quiet, debug: () => quiet, error: (...a: unknown[]) => { throw new Error(a.join(' ')); } };

test('keyness chart: one panel per group, over-represented terms first, hostile names stay data', async () => {
  const spec = keynessChart({ top: 2 }).build(keynessTable())!;
  assert.ok(spec);
  compile(structuredClone(spec) as never, { logger: quiet as never });
  const values = (spec.data as { values: { group: string; term: string; side: string; score: number; position: number }[] }).values;
  assert.deepEqual([...new Set(values.map((v) => v.group))].length, 3);
  const wire = values.filter((v) => v.group === 'Wire');
  assert.equal(wire[0].term, 'oil');
  assert.equal(wire[0].side, 'More frequent');
  assert.ok(wire.filter((v) => v.side === 'More frequent').length <= 2 && wire.filter((v) => v.side === 'Less frequent').length <= 2, 'top 2 per side');
  assert.ok(wire.every((v, i) => v.position === i));
  const outside = JSON.stringify({ ...spec, data: null });
  assert.ok(!outside.includes('<img') && !outside.includes('datum.x'), 'data strings never leave data.values');
  assert.ok(!/"(calculate|filter|labelExpr|expr|test|signal)"/.test(outside), 'no Vega expressions');
  const svg = await specToSvg(spec);
  checkSvg(svg);
  assert.ok(!svg.includes('<img'));
});

test('keyness chart: ranked by G2 with a named reference; null when empty; missing column is a clear error', () => {
  const t = keynessTable({ target: 'Wire', reference: 'Daily', rankBy: 'g2' });
  const spec = keynessChart({ measure: 'g2' }).build(t)!;
  assert.match(JSON.stringify(spec.title), /against Daily/);
  assert.match(JSON.stringify(spec.title), /log-likelihood G²/);
  assert.equal(keynessChart().build({ ...t, rows: [] }), null);
  const cols = t.columns.filter((c) => c.name !== 'log_odds_weighted');
  assert.throws(() => keynessChart().build({ ...t, columns: cols }), /chart keyness: table keyness lacks column\(s\) log_odds_weighted/);
  assert.throws(() => keynessChart({ measure: 'chi2' as never }), /option measure must be one of "log_odds", "g2"/);
  assert.throws(() => keynessChart({ top: 0 }), /option top must be an integer ≥ 1/);
});
