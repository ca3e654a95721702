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
    fc.property(fc.array(fc.string({ unit, maxLength: 6 }), { maxLength: 3000, size: 'max' }), (keys) => {
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

test('StringTally holds a hundred thousand ids across its table growth and byte chunks', () => {
  const tally = new StringTally();
  // every third id has a two-byte unit (FNV's low bits ignore a unit's high byte, so only large tables tell them apart)
  const id = (i: number) => `${i % 3 === 0 ? '中' : ''}reuters-${i}-copy${i % 55}`;
  for (let i = 0; i < 100_000; i++) assert.equal(tally.add(id(i)), 0);
  for (let i = 0; i < 100_000; i += 97) assert.equal(tally.add(id(i)), 1, id(i));
  assert.equal(tally.size, 100_000);
});

test('StringTally keeps a string longer than a chunk (1 MiB) in a chunk of its own', () => {
  const tally = new StringTally(2);
  const long = 'Ā'.repeat(600_000); // 1.2 MB as two-byte units
  assert.equal(tally.add('a'), 0);
  assert.equal(tally.add(long), 0);
  assert.equal(tally.add('b'), 0);
  for (let i = 0; i < 50; i++) tally.add(`id-${i}`); // table growth re-hashes every record
  assert.equal(tally.add(long), 1);
  assert.equal(tally.add(`${long.slice(1)}Ȁ`), 0);
  assert.equal(tally.add('a'), 1);
  assert.equal(tally.add('b'), 1);
});
