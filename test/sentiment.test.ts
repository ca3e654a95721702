/**
 * VADER rule cases. The reference numbers were computed by NLTK 3.8's VADER
 * (`nltk.sentiment.vader.SentimentIntensityAnalyzer`, Debian python3-nltk) on the same effective lexicon
 * (`formatVaderLexicon(getVaderLexicon())` written to a file), which rounds compound to 4 and pos/neu/neg to
 * 3 decimals; presslens does not round, hence the tolerances.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createVader, polarityScores } from '../src/analyze/sentiment/vader.ts';

/** [text, compound, pos, neu, neg] from NLTK 3.x VADER. */
const NLTK: [string, number, number, number, number][] = [
  ['not good', -0.3412, 0.0, 0.294, 0.706],
  ['The book was good.', 0.4404, 0.492, 0.508, 0.0],
  ['The book was not good.', -0.3412, 0.0, 0.624, 0.376],
  ['The book was good, but the movie was bad.', -0.5859, 0.142, 0.511, 0.347],
  ['The book was GOOD, and the movie was fine.', 0.6633, 0.437, 0.563, 0.0],
  ['THE BOOK WAS GOOD', 0.4404, 0.492, 0.508, 0.0],
  ['The movie was very good.', 0.4927, 0.444, 0.556, 0.0],
  ['The movie was VERY good.', 0.6028, 0.495, 0.505, 0.0],
  ['The movie was slightly good.', 0.3832, 0.395, 0.605, 0.0],
  ['The movie was kind of good.', 0.3832, 0.343, 0.657, 0.0],
  ['It was the least good movie.', -0.3412, 0.0, 0.675, 0.325],
  ['At least it was good.', 0.4404, 0.42, 0.58, 0.0],
  ['The food here is the shit.', 0.6124, 0.444, 0.556, 0.0],
  ['Yeah right, that was great.', 0.743, 0.677, 0.323, 0.0],
  ['I was never so happy.', 0.823, 0.688, 0.312, 0.0],
  ['Good!!!', 0.5826, 1.0, 0.0, 0.0],
  ['Is it good??', 0.504, 0.62, 0.38, 0.0],
  [':) what a day', 0.4588, 0.6, 0.4, 0.0],
  ['What a day :(', -0.4404, 0.0, 0.408, 0.592],
  ["I can't say it was good", 0.4404, 0.42, 0.58, 0.0],
  ["I don't like it", -0.2755, 0.0, 0.487, 0.513],
  ['I love it 😍', 0.6369, 0.808, 0.192, 0.0],
  ['!!!', 0.0, 0.0, 1.0, 0.0],
  ['good good not good', 0.8271, 0.897, 0.103, 0.0],
  ['(good)', 0.0, 0.0, 1.0, 0.0],
  ["He isn't a bad guy, he is kind of a hero", 0.7317, 0.468, 0.532, 0.0],
  ['The attack killed 12 people and wounded dozens.', -0.8225, 0.0, 0.441, 0.559],
];

const c = (t: string): number => polarityScores(t).compound;

describe('polarityScores matches NLTK VADER', () => {
  for (const [text, compound, pos, neu, neg] of NLTK) {
    test(`polarityScores(${JSON.stringify(text)}) = NLTK ${compound}`, () => {
      const s = polarityScores(text);
      assert.ok(Math.abs(s.compound - compound) <= 5.1e-5, `compound ${s.compound} vs ${compound}`);
      assert.ok(Math.abs(s.pos - pos) <= 5.1e-4, `pos ${s.pos} vs ${pos}`);
      assert.ok(Math.abs(s.neu - neu) <= 5.1e-4, `neu ${s.neu} vs ${neu}`);
      assert.ok(Math.abs(s.neg - neg) <= 5.1e-4, `neg ${s.neg} vs ${neg}`);
    });
  }
});

describe('VADER rules', () => {
  test('polarityScores("not good") is negative', () => {
    assert.ok(c('good') > 0);
    assert.ok(c('not good') < 0);
  });
  test('polarityScores("I don\'t like it") is negative (n\'t contraction negates)', () => {
    assert.ok(c('I like it') > 0);
    assert.ok(c("I don't like it") < 0);
  });
  test('polarityScores("I can\'t say it was good") stays positive (negation window is 3 words)', () => {
    assert.ok(c("I can't say it was good") > 0);
  });
  test('polarityScores("… good, but … bad") weighs the clause after "but" more', () => {
    assert.ok(c('The book was good, but the movie was bad.') < 0);
    assert.ok(c('The book was bad, but the movie was good.') > 0);
  });
  test('polarityScores("…GOOD…") with mixed case is stronger than all lower-case, all caps is not', () => {
    assert.ok(c('The book was GOOD, and the movie was fine.') > c('The book was good, and the movie was fine.'));
    assert.equal(c('THE BOOK WAS GOOD'), c('The book was good'));
  });
  test('polarityScores("very good") > "good" > "slightly good"', () => {
    assert.ok(c('The movie was very good.') > c('The movie was good.'));
    assert.ok(c('The movie was good.') > c('The movie was slightly good.'));
    assert.ok(c('The movie was VERY good.') > c('The movie was very good.'));
  });
  test('polarityScores("kind of good") is dampened like "slightly good"', () => {
    assert.equal(c('The movie was kind of good.'), c('The movie was slightly good.'));
  });
  test('polarityScores("the least good movie") is negative, "at least … good" is not', () => {
    assert.ok(c('It was the least good movie.') < 0);
    assert.ok(c('At least it was good.') > 0);
  });
  test('polarityScores("… is the shit.") uses the idiom (positive)', () => {
    assert.ok(c('This is shit.') < 0);
    assert.ok(c('The food here is the shit.') > 0);
  });
  test('polarityScores("Good!!!") > "Good!" > "Good"', () => {
    assert.ok(c('Good!!!') > c('Good!'));
    assert.ok(c('Good!') > c('Good'));
  });
  test('polarityScores(":)") is positive and ":(" negative (emoticons in the lexicon)', () => {
    assert.ok(c(':)') > 0);
    assert.ok(c(':(') < 0);
    assert.ok(c(':d') > 0); // lower-case key is reachable
  });
  test('polarityScores("😍") is 0: no emoji translation, as in NLTK', () => {
    assert.equal(c('😍'), 0);
    assert.equal(c('I love it 😍'), c('I love it'));
  });
  test('polarityScores("") and whitespace-only text are all zeros', () => {
    for (const t of ['', '   ', '\n\t', 'a']) assert.deepEqual(polarityScores(t), { compound: 0, pos: 0, neu: 0, neg: 0 });
  });
  test('polarityScores("good good not good") scores the repeat with its first context (NLTK quirk); context "position" fixes it', () => {
    assert.ok(c('good good not good') > 0.8);
    const fixed = createVader({ context: 'position' }).polarityScores('good good not good').compound;
    assert.ok(fixed < c('good good not good'));
  });
  test('createVader({ tokenizer: "strip" }) reads "(good)" and curly quotes; NLTK tokenisation does not', () => {
    assert.equal(c('(good)'), 0);
    const strip = createVader({ tokenizer: 'strip' });
    assert.ok(strip.polarityScores('(good)').compound > 0);
    assert.ok(strip.polarityScores('“good”').compound > 0);
    assert.ok(strip.polarityScores(':)').compound > 0); // lexicon entries are not stripped
  });
  test('createVader({ lexicon }) uses a custom lexicon', () => {
    const v = createVader({ lexicon: { splendid: 3, awful: -3 } });
    assert.ok(v.polarityScores('splendid').compound > 0);
    assert.equal(v.polarityScores('good').compound, 0);
  });
  test('createVader(bad options) throws TypeError', () => {
    assert.throws(() => createVader({ alpha: 0 }), TypeError);
    assert.throws(() => createVader({ lexicon: { x: Number.NaN } }), TypeError);
    assert.throws(() => createVader({ tokenizer: 'x' as never }), TypeError);
    assert.throws(() => polarityScores(42 as never), TypeError);
  });
  test('polarityScores(any string) has compound in [-1, 1] and shares summing to 1 or all 0', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (t) => {
        const s = polarityScores(t);
        assert.ok(s.compound >= -1 && s.compound <= 1);
        const sum = s.pos + s.neu + s.neg;
        assert.ok(sum === 0 || Math.abs(sum - 1) < 1e-9);
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});
