/** Locates ../shared/corpora (or $PRESSLENS_CORPORA) for tests that use research data; null when absent. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function corporaDir(): string | null {
  const dir = process.env.PRESSLENS_CORPORA ?? path.resolve(repoRoot, '../shared/corpora');
  return existsSync(dir) ? dir : null;
}

/** Path of a corpus file, or null (tests then skip with a message). */
export function corpusFile(rel: string): string | null {
  const dir = corporaDir();
  if (!dir) return null;
  const p = path.join(dir, rel);
  return existsSync(p) ? p : null;
}
