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
