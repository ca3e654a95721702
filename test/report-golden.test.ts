/**
 * Golden tests: the chart specs, SVGs, index.html, quotes.html and summary.md rendered from the hand-made
 * fixture tables (test/golden/fixtures.ts, hostile strings included) must match the files in
 * test/golden/report/ byte for byte. On a mismatch the new output is written next to the golden file
 * as `<name>-changed.<ext>` (git-ignored) for diffing. Regenerate with `UPDATE_GOLDEN=1`.
 * PNGs are not compared here (rasteriser upgrades may shift pixels); their determinism is tested in
 * report.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCharts } from '../src/report/charts/index.ts';
import { renderReport } from '../src/report/report.ts';
import { fixtureManifest, fixtureTables } from './golden/fixtures.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'golden', 'report');
const update = process.env.UPDATE_GOLDEN === '1';

function changedName(file: string): string {
  const base = file.endsWith('.vl.json') ? file.slice(0, -'.vl.json'.length) : file.slice(0, file.lastIndexOf('.'));
  return `${base}-changed${file.slice(base.length)}`;
}

const tables = fixtureTables({ hostile: true });
const files = await renderReport({
  pipeline: { name: 'news-report', description: 'Golden fixture: terms, sentiment and sources of five fictional articles.' },
  tables,
  charts: defaultCharts(),
  manifest: fixtureManifest(tables, { hostile: true }),
});
// assets/ are copies of files in node_modules and src/report/assets (report.test.ts checks them)
const compared = [...files.keys()].filter((k) => !k.endsWith('.png') && !k.startsWith('assets/')).sort();

test('golden set covers every default chart', () => {
  for (const c of defaultCharts()) {
    assert.ok(compared.includes(`${c.name}.vl.json`) && compared.includes(`${c.name}.svg`), c.name);
  }
});

for (const name of compared) {
  test(`golden: ${name}`, () => {
    const actual = String(files.get(name));
    const goldenPath = join(dir, name);
    const changedPath = join(dir, changedName(name));
    if (update) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(goldenPath, actual);
      rmSync(changedPath, { force: true });
      return;
    }
    assert.ok(existsSync(goldenPath), `missing golden file ${goldenPath}; run with UPDATE_GOLDEN=1`);
    const expected = readFileSync(goldenPath, 'utf8');
    if (actual !== expected) {
      writeFileSync(changedPath, actual);
      assert.fail(`${name} differs from the golden file; new output written to ${changedPath} (diff it; if intended, rerun with UPDATE_GOLDEN=1)`);
    }
    rmSync(changedPath, { force: true });
  });
}
