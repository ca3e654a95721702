/**
 * A full disk (issue 20): a run with 2 workers that runs out of space while it writes the per-article
 * tables fails with one line (`presslens: failed: ENOSPC …`, exit 1) — no stack trace — and leaves no
 * staging directory, so the next run into the same place works. The disk is a 3 MiB tmpfs mounted in a
 * private user and mount namespace (`unshare -rm`); where those are not allowed the test is skipped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/corpora.ts';
import { bin } from './util.ts';
import { tempDir } from '../helpers/tmp.ts';

const canMount = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs /mnt'], { encoding: 'utf8' }).status === 0;

test('a run that fills the disk fails with one line, leaves no staging directory, and the next run works', { skip: canMount ? false : 'needs unshare -rm (user and mount namespaces) to mount a small tmpfs' }, () => {
  const dir = tempDir('presslens-full-');
  const input = path.join(dir, 'in.jsonl');
  const text = 'Officials said on Monday that the talks "would go on", according to a statement by the ministry. '.repeat(20);
  writeFileSync(input, Array.from({ length: 6000 }, (_, i) => JSON.stringify({ id: `a${i}`, text })).join('\n') + '\n');
  const mnt = path.join(dir, 'mnt');
  mkdirSync(mnt);
  const node = JSON.stringify(process.execPath);
  const script = [
    `mount -t tmpfs -o size=3m tmpfs ${mnt}`,
    `${node} ${bin} run news-report --input ${input} --out ${mnt}/out --workers 2 -q; echo "first=$?"`,
    `ls -A ${mnt}; echo listed`,
    `${node} ${bin} run news-report --input data --out ${mnt}/out -q; echo "second=$?"`,
  ].join('\n');
  const r = spawnSync('unshare', ['-rm', 'sh', '-c', script], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, GITHUB_STEP_SUMMARY: '' } });
  const out = r.stdout + r.stderr;
  assert.match(out, /first=1/, out);
  assert.match(r.stderr, /^presslens: failed: ENOSPC: no space left on device/m);
  assert.doesNotMatch(out, /\n\s+at |node:internal|throw err/);
  const listed = r.stdout.slice(r.stdout.indexOf('first=1') + 'first=1'.length, r.stdout.indexOf('listed')).trim();
  assert.equal(listed, '', 'nothing left on the full disk');
  assert.match(out, /second=0/);
});
