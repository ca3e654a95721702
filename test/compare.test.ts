import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { byNatural } from '../src/util/compare.ts';

test('byNatural sorts digit runs as numbers', () => {
  assert.deepEqual(['reuters-10', 'reuters-2', 'reuters-1', 'a', 'reuters-02', 'b1', 'b'].sort(byNatural), ['a', 'b', 'b1', 'reuters-1', 'reuters-2', 'reuters-02', 'reuters-10']);
});

test('byNatural is a total order (antisymmetric, transitive, 0 only for equal strings)', () => {
  const str = fc.string({ unit: fc.constantFrom('a', 'b', '0', '1', '9', '-', '~') });
  fc.assert(
    fc.property(str, str, str, (a, b, c) => {
      const ab = Math.sign(byNatural(a, b));
      assert.equal(ab, 0 - Math.sign(byNatural(b, a)) || 0);
      assert.equal(ab === 0, a === b);
      if (ab <= 0 && byNatural(b, c) <= 0) assert.ok(byNatural(a, c) <= 0);
    }),
    { numRuns: 20000, seed: 42 },
  );
});
