import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { splitSentences, tokenize, foldQuotes, getStopwords, stem } from '../src/index.ts';
import { corpusFile, repoRoot } from './helpers/corpora.ts';
import { datelineEnd } from '../src/text/dateline.ts';

const seed = readFileSync(`${repoRoot}/data/wsws-2008-04-26-sadr-city-iran.md`, 'utf8');
const texts = (text: string) => splitSentences(text).map((s) => s.text);

test('splitSentences keeps titles, months and U.S. inside a sentence', () => {
  assert.deepEqual(texts('Mr. Smith met Gen. Petraeus and Adm. Mullen in the U.S. on Jan. 5. Sen. Clinton spoke.'), [
    'Mr. Smith met Gen. Petraeus and Adm. Mullen in the U.S. on Jan. 5.',
    'Sen. Clinton spoke.',
  ]);
});

test('splitSentences does not split initials or decimals', () => {
  assert.deepEqual(texts('George W. Bush spent $3.5 billion. It rose 2.4 pct.'), ['George W. Bush spent $3.5 billion.', 'It rose 2.4 pct.']);
});

test('splitSentences ends a sentence after U.S. before a sentence opener', () => {
  assert.deepEqual(texts('Troops returned to the U.S. The army said so.'), ['Troops returned to the U.S.', 'The army said so.']);
});

test('splitSentences keeps closing quotes with their sentence', () => {
  assert.deepEqual(texts('He said, “It would be a mistake.” Then he left.'), ['He said, “It would be a mistake.”', 'Then he left.']);
  assert.deepEqual(texts('He said "no." Then "Why?" he asked.'), ['He said "no."', 'Then "Why?" he asked.']);
});

test('splitSentences never crosses a paragraph break and counts paragraphs', () => {
  const s = splitSentences('Several hospitals have also run out of\n\nsupplies while treating the wounded.');
  assert.deepEqual(s.map((x) => [x.text, x.paragraph]), [
    ['Several hospitals have also run out of', 0],
    ['supplies while treating the wounded.', 1],
  ]);
});

test('splitSentences offsets slice back to the text on the seed article', () => {
  const sentences = splitSentences(seed);
  assert.ok(sentences.length > 50);
  for (const s of sentences) assert.equal(seed.slice(s.start, s.end), s.text);
  assert.ok(sentences.some((s) => s.text === 'On Friday, Sadr asked his followers to continue to observe a ceasefire.'));
  assert.ok(sentences.some((s) => s.text.startsWith('On Friday, Navy Admiral Michael Mullen, the chairman of the Joint Chiefs of Staff, claimed')));
});

test('tokenize keeps U.S., al-Sadr, long-term and Unicode words whole', () => {
  const t = tokenize('the U.S. and al-Sadr’s long-term plan in Zürich with Müller');
  assert.deepEqual(t.map((x) => x.text), ['the', 'U.S.', 'and', 'al-Sadr’s', 'long-term', 'plan', 'in', 'Zürich', 'with', 'Müller']);
  assert.equal(t[3].norm, 'al-sadr');
  assert.equal(t[3].possessive, true);
});

test("tokenize turns Sadr's into sadr + possessive, never a term s", () => {
  for (const s of ["Sadr's followers", 'Sadr’s followers']) {
    const t = tokenize(s);
    assert.deepEqual(t.map((x) => x.norm), ['sadr', 'followers']);
    assert.equal(t[0].possessive, true);
  }
  assert.ok(!tokenize(seed).some((x) => x.norm === 's'));
});

test('tokenize folds curly quotes in norm but offsets point into the original', () => {
  const text = 'He said “don’t go” to O’Brien.';
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
  const norms = tokenize(text).map((x) => x.norm);
  assert.ok(norms.includes("don't"));
  assert.ok(norms.includes("o'brien"));
  assert.ok(norms.includes('"'));
  assert.equal(foldQuotes(text).length, text.length);
});

test('tokenize keeps S&P, AT&T and M&S\'s whole', () => {
  assert.deepEqual(tokenize("S&P and AT&T beat M&S's shares").map((x) => x.norm), ['s&p', 'and', 'at&t', 'beat', 'm&s', 'shares']);
});

test('tokenize keeps decimals, thousands and percentages as numbers', () => {
  const t = tokenize('3.5 billion, 1,000 people, 12% more');
  assert.deepEqual(t.filter((x) => x.kind === 'number').map((x) => x.text), ['3.5', '1,000', '12%']);
  assert.deepEqual(tokenize("in the 1990s and 2003's deficit").map((x) => x.text), ['in', 'the', '1990s', 'and', "2003's", 'deficit']);
});

test('tokenize offsets slice back on real news (BBC sample)', async (t) => {
  const file = corpusFile('news/bbc-news-2225.jsonl');
  if (!file) return t.skip('../shared/corpora/news not found');
  const rl = createInterface({ input: createReadStream(file) });
  let n = 0;
  for await (const line of rl) {
    const { text } = JSON.parse(line) as { text: string };
    for (const tok of tokenize(text)) assert.equal(text.slice(tok.start, tok.end), tok.text);
    for (const s of splitSentences(text)) assert.equal(text.slice(s.start, s.end), s.text);
    const toks = tokenize(text);
    const junk = toks.filter((x, i) => x.norm === 's' && i > 0 && /^['’]$/.test(toks[i - 1].text) && toks[i - 1].end === x.start);
    assert.deepEqual(junk, [], 'no junk term s split off a possessive');
    if (++n === 200) break;
  }
  rl.close();
  assert.equal(n, 200);
});

test('getStopwords returns a Set per language and rejects unknown codes', () => {
  assert.ok(getStopwords('eng').has('the'));
  assert.ok(getStopwords('deu').has('und'));
  assert.throws(() => getStopwords('xx'), /unknown stopword language/);
});

test('stem uses the Porter stemmer', () => {
  assert.equal(stem('running'), 'run');
  assert.equal(stem('attributions'), 'attribut');
});

test('both sentence splitters share one abbreviation list: "pct." or "Ltd." ends a sentence only before a sentence opener', async () => {
  const { splitSentences } = await import('../src/text/sentences.ts');
  const { scan } = await import('../src/analyze/attribution/scan.ts');
  const cases: [string, number][] = [
    ['Net profit rose 5 pct. The company said demand was strong.', 2],
    ['Sales were 12 mln dlrs. It was a record.', 2],
    ['He fell ill. The doctors were called.', 2],
    ['Officials in Seattle, Wash. officials said the port would reopen.', 1],
    ['He lives at No. 10 Downing Street.', 1],
    ['Gen. Petraeus met Adm. Mullen on Jan. 5 in the capital.', 1],
    ['The deal was signed by Acme Ltd. It closes in May.', 2],
  ];
  for (const [text, n] of cases) {
    const a = splitSentences(text).map((s) => s.start);
    const sc = scan(text);
    const b = sc.sentences.map((s) => sc.toks[s.tokStart].start);
    assert.equal(a.length, n, `splitSentences: ${text}`);
    assert.deepEqual(b, a, `the attribution scanner splits as the sentence splitter: ${text}`);
  }
});

test('datelineEnd: wire-service datelines, and nothing else', () => {
  assert.equal(datelineEnd('WASHINGTON, April 7 - Parsow Partnership Ltd said'), 'WASHINGTON, April 7 - '.length);
  assert.equal(datelineEnd('SHERMAN OAKS, Calif., March 26 - House of Fabrics Inc said'), 'SHERMAN OAKS, Calif., March 26 - '.length);
  assert.equal(datelineEnd('LONDON, Jan 5 (Reuters) - Shares fell.'), 'LONDON, Jan 5 (Reuters) - '.length);
  assert.equal(datelineEnd('WASHINGTON (AP) \u2014 The Senate voted.'), 'WASHINGTON (AP) \u2014 '.length);
  assert.equal(datelineEnd('Toronto, April 8 - CCL Industries said'), 'Toronto, April 8 - '.length);
  assert.equal(datelineEnd('NASA - the agency said it would wait.'), -1);
  assert.equal(datelineEnd('US - China talks resumed on Monday.'), -1);
  assert.equal(datelineEnd('Washington - the capital - was quiet.'), -1);
});
