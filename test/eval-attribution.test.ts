/**
 * Unit tests for the attribution-eval scoring functions (eval/lib/attribution-metrics.ts) and the
 * seed body extraction (eval/lib/markdown-body.ts). All expected numbers are hand-computed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  canonicalRanges,
  exactEqual,
  expandOverQuotes,
  findNormalized,
  greedyMatch,
  normalizeLoose,
  overlap,
  prf,
  quoteMarksClass,
  scorePolnearArticle,
  scoreSeed,
  summarizeCounts,
  TokenIndex,
} from '../eval/lib/attribution-metrics.ts';
import type {
  Range,
  ScoredAttribution,
  SeedGold,
  SeedPrediction,
} from '../eval/lib/attribution-metrics.ts';
import { extractMarkdownBody } from '../eval/lib/markdown-body.ts';

const close = (actual: number | null, expected: number, msg?: string) => {
  assert.notEqual(actual, null, msg);
  assert.ok(Math.abs((actual as number) - expected) < 1e-9, `${msg ?? ''} expected ${expected}, got ${actual}`);
};

/** Range of the `nth` (0-based) occurrence of `needle` in `text`. */
function at(text: string, needle: string, nth = 0): Range {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${needle} not in text`);
  }
  return [i, i + needle.length];
}

test('prf: counts to precision, recall, F1, with null for 0/0', () => {
  const a = prf(2, 4, 3);
  close(a.precision, 2 / 3);
  close(a.recall, 0.5);
  close(a.f1, 4 / 7);
  const none = prf(0, 0, 0);
  assert.equal(none.precision, null);
  assert.equal(none.recall, null);
  assert.equal(none.f1, null);
  const noPred = prf(0, 3, 0);
  assert.equal(noPred.precision, null);
  close(noPred.recall, 0);
  close(noPred.f1, 0);
});

test('overlap counts shared \\w+ tokens, partial tokens included, char fallback for punctuation', () => {
  const text = 'The New York Post reports: it works';
  const idx = new TokenIndex(text);
  assert.equal(idx.size, 7);
  const o = overlap(idx, [[0, 8]], [at(text, 'New York Post')]); // "The New " vs "New York Post"
  assert.equal(o.shared, 1);
  close(o.jaccard, 1 / 4);
  assert.equal(overlap(idx, [[0, 5]], [[4, 7]]).shared, 1); // "The N" touches "New"
  assert.equal(overlap(idx, [[0, 3]], [[4, 7]]).shared, 0);
  const colon = at(text, ':');
  const c = overlap(idx, [colon], [[colon[0], colon[1] + 1]]);
  assert.equal(c.unit, 'char');
  assert.equal(c.shared, 1);
  assert.equal(overlap(idx, [colon], [at(text, 'reports')]).shared, 0);
});

test('exact comparison trims edge punctuation and quotes and joins fragments split by punctuation', () => {
  const text = '"We won," she said, "and we will win again."';
  const withQuotes = at(text, '"We won,"');
  const bare = at(text, 'We won');
  assert.ok(exactEqual(text, [withQuotes], [bare]));
  assert.ok(!exactEqual(text, [bare], [at(text, 'We')]));
  // two fragments around the cue stay two fragments
  const second = at(text, '"and we will win again."');
  assert.deepEqual(canonicalRanges(text, [withQuotes, second]), [bare, at(text, 'and we will win again')]);
  // fragments separated by punctuation only are merged
  const t2 = 'Yes, no';
  assert.deepEqual(canonicalRanges(t2, [[0, 3], [5, 7]]), [[0, 7]]);
  // a punctuation-only cue is compared untrimmed
  assert.ok(exactEqual('a: b', [[1, 2]], [[1, 2]]));
  assert.ok(!exactEqual('a: b', [[1, 2]], [[0, 2]]));
});

test('greedyMatch is one-to-one, best score first, not globally optimal', () => {
  // gold A overlaps X by 3 and Y by 1; gold B overlaps only X by 2 → A–X, B unmatched.
  const scores: Record<string, number> = { '0,0': 3, '0,1': 1, '1,0': 2 };
  const pairs = greedyMatch(2, 2, (g, p) => (scores[`${g},${p}`] ? [scores[`${g},${p}`]] : null));
  assert.deepEqual(pairs, [{ gold: 0, pred: 0 }]);
  // ties broken by gold index then pred index
  assert.deepEqual(greedyMatch(2, 2, () => [1]), [
    { gold: 0, pred: 0 },
    { gold: 1, pred: 1 },
  ]);
});

test('quoteMarksClass and expandOverQuotes mirror PolNeAR content_quote_marks', () => {
  const t = '"We won," she said. He called it a "big" day. Taxes rise.';
  assert.equal(quoteMarksClass(t, [at(t, '"We won,"')]), 'full');
  assert.equal(quoteMarksClass(t, [at(t, 'it a "big" day')]), 'partial');
  assert.equal(quoteMarksClass(t, [at(t, 'Taxes rise')]), 'none');
  assert.equal(quoteMarksClass(t, []), 'no_content');
  assert.equal(quoteMarksClass(t, [at(t, 'We won')]), 'none');
  assert.equal(quoteMarksClass(t, expandOverQuotes(t, [at(t, 'We won')])), 'full');
  assert.deepEqual(expandOverQuotes(t, [at(t, 'Taxes rise')]), [at(t, 'Taxes rise')]);
});

test('scorePolnearArticle on a hand-made article', () => {
  const text = 'Smith said the plan failed. "It works," Jones said. According to police, two died. Officials say taxes rise.';
  const A = (
    source: Range | null,
    cue: Range,
    content: Range,
    quoteBucket: string,
    cueBucket: 'according_to' | 'other' = 'other',
  ): ScoredAttribution => ({ source: source && [source], cue: [cue], content: [content], quoteBucket, cueBucket });
  const gold = [
    A(at(text, 'Smith'), at(text, 'said'), at(text, 'the plan failed'), 'none'),
    A(at(text, 'Jones'), at(text, 'said', 1), at(text, '"It works,"'), 'full'),
    A(at(text, 'police'), at(text, 'According to'), at(text, 'two died'), 'none', 'according_to'),
    A(null, at(text, 'say'), at(text, 'taxes rise'), 'none'),
  ];
  const pred = [
    A(at(text, 'Smith'), at(text, 'said'), at(text, 'the plan failed.'), 'none'), // exact after trimming
    A(at(text, 'Jones'), at(text, 'Jones'), at(text, 'It works'), 'full'), // content ok, wrong cue
    A(at(text, 'Smith'), at(text, 'According to'), at(text, 'two died'), 'none', 'according_to'), // wrong source
    A(null, at(text, 'say'), at(text, 'taxes'), 'none'), // sourceless, partial content
  ];
  const s = summarizeCounts(scorePolnearArticle(text, gold, pred));
  // sources: gold {Smith, Jones, police}; pred {Smith, Jones} (Smith deduplicated) → tp 2
  assert.deepEqual([s.source.tp, s.source.gold, s.source.pred], [2, 3, 2]);
  close(s.source.precision, 1);
  close(s.source.recall, 2 / 3);
  close(s.source.f1, 0.8);
  assert.equal(s.sourceExact.tp, 2);
  // attributions: g0–p0, g1–p1, g3–p3 match; g2/p2 differ in source
  assert.deepEqual([s.attribution.tp, s.attribution.gold, s.attribution.pred], [3, 4, 4]);
  close(s.attribution.f1, 0.75);
  // exact: g0–p0 and g1–p1 (quotes and comma trimmed); p3 content too short
  assert.equal(s.attributionExact.tp, 2);
  close(s.attributionExact.precision, 0.5);
  close(s.cue.value, 2 / 3);
  close(s.cueExact.value, 2 / 3);
  close(s.sourcelessRecall.value, 1);
  // breakdowns
  assert.deepEqual(
    { ...s.byQuote.none },
    { gold: 3, goldMatched: 2, pred: 3, predMatched: 2, recall: 2 / 3, precision: 2 / 3 },
  );
  assert.deepEqual({ ...s.byQuote.full }, { gold: 1, goldMatched: 1, pred: 1, predMatched: 1, recall: 1, precision: 1 });
  assert.equal(s.byCue.according_to.recall, 0);
  assert.equal(s.byCue.according_to.precision, 0);
  assert.equal(s.byCue.other.recall, 1);
  assert.equal(s.byCue.other.precision, 1);
});

test('attribution matching: sourceless gold does not match a prediction with a source', () => {
  const text = 'Taxes will rise, officials say.';
  const g: ScoredAttribution = { source: null, cue: [at(text, 'say')], content: [at(text, 'Taxes will rise')], quoteBucket: 'none', cueBucket: 'other' };
  const p: ScoredAttribution = { ...g, source: [at(text, 'officials')] };
  const s = summarizeCounts(scorePolnearArticle(text, [g], [p]));
  assert.equal(s.attribution.tp, 0);
  close(s.attribution.f1, 0);
  assert.equal(s.source.gold, 0);
  assert.equal(s.source.precision, 0);
});

test('normalized search folds quotes, apostrophes, case and whitespace', () => {
  const text = 'He said:  “We don’t\nknow.” Then';
  assert.equal(normalizeLoose('“We don’t know.”'), "we don't know");
  assert.deepEqual(findNormalized(text, 'we don\'t know'), [[text.indexOf('We'), text.indexOf('know') + 4]]);
  assert.deepEqual(findNormalized(text, 'absent'), []);
});

const para1 = 'Officials said the bridge was closed. "It is unsafe," the mayor said.';
const para2 = 'The "experts" were wrong. Critics claimed the report was false.';
const body = `${para1}\n\n${para2}`;
const paragraphs: Range[] = [
  [0, para1.length],
  [para1.length + 2, body.length],
];
const G = (source_text: string, cue: string, content: string, paragraph: number, type: string, speaker: string, category: string): SeedGold => ({
  article: 'a',
  source_text,
  speaker,
  cue,
  type,
  content,
  named: false,
  category,
  paragraph,
});
const seedGold = [
  G('Officials', 'said', 'the bridge was closed', 1, 'indirect', 'officials', 'government'),
  G('the mayor', 'said', 'It is unsafe,', 1, 'direct', 'the mayor', 'government'),
  G('Critics', 'claimed', 'the report was false', 2, 'indirect', 'critics', 'other'),
];
const P = (source: Range | null, cue: Range, content: Range, type: string, speaker: string, category: string): SeedPrediction => ({
  source: source && [source],
  cue: [cue],
  content: [content],
  speaker,
  type,
  named: false,
  category,
});

test('scoreSeed: matching, attribute accuracy and negatives', () => {
  const pred = [
    P(at(body, 'Officials'), at(body, 'said'), at(body, 'the bridge was closed.'), 'indirect', 'officials', 'government'),
    P(at(body, 'the mayor'), at(body, 'said', 1), at(body, '"It is unsafe,"'), 'indirect', 'The mayor', 'other'),
    P(at(body, 'experts'), at(body, 'were'), at(body, 'wrong'), 'indirect', 'experts', 'expert'), // a negative
    P(at(body, 'Critics'), at(body, 'claimed'), at(body, 'the bridge was closed'), 'indirect', 'critics', 'other'), // wrong content
  ];
  const r = scoreSeed(body, paragraphs, seedGold, [{ article: 'a', text: 'The "experts" were wrong', why: 'scare quotes' }], pred);
  assert.equal(r.unlocated, 0);
  assert.deepEqual(r.pairs, [
    { gold: 0, pred: 0 },
    { gold: 1, pred: 1 },
  ]);
  close(r.attribution.precision, 0.5);
  close(r.attribution.recall, 2 / 3);
  close(r.attribution.f1, 4 / 7);
  close(r.speaker.value, 1); // "The mayor" = "the mayor"
  close(r.type.value, 0.5);
  close(r.named.value, 1);
  close(r.category.value, 0.5);
  assert.deepEqual(r.negativeHits, [[2]]);
  assert.deepEqual(r.unmatchedGold, [2]);
  assert.deepEqual(r.falsePositives, [2, 3]);
  close(r.contentOnlyRecall.value, 2 / 3);
});

test('scoreSeed: a nested attribution is not credited to the outer source', () => {
  const text = 'The paper reported that officials said the dam broke.';
  const gold = [
    G('The paper', 'reported', 'officials said the dam broke', 1, 'indirect', 'the paper', 'media'),
    G('officials', 'said', 'the dam broke', 1, 'indirect', 'officials', 'government'),
  ];
  const outer = P(at(text, 'The paper'), at(text, 'reported'), at(text, 'that officials said the dam broke'), 'indirect', 'the paper', 'media');
  const inner = P(at(text, 'officials'), at(text, 'said'), at(text, 'the dam broke'), 'indirect', 'officials', 'government');
  const both = scoreSeed(text, [[0, text.length]], gold, [], [inner, outer]);
  assert.deepEqual(both.pairs, [
    { gold: 0, pred: 1 },
    { gold: 1, pred: 0 },
  ]);
  close(both.attribution.f1, 1);
  const onlyOuter = scoreSeed(text, [[0, text.length]], gold, [], [outer]);
  assert.deepEqual(onlyOuter.pairs, [{ gold: 0, pred: 0 }]);
  close(onlyOuter.attribution.recall, 0.5);
  close(onlyOuter.attribution.precision, 1);
});

test('extractMarkdownBody drops title, byline and contact footer; paragraphs are blank-line blocks', () => {
  const md = [
    '',
    '# A Title',
    '',
    'Jane Doe  ',
    '1 May 2020',
    '',
    'First paragraph, said *Someone*.',
    '',
    'Broken in the middle of',
    '',
    'a sentence.',
    '',
    '',
    'To contact the WSWS visit:',
    '',
    '**[wsws.org/contact](http://wsws.org/contact)**',
    '',
  ].join('\n');
  const b = extractMarkdownBody(md);
  assert.equal(b.title, 'A Title');
  assert.deepEqual(b.byline, ['Jane Doe', '1 May 2020']);
  assert.equal(b.text, 'First paragraph, said *Someone*.\n\nBroken in the middle of\n\na sentence.');
  assert.deepEqual(
    b.paragraphs.map(([s, e]) => b.text.slice(s, e)),
    ['First paragraph, said *Someone*.', 'Broken in the middle of', 'a sentence.'],
  );
  // no byline: the first block after the title is body text
  const b2 = extractMarkdownBody('# T\n\nIt rained all day, officials said.\n');
  assert.deepEqual(b2.byline, []);
  assert.equal(b2.text, 'It rained all day, officials said.');
});

test('scoreSeed: a prediction overlapping a non-attribution is a false positive even if it would match', () => {
  const text = 'Referring to the rumour, officials said the dam broke.';
  const gold = [G('officials', 'said', 'the dam broke', 1, 'indirect', 'officials', 'government')];
  const neg = [{ article: 'a', text: 'Referring to the rumour', why: 'anaphoric claim' }];
  const sloppy = P(at(text, 'officials'), at(text, 'said'), [0, text.length - 1], 'indirect', 'officials', 'government');
  const clean = P(at(text, 'officials'), at(text, 'said'), at(text, 'the dam broke'), 'indirect', 'officials', 'government');
  const r1 = scoreSeed(text, [[0, text.length]], gold, neg, [sloppy]);
  assert.deepEqual(r1.negativeHits, [[0]]);
  assert.deepEqual(r1.pairs, []);
  close(r1.attribution.precision, 0);
  close(r1.attribution.recall, 0);
  const r2 = scoreSeed(text, [[0, text.length]], gold, neg, [sloppy, clean]);
  assert.deepEqual(r2.pairs, [{ gold: 0, pred: 1 }]);
  close(r2.attribution.precision, 0.5);
  close(r2.attribution.recall, 1);
  close(r2.attribution.f1, 2 / 3);
});

test('scoreDevSet() matches like the development set scorer: 60% content overlap, optional implicit quotes, speaker by last word', async () => {
  const { scoreDevSet, confusionTable } = await import('../eval/lib/dev-set.ts');
  const g = (content: string, speaker: string, extra: Partial<import('../eval/lib/dev-set.ts').DevGold> = {}) => ({
    article: 'a', source_text: speaker, speaker, cue: 'said', type: 'indirect', content, named: true, category: 'government', paragraph: 1, ...extra,
  });
  const p = (content: string, speaker: string | null, extra: Partial<import('../eval/lib/dev-set.ts').DevPrediction> = {}) => ({
    article: 'a', type: 'indirect', source: speaker, cue: 'said', content, speaker, named: true, category: 'government', ...extra,
  });
  const gold = [
    g('the bridge will reopen in May', 'Clara Osei'),
    g('taxes would rise next year', 'a senior official', { named: false }),
    g('We are not finished', 'Clara Osei', { cue: null, source_text: null, type: 'direct' }),
    g('the port stays open all winter', 'Tom Varga', { category: 'business' }),
  ];
  const preds = [
    p('the bridge will reopen in May, she said', 'Osei'),
    p('officials said taxes would rise', 'senior officials', { named: false }),
    p('"We are not finished,"', 'Clara Osei'),
    p('the mill will close', 'Tom Varga', { category: 'other' }),
  ];
  const s = scoreDevSet(gold, preds);
  // 3 of 4 gold are required; the implicit quote is matched but neither a hit nor a false positive
  assert.equal(s.gold, 3);
  assert.equal(s.tp, 2);
  assert.equal(s.fp, 1);
  assert.deepEqual(s.missed, [3]);
  assert.deepEqual(s.falsePositives, [3]);
  assert.deepEqual(s.speaker, { correct: 2, n: 2 });
  assert.deepEqual(s.category, { correct: 2, n: 2 });
  assert.equal(s.confusion.get('government')?.get('government'), 2);
  assert.match(confusionTable(s.confusion, ['government', 'business', 'other']), /\| government \| \*\*2\*\* \| 2 \|/);
});
