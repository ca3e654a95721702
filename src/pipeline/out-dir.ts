/**
 * Guards around the output paths, so that no run destroys what the user did not ask it to replace:
 *
 * - `--out` replaces only a directory presslens wrote: its `manifest.json` is a presslens manifest and
 *   every file in the directory is one the manifest lists ({@link checkOutDir});
 * - one run at a time writes a given `--out`: a lock file `.presslens-lock-<name>` beside it, taken over
 *   only when the process that holds it is gone ({@link lockOutput});
 * - under the lock, what a killed run left is finished: a previous report moved aside by a swap that
 *   never completed is put back, temporary directories are removed ({@link recoverOutput});
 * - `--partial` replaces only a presslens partial file ({@link checkPartialFile}), and neither output
 *   may be (or contain) an input file ({@link checkNotInput}).
 * @module
 */
import { closeSync, promises as fsp, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { pidAlive, trackLock } from './write.ts';
import { SCRIPTS, STYLESHEET } from '../report/assets.ts';

/** The files a report directory holds according to its manifest, or why the directory is not one presslens wrote. */
function reportFiles(manifestText: string): Set<string> | string {
  let m: { presslens?: unknown; tables?: unknown; charts?: unknown; files?: unknown };
  try {
    m = JSON.parse(manifestText) as typeof m;
  } catch {
    return 'its manifest.json is not JSON';
  }
  if (!m || typeof m !== 'object' || typeof m.presslens !== 'string' || !Array.isArray(m.tables) || !Array.isArray(m.charts)) {
    return 'its manifest.json was not written by presslens';
  }
  if (Array.isArray(m.files)) return new Set(m.files.map(String));
  // Reports written before manifests listed their files: the names follow from the tables and charts.
  const files = new Set(['manifest.json', 'index.html', 'summary.md', 'quotes.html', ...SCRIPTS, STYLESHEET, 'assets/LICENSE-vega.txt', 'assets/LICENSE-vega-interpreter.txt']);
  for (const t of m.tables as { file?: unknown }[]) if (typeof t?.file === 'string') files.add(t.file);
  for (const c of m.charts) for (const ext of ['.vl.json', '.svg', '.png']) files.add(`${String(c)}${ext}`);
  return files;
}

/**
 * Entries of `dir` (relative path `rel`, holding `names`) that the manifest's list does not account
 * for; a subdirectory ("assets/") is looked into when the list has files under it.
 */
async function foreignFiles(root: string, rel: string, names: readonly string[], listed: ReadonlySet<string>): Promise<string[]> {
  const out: string[] = [];
  for (const n of names) {
    const p = rel ? `${rel}/${n}` : n;
    if (listed.has(p)) continue;
    const under = [...listed].some((f) => f.startsWith(`${p}/`));
    const full = path.join(root, p);
    if (under && (await fsp.lstat(full)).isDirectory()) out.push(...(await foreignFiles(root, p, await fsp.readdir(full), listed)));
    else out.push(p);
  }
  return out;
}

/**
 * Throws unless `out` may be replaced whole: it must not exist, be an empty directory, or be a report
 * directory presslens wrote (a presslens `manifest.json`, and no file the manifest does not list). This
 * keeps `--out .`, `--out data`, `--out article.jsonl` or a web app's folder with its own
 * `manifest.json` from being deleted.
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
  const refuse = (why: string, what: string) => {
    throw new Error(`refusing to replace ${out}: ${why}; ${what}`);
  };
  if (!st.isDirectory()) refuse('it exists and is not a directory', 'choose another --out');
  if (target === path.parse(target).root || path.relative(target, process.cwd()).split(path.sep)[0] !== '..') {
    refuse('it is the current directory or one of its parents', 'choose a new --out directory');
  }
  const names = await fsp.readdir(target);
  if (names.length === 0) return;
  if (!names.includes('manifest.json')) refuse('it is a non-empty directory that is not a presslens report (no manifest.json)', 'choose a new --out directory or empty this one');
  const files = reportFiles(await fsp.readFile(path.join(target, 'manifest.json'), 'utf8'));
  if (typeof files === 'string') refuse(`it is not a presslens report (${files})`, 'choose a new --out directory');
  const foreign = (await foreignFiles(target, '', names, files as Set<string>)).sort();
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 5).map((n) => JSON.stringify(n)).join(', ') + (foreign.length > 5 ? ` and ${foreign.length - 5} more` : '');
    refuse(`it holds files the report did not write (${shown})`, 'move them out or choose a new --out directory');
  }
}

/** Real path of `p`, or its resolved path when it does not exist. */
function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * Throws when `target` (an output: `--out` directory or `--partial` file) is one of `inputs` or, as a
 * directory, contains one: replacing it would destroy the input. Inputs that do not exist (globs,
 * stdin) are skipped; the files a run actually read can be checked again at the end.
 */
export function checkNotInput(target: string, inputs: readonly string[], option: string): void {
  const t = real(target);
  for (const input of inputs) {
    if (input === '-') continue;
    const i = real(input);
    if (i === t || i.startsWith(t + path.sep)) {
      throw new Error(`refusing to write ${option} ${target}: ${i === t ? 'it is' : 'it contains'} the input ${input}; choose another ${option}`);
    }
  }
}

const PARTIAL_HEAD = '{"format":"presslens-partial@';

/** Throws unless `file` does not exist or is a presslens partial file (which `--partial` may replace). */
export function checkPartialFile(file: string): void {
  let st;
  try {
    st = statSync(file);
  } catch {
    return;
  }
  const refuse = (why: string) => {
    throw new Error(`refusing to replace ${file} with a partial: ${why}; choose another --partial file`);
  };
  if (!st.isFile()) refuse('it exists and is not a regular file');
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(PARTIAL_HEAD.length);
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== PARTIAL_HEAD) refuse('it exists and is not a presslens partial file');
}

/** A held output lock; `release()` removes it. */
export interface OutputLock {
  file: string;
  release(): Promise<void>;
}

interface LockInfo {
  pid: number;
  host: string;
  started: string;
}

function lockPath(out: string): string {
  const target = path.resolve(out);
  return path.join(path.dirname(target), `.presslens-lock-${path.basename(target)}`);
}

async function readLock(file: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await fsp.readFile(file, 'utf8')) as LockInfo;
    return Number.isInteger(info?.pid) ? info : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock of output `out`: `.presslens-lock-<name>` beside it, created exclusively. A lock whose
 * process is still running on this machine makes this throw (two runs into one `--out` would swap
 * reports under each other); a lock left by a process that is gone is taken over.
 */
export async function lockOutput(out: string): Promise<OutputLock> {
  const file = lockPath(out);
  await fsp.mkdir(path.dirname(file), { recursive: true });
  const mine: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      await fsp.writeFile(file, JSON.stringify(mine) + '\n', { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 5) throw e;
    }
    const held = await readLock(file);
    if (held && held.host === mine.host && held.pid !== process.pid && pidAlive(held.pid)) {
      throw new Error(`another presslens run (pid ${held.pid}, started ${held.started}) is writing ${out}; wait for it to finish, or choose another --out (if no presslens is running, remove ${file})`);
    }
    if (held && held.host !== mine.host) {
      throw new Error(`${out} is locked by a presslens run on ${held.host} (pid ${held.pid}, started ${held.started}); wait for it, or remove ${file} if that run is over`);
    }
    // Stale (its process is gone) or unreadable: move it aside under a unique name, so that of two runs
    // taking over the same stale lock only one removes it, then try again.
    const aside = `${file}.stale-${process.pid}`;
    if (!(await fsp.rename(file, aside).then(() => true, () => false))) continue;
    const moved = await readLock(aside);
    if (moved && held && (moved.pid !== held.pid || moved.started !== held.started)) {
      // another run took the stale lock over in between: give its lock back (link fails if the name is taken)
      await fsp.link(aside, file).catch(() => undefined);
      await fsp.rm(aside, { force: true });
      throw new Error(`another presslens run (pid ${moved.pid}) is writing ${out}; wait for it to finish, or choose another --out`);
    }
    await fsp.rm(aside, { force: true });
  }
  const untrack = trackLock(file);
  return {
    file,
    async release() {
      untrack();
      await fsp.rm(file, { force: true });
    },
  };
}

/**
 * Finishes what killed runs left beside `out` (call with its lock held): a previous report moved
 * aside (`.presslens-old-<name>-<pid>`) by a swap that never completed is put back when `out` is
 * missing and removed otherwise, and unfinished new reports (`.presslens-tmp-<name>-<pid>`) are removed.
 * Returns what it did, for the user.
 */
export async function recoverOutput(out: string): Promise<string[]> {
  const target = path.resolve(out);
  const parent = path.dirname(target);
  const base = path.basename(target);
  let names: string[];
  try {
    names = (await fsp.readdir(parent)).sort();
  } catch {
    return [];
  }
  const notes: string[] = [];
  const mine = (name: string, kind: string) => name.startsWith(`.presslens-${kind}-${base}-`) && Number.isInteger(Number(name.slice(`.presslens-${kind}-${base}-`.length)));
  for (const name of names.filter((n) => mine(n, 'old'))) {
    const old = path.join(parent, name);
    if (await fsp.stat(target).then(() => true, () => false)) {
      await fsp.rm(old, { recursive: true, force: true });
    } else {
      await fsp.rename(old, target);
      notes.push(`put the previous report back in ${out} (a run was killed while it replaced it)`);
    }
  }
  for (const name of names.filter((n) => mine(n, 'tmp'))) {
    await fsp.rm(path.join(parent, name), { recursive: true, force: true });
    notes.push(`removed an unfinished report left by a killed run (${name})`);
  }
  return notes;
}

/**
 * Everything to do before a run that writes report directory `out` reads anything: `out` is not
 * (and does not contain) an input, its lock is taken, what a killed run left there is finished
 * (`note` hears what was done), and it is new, empty or a report presslens wrote. Release the
 * returned lock when the run is over.
 */
export async function prepareOut(out: string, inputs: readonly string[], note: (message: string) => void): Promise<OutputLock> {
  checkNotInput(out, inputs, '--out');
  const lock = await lockOutput(out);
  try {
    for (const n of await recoverOutput(out)) note(n);
    await checkOutDir(out);
  } catch (e) {
    await lock.release();
    throw e;
  }
  return lock;
}
