import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createContext, readArticles, parseMarkdown, parseDate, type Article } from '../src/index.ts';
import { repoRoot } from './helpers/corpora.ts';
import { tempDir } from './helpers/tmp.ts';

async function readAll(inputs: string[], opts = {}) {
  const ctx = createContext({ log: null });
  const out: Article[] = [];
  for await (const a of readArticles(inputs, ctx, opts)) out.push(a);
  return { articles: out, ctx };
}

function tmp(files: Record<string, string | Buffer>): string {
  const dir = tempDir('presslens-read-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

test('parseMarkdown reads the seed layout: title, author, date, body without the footer', async () => {
  const { articles } = await readAll([`${repoRoot}/data/wsws-2008-04-26-sadr-city-iran.md`]);
  assert.equal(articles.length, 1);
  const a = articles[0];
  assert.equal(a.id, 'wsws-2008-04-26-sadr-city-iran');
  assert.equal(a.title, 'Siege continues in Iraq as US escalates threats against Iran');
  assert.equal(a.author, 'Joe Kay');
  assert.equal(a.date, '2008-04-26');
  assert.ok(a.text.startsWith("The United States military's brutal offensive"));
  assert.ok(a.text.endsWith('On Friday, Sadr asked his followers to continue to observe a ceasefire.'));
  assert.ok(!a.text.includes('To contact'));
});

test('parseDate understands news date lines', () => {
  assert.equal(parseDate('26 April 2008'), '2008-04-26');
  assert.equal(parseDate('April 26, 2008'), '2008-04-26');
  assert.equal(parseDate('1987-03-02'), '1987-03-02');
  assert.equal(parseDate('Joe Kay'), null);
});

test('parseMarkdown without a header keeps the whole text as body', () => {
  const a = parseMarkdown('Just a paragraph.\n\nAnother one.', 'x', 'x.md');
  assert.equal(a.title, null);
  assert.equal(a.text, 'Just a paragraph.\n\nAnother one.');
});

test('readArticles streams JSONL, keeps extra fields and origins, and skips bad lines with file:line', async () => {
  const dir = tmp({
    'a.jsonl': [
      JSON.stringify({ id: 'a1', title: 'T', date: '2020-01-02', text: 'Hello world.', topic: 'x' }),
      '{"id": "a2", "text": "truncated',
      '',
      JSON.stringify({ id: 'a3', title: 'no text' }),
      '[1,2]',
      JSON.stringify({ id: 'a4', text: 42 }),
      JSON.stringify({ id: 'a5', text: 'Second.' }),
    ].join('\n'),
  });
  const { articles, ctx } = await readAll([dir]);
  assert.deepEqual(articles.map((a) => a.id), ['a1', 'a5']);
  assert.deepEqual(articles[0].extra, { topic: 'x' });
  assert.deepEqual(articles[1].origin, { file: path.join(dir, 'a.jsonl'), line: 7 });
  assert.deepEqual(ctx.skipped.map((s) => [s.line, s.code]), [
    [2, 'jsonl-malformed'],
    [4, 'missing-text'],
    [5, 'not-an-object'],
    [6, 'text-not-string'],
  ]);
});

test('readArticles reads CSV with a header, quoted newlines and line numbers', async () => {
  const dir = tmp({ 'b.csv': 'id,title,text\nb1,One,"First line.\nSecond line."\nb2,Two,\nb3,Three,Third.\n' });
  const { articles, ctx } = await readAll([path.join(dir, 'b.csv')]);
  assert.deepEqual(articles.map((a) => a.id), ['b1', 'b3']);
  assert.equal(articles[0].text, 'First line.\nSecond line.');
  assert.equal(ctx.skipped.length, 1);
  assert.equal(ctx.skipped[0].code, 'empty-text');
});

test('readArticles walks directories in name order, reads .txt and skips empty and binary files', async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const dir = tmp({ 'z.txt': 'Zed text.', 'sub/a.txt': 'A text.', 'empty.md': '', 'pic.png': png });
  const { articles, ctx } = await readAll([dir]);
  assert.deepEqual(articles.map((a) => a.id), ['a', 'z']);
  assert.deepEqual(ctx.skipped.map((s) => [path.basename(s.file), s.code]).sort(), [
    ['empty.md', 'empty-file'],
    ['pic.png', 'binary-file'],
  ]);
});

test('readArticles expands globs', async () => {
  const dir = tmp({ 'x/one.md': '# One\n\nBody one.', 'x/two.txt': 'Body two.', 'y/three.md': '# Three\n\nBody three.' });
  const { articles } = await readAll([`${dir}/**/*.md`]);
  assert.deepEqual(articles.map((a) => a.id), ['one', 'three']);
});

test('readArticles reads JSONL from stdin', async () => {
  const stdin = Readable.from([Buffer.from('{"id":"s1","text":"From stdin."}\n{"id":"s2","text":"Again."}\n')]);
  const { articles } = await readAll(['-'], { stdin });
  assert.deepEqual(articles.map((a) => [a.id, a.origin.file, a.origin.line]), [
    ['s1', '-', 1],
    ['s2', '-', 2],
  ]);
});

test('readArticles renames duplicate ids and warns', async () => {
  const dir = tmp({ 'd.jsonl': '{"id":"x","text":"One."}\n{"id":"x","text":"Two."}\n' });
  const { articles, ctx } = await readAll([dir]);
  assert.deepEqual(articles.map((a) => a.id), ['x', 'x~2']);
  assert.equal(ctx.diagnostics[0].code, 'duplicate-id');
});

test('readArticles reports a missing path without throwing', async () => {
  const { articles, ctx } = await readAll(['/nonexistent/presslens']);
  assert.equal(articles.length, 0);
  assert.equal(ctx.skipped[0].code, 'not-found');
});
