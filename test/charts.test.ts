import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from 'vega-lite';
import { defaultCharts, distinctiveTermsChart, sourceSentimentChart, sentimentOverTimeChart, articleSentimentChart, topTermsChart } from '../src/report/charts/index.ts';
import { uniqueLabels, shorten } from '../src/report/charts/common.ts';
import { checkSvg } from '../src/report/html.ts';
import { specToSvg } from '../src/report/render.ts';
import type { Cell, Table } from '../src/report/table.ts';
import { fixtureTables } from './golden/fixtures.ts';

const HOSTILE = ['<img src=x onerror="window.__xss=1">', '"quote"', "'; alert(1)//", 'datum.x', '${x}', '</svg><script>alert(1)</script>', 'a\nb|c', '{{x}}'];

const quiet = { level: () => quiet, warn: () => quiet, info: () => quiet, debug: () => quiet, error: (...a: unknown[]) => { throw new Error(a.join(' ')); } };

function compiles(spec: Record<string, unknown>): void {
  const vg = compile(structuredClone(spec) as never, { logger: quiet as never }).spec;
  assert.ok(vg && typeof vg === 'object');
}

/** The table with every string cell replaced by a hostile string (numbers and booleans kept). */
function hostile(t: Table): Table {
  let i = 0;
  const rows = t.rows.map((r) => {
    const o: Record<string, Cell> = {};
    for (const c of t.columns) {
      const v = r[c.name];
      // keep dates parseable and stance/type vocabularies meaningful; everything else hostile
      o[c.name] = typeof v === 'string' && c.type !== 'date' && !['stance', 'type'].includes(c.name) ? HOSTILE[i++ % HOSTILE.length] + (c.name === 'article' ? String(i) : '') : v;
    }
    return o;
  });
  return { ...t, rows };
}

/** Every string in the spec outside `data.values`, with the key path. */
function specStrings(v: unknown, path = '', out: { path: string; value: string }[] = []): { path: string; value: string }[] {
  if (typeof v === 'string') out.push({ path, value: v });
  else if (Array.isArray(v)) v.forEach((x, i) => specStrings(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'values' && path.endsWith('data')) continue;
      specStrings(x, path ? `${path}.${k}` : k, out);
    }
  }
  return out;
}

const EXPRESSION_KEYS = /(^|\.)(calculate|filter|labelExpr|expr|test|signal|update)$/;

function keyPaths(v: unknown, path = '', out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x, i) => keyPaths(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(path ? `${path}.${k}` : k); keyPaths(x, path ? `${path}.${k}` : k, out); }
  return out;
}

/** One column each chart reads. */
const REQUIRED: Record<string, string> = {
  'top-terms': 'term', 'top-bigrams': 'bigram', 'distinctive-terms': 'tf_idf', 'sentiment-distribution': 'bin_start',
  'sentiment-over-time': 'date', 'article-sentiment': 'mean', 'quotes-per-source': 'direct', 'source-categories': 'named',
  'cue-verbs': 'stance', 'source-sentiment': 'mean_sentiment',
};

const tables = new Map(fixtureTables().map((t) => [t.name, t]));

test('every default chart has a file-safe unique name and a table in the fixture set', () => {
  const names = defaultCharts().map((c) => c.name);
  assert.equal(new Set(names).size, names.length);
  for (const c of defaultCharts()) {
    assert.match(c.name, /^[a-z0-9][a-z0-9-]*$/);
    assert.ok(tables.has(c.table), `fixture lacks table ${c.table}`);
  }
});

for (const chart of defaultCharts()) {
  test(`${chart.name}: builds a self-contained spec that compiles`, () => {
    const spec = chart.build(tables.get(chart.table)!);
    assert.ok(spec, 'fixture data should give a chart');
    compiles(spec);
    assert.equal(spec.$schema, 'https://vega.github.io/schema/vega-lite/v6.json');
    assert.ok(Array.isArray((spec.data as { values: unknown[] }).values), 'data is inlined as values');
    assert.equal((spec.config as { font: string }).font, 'DejaVu Sans');
    const title = (spec.title as { text: string }).text;
    assert.ok(title.length > 3);
    assert.deepEqual(keyPaths(spec).filter((p) => EXPRESSION_KEYS.test(p)), [], 'no Vega expressions in chart specs');
  });

  test(`${chart.name}: empty table gives null`, () => {
    const t = tables.get(chart.table)!;
    assert.equal(chart.build({ ...t, rows: [] }), null);
  });

  test(`${chart.name}: hostile strings stay data and render escaped`, async () => {
    const t = hostile(tables.get(chart.table)!);
    const spec = chart.build(t);
    assert.ok(spec);
    compiles(spec);
    for (const s of specStrings(spec)) {
      for (const h of HOSTILE) assert.ok(!s.value.includes(h), `hostile string ${JSON.stringify(h)} leaked into ${s.path}`);
    }
    assert.deepEqual(keyPaths(spec).filter((p) => EXPRESSION_KEYS.test(p)), []);
    const svg = await specToSvg(spec);
    checkSvg(svg);
    assert.ok(!svg.includes('<img'), 'no raw <img in SVG');
    assert.ok(!svg.includes('<script'), 'no raw <script in SVG');
  });

  test(`${chart.name}: missing column is a clear error`, () => {
    const t = tables.get(chart.table)!;
    const drop = REQUIRED[chart.name];
    assert.ok(drop, `REQUIRED lacks ${chart.name}`);
    const cols = t.columns.filter((c) => c.name !== drop);
    const rows = t.rows.map((r) => Object.fromEntries(cols.map((c) => [c.name, r[c.name]])));
    assert.throws(() => chart.build({ ...t, columns: cols, rows }), new RegExp(`chart ${chart.name}: table ${t.name} lacks column\\(s\\) ${drop}`));
  });
}

test('sentiment over time is null without usable dates', () => {
  const t = tables.get('sentiment_over_time')!;
  assert.equal(sentimentOverTimeChart().build({ ...t, rows: t.rows.map((r) => ({ ...r, date: null })) }), null);
  assert.equal(sentimentOverTimeChart().build({ ...t, rows: t.rows.map((r) => ({ ...r, date: 'unknown' })) }), null);
});

test('source sentiment is null when mean_sentiment is all null', () => {
  const t = tables.get('sources')!;
  assert.equal(sourceSentimentChart().build({ ...t, rows: t.rows.map((r) => ({ ...r, mean_sentiment: null })) }), null);
});

test('duplicate article titles stay separate bars', () => {
  const t = tables.get('sentiment_article_extremes')!;
  const spec = articleSentimentChart().build({ ...t, rows: t.rows.map((r) => ({ ...r, title: 'Same title' })) })!;
  const labels = (spec.data as { values: { article: string }[] }).values.map((v) => v.article);
  assert.equal(new Set(labels).size, labels.length);
  assert.deepEqual(uniqueLabels([{ key: 'a', label: 'x' }, { key: 'b', label: 'x' }, { key: 'c', label: '' }]), new Map([['a', 'x'], ['b', 'x (b)'], ['c', 'c']]));
  assert.equal(shorten('abcdef', 4), 'abc…');
});

test('article sentiment shows the most negative and most positive when there are many articles', () => {
  const t = tables.get('sentiment_article_extremes')!;
  const rows = Array.from({ length: 40 }, (_, i) => ({ ...t.rows[0], article: `x${i}`, title: `Article ${i}`, mean: (i - 20) / 25 }));
  const spec = articleSentimentChart({ top: 3 }).build({ ...t, rows })!;
  const values = (spec.data as { values: { id: string }[] }).values.map((v) => v.id);
  assert.deepEqual(values, ['x39', 'x38', 'x37', 'x2', 'x1', 'x0']);
});

test('distinctive terms: small multiples for few articles, a limited grid for many', () => {
  const t = tables.get('tfidf')!;
  const few = distinctiveTermsChart().build(t)!;
  assert.ok('facet' in few);
  const many = Array.from({ length: 60 }, (_, a) => [1, 2, 3].map((rank) => ({ ...t.rows[0], article: `n${a}`, title: `Title ${a}`, term: `t${a}-${rank}`, rank, tf_idf: 1 / rank }))).flat();
  const grid = distinctiveTermsChart({ rows: 20 }).build({ ...t, rows: many })!;
  assert.ok(!('facet' in grid));
  const articles = new Set((grid.data as { values: { article: string }[] }).values.map((v) => v.article));
  assert.equal(articles.size, 20);
  compiles(grid);
});

test('top terms respects top and rejects a bad option', () => {
  const spec = topTermsChart({ top: 3 }).build(tables.get('terms')!)!;
  assert.deepEqual((spec.data as { values: { term: string }[] }).values.map((v) => v.term), ['council', 'budget', 'strike']);
  assert.throws(() => topTermsChart({ top: 0 }), /option top must be an integer ≥ 1/);
});

test('distinctive terms: beyond what fits, the articles whose top term scores highest, and a sampled table is named', () => {
  const t = tables.get('tfidf')!;
  const many = Array.from({ length: 60 }, (_, a) => [1, 2].map((rank) => ({ ...t.rows[0], article: `n${a}`, title: `Title ${a}`, term: `t${a}-${rank}`, rank, tf_idf: ((a * 37) % 60) / rank }))).flat();
  const spec = distinctiveTermsChart({ rows: 3 }).build({ ...t, title: 'Distinctive terms per article (tf-idf): a sample of 60 of 1,234 articles, chosen by a hash of the id', rows: many })!;
  const shown = [...new Set((spec.data as { values: { article: string }[] }).values.map((v) => v.article))];
  // top scores (a · 37) mod 60: 59 for a = 47, 58 for a = 34, 57 for a = 21
  assert.deepEqual(shown, ['Title 47', 'Title 34', 'Title 21']);
  const subtitle = JSON.stringify((spec.title as { subtitle: string[] }).subtitle);
  assert.match(subtitle, /whose top term scores highest/);
  assert.match(subtitle, /a sample of 60 of the corpus's 1,234 articles/);
});
