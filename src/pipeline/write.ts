/**
 * Atomic output: every report is written into a temporary sibling directory and swapped in with
 * renames, so an interrupted run leaves the previous report intact.
 * @module
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';

/**
 * Writes `files` (relative name → content) as the directory `out`, replacing it whole.
 * Files already in `out` that are not in `files` are removed with the old directory.
 */
export async function writeDirAtomic(out: string, files: Map<string, string | Uint8Array>): Promise<void> {
  const parent = path.dirname(path.resolve(out));
  await fsp.mkdir(parent, { recursive: true });
  const base = path.basename(path.resolve(out));
  const tmp = path.join(parent, `.presslens-tmp-${base}-${process.pid}`);
  const old = path.join(parent, `.presslens-old-${base}-${process.pid}`);
  await fsp.rm(tmp, { recursive: true, force: true });
  await fsp.mkdir(tmp, { recursive: true });
  try {
    for (const name of [...files.keys()].sort()) {
      const target = path.join(tmp, name);
      await fsp.mkdir(path.dirname(target), { recursive: true });
      await fsp.writeFile(target, files.get(name)!);
    }
    let hadOld = false;
    try {
      await fsp.rename(path.resolve(out), old);
      hadOld = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    await fsp.rename(tmp, path.resolve(out));
    if (hadOld) await fsp.rm(old, { recursive: true, force: true });
  } catch (e) {
    await fsp.rm(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** Writes one file atomically (temp file in the same directory, then rename). */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await fsp.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.presslens-tmp-${process.pid}`;
  await fsp.writeFile(tmp, data);
  await fsp.rename(tmp, file);
}
