/**
 * Atomic output: every report is written into a temporary sibling directory and swapped in with
 * renames, so an interrupted run leaves the previous report intact.
 *
 * Writes in flight are kept in a registry; {@link cleanupInFlight} (called synchronously by the CLI's
 * SIGINT/SIGTERM handler before it exits) removes their temporary directories and, when the signal
 * landed between the two renames of the swap, puts the previous report back.
 * @module
 */
import { closeSync, promises as fsp, existsSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** One write in progress. `phase` says what is on disk: `writing` (tmp only), `swapping` (out moved to old), `done` (tmp is out). */
interface InFlight {
  out: string;
  tmp: string;
  old: string;
  phase: 'writing' | 'swapping' | 'done';
}

const inFlight = new Set<InFlight>();

/** Test hook: `PRESSLENS_DEBUG_PAUSE=write:<ms>` or `swap:<ms>` pauses inside the write so tests can interrupt it there. */
async function debugPause(at: 'write' | 'swap'): Promise<void> {
  const m = /^(write|swap):(\d+)$/.exec(process.env.PRESSLENS_DEBUG_PAUSE ?? '');
  if (m && m[1] === at) await new Promise((r) => setTimeout(r, Number(m[2])));
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes `.presslens-tmp-<base>-<pid>` and `.presslens-rows-<base>-<pid>-*` directories left by runs that were killed (SIGKILL, power loss) and are no longer alive. */
async function removeStale(parent: string, base: string): Promise<void> {
  let names: string[];
  try {
    names = await fsp.readdir(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const prefix = [`.presslens-tmp-${base}-`, `.presslens-rows-${base}-`].find((p) => name.startsWith(p));
    if (!prefix) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || pidAlive(pid)) continue;
    await fsp.rm(path.join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Throws unless `out` may be replaced whole: it must not exist, be an empty directory, or be a report
 * directory presslens wrote before (it has a `manifest.json`). This keeps `--out .`, `--out data` or
 * `--out article.jsonl` from deleting the user's files.
 */
export async function checkOutDir(out: string): Promise<void> {
  const target = path.resolve(out);
  let st;
  try {
    st = await fsp.lstat(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  if (!st.isDirectory()) {
    throw new Error(`refusing to replace ${out}: it exists and is not a directory; choose another --out`);
  }
  const names = await fsp.readdir(target);
  if (names.length > 0 && !names.includes('manifest.json')) {
    throw new Error(`refusing to replace ${out}: it is a non-empty directory that is not a presslens report (no manifest.json); choose a new --out directory or empty this one`);
  }
  if (target === path.parse(target).root || path.relative(target, process.cwd()).split(path.sep)[0] !== '..') {
    throw new Error(`refusing to replace ${out}: it is the current directory or one of its parents; choose a new --out directory`);
  }
}

/** A file already on disk to move into a report directory (see {@link writeDirAtomic}). */
export interface FileRef {
  path: string;
}

/**
 * Creates a temporary directory next to `near` (same file system, so its files can be renamed into
 * place) that the signal handler removes if the run is interrupted. Call `release()` when done.
 */
export async function stagingDir(near: string): Promise<{ dir: string; release(): Promise<void> }> {
  const target = path.resolve(near);
  const parent = path.dirname(target);
  await fsp.mkdir(parent, { recursive: true });
  const dir = await fsp.mkdtemp(path.join(parent, `.presslens-rows-${path.basename(target)}-${process.pid}-`));
  const job: InFlight = { out: dir, tmp: dir, old: '', phase: 'writing' };
  inFlight.add(job);
  return {
    dir,
    async release() {
      inFlight.delete(job);
      await fsp.rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Writes `files` (relative name → content, or a {@link FileRef} to move in) as the directory `out`,
 * replacing it whole.
 * Files already in `out` that are not in `files` are removed with the old directory.
 * @throws when `out` is not safe to replace (see {@link checkOutDir}).
 */
export async function writeDirAtomic(out: string, files: Map<string, string | Uint8Array | FileRef>): Promise<void> {
  const target = path.resolve(out);
  await checkOutDir(out);
  const parent = path.dirname(target);
  await fsp.mkdir(parent, { recursive: true });
  const base = path.basename(target);
  const tmp = path.join(parent, `.presslens-tmp-${base}-${process.pid}`);
  const old = path.join(parent, `.presslens-old-${base}-${process.pid}`);
  await removeStale(parent, base);
  const job: InFlight = { out: target, tmp, old, phase: 'writing' };
  inFlight.add(job);
  try {
    await fsp.rm(tmp, { recursive: true, force: true });
    await fsp.mkdir(tmp, { recursive: true });
    for (const name of [...files.keys()].sort()) {
      const file = path.join(tmp, name);
      // Only subdirectories are created here: a recursive mkdir of `tmp` itself, queued in libuv's thread
      // pool when a signal arrives, could re-create it after the signal handler has removed it.
      if (path.dirname(file) !== tmp) await fsp.mkdir(path.dirname(file), { recursive: true });
      const content = files.get(name)!;
      if (typeof content === 'string' || content instanceof Uint8Array) await fsp.writeFile(file, content);
      else await fsp.rename(content.path, file).catch(async (e: NodeJS.ErrnoException) => {
        if (e.code !== 'EXDEV') throw e;
        await fsp.copyFile(content.path, file);
      });
    }
    await debugPause('write');
    let hadOld = false;
    try {
      await fsp.rename(target, old);
      hadOld = true;
      job.phase = 'swapping';
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (hadOld) await debugPause('swap');
    await fsp.rename(tmp, target);
    job.phase = 'done';
    if (hadOld) await fsp.rm(old, { recursive: true, force: true });
  } catch (e) {
    if (job.phase === 'swapping' && !existsSync(target)) await fsp.rename(old, target).catch(() => undefined);
    await fsp.rm(tmp, { recursive: true, force: true });
    throw e;
  } finally {
    inFlight.delete(job);
  }
}

/** Writes one file atomically (temp file in the same directory, then rename); `data` may be a function writing to the open file descriptor. */
export async function writeFileAtomic(file: string, data: string | Uint8Array | ((fd: number) => void)): Promise<void> {
  await fsp.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.presslens-tmp-${process.pid}`;
  const job: InFlight = { out: path.resolve(file), tmp: path.resolve(tmp), old: '', phase: 'writing' };
  inFlight.add(job);
  try {
    if (typeof data === 'function') {
      const fd = openSync(tmp, 'w');
      try {
        data(fd);
      } finally {
        closeSync(fd);
      }
    } else await fsp.writeFile(tmp, data);
    await fsp.rename(tmp, file);
    job.phase = 'done';
  } catch (e) {
    await fsp.rm(tmp, { force: true });
    throw e;
  } finally {
    inFlight.delete(job);
  }
}

/** What {@link cleanupInFlight} did. */
export interface CleanupResult {
  /** Temporary files and directories removed. */
  removed: string[];
  /** Output directories put back from `.presslens-old-*` (the signal landed mid-swap). */
  restored: string[];
  /** Outputs whose new version was already complete (only the old copy was removed). */
  completed: string[];
}

/**
 * Synchronously undoes every write in flight: removes temporary directories and files, and restores
 * a previous report moved aside by a swap that did not finish. Safe to call from a signal handler
 * right before `process.exit`; never throws.
 */
export function cleanupInFlight(): CleanupResult {
  const result: CleanupResult = { removed: [], restored: [], completed: [] };
  for (const job of inFlight) {
    try {
      if (job.phase === 'swapping' && job.old && existsSync(job.old) && !existsSync(job.out)) {
        renameSync(job.old, job.out);
        result.restored.push(job.out);
      }
      // Retries: a write or rename already running in libuv's thread pool can add an entry while the
      // directory is being removed (ENOTEMPTY); it cannot start new ones once the handler runs.
      if (job.phase === 'done') {
        result.completed.push(job.out);
        if (job.old) rmSync(job.old, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
      } else if (existsSync(job.tmp)) {
        rmSync(job.tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
        result.removed.push(job.tmp);
      }
    } catch {
      /* best effort: never throw from a signal handler */
    }
  }
  inFlight.clear();
  return result;
}
