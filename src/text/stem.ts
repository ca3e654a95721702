/**
 * Porter stemming through `natural`'s stemmer module (a subpath import: the `natural` root
 * loads database drivers and prints to stdout).
 * @module
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let porter: { stem(word: string): string } | undefined;

/** Porter-stems one lower-case word (`running` → `run`). The stemmer is loaded on first use. */
export function stem(word: string): string {
  porter ??= require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
  return porter.stem(word);
}
