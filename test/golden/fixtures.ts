/**
 * Hand-made report inputs: every table of the default news report for a tiny fictional corpus,
 * plus a manifest. Used by the golden, report and browser tests. Deterministic; edit with care
 * (golden files depend on it — regenerate with UPDATE_GOLDEN=1).
 */
import type { Manifest } from '../../src/pipeline/manifest.ts';
import type { Cell, Column, ColumnType, Table } from '../../src/report/table.ts';
import { table } from '../../src/report/table.ts';

export const HOSTILE_TITLE = '<img src=x onerror="window.__xss=1">';
export const HOSTILE_QUOTE = '"We will win," she said </p><script>window.__xss=1</script> & more | pipes\nnewline';
/** A file name a shell allows: markup in it must stay text too. */
export const HOSTILE_FILE = '<svg onload="window.__xss=1">.jsonl';
export const HOSTILE_SPEAKER = 'Dr. <b onmouseover="window.__xss=1">Evil</b> \'; alert(1)// datum.x';

function t(name: string, title: string, cols: [string, ColumnType][], rows: Cell[][]): Table {
  const columns: Column[] = cols.map(([n, type]) => ({ name: n, type }));
  return table(name, title, columns, rows.map((r) => Object.fromEntries(cols.map(([n], i) => [n, r[i] ?? null]))));
}

/** The fixture tables. With `hostile`, one article title, one quote and one speaker are HTML/JS injection attempts. */
export function fixtureTables(options: { hostile?: boolean } = {}): Table[] {
  const h = options.hostile ?? false;
  const t2 = h ? HOSTILE_TITLE : 'Harbour strike enters second week';
  const speaker3 = h ? HOSTILE_SPEAKER : 'Maria Costa';
  const quote = h ? HOSTILE_QUOTE : 'We will not accept these cuts';
  const articles: [string, string, string | null][] = [
    ['a1', 'Council approves new budget', '2024-03-01'],
    ['a2', t2, '2024-03-01'],
    ['a3', 'Floods close river road', '2024-03-02'],
    ['a4', 'Minister defends tax plan', '2024-03-04'],
    ['a5', 'Local team wins cup final', null],
  ];
  return [
    t('terms', 'Top terms', [['term', 'string'], ['count', 'integer'], ['docs', 'integer'], ['share', 'number']], [
      ['council', 42, 3, 0.021], ['budget', 37, 2, 0.0185], ['strike', 31, 2, 0.0155], ['minister', 28, 3, 0.014], ['harbour', 25, 1, 0.0125],
      ['tax', 22, 2, 0.011], ['flood', 19, 1, 0.0095], ['workers', 17, 2, 0.0085], ['road', 15, 2, 0.0075], ['cup', 12, 1, 0.006],
      [h ? HOSTILE_TITLE : 'union', 11, 2, 0.0055], ['river', 10, 1, 0.005],
    ]),
    t('bigrams', 'Top bigrams', [['bigram', 'string'], ['count', 'integer'], ['docs', 'integer']], [
      ['city council', 18, 3], ['tax plan', 12, 2], ['harbour workers', 9, 1], ['river road', 7, 1], ['cup final', 5, 1], ['budget vote', 4, 2],
    ]),
    t('tfidf', 'Distinctive terms per article', [['article', 'string'], ['title', 'string'], ['term', 'string'], ['count', 'integer'], ['tf', 'number'], ['idf', 'number'], ['tf_idf', 'number'], ['rank', 'integer']],
      articles.flatMap(([id, title], a) => ['one', 'two', 'three', 'four'].map((w, i) => [id, title, `${['budget', 'strike', 'flood', 'tax', 'cup'][a]}-${w}`, 5 - i, 0.05 - i * 0.01, 1.6, +(0.08 - i * 0.015 + a * 0.004).toFixed(4), i + 1])),
    ),
    t('articles', 'Articles', [['article', 'string'], ['title', 'string'], ['date', 'date'], ['source', 'string'], ['author', 'string'], ['words', 'integer'], ['sentences', 'integer'], ['origin', 'string']],
      articles.map(([id, title, date], i) => [id, title, date, 'The Daily Fixture', h && i === 1 ? HOSTILE_SPEAKER : 'Staff', 300 + i * 50, 12 + i, `data/fixture.jsonl:${i + 1}`]),
    ),
    t('sentiment_articles', 'Sentiment per article', [['article', 'string'], ['title', 'string'], ['date', 'date'], ['sentences', 'integer'], ['mean', 'number'], ['share_positive', 'number'], ['share_negative', 'number'], ['min', 'number'], ['max', 'number'], ['most_negative', 'string'], ['most_positive', 'string']],
      articles.map(([id, title, date], i) => [id, title, date, 12 + i, [0.21, -0.34, -0.52, 0.03, 0.64][i], 0.4, 0.3, -0.8, 0.9, i === 1 ? quote : 'Roads were closed.', 'Fans celebrated.']),
    ),
    { ...t('sentiment_article_extremes', 'Most negative and most positive articles', [['article', 'string'], ['title', 'string'], ['date', 'date'], ['sentences', 'integer'], ['mean', 'number']],
      articles.map(([id, title, date], i) => [id, title, date, 12 + i, [0.21, -0.34, -0.52, 0.03, 0.64][i]] as const).sort((x, y) => x[4] - y[4]).map((r) => [...r]),
    ), note: 'Only articles with at least 5 sentences: 5 of 5 scored articles.' },
    t('sentiment_summary', 'Sentiment of the corpus', [['articles', 'integer'], ['scored_articles', 'integer'], ['sentences', 'integer'], ['mean', 'number'], ['share_positive', 'number'], ['share_negative', 'number']], [
      [5, 5, 70, 0.004, 0.4, 0.3],
    ]),
    t('sentiment_sentences', 'Sentence sentiment', [['article', 'string'], ['start', 'integer'], ['end', 'integer'], ['compound', 'number'], ['pos', 'number'], ['neu', 'number'], ['neg', 'number'], ['text', 'string']], [
      ['a1', 0, 30, 0.42, 0.3, 0.7, 0, 'The council approved the budget.'],
      ['a2', 0, quote.length, -0.61, 0, 0.5, 0.5, quote],
      ['a3', 0, 24, -0.7, 0, 0.4, 0.6, 'Floods closed the road.'],
    ]),
    t('sentiment_histogram', 'Sentence score distribution', [['bin_start', 'number'], ['bin_end', 'number'], ['sentences', 'integer']],
      Array.from({ length: 20 }, (_, i) => [+(-1 + i * 0.1).toFixed(1), +(-0.9 + i * 0.1).toFixed(1), [0, 1, 1, 2, 3, 4, 5, 6, 8, 14, 22, 9, 7, 6, 5, 3, 2, 1, 1, 0][i]]),
    ),
    t('sentiment_over_time', 'Sentiment over time', [['date', 'date'], ['articles', 'integer'], ['scored_articles', 'integer'], ['sentences', 'integer'], ['mean', 'number']], [
      ['2024-03-01', 2, 2, 25, -0.065], ['2024-03-02', 1, 1, 14, -0.52], ['2024-03-04', 1, 1, 15, 0.03],
    ]),
    t('attributions', 'Attributions', [['article', 'string'], ['article_title', 'string'], ['article_date', 'date'], ['paragraph', 'integer'], ['type', 'string'], ['speaker', 'string'], ['source_id', 'string'], ['title', 'string'], ['named', 'boolean'], ['category', 'string'], ['cue', 'string'], ['source_text', 'string'], ['content', 'string'], ['sentence', 'string'], ['source_start', 'integer'], ['source_end', 'integer'], ['cue_start', 'integer'], ['cue_end', 'integer'], ['content_start', 'integer'], ['content_end', 'integer']], [
      ['a1', articles[0][1], articles[0][2], 1, 'direct', 'Anna Berg', 's0berg', 'Mayor', true, 'government', 'said', 'Mayor Anna Berg', 'The budget is balanced', 'Mayor Anna Berg said: "The budget is balanced."', 0, 15, 16, 20, 22, 44],
      ['a2', t2, articles[1][2], 2, 'direct', speaker3, 's0costa', 'union leader', true, 'civil_society', 'said', speaker3, quote, `${speaker3} said ${quote}`, 50, 61, 62, 66, 68, 68 + quote.length],
      ['a2', t2, articles[1][2], 3, 'indirect', 'officials', 's0officials', null, false, 'government', 'claimed', 'officials', 'the port would reopen', 'Officials claimed the port would reopen.', 90, 99, 100, 107, 108, 129],
      ['a3', articles[2][1], articles[2][2], 1, 'indirect', 'Berg', 's0bergshort', null, true, 'government', 'said', 'Berg', 'the road reopens on Monday', 'Berg said the road reopens on Monday.', 0, 4, 5, 9, 10, 36],
      ['a4', articles[3][1], articles[3][2], 1, 'according_to', 'the ministry', 's0ministry', null, false, 'government', 'according to', 'the ministry', 'taxes will rise', 'According to the ministry, taxes will rise.', 10, 22, 0, 12, 30, 45],
    ]),
    t('sources', 'Sources', [['source_id', 'string'], ['speaker', 'string'], ['category', 'string'], ['named', 'boolean'], ['attributions', 'integer'], ['direct', 'integer'], ['mixed', 'integer'], ['indirect', 'integer'], ['according_to', 'integer'], ['articles', 'integer'], ['mean_sentiment', 'number'], ['sentiment_n', 'integer'], ['sentiment_ci_low', 'number'], ['sentiment_ci_high', 'number'], ['also_ids', 'string']], [
      ['s0berg', 'Anna Berg', 'government', true, 9, 5, 1, 3, 0, 3, 0.18, 9, 0.02, 0.34, 's0bergshort'],
      ['s0costa', speaker3, 'civil_society', true, 7, 4, 2, 1, 0, 1, -0.41, 7, -0.7, -0.12, null],
      ['s0officials', 'unnamed: government official', 'government', false, 6, 0, 0, 4, 2, 3, -0.12, 6, -0.45, 0.21, null],
      ['s0ministry', 'unnamed: government', 'government', false, 4, 0, 0, 1, 3, 2, null, 0, null, null, null],
      ['s0park', 'Jon Park', 'expert', true, 3, 2, 0, 1, 0, 1, 0.05, 3, -0.5, 0.6, null],
      ['s0police', 'unnamed: law enforcement', 'law_enforcement', false, 2, 0, 0, 2, 0, 1, -0.3, 2, -1, 0.9, null],
    ]),
    t('source_categories', 'Source categories', [['category', 'string'], ['named', 'boolean'], ['attributions', 'integer'], ['sources', 'integer'], ['share', 'number']], [
      ['government', true, 9, 1, 0.290323], ['government', false, 10, 2, 0.322581], ['civil_society', true, 7, 1, 0.225806],
      ['expert', true, 3, 1, 0.096774], ['police', false, 2, 1, 0.064516],
    ]),
    t('cue_verbs', 'Cue verbs', [['cue', 'string'], ['stance', 'string'], ['count', 'integer'], ['share', 'number']], [
      ['said', 'neutral', 18, 0.580645], ['told', 'neutral', 5, 0.16129], ['claimed', 'loaded', 3, 0.096774], ['according to', 'neutral', 3, 0.096774], ['admitted', 'loaded', 2, 0.064516],
    ]),
    t('attribution_articles', 'Attribution per article', [['article', 'string'], ['attributions', 'integer'], ['sources', 'integer'], ['named_sources', 'integer'], ['anonymous_sources', 'integer'], ['quotes', 'integer'], ['named_share', 'number'], ['attributed_share', 'number']], [
      ['a1', 10, 3, 2, 1, 5, 0.666667, 0.4], ['a2', 12, 3, 1, 2, 6, 0.333333, 0.5], ['a3', 2, 1, 0, 1, 0, 0, 0.1], ['a4', 7, 2, 1, 1, 2, 0.5, 0.3], ['a5', 0, 0, 0, 0, 0, 0, 0],
    ]),
  ];
}

/** A manifest for the fixture tables (generatedAt is fixed; the report must not show it anyway). */
export function fixtureManifest(tables: Table[], options: { hostile?: boolean } = {}): Manifest {
  return {
    pipeline: 'news-report',
    generatedAt: '2024-03-05T12:00:00.000Z',
    presslens: '0.1.0',
    node: 'v20.0.0',
    packages: { vega: '6.4.0', 'vega-lite': '6.4.3' },
    settings: { sentiment: 'vader', top: 25, stopwords: 'en', note: options.hostile ? HOSTILE_TITLE : 'fixture' },
    inputs: [{ file: options.hostile ? `data/${HOSTILE_FILE}` : 'data/fixture.jsonl', bytes: 12345, sha256: 'ab'.repeat(32), articles: 5 }],
    counts: { articles: 5, skipped: 2, warnings: 3, sentences: 70, tokens: 1800 },
    dateRange: { from: '2024-03-01', to: '2024-03-04' },
    skipped: [
      { file: 'data/broken.jsonl', line: 3, reason: options.hostile ? `malformed JSON near ${HOSTILE_TITLE}` : 'malformed JSON (Unexpected token)', code: 'jsonl-malformed' },
      { file: 'data/empty.txt', reason: 'empty file', code: 'empty-file' },
    ],
    diagnostics: [
      { level: 'warning', code: 'jsonl-malformed', message: 'malformed JSON (Unexpected token)', origin: { file: 'data/broken.jsonl', line: 3 }, stage: 'read' },
      { level: 'warning', code: 'empty-file', message: 'empty file', origin: { file: 'data/empty.txt' }, stage: 'read' },
      { level: 'warning', code: 'no-date', message: options.hostile ? `article has no date: ${HOSTILE_TITLE}` : 'article has no date', origin: { file: 'data/fixture.jsonl', line: 5 }, stage: 'read' },
      { level: 'info', code: 'note', message: 'informational only', stage: 'read' },
    ],
    tables: tables.map((x) => ({ name: x.name, rows: x.rows.length, file: `${x.name}.csv` })),
    charts: [],
  };
}
