/**
 * The README's stage option tables are generated from the stages' declared params (src/catalog.ts):
 * this test fails when they differ; `npm run docs:update` (UPDATE_DOCS=1) rewrites them.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import * as presslens from '../src/index.ts';
import { builtInStages, stageTablesMarkdown } from '../src/catalog.ts';
import { repoRoot } from './helpers/corpora.ts';

const BEGIN = '<!-- stages:begin -->';
const END = '<!-- stages:end -->';

test('the README lists every built-in stage option as the stages declare them', () => {
  const file = path.join(repoRoot, 'README.md');
  const text = readFileSync(file, 'utf8');
  const a = text.indexOf(BEGIN), b = text.indexOf(END);
  assert.ok(a >= 0 && b > a, 'README.md has the stages markers');
  const want = `${BEGIN}\n${stageTablesMarkdown()}\n${END}`;
  const have = text.slice(a, b + END.length);
  if (have !== want && process.env.UPDATE_DOCS) {
    writeFileSync(file, text.slice(0, a) + want + text.slice(b + END.length));
    return;
  }
  assert.equal(have, want, 'README stage options are out of date: run npm run docs:update');
});

test('every built-in stage factory refuses an option it does not declare, naming the stage', () => {
  const api = presslens as unknown as Record<string, (o?: object) => unknown>;
  for (const s of builtInStages()) {
    const name = s.factory.replace(/\(.*$/, '');
    assert.equal(typeof api[name], 'function', `${name} is exported`);
    assert.throws(() => api[name]({ noSuchOption: 1 }), (e: Error) => e instanceof TypeError && /unknown option "noSuchOption"/.test(e.message), name);
    // a declared option of the wrong type is refused too
    const p = s.params.find((x) => x.type === 'integer' || x.type === 'boolean');
    if (p) assert.throws(() => api[name]({ [p.name]: 'x' }), (e: Error) => e instanceof TypeError && e.message.includes(p.name), `${name}.${p.name}`);
  }
});
