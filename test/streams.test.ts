import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pipeline from '../pipelines/news-report.ts';
import { createContext, run, toCsv } from '../src/index.ts';
import { BlockCollector, BlockOrder, PREVIEW_ROWS, RowStreams, streamSpecs } from '../src/pipeline/streams.ts';
import type { StreamSpec } from '../src/pipeline/define.ts';
import { tempDir } from './helpers/tmp.ts';

/** 25 small articles in one JSONL file (more than a preview, several sentences and attributions each). */
function corpus(dir: string): string {
  const lines = Array.from({ length: 25 }, (_, i) =>
    JSON.stringify({
      id: `n${i}`,
      title: `Story ${i}`,
      date: `2024-05-${String(1 + (i % 9)).padStart(2, '0')}`,
      text: `Mayor Ana Ruiz said the bridge ${i} would reopen. "It is safe," she added. Residents were ${i % 2 ? 'angry' : 'pleased'}.`,
    }),
  );
  const file = path.join(dir, 'in.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

test('run(…, { out }) streams per-article tables to CSV: same bytes as the held table, only a preview in memory', async () => {
  const dir = tempDir('presslens-streams-');
  const input = corpus(dir);
  const held = await run(pipeline, { input: [input], ctx: createContext({ log: null }) });
  const out = path.join(dir, 'out');
  const streamed = await run(pipeline, { input: [input], out, report: false, ctx: createContext({ log: null }) });
  const names = streamSpecs(pipeline.aggregators).map((s) => s.name);
  assert.deepEqual(names, ['articles', 'sentiment_articles', 'attributions', 'attribution_articles']);
  for (const name of names) {
    const whole = held.tables.find((x) => x.name === name)!;
    const part = streamed.tables.find((x) => x.name === name)!;
    assert.equal(whole.rowCount, undefined, `${name}: held tables are whole`);
    assert.ok(whole.rows.length >= 25, `${name}: ${whole.rows.length} rows`);
    assert.equal(part.rowCount, whole.rows.length, `${name}: rowCount`);
    assert.deepEqual(part.rows, whole.rows.slice(0, PREVIEW_ROWS), `${name}: preview`);
    assert.equal(readFileSync(path.join(out, `${name}.csv`), 'utf8'), toCsv(whole), `${name}: CSV bytes`);
  }
  assert.deepEqual(held.tables.find((x) => x.name === 'articles')!.rows.map((r) => r.article).slice(0, 3), ['n0', 'n1', 'n2'], 'input order');
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { tables: { name: string; rows: number }[] };
  assert.equal(manifest.tables.find((x) => x.name === 'articles')!.rows, 25);
  assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('.presslens')), [], 'no staging directory is left behind');
});

test('BlockOrder writes blocks that arrive out of order in sequence', () => {
  const dir = tempDir('presslens-blocks-');
  const spec: StreamSpec = { name: 'rows', title: 'Rows', columns: [{ name: 'n', type: 'integer' }, { name: 's', type: 'string' }] };
  const streams = new RowStreams([spec], dir);
  const order = new BlockOrder(streams);
  const collector = new BlockCollector([spec]);
  const blocks = [0, 1, 2, 3].map((b) => {
    for (let i = 0; i < 4; i++) collector.push('rows', { n: b * 4 + i, s: i === 0 ? 'a,"b"' : '=1' });
    return collector.take();
  });
  order.put(2, blocks[2]);
  order.put(0, blocks[0]);
  order.put(3, blocks[3]);
  order.put(1, blocks[1]);
  const [info] = streams.close();
  const lines = readFileSync(info.file, 'utf8').trimEnd().split('\n');
  assert.equal(lines[0], 'n,s');
  assert.deepEqual(lines.slice(1).map((l) => Number(l.split(',')[0])), Array.from({ length: 16 }, (_, i) => i));
  assert.equal(lines[1], '0,"a,""b"""');
  assert.equal(lines[2], "1,'=1", 'formula cells are neutralised');
  assert.equal(info.rows, 16);
  assert.equal(info.blocks.length, 4);
  assert.equal(info.previewBlocks.flat().length, PREVIEW_ROWS > 16 ? 16 : Math.ceil(PREVIEW_ROWS / 4) * 4);
  assert.throws(() => collector.push('nope', { n: 1, s: '' }), /no streamed table "nope"/);
});
