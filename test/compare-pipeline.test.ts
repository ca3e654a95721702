import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './helpers/corpora.ts';
import { tempDir } from './helpers/tmp.ts';

const bin = path.join(repoRoot, 'bin/presslens.js');

test('presslens run compare over data/ regenerates the committed sample report (reports/compare) table for table', () => {
  const out = path.join(tempDir('presslens-compare-'), 'out');
  const r = spawnSync(process.execPath, [bin, 'run', 'compare', '--group-by', 'source', '--input', 'data', '--out', out, '--no-report', '-q'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const committed = path.join(repoRoot, 'reports/compare');
  const csvs = readdirSync(out).filter((f) => f.endsWith('.csv')).sort();
  assert.deepEqual(csvs, readdirSync(committed).filter((f) => f.endsWith('.csv')).sort(), 'run npm run report:compare and commit reports/compare');
  for (const f of csvs) assert.equal(readFileSync(path.join(out, f), 'utf8'), readFileSync(path.join(committed, f), 'utf8'), `${f}: run npm run report:compare and commit reports/compare`);
  const terms = readFileSync(path.join(out, 'terms.csv'), 'utf8');
  assert.match(terms, /^group,term,count,docs,share\n/);
  assert.deepEqual([...new Set(terms.trim().split('\n').slice(1).map((l) => l.split(',')[0]))], ['(none)', 'presslens synthetic sample']);
  assert.match(readFileSync(path.join(out, 'keyness.csv'), 'utf8'), /^group,reference,side,rank,term,/);
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.groups, { key: 'source', none: 1, articles: [{ group: '(none)', articles: 1 }, { group: 'presslens synthetic sample', articles: 3 }] });
});
