import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { StringTally } from '../src/util/string-tally.ts';

/** The model: what a Map<string, number> answers. */
function modelAdd(m: Map<string, number>, s: string): number {
  const n = m.get(s) ?? 0;
  m.set(s, n + 1);
  return n;
}

test('StringTally.add returns how often a string was seen before, like a Map (any units, through growth)', () => {
  // small alphabets make repeats common; the units cover one-byte, two-byte and lone surrogate storage
  const unit = fc.constantFrom('a', 'b', 'é', 'ÿ', 'Ā', 'Ȁ', '中', '\ud800', '\udc00', '\u0000', '~');
  fc.assert(
    fc.property(fc.array(fc.string({ unit, maxLength: 6 }), { maxLength: 3000 }), (keys) => {
      const tally = new StringTally(2); // a small table probes past other keys often
      const model = new Map<string, number>();
      for (const k of keys) assert.equal(tally.add(k), modelAdd(model, k), JSON.stringify(k));
      assert.equal(tally.size, model.size);
    }),
    { numRuns: 200, seed: 7 },
  );
});

test('StringTally keeps strings apart that share their low bytes or their length', () => {
  const tally = new StringTally(2);
  // '\u0000', 'Ā' (U+0100) and 'Ȁ' (U+0200) share the low byte; 'a中' and 'a一' share the length
  for (const s of ['\u0000', 'Ā', 'Ȁ', 'a中', 'a一', '', 'ab', 'ba']) assert.equal(tally.add(s), 0, JSON.stringify(s));
  assert.equal(tally.add('Ā'), 1);
  assert.equal(tally.add(''), 1);
  assert.equal(tally.size, 8);
});

test('StringTally holds a hundred thousand ids through its table and buffer growth', () => {
  const tally = new StringTally();
  for (let i = 0; i < 100_000; i++) assert.equal(tally.add(`reuters-${i}-copy${i % 55}`), 0);
  for (let i = 0; i < 100_000; i += 997) assert.equal(tally.add(`reuters-${i}-copy${i % 55}`), 1);
  assert.equal(tally.size, 100_000);
});
