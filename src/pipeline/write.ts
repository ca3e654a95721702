/**
 * Atomic output: every report is written into a temporary sibling directory and swapped in with
 * renames, so an interrupted run leaves the previous report intact.
 *
 * Writes in flight are kept in a registry; {@link cleanupInFlight} (called synchronously by the CLI's
 * SIGINT/SIGTERM handler before it exits) removes their temporary directories and lock files and, when
 * the signal landed between the two renames of the swap, puts the previous report back. What a SIGKILL
 * leaves behind is finished by the next run into the same output (see out-dir.ts).
 * @module
 */
import { closeSync, promises as fsp, existsSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** One write in progress. `phase` says what is on disk: `writing` (tmp only), `swapping` (out moved to old), `done` (tmp is out), `lock` (a lock file to remove). */
interface InFlight {
  out: string;
  tmp: string;
  old: string;
  phase: 'writing' | 'swapping' | 'done' | 'lock';
}

const inFlight = new Set<InFlight>();

/** Test hook: `PRESSLENS_DEBUG_PAUSE=write:<ms>` or `swap:<ms>` pauses inside the write so tests can interrupt it there. */
async function debugPause(at: 'write' | 'swap'): Promise<void> {
  const m = /^(write|swap):(\d+)$/.exec(process.env.PRESSLENS_DEBUG_PAUSE ?? '');
  if (m && m[1] === at) await new Promise((r) => setTimeout(r, Number(m[2])));
}

/** True when process `pid` exists (on this machine). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what runs that were killed (SIGKILL, power loss, a crash) left beside `<parent>/<base>`:
 * row staging directories `.presslens-rows-<base>-<pid>-*` and partial files' temporary copies
 * `<base>.presslens-tmp-<pid>`, when process `<pid>` is gone. They can be large (the per-article
 * tables of a whole run), so this runs before a new run stages anything.
 */
export async function removeStale(parent: string, base: string): Promise<void> {
  let names: string[];
  try {
    names = await fsp.readdir(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const prefix = [`.presslens-rows-${base}-`, `${base}.presslens-tmp-`].find((p) => name.startsWith(p));
    if (!prefix) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || pidAlive(pid)) continue;
    await fsp.rm(path.join(parent, name), { recursive: true, force: true });
  }
}

/** Registers a lock file for removal by {@link cleanupInFlight}; returns the function that unregisters it. */
export function trackLock(file: string): () => void {
  const job: InFlight = { out: file, tmp: file, old: '', phase: 'lock' };
  inFlight.add(job);
  return () => inFlight.delete(job);
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
  await removeStale(parent, path.basename(target));
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
 * replacing it whole. Files already in `out` that are not in `files` are removed with the old
 * directory: callers check first that `out` may be replaced (out-dir.ts `checkOutDir`).
 */
export async function writeDirAtomic(out: string, files: Map<string, string | Uint8Array | FileRef>): Promise<void> {
  const target = path.resolve(out);
  const parent = path.dirname(target);
  await fsp.mkdir(parent, { recursive: true });
  const base = path.basename(target);
  const tmp = path.join(parent, `.presslens-tmp-${base}-${process.pid}`);
  const old = path.join(parent, `.presslens-old-${base}-${process.pid}`);
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
 * Synchronously undoes every write in flight: removes temporary directories and files, restores
 * a previous report moved aside by a swap that did not finish, and removes this process's lock
 * files (after the rest). Safe to call from a signal handler right before `process.exit`; never throws.
 */
export function cleanupInFlight(): CleanupResult {
  const result: CleanupResult = { removed: [], restored: [], completed: [] };
  const jobs = [...inFlight].sort((a, b) => Number(a.phase === 'lock') - Number(b.phase === 'lock'));
  for (const job of jobs) {
    try {
      if (job.phase === 'lock') {
        rmSync(job.tmp, { force: true });
        continue;
      }
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
