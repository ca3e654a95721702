/** Shared helpers of the robustness tests: temp inputs, reading with collected diagnostics, CLI runs. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createContext, readArticles, splitSentences, tokenize, type Article, type RunContext } from '../../src/index.ts';
import { repoRoot } from '../helpers/corpora.ts';
import { tempDir } from '../helpers/tmp.ts';

export const bin = path.join(repoRoot, 'bin/presslens.js');

/** A fresh temp directory holding `files` (name → content; names may contain `/`). */
export function tmpInputs(files: Record<string, string | Uint8Array>, prefix = 'presslens-rb-'): string {
  const dir = tempDir(prefix);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** What reading a directory gave: articles, and diagnostics / skipped inputs as `name:line code` (paths relative to the dir). */
export interface ReadResult {
  articles: Article[];
  ids: string[];
  warnings: string[];
  infos: string[];
  skipped: string[];
  ctx: RunContext;
}

export function where(dir: string, file: string, line?: number): string {
  const rel = path.relative(dir, file) || '.';
  return line === undefined ? rel : `${rel}:${line}`;
}

export async function readDir(dir: string, inputs: string[] = [dir]): Promise<ReadResult> {
  const ctx = createContext({ log: null });
  const articles: Article[] = [];
  for await (const a of readArticles(inputs, ctx)) articles.push(a);
  const fmt = (d: { code: string; origin?: { file: string; line?: number } }) => `${d.origin ? where(dir, d.origin.file, d.origin.line) : '?'} ${d.code}`;
  return {
    articles,
    ids: articles.map((a) => a.id),
    warnings: ctx.diagnostics.filter((d) => d.level !== 'info').map(fmt),
    infos: ctx.diagnostics.filter((d) => d.level === 'info').map(fmt),
    skipped: ctx.skipped.map((s) => `${where(dir, s.file, s.line)} ${s.code}`),
    ctx,
  };
}

/** Every token and sentence of the article slices back to its text; the text has only LF line ends. */
export function assertOffsets(a: Article): void {
  assert.ok(!a.text.includes('\r'), `${a.id}: text still has a CR`);
  for (const t of tokenize(a.text)) assert.equal(a.text.slice(t.start, t.end), t.text, `${a.id}: token at ${t.start}`);
  for (const s of splitSentences(a.text)) assert.equal(a.text.slice(s.start, s.end), s.text, `${a.id}: sentence at ${s.start}`);
}

/** Runs the CLI synchronously. */
export function cli(args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_STEP_SUMMARY: '', ...options.env },
    maxBuffer: 64 << 20,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** sha256 of every file under `dir` (relative path → hash), for byte-identical comparisons. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

export const u16le = (s: string, bom = true): Buffer => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]);
export const u16be = (s: string, bom = true): Buffer => {
  const b = Buffer.from(s, 'utf16le');
  b.swap16();
  return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), b]);
};
export const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
export const jl = (...records: unknown[]): string => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
export const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
  0, 0, 0, 13, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0d, 0x0a, 0x2d, 0xb4, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);
