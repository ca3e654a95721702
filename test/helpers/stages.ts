/** The stages exported from src/index.ts, for tests that must cover every one of them (present and future). */
import * as lib from '../../src/index.ts';
import type { Aggregator, Analyzer } from '../../src/index.ts';

/**
 * Every analyzer / aggregator factory exported from src/index.ts that works with no options (an
 * optional `options` parameter counts in a function's `length`, so factories taking one are tried too).
 */
export function exportedStages<K extends 'analyzer' | 'aggregator'>(kind: K): (K extends 'analyzer' ? Analyzer : Aggregator)[] {
  const out: (K extends 'analyzer' ? Analyzer : Aggregator)[] = [];
  for (const [name, v] of Object.entries(lib)) {
    if (typeof v !== 'function' || v.length > 1 || /^(run|write|main|render)/.test(name)) continue;
    try {
      const x = (v as () => unknown)();
      if (x instanceof Promise) x.catch(() => undefined);
      if (x && typeof x === 'object' && (x as { kind?: string }).kind === kind) out.push(x as K extends 'analyzer' ? Analyzer : Aggregator);
    } catch {
      /* needs options */
    }
  }
  return out;
}

/** Analyzers in an order where each one's requirements come before it. */
export function orderAnalyzers(list: Analyzer[]): Analyzer[] {
  const done = new Set<string>();
  const ordered: Analyzer[] = [];
  for (;;) {
    const next = list.find((a) => !done.has(a.name) && a.requires.every((r) => done.has(r)));
    if (!next) return ordered;
    done.add(next.name);
    ordered.push(next);
  }
}

/** Every exported analyzer that works with no options, in dependency order. */
export function allAnalyzers(): Analyzer[] {
  return orderAnalyzers(exportedStages('analyzer'));
}
