/**
 * Input expansion: files, directories (walked recursively in name order), globs and `-` for stdin
 * become a list of files to read.
 * @module
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { RunContext } from '../context.ts';

const GLOB_CHARS = /[*?[]/;

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '(?:.*/)?';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += glob.slice(i, end + 1);
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Collects the regular files under `dir` in name order. Dotfiles and dot-directories are skipped;
 * symbolic links are followed (each real directory is walked once, so link loops end); unreadable
 * directories and dangling links are reported on `ctx` when given.
 */
async function walk(dir: string, out: string[], ctx?: RunContext, seen = new Set<string>()): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await fsp.realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (e) {
    ctx?.skip('unreadable', `cannot read directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: dir });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await fsp.stat(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        ctx?.skip('not-found', `broken symbolic link: ${p}`, { file: p });
        continue;
      }
    }
    if (isDir) await walk(p, out, ctx, seen);
    else if (isFile) out.push(p);
    // a pipe, socket or device inside a directory: not read (a pipe nobody writes to would block the run)
    else ctx?.skip('not-a-file', `not a regular file (pipe, device or socket) inside a directory: ${p}; give it as an input of its own to read a pipe`, { file: p });
  }
}

/**
 * Expands inputs (files, directories walked recursively in name order, globs with `*`, `**`, `?`, `[]`,
 * and `-` for stdin) into a list of files. A path that exists is taken as it is, even when it holds
 * glob characters (`report[1].txt`); only a path that does not exist is matched as a glob. Missing
 * paths and empty directories are reported as warnings.
 */
export async function expandInputs(inputs: readonly string[], ctx: RunContext): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      add('-');
      continue;
    }
    if (GLOB_CHARS.test(input) && !(await fsp.lstat(input).then(() => true, () => false))) {
      const firstGlob = input.search(GLOB_CHARS);
      const base = input.slice(0, input.lastIndexOf('/', firstGlob) + 1) || '.';
      const re = globToRegExp(path.normalize(input));
      const all: string[] = [];
      try {
        await walk(base, all);
      } catch {
        /* no base dir: no matches */
      }
      const matched = all.filter((f) => re.test(path.normalize(f)));
      if (matched.length === 0) ctx.skip('no-match', `pattern matched no files: ${input}`, { file: input });
      matched.forEach(add);
      continue;
    }
    let st;
    try {
      st = await fsp.stat(input);
    } catch {
      ctx.skip('not-found', `no such file or directory: ${input}`, { file: input });
      continue;
    }
    if (st.isDirectory()) {
      const all: string[] = [];
      await walk(input, all, ctx);
      if (all.length === 0) ctx.skip('empty-directory', `directory has no files: ${input}`, { file: input });
      all.forEach(add);
    } else if (st.isFile() || st.isFIFO()) add(input);
    else ctx.skip('not-a-file', `not a regular file (device or socket): ${input}; give files, directories, globs or - for stdin`, { file: input });
  }
  return files;
}

