import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributions } from '../src/analyze/attribution/index.ts';
import { meanInterval, t975 } from '../src/aggregate/mean-interval.ts';
import { sourceStats } from '../src/aggregate/source-stats.ts';
import { statementTone } from '../src/aggregate/statement-tone.ts';
import { scoreSentences } from '../src/analyze/sentiment/index.ts';
import { round } from '../src/report/table.ts';
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
    if (withSentiment) d.sentiment = scoreSentences(text, 'vader');
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
  assert.deepEqual(byName(tables, 'attributions').columns.map((c) => c.name), ['article', 'article_title', 'article_date', 'paragraph', 'type', 'speaker', 'source_id', 'title', 'named', 'category', 'cue', 'source_text', 'content', 'sentence', 'source_start', 'source_end', 'cue_start', 'cue_end', 'content_start', 'content_end']);
  assert.deepEqual(byName(tables, 'sources').columns.map((c) => c.name), ['source_id', 'speaker', 'kind', 'category', 'named', 'title', 'attributions', 'direct', 'mixed', 'indirect', 'according_to', 'articles', 'mean_sentiment', 'sentiment_n', 'sentiment_ci_low', 'sentiment_ci_high', 'also_ids']);
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

test('attributions rows carry the article title, date, paragraph and sentence, so a quote can be checked', () => {
  const text = 'The storm came at night.\n\nRescue crews worked until dawn. "We found everyone," fire chief Ann Lee said on Monday. Roads reopened.';
  const d: Doc = { article: { id: 'x', title: 'Storm <b>night</b>', date: '2024-03-05', text, origin: { file: 'x.txt' } } };
  attributions().run(d, createContext({ log: null }));
  const agg = sourceStats();
  const [row] = agg.finish(agg.add(agg.init(), d))[0].rows;
  assert.equal(row.article_title, 'Storm <b>night</b>');
  assert.equal(row.article_date, '2024-03-05');
  assert.equal(row.paragraph, 2);
  assert.equal(row.sentence, '"We found everyone," fire chief Ann Lee said on Monday.');
  // without a date, title or any attribution the cells are empty, not invented
  const [empty] = agg.finish(agg.add(agg.init(), docs()[0]))[0].rows;
  assert.equal(empty.article_title, null);
  assert.equal(empty.article_date, null);
  assert.equal(empty.paragraph, 1);
});

test('sources: mean_sentiment with its n and a 95% Student-t interval (R: t.test)', () => {
  const text = '"This is wonderful and great," Ann Lee said. "It is a terrible disaster," Ann Lee said. "The plan is fine," Ann Lee said.';
  const d: Doc = { article: { id: 'x', text, origin: { file: 'x.txt' } } };
  attributions().run(d, createContext({ log: null }));
  d.sentiment = scoreSentences(text, 'vader');
  const agg = sourceStats();
  const tables = agg.finish(agg.add(agg.init(), d));
  const contents = tables[0].rows.map((r) => r.content);
  assert.equal(contents.length, 3);
  const src = tables[1].rows[0];
  assert.equal(src.sentiment_n, 3);
  // VADER of the three sentences (each statement's only sentence): 0.5718850, -0.4766576, 0. R: t.test(x)$conf.int → -1.2724088 1.3358937, clipped to the score range
  assert.equal(src.mean_sentiment, 0.031742);
  assert.equal(src.sentiment_ci_low, -1);
  assert.equal(src.sentiment_ci_high, 1);
});

test('statementTone: the sentences a statement spans, each weighted by the share of it inside the content', () => {
  const sents = [{ start: 0, end: 10, compound: 0.8, pos: 0, neu: 0, neg: 0 }, { start: 10, end: 30, compound: -0.4, pos: 0, neu: 0, neg: 0 }, { start: 30, end: 40, compound: 0, pos: 0, neu: 0, neg: 0 }];
  assert.equal(statementTone(sents, [{ start: 2, end: 8 }]), 0.8, 'inside one sentence: its score');
  // all of the first (weight 1), half of the second (weight ½): (0.8 − 0.2) / 1.5
  assert.equal(statementTone(sents, [{ start: 0, end: 20 }]), (0.8 - 0.4 * 0.5) / 1.5);
  // two fragments around the cue: the same weights as one span over the same characters
  assert.equal(statementTone(sents, [{ start: 0, end: 10 }, { start: 10, end: 20 }]), statementTone(sents, [{ start: 0, end: 20 }]));
  assert.equal(statementTone(sents, [{ start: 40, end: 45 }]), null, 'no scored sentence');
  assert.equal(statementTone([], [{ start: 0, end: 5 }]), null);
});

test('sources: the tone of statements follows the pipeline’s sentiment mode', () => {
  const text = '"The reform is a catastrophe," the mayor said.';
  const tone = (mode: 'vader' | 'news') => {
    const d: Doc = { article: { id: 'x', text, origin: { file: 'x.txt' } } };
    attributions().run(d, createContext({ log: null }));
    d.sentiment = scoreSentences(text, mode);
    const agg = sourceStats();
    return agg.finish(agg.add(agg.init(), d))[1].rows[0].mean_sentiment;
  };
  assert.equal(tone('vader'), round(scoreSentences(text, 'vader').sentences[0].compound));
  assert.equal(tone('news'), round(scoreSentences(text, 'news').sentences[0].compound));
  assert.notEqual(tone('vader'), tone('news'));
});

test('meanInterval matches R t.test and is null below two values', () => {
  // R: t.test(c(0.1, 0.3, 0.2, 0.6))$conf.int → -0.043743488 0.643743488
  const xs = [0.1, 0.3, 0.2, 0.6];
  const u = 1e9;
  const m = meanInterval(xs.length, xs.reduce((a, x) => a + Math.round(x * u), 0), xs.reduce((a, x) => a + Math.round(x * x * u), 0), u)!;
  assert.ok(Math.abs(m.mean - 0.3) < 1e-9);
  assert.ok(Math.abs(m.low! - -0.043743488) < 1e-6, String(m.low));
  assert.ok(Math.abs(m.high! - 0.643743488) < 1e-6, String(m.high));
  assert.deepEqual(meanInterval(1, 5e8, 2.5e8, u), { mean: 0.5, low: null, high: null });
  assert.equal(meanInterval(0, 0, 0, u), null);
  // qt(0.975, c(1, 30, 31, 200)) in R
  for (const [df, q] of [[1, 12.706205], [30, 2.042272], [31, 2.039513], [200, 1.971896]]) assert.ok(Math.abs(t975(df) - q) < 1e-5, `df ${df}`);
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

test('sourceStats(): an organisation quoted in several articles shows a title only when two of them give it; a person one article titles keeps it', () => {
  const tables = tablesOf([
    'Acme Corp, the number three carmaker, said sales rose.',
    'Acme Corp said prices would rise.',
    'Prime Minister Dora Hale said the budget was fair.',
    'Dora Hale said the trains would run on time.',
  ]);
  const sources = byName(tables, 'sources').rows;
  assert.equal(sources.find((r) => r.speaker === 'Acme Corp')?.title, null);
  assert.equal(sources.find((r) => r.speaker === 'Dora Hale')?.title, 'Prime Minister');
  const twice = byName(tablesOf(['Acme Corp, the number three carmaker, said sales rose.', 'Acme Corp, the number three carmaker, said prices would rise.']), 'sources').rows;
  assert.equal(twice.find((r) => r.speaker === 'Acme Corp')?.title, 'number three carmaker');
});
