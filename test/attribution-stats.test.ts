import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributions } from '../src/analyze/attribution/index.ts';
import { sourceStats } from '../src/aggregate/source-stats.ts';
import { createContext } from '../src/context.ts';
import type { Table } from '../src/report/table.ts';
import type { Doc } from '../src/types.ts';

const TEXTS: [string, string][] = [
  ['a-1', 'Defense Secretary Robert Gates said the war was costly. "We will stay," Gates added. A military official claimed that the base was safe.'],
  ['a-2', 'According to Reuters, the talks failed. Police said two men were arrested. "It was chaos," a witness said.'],
  ['a-10', 'Defense Secretary Robert Gates said the budget would grow. Nothing else happened.'],
  ['a-3', 'The weather was fine all week.'],
];

function docs(withSentiment = false): Doc[] {
  const stage = attributions();
  const ctx = createContext({ log: null });
  return TEXTS.map(([id, text]) => {
    const d: Doc = { article: { id, text, origin: { file: `${id}.txt` } } };
    stage.run(d, ctx);
    if (withSentiment) d.sentiment = { mode: 'vader', sentences: [], mean: 0, sharePositive: 0, shareNegative: 0 };
    return d;
  });
}

const byName = (tables: Table[], name: string): Table => {
  const t = tables.find((x) => x.name === name);
  assert.ok(t, `table ${name}`);
  return t;
};

test('sourceStats() produces the five tables with their columns', () => {
  const agg = sourceStats();
  assert.equal(agg.name, 'source-stats');
  assert.deepEqual(agg.requires, ['attributions']);
  let acc = agg.init();
  for (const d of docs()) acc = agg.add(acc, d);
  const tables = agg.finish(acc);
  assert.deepEqual(tables.map((t) => t.name), ['attributions', 'sources', 'source_categories', 'cue_verbs', 'attribution_articles']);
  assert.deepEqual(byName(tables, 'attributions').columns.map((c) => c.name), ['article', 'type', 'speaker', 'source_id', 'title', 'named', 'category', 'cue', 'source_text', 'content', 'source_start', 'source_end', 'cue_start', 'cue_end', 'content_start', 'content_end']);
  assert.deepEqual(byName(tables, 'sources').columns.map((c) => c.name), ['source_id', 'speaker', 'kind', 'category', 'named', 'title', 'attributions', 'direct', 'mixed', 'indirect', 'according_to', 'articles', 'mean_sentiment', 'also_ids']);
  assert.deepEqual(byName(tables, 'source_categories').columns.map((c) => c.name), ['category', 'named', 'attributions', 'sources', 'share']);
  assert.deepEqual(byName(tables, 'cue_verbs').columns.map((c) => c.name), ['cue', 'stance', 'count', 'share']);
  assert.deepEqual(byName(tables, 'attribution_articles').columns.map((c) => c.name), ['article', 'attributions', 'sources', 'named_sources', 'anonymous_sources', 'quotes', 'named_share', 'attributed_share']);
  const sources = byName(tables, 'sources').rows;
  assert.equal(sources[0].speaker, 'Robert Gates');
  assert.equal(sources[0].attributions, 3);
  assert.equal(sources[0].articles, 2);
  assert.equal(sources[0].mean_sentiment, null);
  const cues = byName(tables, 'cue_verbs').rows;
  assert.equal(cues[0].cue, 'say');
  assert.ok(cues.some((r) => r.cue === 'claim' && r.stance === 'loaded'));
  assert.ok(cues.some((r) => r.cue === 'according to' && r.stance === 'neutral'));
  const arts = byName(tables, 'attribution_articles').rows;
  assert.deepEqual(arts.map((r) => r.article), ['a-1', 'a-2', 'a-10', 'a-3'], 'input order');
  const empty = arts.find((r) => r.article === 'a-3')!;
  assert.equal(empty.attributions, 0);
  assert.equal(empty.named_share, null);
  assert.equal(empty.attributed_share, 0);
  const rows = byName(tables, 'attributions').rows;
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].article === rows[i - 1].article) assert.ok((rows[i].content_start as number) >= (rows[i - 1].content_start as number));
  }
  const share = byName(tables, 'source_categories').rows.reduce((s, r) => s + (r.share as number), 0);
  assert.ok(Math.abs(share - 1) < 1e-6);
});

test('sourceStats() merge is associative, and commutative up to the order of streamed rows', () => {
  const agg = sourceStats();
  const ds = docs(true);
  const fold = (list: Doc[]) => list.reduce((a, d) => agg.add(a, d), agg.init());
  const whole = agg.finish(fold(ds));
  // fresh folds for every merge: merge may reuse what it is given
  const a = () => fold(ds.slice(0, 1));
  const b = () => fold(ds.slice(1, 3));
  const c = () => fold(ds.slice(3));
  assert.deepEqual(agg.finish(agg.merge(agg.merge(a(), b()), c())), whole);
  assert.deepEqual(agg.finish(agg.merge(a(), agg.merge(b(), c()))), whole);
  assert.deepEqual(agg.finish(agg.merge(agg.init(), fold(ds))), whole);
  assert.deepEqual(agg.finish(agg.merge(fold(ds), agg.init())), whole);
  // Merged in another order, only the held rows of the streamed (per-article) tables change order.
  const streamed = new Set(agg.streams!.map((s) => s.name));
  const canonical = (tables: Table[]) => tables.map((t) => (streamed.has(t.name) ? { ...t, rows: [...t.rows].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))) } : t));
  assert.deepEqual(canonical(agg.finish(agg.merge(c(), agg.merge(b(), a())))), canonical(whole));
});

test('sourceStats() scores mean_sentiment when the doc has sentiment', () => {
  const agg = sourceStats();
  let acc = agg.init();
  for (const d of docs(true)) acc = agg.add(acc, d);
  const sources = agg.finish(acc).find((t) => t.name === 'sources')!.rows;
  assert.ok(sources.every((r) => typeof r.mean_sentiment === 'number'));
});

test('sourceStats() validates options eagerly', () => {
  assert.throws(() => sourceStats({ maxContent: 0 }), /maxContent/);
  assert.throws(() => sourceStats({ bogus: 1 } as never), /bogus/);
});

/** Runs the attribution stage and sourceStats over texts, returning the tables. */
function tablesOf(texts: string[]): Table[] {
  const stage = attributions();
  const ctx = createContext({ log: null });
  const agg = sourceStats();
  let acc = agg.init();
  texts.forEach((text, i) => {
    const d: Doc = { article: { id: `t${i}`, text, origin: { file: `t${i}.txt` } } };
    stage.run(d, ctx);
    acc = agg.add(acc, d);
  });
  return agg.finish(acc);
}

test('sourceStats() counts a person once across articles that name them differently ("Mr Hale" and "Dora Hale")', () => {
  const tables = tablesOf([
    'Prime Minister Dora Hale said the budget was fair. "We will deliver," Hale added.',
    'Mr Hale said the vote would be close.',
    'Ms Hale told reporters that talks would resume.',
    'Dora Hale said the trains would run on time.',
  ]);
  const sources = byName(tables, 'sources').rows;
  const hale = sources.filter((r) => String(r.speaker).includes('Hale'));
  assert.equal(hale.length, 1, JSON.stringify(sources));
  assert.equal(hale[0].speaker, 'Dora Hale');
  assert.equal(hale[0].attributions, 5);
  assert.equal(hale[0].articles, 4);
  // one article says she is prime minister; the others say nothing of it, so they do not outvote it
  assert.equal(hale[0].category, 'government');
  // every attribution's source_id is the row's id or one of its also_ids
  const ids = new Set([hale[0].source_id, ...String(hale[0].also_ids ?? '').split(' ').filter(Boolean)]);
  for (const r of byName(tables, 'attributions').rows) assert.ok(ids.has(r.source_id), JSON.stringify(r));
});

test('sourceStats() keeps two people of one family name apart when neither dominates', () => {
  const tables = tablesOf(['Anna Berg said the port was closed.', 'Tom Berg said the port was open.', 'Berg said the port was busy.']);
  const names = byName(tables, 'sources').rows.map((r) => r.speaker).sort();
  assert.deepEqual(names, ['Anna Berg', 'Berg', 'Tom Berg']);
});

test('sourceStats() groups unnamed sources by what they are, and no key or separator reaches a cell', () => {
  const tables = tablesOf([
    'The company said that profits rose. A senior official said the plan was sound.',
    'The firm said that sales fell. Officials said the road was closed.',
  ]);
  const sources = byName(tables, 'sources').rows;
  const labels = sources.map((r) => r.speaker);
  assert.ok(labels.includes('unnamed: business'), JSON.stringify(labels));
  assert.equal(sources.find((r) => r.speaker === 'unnamed: business')!.attributions, 2);
  assert.equal(sources.find((r) => r.speaker === 'unnamed: government official')!.attributions, 2);
  for (const t of tables) for (const r of t.rows) for (const v of Object.values(r)) {
    if (typeof v === 'string') assert.ok(!/[\u0000-\u001f]/.test(v) && !/^(?:person|organization|unnamed|place|joint):\S/.test(v), `${t.name}: ${JSON.stringify(v)}`);
  }
});
