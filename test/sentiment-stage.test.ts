/**
 * The sentiment analyzer, the sentiment-stats aggregator, the AFINN and news modes, and the lexicon loaders.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../src/context.ts';
import { afinnScores, afinnWords, createAfinn } from '../src/analyze/sentiment/afinn.ts';
import { SENTIMENT_MODES, scoreSentences, scoreText, sentiment, sentimentStats, type SentimentStatsAcc } from '../src/analyze/sentiment/index.ts';
import { formatVaderLexicon, getAfinnLexicon, getVaderLexicon, parseVaderLexicon } from '../src/analyze/sentiment/lexicon.ts';
import { createNewsScorer, newsScores } from '../src/analyze/sentiment/news.ts';
import type { Doc } from '../src/types.ts';

const ctx = createContext({ log: null });

function doc(id: string, text: string, date?: string): Doc {
  return { article: { id, title: `Title ${id}`, date: date ?? null, text, origin: { file: 'test' } } };
}

const DOCS: Doc[] = [
  doc('a-2', 'The plan is a good one. Critics called it a disaster. Nobody knows.', '2024-03-02T10:00:00Z'),
  doc('a-10', 'Officials praised the brave rescuers.\n\nThe storm killed five people and destroyed homes.', '2024-03-01'),
  doc('a-1', 'Prices rose. Markets were calm.', '2024-03-02'),
  doc('b-1', 'What a wonderful, wonderful day! Great news for everyone.'),
  doc('b-2', ''),
  doc('b-3', 'The war is a terrible tragedy. It is not good. Peace would be great.', 'not a date'),
];

function analyzed(mode: 'vader' | 'afinn' | 'news' = 'vader'): Doc[] {
  const stage = sentiment({ mode });
  return DOCS.map((d) => {
    const copy: Doc = { article: d.article };
    stage.run(copy, ctx);
    return copy;
  });
}

describe('sentiment analyzer', () => {
  test('sentiment() is an analyzer named "sentiment" requiring sentences', () => {
    const a = sentiment();
    assert.equal(a.kind, 'analyzer');
    assert.equal(a.name, 'sentiment');
    assert.deepEqual([...a.requires], ['sentences']);
  });
  test('sentiment({ mode: "bogus" }) throws TypeError', () => {
    assert.throws(() => sentiment({ mode: 'bogus' as never }), TypeError);
    assert.throws(() => sentiment(null as never), TypeError);
    assert.throws(() => scoreText('x', 'bogus' as never), TypeError);
  });
  test('sentiment().run(doc) scores each sentence with offsets into the article text', () => {
    const [d] = analyzed();
    const s = d.sentiment!;
    assert.equal(s.mode, 'vader');
    assert.equal(s.sentences.length, 3);
    assert.equal(d.article.text.slice(s.sentences[1].start, s.sentences[1].end), 'Critics called it a disaster.');
    assert.ok(s.sentences[0].compound > 0 && s.sentences[1].compound < 0 && s.sentences[2].compound === 0);
    assert.equal(s.mean, (s.sentences[0].compound + s.sentences[1].compound + s.sentences[2].compound) / 3);
    assert.equal(s.sharePositive, 1 / 3);
    assert.equal(s.shareNegative, 1 / 3);
  });
  test('sentiment().run(doc) uses doc.sentences when present', () => {
    const d: Doc = { article: DOCS[0].article, sentences: [{ start: 0, end: 8, text: 'The plan', paragraph: 0 }] };
    sentiment().run(d, ctx);
    assert.equal(d.sentiment!.sentences.length, 1);
    assert.equal(d.sentiment!.sentences[0].end, 8);
  });
  test('sentiment().run(empty doc) gives zero mean and shares', () => {
    const d = analyzed()[4];
    assert.deepEqual(d.sentiment, { mode: 'vader', sentences: [], mean: 0, sharePositive: 0, shareNegative: 0 });
  });
  test('scoreText("", mode) is all zeros in every mode', () => {
    for (const m of SENTIMENT_MODES) {
      assert.deepEqual(scoreText('', m), { compound: 0, pos: 0, neu: 0, neg: 0 });
      assert.deepEqual(scoreSentences('', m).sentences, []);
    }
  });
});

function runAll(docs: Doc[], agg = sentimentStats({ topSentences: 2 })): SentimentStatsAcc {
  let acc = agg.init();
  for (const d of docs) acc = agg.add(acc, d);
  return acc;
}

describe('sentimentStats aggregator', () => {
  test('sentimentStats() is a mergeable aggregator named "sentiment-stats" requiring sentiment', () => {
    const g = sentimentStats();
    assert.equal(g.name, 'sentiment-stats');
    assert.deepEqual([...g.requires], ['sentiment']);
    assert.throws(() => sentimentStats({ topSentences: -1 }), TypeError);
    assert.throws(() => sentimentStats({ topSentences: 1.5 }), TypeError);
  });
  for (const mode of SENTIMENT_MODES) {
    test(`merge(first half, second half) gives the same tables as one pass (${mode})`, () => {
      const docs = analyzed(mode);
      const g = sentimentStats({ topSentences: 2 });
      const single = g.finish(runAll(docs, g));
      const a = runAll(docs.slice(0, 3), g);
      const b = runAll(docs.slice(3), g);
      assert.deepEqual(g.finish(g.merge(a, b)), single);
      // merged the other way round, only the held per-article rows (a streamed table) change order
      const [arts, ...rest] = g.finish(g.merge(b, a));
      assert.deepEqual(rest, single.slice(1));
      assert.deepEqual([...arts.rows.slice(3), ...arts.rows.slice(0, 3)], single[0].rows);
      assert.deepEqual(g.finish(g.merge(g.init(), g.merge(a, b))), single);
      // associativity with three parts
      const p = [runAll(docs.slice(0, 2), g), runAll(docs.slice(2, 4), g), runAll(docs.slice(4), g)];
      assert.deepEqual(g.merge(g.merge(p[0], p[1]), p[2]), g.merge(p[0], g.merge(p[1], p[2])));
      // accumulators are plain data
      assert.deepEqual(structuredClone(a), a);
    });
  }
  test('sentiment_article_extremes lists only articles with at least minSentences sentences, and says so', () => {
    const g = sentimentStats({ topArticles: 10, minSentences: 3 });
    const tables = g.finish(runAll(analyzed(), g));
    const articles = tables[0].rows;
    const extremes = tables[2];
    const eligible = articles.filter((r) => (r.sentences as number) >= 3);
    assert.ok(eligible.length > 0 && eligible.length < articles.filter((r) => (r.sentences as number) > 0).length, 'the fixture has short and long articles');
    assert.deepEqual(extremes.rows.map((r) => r.article).sort(), eligible.map((r) => r.article).sort());
    assert.equal(extremes.note, `Only articles with at least 3 sentences: ${eligible.length} of 5 scored articles.`);
    assert.throws(() => sentimentStats({ minSentences: 0 }), TypeError);
  });
  test('sentimentStats().finish() builds the six tables with their columns', () => {
    const g = sentimentStats({ topSentences: 2, topArticles: 2, minSentences: 1 });
    const tables = g.finish(runAll(analyzed(), g));
    assert.deepEqual(tables.map((t) => t.name), ['sentiment_articles', 'sentiment_sentences', 'sentiment_article_extremes', 'sentiment_histogram', 'sentiment_over_time', 'sentiment_summary']);
    const [articles, sentences, extremes, histogram, overTime, summary] = tables;
    assert.deepEqual(g.streams!.map((s) => s.name), ['sentiment_articles']);
    assert.deepEqual(articles.columns.map((c) => c.name), ['article', 'title', 'date', 'sentences', 'mean', 'share_positive', 'share_negative', 'min', 'max', 'most_negative', 'most_positive']);
    assert.deepEqual(articles.rows.map((r) => r.article), ['a-2', 'a-10', 'a-1', 'b-1', 'b-2', 'b-3'], 'input order');
    const a2 = articles.rows[0];
    assert.equal(a2.most_negative, 'Critics called it a disaster.');
    assert.equal(a2.most_positive, 'The plan is a good one.');
    assert.equal(articles.rows[4].min, null);
    const compounds = analyzed().flatMap((d) => d.sentiment!.sentences.map((x) => x.compound));
    // extremes: the 2 lowest and 2 highest of the 5 articles with sentences, sorted by mean
    const means = articles.rows.filter((r) => (r.sentences as number) > 0).map((r) => r.mean as number).sort((x, y) => x - y);
    assert.deepEqual(extremes.rows.map((r) => r.mean), [means[0], means[1], means[3], means[4]]);
    assert.deepEqual(summary.rows, [{
      articles: 6,
      scored_articles: 5,
      sentences: histogram.rows.reduce((n, r) => n + (r.sentences as number), 0),
      mean: Math.round((means.reduce((a, b) => a + b, 0) / 5) * 1e4) / 1e4,
      share_positive: Math.round((compounds.filter((c) => c >= 0.05).length / compounds.length) * 1e4) / 1e4,
      share_negative: Math.round((compounds.filter((c) => c <= -0.05).length / compounds.length) * 1e4) / 1e4,
    }]);
    assert.deepEqual(sentences.columns.map((c) => c.name), ['article', 'start', 'end', 'compound', 'pos', 'neu', 'neg', 'text']);
    assert.equal(sentences.rows.length, 4);
    const comp = sentences.rows.map((r) => r.compound as number);
    assert.deepEqual(comp, [...comp].sort((x, y) => x - y));
    assert.ok(comp[0] < 0 && comp[3] > 0);
    assert.deepEqual(histogram.columns.map((c) => c.name), ['bin_start', 'bin_end', 'sentences']);
    assert.equal(histogram.rows.length, 20);
    assert.deepEqual([histogram.rows[0].bin_start, histogram.rows[19].bin_end, histogram.rows[10].bin_start], [-1, 1, 0]);
    const total = analyzed().reduce((n, d) => n + d.sentiment!.sentences.length, 0);
    assert.equal(histogram.rows.reduce((n, r) => n + (r.sentences as number), 0), total);
    assert.deepEqual(overTime.columns.map((c) => c.name), ['date', 'articles', 'scored_articles', 'sentences', 'mean']);
    assert.deepEqual(overTime.rows.map((r) => [r.date, r.articles, r.sentences]), [['2024-03-01', 1, 2], ['2024-03-02', 2, 5]]);
  });
  test('sentiment_over_time has no rows when no article has a date', () => {
    const g = sentimentStats();
    const docs = analyzed().map((d) => ({ ...d, article: { ...d.article, date: null } }));
    assert.deepEqual(g.finish(runAll(docs, g)).find((t) => t.name === 'sentiment_over_time')!.rows, []);
  });
  test('sentiment_sentences lists a sentence once when it is among both the most negative and most positive', () => {
    const g = sentimentStats({ topSentences: 20 });
    const docs = analyzed();
    const rows = g.finish(runAll(docs, g))[1].rows;
    const total = docs.reduce((n, d) => n + d.sentiment!.sentences.length, 0);
    assert.equal(rows.length, total);
  });
});

describe('afinn mode', () => {
  test('afinnScores("not good") is negative and afinnScores("good") positive', () => {
    assert.ok(afinnScores('good').compound > 0);
    assert.ok(afinnScores('It is not good').compound < 0);
  });
  test('afinnScores negation ends at the clause: "Not that it matters, the food was good" is positive', () => {
    assert.ok(afinnScores('Not that it matters, the food was good').compound > 0);
    assert.ok(afinnScores('I did not think the food was good').compound > 0); // good is 5 words after "not"
  });
  test('afinnScores("I can\'t stand it") uses the multi-word entry', () => {
    assert.equal(afinnWords("I can’t stand it").map((w) => w.w).join(' '), "i can't stand it");
    assert.ok(afinnScores("I can't stand it").compound < 0);
  });
  test('afinnScores compound does not shrink with sentence length (no division by token count)', () => {
    const short = afinnScores('A disaster.').compound;
    const long = afinnScores('A disaster for the people of the town and the region around it this year.').compound;
    assert.equal(short, long);
  });
  test('afinnScores(text without words) is all zeros, never NaN', () => {
    for (const t of ['', '...', '  !!! ']) assert.deepEqual(afinnScores(t), { compound: 0, pos: 0, neu: 0, neg: 0 });
  });
  test('createAfinn(bad options) throws TypeError', () => {
    assert.throws(() => createAfinn({ alpha: -1 }), TypeError);
    assert.throws(() => createAfinn({ lexicon: { a: 'x' as never } }), TypeError);
  });
});

describe('news mode', () => {
  test('newsScores("The attack killed 12 people.") is negative, a praising sentence positive', () => {
    assert.ok(newsScores('The attack killed 12 people and wounded dozens.').compound < 0);
    assert.ok(newsScores('Officials praised the brave rescuers for their wonderful work.').compound > 0);
  });
  test('newsScores of a sentence with one mild word is neutral (dead zone)', () => {
    const plain = createNewsScorer({ weights: {} }); // VADER + AFINN only, to test the dead zone alone
    assert.ok(scoreText('The talks were okay.', 'vader').compound > 0); // VADER sum 0.9
    assert.equal(plain.polarityScores('The talks were okay.').compound, 0);
    assert.ok(plain.polarityScores('The plan is interesting.').compound > 0); // 1.7 + 0.5 · 2 − 1 > 0
  });
  test('createNewsScorer(bad weights) throws TypeError', () => {
    assert.throws(() => createNewsScorer({ weights: { a: Number.POSITIVE_INFINITY } }), TypeError);
  });
});

describe('lexicons', () => {
  test('getVaderLexicon() has the four upstream corrections; upstreamPatches: false is the npm file as shipped', () => {
    const lex = getVaderLexicon();
    assert.deepEqual([lex.get('heart'), lex.get('hearts'), lex.get('flawed'), lex.get('badass')], [3.2, 3.3, -2.1, 1.4]);
    const raw = getVaderLexicon({ upstreamPatches: false });
    assert.deepEqual([raw.get('heart'), raw.get('hearts'), raw.get('flawed'), raw.get('badass')], [undefined, undefined, undefined, -0.6]);
    assert.equal(lex.size, 7506);
    assert.equal(raw.size, 7503);
  });
  test('parseVaderLexicon keeps the last value of a duplicated token (like Python)', () => {
    assert.equal(getVaderLexicon().get('xd'), 2.8);
    const m = parseVaderLexicon('a\t1\t0\t[]\nb\t2\t0\t[]\na\t3\t0\t[]\n');
    assert.deepEqual([...m], [['a', 3], ['b', 2]]);
    assert.throws(() => parseVaderLexicon('a\tx\n'), Error);
  });
  test('formatVaderLexicon() has no trailing newline and round-trips', () => {
    const text = formatVaderLexicon(getVaderLexicon());
    assert.ok(!text.endsWith('\n'));
    assert.deepEqual(parseVaderLexicon(text), getVaderLexicon());
  });
  test('getAfinnLexicon() is AFINN-165', () => {
    const a = getAfinnLexicon();
    assert.equal(a.size, 3382);
    assert.equal(a.get('good'), 3);
  });
});
