import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portrayalChart } from '../src/report/charts/portrayal.ts';
import { keyFindings } from '../src/report/summary.ts';
import { table, type Cell } from '../src/report/table.ts';
import { toneGaps } from '../src/report/tone-gaps.ts';

const col = (name: string, type: 'string' | 'number' | 'integer' = 'string') => ({ name, type });

function sources(rows: [string, string, number | null, number][], group?: string) {
  const cols = [col('source_id'), col('speaker'), col('mean_sentiment', 'number'), col('sentiment_n', 'integer')];
  return table('sources', 'Sources', group ? [col('group'), ...cols] : cols, rows.map(([source_id, speaker, mean_sentiment, sentiment_n]) => ({ ...(group ? { group } : {}), source_id, speaker, mean_sentiment, sentiment_n })));
}

function portrayal(rows: [string, string, number, number | null][], group?: string) {
  const cols = ['entity_id', 'entity', 'kind', 'mentions', 'articles', 'mean_tone', 'tone_ci_low', 'tone_ci_high', 'share_negative', 'share_positive'].map((n) => col(n));
  return table('portrayal', 'Portrayal', group ? [col('group'), ...cols] : cols, rows.map(([entity_id, entity, mentions, mean_tone]): Record<string, Cell> => ({
    ...(group ? { group } : {}), entity_id, entity, kind: 'person', mentions, articles: mentions, mean_tone, tone_ci_low: mean_tone === null ? null : mean_tone - 0.1, tone_ci_high: mean_tone === null ? null : mean_tone + 0.1, share_negative: 0.3, share_positive: 0.3,
  })));
}

test('toneGaps lists entities whose statements and portrayal differ in sign, with enough of each, largest gap first', () => {
  const s = sources([['a', 'Ann', 0.4, 10], ['b', 'Bob', 0.2, 10], ['c', 'Cy', -0.3, 8], ['d', 'Di', 0.5, 3], ['e', 'Ed', 0.3, 9], ['f', 'Flo', 0.01, 20]]);
  const p = portrayal([['a', 'Ann', 20, -0.1], ['b', 'Bob', 12, -0.5], ['c', 'Cy', 7, 0.2], ['d', 'Di', 30, -0.6], ['e', 'Ed', 4, -0.6], ['f', 'Flo', 30, -0.5]]);
  const g = toneGaps(s, p);
  assert.deepEqual(g.speaksUp.map((x) => x.name), ['Bob', 'Ann'], 'Di has 3 statements, Ed 4 mentions, Flo says about 0');
  assert.deepEqual(g.speaksDown.map((x) => [x.name, x.says, x.statements, x.portrayed, x.mentions]), [['Cy', -0.3, 8, 0.2, 7]]);
  assert.deepEqual(toneGaps(s, undefined), { speaksUp: [], speaksDown: [] });
});

test('toneGaps joins within a group only, and the key findings name the group', () => {
  const s = sources([['a', 'Ann', 0.4, 10]], 'sport');
  assert.equal(toneGaps(s, portrayal([['a', 'Ann', 20, -0.3]], 'politics')).speaksUp.length, 0);
  const lines = keyFindings([s, portrayal([['a', 'Ann', 20, -0.3]], 'sport')]);
  assert.ok(lines.some((l) => /^Speaks positively, portrayed negatively .*: Ann in sport \(says \+0\.40, n = 10; portrayed −0\.30, n = 20\)$/.test(l)), lines.join('\n'));
});

test('portrayalChart: the most-mentioned entities with enough mentions, in table order; null when none has', () => {
  const t = portrayal([['a', 'Ann', 50, -0.2], ['b', 'Bob', 40, null], ['c', 'Cy', 30, 0.3], ['d', 'Di', 4, 0.9]]);
  const spec = portrayalChart({ top: 5 }).build(t) as { data: { values: { name: string; tone: string }[] } };
  assert.deepEqual(spec.data.values.map((v) => [v.name, v.tone]), [['Ann', 'Negative'], ['Cy', 'Positive']]);
  assert.equal(portrayalChart({ minN: 100 }).build(t), null);
});
