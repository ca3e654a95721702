/**
 * Linear time on adversarial text (issue 20): for every exported analyzer together, doubling an
 * adversarial input (runs of sentence punctuation, quote marks, brackets and line breaks, very long
 * tokens, repeated cue constructions; see linear-cases.ts) may at most about double the time.
 *
 * The input grows until a pass takes {@link TARGET_MS}, so a quadratic step shows up at a small size and
 * fails fast. Times are CPU time, the fastest of interleaved passes (see linear.worker.ts), at n, 2n and
 * 4n characters; the growth per doubling is the square root of t(4n) / t(n), so that one step in the
 * cost of memory (a pass outgrowing the young generation or a cache) does not fail a linear analyzer,
 * while a quadratic one gives 4× per doubling. Above the bound, the test measures once more at twice
 * the size before it fails: noise on a shared 2-core machine rarely repeats.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { CASES } from './linear-cases.ts';
import { allAnalyzers } from '../helpers/stages.ts';

const TARGET_MS = 20;
/** Largest n: a pass over 4n characters of the costliest case allocates well under the worker's young generation. */
const MAX_CHARS = 256_000;
const PASSES = 7;
const BOUND = 2.5;
/** A pass that is not done after this long is not linear at all (before the fix, 40,000 "!" took 21 s). */
const STEP_TIMEOUT_MS = 60_000;


const worker = new Worker(`import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(new URL('./linear.worker.ts', import.meta.url).href)});`, {
  eval: true,
  resourceLimits: { maxYoungGenerationSizeMb: 768 },
});
after(() => worker.terminate());

function ask<T>(message: object): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${STEP_TIMEOUT_MS / 1000} s: not linear`)), STEP_TIMEOUT_MS);
    const done = (f: () => void) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError);
      f();
    };
    const onMessage = (m: T) => done(() => resolve(m));
    const onError = (e: Error) => done(() => reject(e));
    worker.on('message', onMessage).on('error', onError);
    worker.postMessage(message);
  });
}

test('the analyzers timed include the attribution scanner (the stage most of these inputs target)', () => {
  assert.ok(allAnalyzers().some((a) => a.name === 'attributions'));
});

for (const name of Object.keys(CASES)) {
  test(`analyzers are linear on adversarial text: ${name} (doubling the input at most ${BOUND}× the time)`, async (t) => {
    const { n } = await ask<{ n: number }>({ name, target: TARGET_MS, max: MAX_CHARS });
    let ratio = Infinity;
    const seen: string[] = [];
    for (const size of [n, 2 * n]) {
      const { chars, ms } = await ask<{ chars: number[]; ms: number[] }>({ name, n: size, passes: PASSES });
      ratio = Math.sqrt(ms[2] / ms[0]);
      seen.push(`${chars.join(' → ')} chars: ${ms.map((x) => x.toFixed(0)).join(' → ')} ms CPU (${ratio.toFixed(2)}× per doubling)`);
      if (ratio <= BOUND) break;
    }
    t.diagnostic(seen.join('; '));
    assert.ok(ratio <= BOUND, `${name}: ${seen.join('; ')}: not linear`);
  });
}
