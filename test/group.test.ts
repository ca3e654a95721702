import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choosePeriod, groupKey, isoWeek, NO_GROUP, parseGroupBy, periodOf, type Article } from '../src/index.ts';

const art = (over: Partial<Article> = {}): Article => ({ id: 'a1', text: 'x', origin: { file: 'mem' }, ...over });

test('field keys read article fields and extra columns; blank or missing values are (none)', () => {
  assert.equal(groupKey('source')(art({ source: ' BBC News ' })), 'BBC News');
  assert.equal(groupKey('source')(art({ source: '   ' })), NO_GROUP);
  assert.equal(groupKey('author')(art()), NO_GROUP);
  assert.equal(groupKey('id')(art({ id: 'x-9' })), 'x-9');
  assert.equal(groupKey('section')(art({ extra: { section: 'World' } })), 'World');
  assert.equal(groupKey('rank')(art({ extra: { rank: 3 } })), '3');
  assert.equal(groupKey('flag')(art({ extra: { flag: false } })), 'false');
  assert.equal(groupKey('tags')(art({ extra: { tags: ['a', 'b'] } })), '["a","b"]');
  assert.equal(groupKey('section')(art({ extra: { other: 1 } })), NO_GROUP);
  assert.equal(groupKey('section')(art({ extra: { section: null } })), NO_GROUP);
  assert.equal(groupKey('field:date')(art({ date: '2008-04-26T10:00:00Z' })), '2008-04-26T10:00:00Z');
  assert.equal(groupKey('field:a:b')(art({ extra: { 'a:b': 'v' } })), 'v');
});

test('date keys bucket the calendar date as written', () => {
  const d = (date: string | null) => art({ date });
  assert.equal(groupKey('date:day')(d('2008-04-26T23:30:00-05:00')), '2008-04-26');
  assert.equal(groupKey('date:week')(d('2008-04-26')), '2008-W17');
  assert.equal(groupKey('date:month')(d('2008-04-26')), '2008-04');
  assert.equal(groupKey('date:year')(d('2008-04-26')), '2008');
  assert.equal(groupKey('date:month')(d(null)), NO_GROUP);
  assert.equal(groupKey('date:month')(d('April 2008')), NO_GROUP);
  assert.equal(groupKey('date:month')(d('2007-02-30')), NO_GROUP, 'a date that does not exist');
  assert.equal(groupKey('date:month')(d('2008-04-261')), NO_GROUP, 'a longer number is not a date');
});

test('ISO weeks: year boundaries follow the Thursday rule', () => {
  // (date, ISO week) pairs from the ISO 8601 calendar
  const cases: [string, string][] = [
    ['2021-01-01', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2019-12-30', '2020-W01'],
    ['2015-12-31', '2015-W53'],
    ['2016-01-03', '2015-W53'],
    ['2018-01-01', '2018-W01'],
    ['2008-12-28', '2008-W52'],
    ['2008-12-29', '2009-W01'],
    ['1987-02-26', '1987-W09'],
    ['1969-12-31', '1970-W01'],
  ];
  for (const [date, week] of cases) assert.equal(periodOf(date, 'week'), week, date);
  assert.equal(isoWeek(2004, 12, 31), '2004-W53');
});

test('id keys group by the first capture group that matched', () => {
  const topic = groupKey('id:/^bbc-(\\w+)-/');
  assert.equal(topic(art({ id: 'bbc-business-001' })), 'business');
  assert.equal(topic(art({ id: 'reuters-1' })), NO_GROUP);
  const either = groupKey('id:/^(?:a-(\\w+)|b-(\\w+))$/i');
  assert.equal(either(art({ id: 'B-two' })), 'two');
  assert.equal(groupKey('id:/^x-(\\d*)/')(art({ id: 'x-' })), NO_GROUP, 'an empty capture is no value');
  assert.equal(parseGroupBy(' id:/^(a)/ ').key, 'id:/^(a)/');
});

test('bad keys fail eagerly with a message that says what would work', () => {
  const fails = (key: string, pattern: RegExp) => assert.throws(() => parseGroupBy(key), (e: Error) => e instanceof TypeError && pattern.test(e.message), key);
  fails('', /empty/);
  fails('date', /date:day, date:week, date:month, date:year/);
  fails('date:quarter', /unknown period "quarter"/);
  fails('id:^bbc-(\\w+)', /between slashes/);
  fails('id:/^bbc-\\w+-/', /no capture group/);
  fails('id:/^bbc-((\\w+)-/', /not a valid regular expression/);
  fails('id:/(a)/g', /flags g and y/);
  fails('topic:x', /unknown key type "topic"/);
  fails('field:', /needs a field name/);
  fails('text', /article body/);
  assert.throws(() => groupKey(42 as unknown as string), /must be a string/);
});

test('choosePeriod picks the finest unit with at most about 60 periods', () => {
  assert.equal(choosePeriod('2024-01-01', '2024-01-01'), 'day');
  assert.equal(choosePeriod('2024-01-01', '2024-02-29'), 'day'); // 60 days
  assert.equal(choosePeriod('2024-01-01', '2024-03-01'), 'week'); // 61 days
  assert.equal(choosePeriod('1987-02-26', '1987-10-20'), 'week'); // Reuters-21578
  assert.equal(choosePeriod('2024-01-01', '2025-02-23'), 'week'); // 420 days
  assert.equal(choosePeriod('2024-01-01', '2025-02-24'), 'month');
  assert.equal(choosePeriod('2020-01-31', '2024-12-01'), 'month'); // 60 calendar months
  assert.equal(choosePeriod('2020-01-31', '2025-01-01'), 'year');
  assert.equal(choosePeriod('2025-01-01', '2020-01-31'), 'year', 'either order');
  assert.throws(() => choosePeriod('2024-13-01', '2024-12-01'), /ISO dates/);
});

test('grouped(): a group column first, groups in natural order, absent groups absent, merges in any order equal', async () => {
  const { grouped, keyness, termStats, terms, tokens, sentences, definePipeline } = await import('../src/index.ts');
  const { createContext } = await import('../src/context.ts');
  const { analyzeArticle } = await import('../src/pipeline/state.ts');
  const p = definePipeline({ name: 'g', analyzers: [sentences(), tokens(), terms()], aggregators: [] });
  const ctx = createContext({ log: null });
  const articles = [
    art({ id: 'a-10', source: 'B', text: 'Harbour cranes moved cargo. Cargo ships waited.' }),
    art({ id: 'a-2', source: 'A', text: 'Schools reopened. Teachers returned to schools.' }),
    art({ id: 'a-3', text: 'Cargo and schools, cargo again.' }),
    art({ id: 'a-4', source: 'A', text: 'Teachers asked for schools funding.' }),
  ];
  const docs = articles.map((a) => analyzeArticle(p, a, ctx)!);
  const agg = grouped(termStats({ minCount: 1, topBigrams: 0 }), 'source');
  const fold = (ds: typeof docs) => ds.reduce((acc, d) => agg.add(acc, d), agg.init());
  const one = agg.finish(fold(docs));
  assert.equal(one.length, 1);
  assert.deepEqual(one[0].columns.map((c) => c.name), ['group', 'term', 'count', 'docs', 'share']);
  assert.deepEqual([...new Set(one[0].rows.map((r) => r.group))], [NO_GROUP, 'A', 'B']);
  assert.deepEqual(one[0].rows.find((r) => r.group === 'A' && r.term === 'schools'), { group: 'A', term: 'schools', count: 3, docs: 2, share: 0.333333 });
  // B never says "schools": no zero row for it
  assert.equal(one[0].rows.some((r) => r.group === 'B' && r.term === 'schools'), false);
  const merged = agg.merge(fold([docs[3], docs[1]]), agg.merge(fold([docs[2]]), fold([docs[0]])));
  assert.deepEqual(agg.finish(merged), one);
  assert.throws(() => grouped(keyness({ groupBy: 'source' }), 'source'), /compares groups itself/);
});

test('groupPipeline: keyness is left as it is, charts draw one part per group, the manifest counts (none)', async () => {
  const { groupPipeline, keyness, termStats, terms, tokens, sentences, definePipeline, run, topTermsChart } = await import('../src/index.ts');
  const { createContext } = await import('../src/context.ts');
  const p = definePipeline({ name: 'g', analyzers: [sentences(), tokens(), terms()], aggregators: [termStats({ minCount: 1, topBigrams: 0 }), keyness({ groupBy: 'source', minCount: 1 })], charts: [topTermsChart()] });
  assert.throws(() => groupPipeline(p, 'date:fortnight'), /unknown period/);
  const g = groupPipeline(p, 'source');
  assert.equal(groupPipeline(p, undefined), p);
  // keyness is not wrapped: it compares the groups of the run's key itself
  assert.equal(g.aggregators[1].comparesGroups, true);
  assert.equal(g.aggregators[1].groupBy, undefined);
  const { readFileSync } = await import('node:fs');
  const { tempDir } = await import('./helpers/tmp.ts');
  const path = await import('node:path');
  const dir = tempDir('presslens-grouped-');
  const file = path.join(dir, 'in.jsonl');
  const lines = [
    { id: 'x1', source: 'B', text: 'Cargo ships waited at the harbour.' },
    { id: 'x2', text: 'Schools reopened on Monday.' },
    { id: 'x3', source: 'A', text: 'Teachers returned to the schools.' },
  ];
  (await import('node:fs')).writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const out = path.join(dir, 'out');
  const r = await run(g, { input: [file], out, report: false, ctx: createContext({ log: null }), settings: {} });
  assert.deepEqual(r.manifest.groups, { key: 'source', none: 1, articles: [{ group: NO_GROUP, articles: 1 }, { group: 'A', articles: 1 }, { group: 'B', articles: 1 }] });
  assert.match(readFileSync(path.join(out, 'terms.csv'), 'utf8'), /^group,term,count,docs,share\n\(none\),/);
  const chart = g.charts[0].build(r.tables.find((t) => t.name === 'terms')!)!;
  assert.equal((chart.concat as unknown[]).length, 3);
  const k = r.tables.find((t) => t.name === 'keyness')!;
  assert.deepEqual(k.columns[0].name, 'group');
  assert.equal(k.columns[1].name, 'reference', 'keyness has its own group column, not a second one');
});
