/**
 * Input splits for `--shard i/n`: which bytes of which files shard i reads, so that n shards together
 * read every byte of the input once (as Spark and Hadoop split their input).
 *
 * Every shard computes the same plan from the file list and the file sizes alone (a `stat` each, and
 * the first bytes of the JSONL files that might be cut), so no shard reads another's part:
 *
 * - At least as many files as shards: whole files, in contiguous runs of the input order, balanced by
 *   size (the largest run as small as contiguity allows, every shard at least one file).
 * - Fewer files than shards: the input is laid end to end and cut at byte `⌊k·T/n⌋`; a cut inside a
 *   plain UTF-8 JSONL file moves to the next line start (a record belongs to the split where its line
 *   starts), and any other file (CSV, Markdown, text, compressed, UTF-16, a pipe) goes whole to the
 *   shard where it starts.
 *
 * Splits are contiguous and in input order, so the merge puts the shards' rows back by concatenating
 * them in shard order.
 * @module
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** One file of the input, as the planner sees it. */
export interface PlanFile {
  file: string;
  /** Bytes on disk (0 for stdin and pipes). */
  size: number;
  /** Whether it may be cut at line starts (plain JSONL, not compressed, not UTF-16, not a pipe). */
  splittable: boolean;
}

/** A part of one file: bytes `[start, end)`, before alignment to line starts (see {@link alignToLine}). */
export interface Split {
  file: string;
  start: number;
  end: number;
  /** The file's size: a split with start 0 and end = size is the whole file. */
  size: number;
}

/** Groups `files` into `count` contiguous non-empty runs with the largest total as small as possible. */
function contiguousRuns(files: readonly PlanFile[], count: number): PlanFile[][] {
  const pack = (cap: number): PlanFile[][] => {
    const runs: PlanFile[][] = [];
    let cur: PlanFile[] = [];
    let load = 0;
    files.forEach((f, i) => {
      const later = count - runs.length - 1; // runs still to fill after the current one
      if (cur.length && (load + f.size > cap || files.length - i <= later)) {
        runs.push(cur);
        cur = [];
        load = 0;
      }
      cur.push(f);
      load += f.size;
    });
    runs.push(cur);
    return runs;
  };
  let lo = Math.max(0, ...files.map((f) => f.size));
  let hi = files.reduce((a, f) => a + f.size, 0);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (pack(mid).length <= count) hi = mid;
    else lo = mid + 1;
  }
  return pack(lo);
}

/**
 * The plan: for each of `count` shards, the parts it reads in input order. Deterministic: it depends
 * only on the files' order, sizes and splittability.
 */
export function planSplits(files: readonly PlanFile[], count: number): Split[][] {
  const whole = (f: PlanFile): Split => ({ file: f.file, start: 0, end: f.size, size: f.size });
  const plan: Split[][] = Array.from({ length: count }, () => []);
  if (files.length >= count) {
    contiguousRuns(files, count).forEach((run, i) => plan[i].push(...run.map(whole)));
    return plan;
  }
  const total = files.reduce((a, f) => a + f.size, 0);
  const cut = (k: number) => Math.floor((k * total) / count);
  let at = 0;
  let shard = 0;
  for (const f of files) {
    while (shard < count - 1 && cut(shard + 1) <= at) shard++;
    if (!f.splittable || f.size === 0) plan[shard].push(whole(f));
    else {
      for (let k = shard; k < count && cut(k) < at + f.size; k++) {
        const start = Math.max(at, cut(k)) - at;
        const end = (k === count - 1 ? at + f.size : Math.min(at + f.size, cut(k + 1))) - at;
        if (end > start) plan[k].push({ file: f.file, start, end, size: f.size });
      }
    }
    at += f.size;
  }
  return plan;
}

/**
 * The first line start at or after byte `pos` of an open file (`size` when none): `pos` itself when the
 * byte before it ends a line (LF, or CR not followed by LF), else just after the next line end. Reads
 * only the bytes of the line that straddles `pos`.
 */
export function alignToLine(fd: number, pos: number, size: number): number {
  if (pos <= 0) return 0;
  if (pos >= size) return size;
  const buf = Buffer.allocUnsafe(1 << 16);
  let at = pos - 1;
  let prevCR = false;
  while (at < size) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, size - at), at);
    if (n === 0) break;
    for (let i = 0; i < n; i++) {
      const b = buf[i];
      const p = at + i; // position of b
      if (prevCR) return b === 10 ? p + 1 : p;
      if (b === 10) return p + 1;
      if (b === 13) prevCR = true;
    }
    at += n;
  }
  return size;
}

/** {@link alignToLine} by file name. */
export function alignedRange(file: string, start: number, end: number, size: number): { start: number; end: number } {
  const fd = openSync(file, 'r');
  try {
    return { start: alignToLine(fd, start, size), end: end >= size ? size : alignToLine(fd, end, size) };
  } finally {
    closeSync(fd);
  }
}

/**
 * A line number a shard that starts reading mid-file cannot know (the lines before its part are another
 * shard's): the per-article `origin` cell holds this marker, line `line` of the part that starts at byte
 * `from`, and `presslens merge` replaces it with the true line number (see {@link fixPartLines}).
 */
export function partLineMarker(from: number, line: number): string {
  return `\uE000${from}+${line}\uE001`;
}

const MARKER = /\uE000(\d+)\+(\d+)\uE001/g;

/** `text` with every {@link partLineMarker} replaced by `shift(from) + line`, or left as `from+line` when `shift` returns null. */
export function fixPartLines(text: string, shift: (from: number) => number | null): string {
  return text.replace(MARKER, (_, from: string, line: string) => {
    const s = shift(Number(from));
    return s === null ? `@${from}+${line}` : String(s + Number(line));
  });
}
