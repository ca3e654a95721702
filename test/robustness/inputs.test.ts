/**
 * Input torture suite (issue 7): every bad or unusual input gets an exact, documented behaviour —
 * which articles are read, which diagnostics (code + file:line) and which skipped entries — and
 * never a crash. A few cases also go through the CLI (`run … --no-report`, with and without --strict).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, symlinkSync } from 'node:fs';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { analyzeArticle, createContext, tokenize, type Article } from '../../src/index.ts';
import * as lib from '../../src/index.ts';
import { allAnalyzers } from '../helpers/stages.ts';
import { assertOffsets, bytes, cli, jl, PNG, readDir, tmpInputs, u16be, u16le } from './util.ts';
import { tempDir } from '../helpers/tmp.ts';

const good = (id: string, text = `Article ${id} reports that officials met on Monday.`) => ({ id, text });

/** Runs every exported analyzer on each article: none may throw, and every span must slice back. */
function analyzeAll(articles: Article[]): void {
  const analyzers = allAnalyzers();
  for (const a of articles) {
    assertOffsets(a);
    const ctx = createContext({ log: null });
    const doc = analyzeArticle({ name: 'all', analyzers, aggregators: [], charts: [] }, a, ctx);
    assert.ok(doc, `${a.id}: ${ctx.diagnostics.map((d) => d.message).join('; ')}`);
    for (const at of doc.attributions ?? []) {
      for (const span of [at.source, at.cue, at.content]) if (span) assert.equal(a.text.slice(span.start, span.end), span.text, `${a.id}: attribution span`);
    }
  }
}

test('readArticles skips malformed JSONL lines (truncated, trailing comma, not an object) with file:line and keeps the rest', async () => {
  const dir = tmpInputs({
    'a.jsonl': jl(good('a1'), '{"id":"t","text":"truncated', '{"id":"c","text":"trailing comma",}', '"just a string"', '42', '[1,2]', 'null', '{"id":"x" "text":"y"}', good('a2')),
  });
  const r = await readDir(dir);
  assert.deepEqual(r.ids, ['a1', 'a2']);
  assert.deepEqual(r.skipped, [
    'a.jsonl:2 jsonl-malformed',
    'a.jsonl:3 jsonl-malformed',
    'a.jsonl:4 not-an-object',
    'a.jsonl:5 not-an-object',
    'a.jsonl:6 not-an-object',
    'a.jsonl:7 not-an-object',
    'a.jsonl:8 jsonl-malformed',
  ]);
  assert.deepEqual(r.warnings, r.skipped);
  assert.match(r.ctx.skipped[0].reason, /each line must be one JSON object/);
});

test('readArticles skips records with a missing, null, non-string or blank text and says which field to fix', async () => {
  const dir = tmpInputs({
    'm.jsonl': jl({ id: 'm1' }, { id: 'm2', text: null }, { id: 'm3', text: 5 }, { id: 'm4', text: ['a'] }, { id: 'm5', text: { p: 1 } }, { id: 'm6', text: '' }, { id: 'm7', text: ' \n\t ' }, good('ok')),
    'm.csv': 'id,title\nc1,No text column\n',
  });
  const r = await readDir(dir);
  assert.deepEqual(r.ids, ['ok']);
  assert.deepEqual(r.skipped, [
    'm.csv:2 missing-text',
    'm.jsonl:1 missing-text',
    'm.jsonl:2 missing-text',
    'm.jsonl:3 text-not-string',
    'm.jsonl:4 text-not-string',
    'm.jsonl:5 text-not-string',
    'm.jsonl:6 empty-text',
    'm.jsonl:7 empty-text',
  ]);
  assert.match(r.ctx.skipped.find((s) => s.code === 'missing-text')!.reason, /add the article body as "text"/);
});

test('readArticles decodes invalid UTF-8 with U+FFFD and warns at the line of the first bad byte (JSONL, CSV, md, txt)', async () => {
  const dir = tmpInputs({
    'a.jsonl': bytes(jl(good('j1')), '{"id":"j2","text":"caf', [0xe9], ' au lait."}\n', '{"id":"j3"', [0xff], ',"text":"x"}\n', jl(good('j4'))),
    'b.csv': bytes('id,text\nc1,fine\nc2,"two\nlines ', [0xc0, 0xaf], '"\nc3,', [0xed, 0xa0, 0x80], '\n'),
    // a real U+FFFD on line 3 must not be mistaken for the bad byte on line 5
    'c.md': bytes('# Title\n\nA \uFFFD replacement char is fine.\n\nBut ', [0xe2, 0x82], ' is cut off.\n'),
    'd.txt': bytes('ok\nok\n', [0x80], 'lone continuation byte\n'),
    'e.txt': bytes('Ends in a cut-off sequence ', [0xf0, 0x9f, 0x8e]),
  });
  const r = await readDir(dir);
  assert.deepEqual(r.ids, ['j1', 'j2', 'j4', 'c1', 'c2', 'c3', 'c', 'd', 'e']);
  assert.deepEqual(r.warnings, [
    'a.jsonl:2 invalid-utf8',
    'a.jsonl:3 invalid-utf8',
    'a.jsonl:3 jsonl-malformed',
    'b.csv:4 invalid-utf8',
    'c.md:5 invalid-utf8',
    'd.txt:3 invalid-utf8',
    'e.txt:1 invalid-utf8',
  ]);
  assert.deepEqual(r.skipped, ['a.jsonl:3 jsonl-malformed']);
  const text = Object.fromEntries(r.articles.map((a) => [a.id, a.text]));
  assert.equal(text.j2, 'caf\uFFFD au lait.');
  assert.equal(text.c2, 'two\nlines \uFFFD\uFFFD');
  assert.equal(text.c, 'A \uFFFD replacement char is fine.\n\nBut \uFFFD is cut off.');
  assert.match(r.ctx.diagnostics[0].message, /re-save the file as UTF-8/);
  r.articles.forEach(assertOffsets);
});

test('readArticles drops a UTF-8 BOM in JSONL, CSV, md and txt without a diagnostic', async () => {
  const BOM = '\uFEFF';
  const dir = tmpInputs({
    'a.jsonl': BOM + jl(good('j1'), good('j2')),
    'b.csv': BOM + 'id,title,text\nc1,Title,Body.\n',
    'c.md': BOM + '# BOM title\n\nJoe Kay\n26 April 2008\n\nBody text.\n',
    'd.txt': BOM + 'Plain text.',
  });
  const r = await readDir(dir);
  assert.deepEqual(r.ids, ['j1', 'j2', 'c1', 'c', 'd']);
  assert.deepEqual([...r.warnings, ...r.infos], []);
  assert.equal(r.articles[3].title, 'BOM title');
  assert.equal(r.articles[3].date, '2008-04-26');
  for (const a of r.articles) assert.ok(!a.text.startsWith(BOM) && !(a.title ?? '').startsWith(BOM), a.id);
});

test('readArticles decodes UTF-16 LE/BE files with a BOM (info utf16) and without one (warning utf16-no-bom)', async () => {
  const zh = '北京电视台报道，中国国务院总理今天在人民大会堂会见了来访的外国代表团。双方就经济合作问题交换了意见。';
  const dir = tmpInputs({
    'a-le.jsonl': u16le(jl({ id: 'le1', text: 'Zürich 🎉 news.' }, '{broken', { id: 'le3', text: 'Three.' })),
    'b-be.csv': u16be('id,text\nbe1,"Hello, ""world"""\n'),
    'c-le.md': u16le('# Titel\n\nKörper.\n'),
    'd-be.txt': u16be('Plain BE text.'),
    'e-nobom-le.jsonl': u16le(jl({ id: 'nb1', text: 'No BOM here, just UTF-16LE.' }), false),
    'f-nobom-be.txt': u16be('Big-endian without a byte-order mark.', false),
    'g-arabic-le.txt': u16le('قال المتحدث باسم الحكومة إن المفاوضات ستستمر الأسبوع المقبل.', false),
    'h-hebrew-be.txt': u16be('ראש הממשלה אמר היום כי הממשלה תמשיך במדיניות הכלכלית שלה.', false),
    'i-zh-le.txt': u16le(zh, false),
    'j-odd.txt': Buffer.concat([u16le('Odd byte count'), Buffer.from([0x41])]),
  });
  const r = await readDir(dir);
  assert.deepEqual(r.ids, ['le1', 'le3', 'be1', 'c-le', 'd-be', 'nb1', 'f-nobom-be', 'g-arabic-le', 'h-hebrew-be', 'i-zh-le', 'j-odd']);
  assert.deepEqual(r.infos, ['a-le.jsonl utf16', 'b-be.csv utf16', 'c-le.md utf16', 'd-be.txt utf16', 'j-odd.txt utf16']);
  assert.deepEqual(r.warnings, [
    'a-le.jsonl:2 jsonl-malformed',
    'e-nobom-le.jsonl utf16-no-bom',
    'f-nobom-be.txt utf16-no-bom',
    'g-arabic-le.txt utf16-no-bom',
    'h-hebrew-be.txt utf16-no-bom',
    'i-zh-le.txt utf16-no-bom',
    'j-odd.txt:1 invalid-utf16',
  ]);
  const text = Object.fromEntries(r.articles.map((a) => [a.id, a.text]));
  assert.equal(text.le1, 'Zürich 🎉 news.');
  assert.equal(text.be1, 'Hello, "world"');
  assert.equal(r.articles[3].title, 'Titel');
  assert.equal(text['g-arabic-le'], 'قال المتحدث باسم الحكومة إن المفاوضات ستستمر الأسبوع المقبل.');
  assert.equal(text['i-zh-le'], zh);
  assert.equal(text['j-odd'], 'Odd byte count\uFFFD');
  analyzeAll(r.articles);
});

test('readArticles reads CRLF and lone-CR line ends in JSONL, CSV, md and txt; line numbers and offsets hold', async () => {
  const dir = tmpInputs({
    'a-crlf.jsonl': [JSON.stringify({ id: 'a1', text: 'One.\r\nTwo.\r\n\r\nThree.' }), '{bad', JSON.stringify(good('a3')), ''].join('\r\n'),
    'b-cr.jsonl': [JSON.stringify(good('b1')), '', '{bad', JSON.stringify({ id: 'b4', text: 'Lone\rCR.' })].join('\r'),
    'c-mixed.jsonl': JSON.stringify(good('c1')) + '\r\n' + JSON.stringify(good('c2')) + '\r' + '[]' + '\n' + JSON.stringify(good('c4')),
    'd-crlf.csv': 'id,text\r\nd1,"Quoted\r\nnewline."\r\n\r\nd2,\r\nd3,Plain.\r\n',
    'e-cr.csv': 'id,text\re1,One.\re2,\re3,"Multi\rline."\r',
    'f-crlf.md': '# CRLF title\r\n\r\nJoe Kay\r\n26 April 2008\r\n\r\nFirst paragraph. Second sentence.\r\n\r\nSecond paragraph.\r\n\r\nTo contact the WSWS, write.\r\n',
    'g-cr.md': '# CR title\r\rFirst paragraph.\rSame paragraph.\r\rSecond paragraph.\r',
    'h-cr.txt': 'Line one.\rLine two.\r\rNew paragraph.',
  });
  const r = await readDir(dir);
  assert.deepEqual(r.ids, ['a1', 'a3', 'b1', 'b4', 'c1', 'c2', 'c4', 'd1', 'd3', 'e1', 'e3', 'f-crlf', 'g-cr', 'h-cr']);
  assert.deepEqual(r.articles.map((a) => a.origin.line), [1, 3, 1, 4, 1, 2, 4, 2, 6, 2, 4, 1, 1, 1]);
  assert.deepEqual(r.warnings, ['a-crlf.jsonl:2 jsonl-malformed', 'b-cr.jsonl:3 jsonl-malformed', 'c-mixed.jsonl:3 not-an-object', 'd-crlf.csv:5 empty-text', 'e-cr.csv:3 empty-text']);
  const by = Object.fromEntries(r.articles.map((a) => [a.id, a]));
  assert.equal(by.a1.text, 'One.\nTwo.\n\nThree.');
  assert.equal(by.b4.text, 'Lone\nCR.');
  assert.equal(by.d1.text, 'Quoted\nnewline.');
  assert.equal(by.e3.text, 'Multi\nline.');
  assert.equal(by['f-crlf'].title, 'CRLF title');
  assert.equal(by['f-crlf'].author, 'Joe Kay');
  assert.equal(by['f-crlf'].text, 'First paragraph. Second sentence.\n\nSecond paragraph.');
  assert.equal(by['g-cr'].title, 'CR title');
  assert.equal(by['g-cr'].text, 'First paragraph.\nSame paragraph.\n\nSecond paragraph.');
  assert.equal(by['h-cr'].text, 'Line one.\nLine two.\n\nNew paragraph.');
  analyzeAll(r.articles);
});

test('readArticles reports empty files, blank-only files, a header-only CSV and an empty directory', async () => {
  const dir = tmpInputs({
    'a.jsonl': '',
    'b.jsonl': '\n\n  \n',
    'c.jsonl': '\n'.repeat(20000), // more than the 8 KiB sniffed head
    'd.csv': 'id,text\n',
    'e.md': '',
    'f.md': '# Title only\n',
    'g.txt': ' \t\r\n',
    'h.txt': 'Real text.',
    'empty/.hidden': 'dotfiles are not read',
  });
  const r = await readDir(dir);
  assert.deepEqual(r.ids, ['h']);
  assert.deepEqual(r.skipped, ['a.jsonl empty-file', 'b.jsonl empty-file', 'c.jsonl empty-file', 'd.csv empty-file', 'e.md empty-file', 'f.md empty-text', 'g.txt empty-file']);
  const e = await readDir(path.join(dir, 'empty'));
  assert.deepEqual(e.ids, []);
  assert.deepEqual(e.skipped, ['. empty-directory']);
  assert.match(e.ctx.skipped[0].reason, /directory has no files/);
});

test('readArticles skips binary files (PNG, raw NUL bytes) with the line of the first NUL, but reads an escaped \\u0000 in JSON', async () => {
  const pad = 'Padding line of ordinary text.\n'.repeat(400); // > 8 KiB: the NUL is past the sniffed head
  const dir = tmpInputs({
    'a.jsonl': jl({ id: 'esc', text: 'Before\u0000after NUL, escaped in JSON.' }, good('j2')),
    'b.jsonl': bytes(pad.replace(/.*\n/g, () => JSON.stringify(good('p')) + '\n').slice(0, 9000).replace(/\n[^\n]*$/, '\n'), '{"id":"raw","text":"raw ', [0], ' NUL"}\n', jl(good('after'))),
    'c.txt': bytes('Text with a raw ', [0], ' NUL byte.'),
    'd.md': bytes('# Late NUL\n\n', pad, 'here ', [0], '\n'),
    'e.txt': 'Good text.',
    'pic.png': PNG,
    'noext': PNG,
  });
  const r = await readDir(dir);
  const pLines = r.articles.filter((a) => a.id.startsWith('p')).length;
  assert.ok(pLines > 100);
  assert.deepEqual(r.ids.filter((id) => !id.startsWith('p')), ['esc', 'j2', 'after', 'e']);
  assert.equal(r.articles[0].text, 'Before\u0000after NUL, escaped in JSON.');
  assert.deepEqual(r.skipped.filter((s) => !s.includes('duplicate')), [
    `b.jsonl:${pLines + 1} jsonl-malformed`,
    'c.txt:1 binary-file',
    'd.md:403 binary-file',
    'noext binary-file',
    'pic.png binary-file',
  ]);
  assert.match(r.ctx.skipped.find((s) => s.code === 'binary-file')!.reason, /contains NUL bytes.*not text.*remove it from the input/);
  assert.deepEqual(tokenize(r.articles[0].text).map((t) => t.text).slice(0, 2), ['Before', 'after']);
  analyzeAll(r.articles.slice(0, 2));
});

test('readArticles renames duplicate ids (within and across files) and warns at the duplicate\'s file:line', async () => {
  const dir = tmpInputs({
    'a.jsonl': jl(good('x'), good('y'), good('x')),
    'b.csv': 'id,text\nx,Again.\ny,Again.\n',
    'c/x.txt': 'File named x.',
  });
  const r = await readDir(dir);
  assert.deepEqual(r.ids, ['x', 'y', 'x~2', 'x~3', 'y~2', 'x~4']);
  assert.deepEqual(r.warnings, ['a.jsonl:3 duplicate-id', 'b.csv:2 duplicate-id', 'b.csv:3 duplicate-id', 'c/x.txt:1 duplicate-id']);
  assert.deepEqual(r.skipped, []);
  assert.match(r.ctx.diagnostics[0].message, /duplicate article id "x"; renamed to "x~2"/);
});

test('readArticles and the analyzers take unbalanced quotes, all-punctuation, all-number, RTL, CJK and emoji text', async () => {
  const texts: Record<string, string> = {
    quotes: '"He said it would rain. It did not.\n\nThe next paragraph never closes it. ‘Single too. «Guillemet',
    quotes2: 'Officials said: " " " ". "Why?" he asked. """ ',
    punct: '!!! ... ??? —– ,,, ;;; (((]]] “”‘’ … · • ¿¡ «»',
    numbers: '1 2 3 4.5 6,000 7% 1990s 2003\'s 21st 0x1F 3:30 10.000.000 ١٢٣ ४५६',
    arabic: 'قال المتحدث باسم الحكومة: "المفاوضات ستستمر". وأضاف أن الوضع هادئ.',
    hebrew: 'ראש הממשלה אמר: "נמשיך". השר הגיב מאוחר יותר.',
    mixedBidi: 'The word \u202Eevil\u202C and שלום and مرحبا in one line.',
    cjk: '北京电视台报道，中国国务院总理今天会见了代表团。双方交换了意见！日本語のテキストも。한국어 문장입니다.',
    emoji: 'Great news 🎉🎉 for 👨‍👩‍👧‍👦 families 🇺🇸 and 👍🏽 thumbs. ❤️ Love it!',
    zeroWidth: 'zero\u200Bwidth\u200Djoiner\uFEFFbom\u00ADsoft hyphen',
    combining: 'Cafe\u0301 re\u0301sume\u0301 Zu\u0308rich',
    lone: 'Unpaired \uD800 high and \uDC00 low surrogates.',
  };
  const dir = tmpInputs({ 'a.jsonl': jl(...Object.entries(texts).map(([id, text]) => ({ id, text }))) });
  const r = await readDir(dir);
  assert.deepEqual(r.ids, Object.keys(texts));
  assert.deepEqual(r.warnings, []);
  analyzeAll(r.articles);
  const words = (id: string) => tokenize(texts[id]).filter((t) => t.kind === 'word').map((t) => t.text);
  assert.deepEqual(words('punct'), []);
  assert.deepEqual(words('hebrew'), ['ראש', 'הממשלה', 'אמר', 'נמשיך', 'השר', 'הגיב', 'מאוחר', 'יותר']);
  assert.ok(words('arabic').includes('المفاوضات'));
  assert.ok(words('cjk').includes('한국어'));
  assert.deepEqual(tokenize(texts.numbers).filter((t) => t.kind === 'word').map((t) => t.text), ['x1F']);
  assert.ok(tokenize(texts.emoji).some((t) => t.text === '🎉' && t.kind === 'symbol'));
});

test('readArticles reads a 100,000-character line with no spaces (JSONL, md, txt) in linear time', async () => {
  const runs = {
    letters: 'x'.repeat(100_000),
    dotted: 'a.'.repeat(50_000), // once quadratic in the tokenizer
    upperDotted: 'A.'.repeat(50_000),
    digits: '1,'.repeat(50_000),
    url: 'https://example.com/' + 'a/b-c_d?e=f&'.repeat(8_000),
    spaces: 'x' + ' '.repeat(100_000) + 'x', // /\s+$/ was quadratic in the markdown footer trim
  };
  const files: Record<string, string> = {};
  for (const [k, v] of Object.entries(runs)) {
    files[`${k}.jsonl`] = jl({ id: `${k}-j`, text: v });
    files[`${k}.md`] = `# ${k}\n\n${v}\n`;
    files[`${k}-plain.txt`] = v;
  }
  const dir = tmpInputs(files);
  const t0 = performance.now();
  const r = await readDir(dir);
  const all = allAnalyzers();
  for (const a of r.articles) analyzeArticle({ name: 'all', analyzers: all, aggregators: [], charts: [] }, a, r.ctx);
  const ms = performance.now() - t0;
  assert.equal(r.articles.length, 18);
  assert.deepEqual(r.warnings, []);
  assert.ok(ms < 10_000, `18 long-line articles took ${ms.toFixed(0)} ms`);
  r.articles.forEach(assertOffsets);
});

test('a 10 MB single article (JSONL line, md) is read and analyzed by every exported analyzer in linear time', async (t) => {
  const seed = readFileSync(path.join(import.meta.dirname, '../../data/wsws-2008-04-26-sadr-city-iran.md'), 'utf8').split('\n\n').slice(3).join('\n\n');
  let body = '';
  while (body.length < 10_000_000) body += seed + '\n\n';
  body = body.slice(0, 10_000_000).trimEnd();
  const dir = tmpInputs({ 'big.jsonl': jl({ id: 'big', text: body }), 'big.md': `# Big\n\n${body}\n` });
  // In a worker, so that a step that is not linear (minutes on 10 MB) fails the test after BUDGET_MS instead of hanging it.
  const BUDGET_MS = 90_000;
  for (const file of ['big.jsonl', 'big.md']) {
    const worker = new Worker(new URL('./big-article.worker.mjs', import.meta.url), { workerData: { file: path.join(dir, file) } });
    const steps: string[] = [];
    let current = 'read';
    let result: { tokens: number; sentences: number; slices: boolean } | null = null;
    const t0 = performance.now();
    const finished = await new Promise<boolean>((resolve, reject) => {
      const timer = setTimeout(() => resolve(false), BUDGET_MS);
      worker.on('message', (m: { step?: string; ms?: number; start?: string; done?: boolean; length?: number; articles?: number; diagnostics?: string[] } & typeof result) => {
        if (m.start) current = m.start;
        if (m.step === 'read') {
          assert.equal(m.articles, 1);
          assert.equal(m.length, body.length);
          assert.deepEqual(m.diagnostics, []);
        }
        if (m.step) steps.push(`${m.step} ${m.ms!.toFixed(0)} ms`);
        if (m.done) {
          result = m;
          clearTimeout(timer);
          resolve(true);
        }
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    await worker.terminate();
    const total = performance.now() - t0;
    t.diagnostic(`${file}: ${(body.length / 1e6).toFixed(1)} M chars: ${steps.join(', ')}; total ${total.toFixed(0)} ms${finished ? '' : ` — ${current} still running`}`);
    assert.ok(finished, `${file}: analyzer "${current}" did not finish a 10 MB article within ${BUDGET_MS / 1000} s (after: ${steps.join(', ')}); something in it is not linear`);
    assert.ok(result!.tokens > 1_000_000 && result!.sentences > 10_000);
    assert.ok(result!.slices);
  }
});

function runCli(input: string, strict = false) {
  const out = path.join(tempDir('presslens-rb-out-'), 'report');
  const r = cli(['run', 'pipelines/news-report.ts', '--input', input, '--out', out, '--no-report', ...(strict ? ['--strict'] : [])]);
  return { ...r, out, manifest: () => JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) };
}

test('presslens run on a directory of bad inputs reports each with file:line, processes every good article, and --strict exits 1', () => {
  const dir = tmpInputs({
    'a.jsonl': jl(good('a1'), '{"id":"t","text":"trunc', '[1]', { id: 'nt' }, good('a5')),
    'b.md': bytes('# Bad bytes\n\nLine three ', [0xff], ' is bad.\n'),
    'c.csv': 'id,text\nc1,Fine.\nc2,"unclosed\n',
    'd.png': PNG,
    'e.txt': '',
    'f.txt': bytes('raw ', [0], ' NUL'),
    'g.txt': u16le('UTF-16 without a byte-order mark.', false),
    'h.jsonl': jl(good('a1')),
  });
  const r = runCli(dir);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  const lines = r.stderr.split('\n').filter((l) => l.includes(': warning: ')).map((l) => l.replace(dir + path.sep, '').replace(/: warning: .*\[(.*)\]$/, ' $1'));
  assert.deepEqual(lines, [
    'a.jsonl:2 jsonl-malformed',
    'a.jsonl:3 not-an-object',
    'a.jsonl:4 missing-text',
    'b.md:3 invalid-utf8',
    'c.csv:3 csv-malformed',
    'd.png binary-file',
    'e.txt empty-file',
    'f.txt:1 binary-file',
    'g.txt utf16-no-bom',
    'h.jsonl:1 duplicate-id',
  ]);
  const m = r.manifest();
  assert.equal(m.counts.articles, 6); // a1 a5 b c1 g a1~2
  assert.equal(m.counts.warnings, 10);
  assert.deepEqual(m.skipped.map((s: { file: string; line?: number; code: string }) => `${path.relative(dir, s.file)}${s.line ? `:${s.line}` : ''} ${s.code}`), [
    'a.jsonl:2 jsonl-malformed',
    'a.jsonl:3 not-an-object',
    'a.jsonl:4 missing-text',
    'c.csv:3 csv-malformed',
    'd.png binary-file',
    'e.txt empty-file',
    'f.txt:1 binary-file',
  ]);
  const articles = readFileSync(path.join(r.out, 'articles.csv'), 'utf8');
  for (const id of ['a1', 'a5', 'b', 'c1', 'g', 'a1~2']) assert.match(articles, new RegExp(`^${id.replace('~', '~')},`, 'm'));
  const strict = runCli(dir, true);
  assert.equal(strict.code, 1);
  assert.match(strict.stderr, /--strict: 10 warning\(s\); failing/);
});

test('presslens run on unusual but valid inputs (BOM, CRLF, UTF-16 with BOM, RTL, CJK, emoji, escaped NUL) passes --strict', () => {
  const dir = tmpInputs({
    'a.jsonl': '\uFEFF' + jl({ id: 'rtl', text: 'قال المتحدث: "المفاوضات ستستمر".' }, { id: 'zh', text: '中国国务院总理今天会见了代表团。' }, { id: 'emoji', text: 'Great 🎉 news.' }, { id: 'nul', text: 'A\u0000B.' }).replace(/\n/g, '\r\n'),
    'b.md': '# Title\r\n\r\nBody one.\r\n',
    'c.txt': u16be('UTF-16 with a BOM.'),
    'd.csv': '\uFEFFid,text\r\nd1,"Two\r\nlines."\r\n',
  });
  const r = runCli(dir, true);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /: warning: /);
  assert.equal(r.manifest().counts.articles, 7);
});

test('presslens run that analyses no article (empty directory, missing file, only bad lines) exits 1 and leaves --out as it was', () => {
  const dir = tmpInputs({ 'empty/.keep': '', 'bad.jsonl': '{"id":"x"\n[1]\n', 'ok.jsonl': jl(good('a1')) });
  const out = path.join(tempDir('presslens-rb-out-'), 'report');
  const args = (input: string) => ['run', 'news-report', '--input', input, '--out', out, '--no-report'];
  assert.equal(cli(args(path.join(dir, 'ok.jsonl'))).code, 0);
  const before = readFileSync(path.join(out, 'articles.csv'), 'utf8');
  for (const [input, warning] of [
    [path.join(dir, 'empty'), /directory has no files: .* \[empty-directory\]/],
    [path.join(dir, 'missing.jsonl'), /no such file or directory: .*missing\.jsonl \[not-found\]/],
    [path.join(dir, 'bad.jsonl'), /bad\.jsonl:1: warning: malformed JSON line skipped/],
  ] as const) {
    const r = cli(args(input));
    assert.equal(r.code, 1, `${input}: ${r.stderr}`);
    assert.match(r.stderr, warning);
    assert.match(r.stderr, /presslens: no article was analysed \(see the warnings above\); .*report was left as it was/);
    assert.equal(readFileSync(path.join(out, 'articles.csv'), 'utf8'), before);
  }
  const a = cli(['analyze', 'tokens', path.join(dir, 'missing.jsonl')]);
  assert.equal(a.code, 1);
  assert.match(a.stderr, /no article was analysed/);
});

test('readArticles follows symbolic links (loops end), reports broken links, devices and .json files, and notes unknown extensions', async () => {
  const dir = tmpInputs({ 'real/a.txt': 'Real file.', 'data.json': '[{"id":"j","text":"x"}]', 'notes.html': '<p>Some text.</p>', 'README': 'Plain text file.' });
  symlinkSync(path.join(dir, 'real/a.txt'), path.join(dir, 'link.txt'));
  symlinkSync(path.join(dir, 'real'), path.join(dir, 'real/loop'));
  symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'broken.txt'));
  const r = await readDir(dir, [dir, '/dev/null']);
  assert.deepEqual(r.ids, ['README', 'link', 'notes', 'a']);
  // expansion (links, devices) is reported before any file is read
  assert.deepEqual(r.skipped, ['broken.txt not-found', `${path.relative(dir, '/dev/null')} not-a-file`, 'data.json unsupported-format']);
  assert.deepEqual(r.infos, ['README unknown-extension', 'notes.html unknown-extension']);
  assert.match(r.ctx.skipped[2].reason, /only JSON Lines.*jq -c/);
});

test('readArticles reads stdin with a BOM, as UTF-16, and reports an empty stdin', async () => {
  const read = async (data: Buffer) => {
    const ctx = createContext({ log: null });
    const out: Article[] = [];
    for await (const a of lib.readArticles(['-'], ctx, { stdin: Readable.from([data]) })) out.push(a);
    return { ids: out.map((a) => `${a.id}:${a.origin.line}`), codes: ctx.diagnostics.map((d) => d.code) };
  };
  assert.deepEqual(await read(Buffer.from('\uFEFF' + jl(good('s1'), good('s2')))), { ids: ['s1:1', 's2:2'], codes: [] });
  assert.deepEqual(await read(u16le(jl(good('u1')))), { ids: ['u1:1'], codes: ['utf16'] });
  assert.deepEqual(await read(Buffer.from('Plain text on stdin.')), { ids: ['stdin:1'], codes: [] });
  assert.deepEqual(await read(Buffer.alloc(0)), { ids: [], codes: ['empty-file'] });
});

test('readArticles recovers from bad CSV quoting record by record (an unclosed quote costs its line, not the rest of the file) and rejoins unquoted commas in a last text column', async () => {
  const records = Array.from({ length: 999 }, (_, i) => (i === 3 ? `r${i},"an unclosed quote` : `r${i},"Record ${i}, quoted, with ""quotes"" inside."`));
  const dir = tmpInputs({
    'a.csv': 'id,text\na1,Hello, world, again\na2,"x"y"\na3,Fine.\n',
    'b.csv': 'id,text\nb1,One.\nb2,"quoted" tail,x\n', // used to hang the reader forever
    'c.csv': 'id,text,title\nc1,Cut, here,T\nc2,Ok.,T\n',
    'd.csv': 'id,text\nd1,One.\nd2,"never closed\nd3,Three.\nd4,"two\nlines"\n',
    'e.csv': 'id,text\ne1,x"y\ne2,"a","b"\n\ne3,Last\n',
    'f.csv': ['id,text', ...records].join('\n') + '\n',
  });
  const r = await readDir(dir);
  assert.deepEqual(r.ids.filter((id) => !id.startsWith('r')), ['a1', 'a3', 'b1', 'c1', 'c2', 'd1', 'd3', 'd4', 'e2', 'e3']);
  assert.equal(r.ids.filter((id) => id.startsWith('r')).length, 998); // 998 of 999: only r3 is lost
  assert.equal(r.articles[3].text, 'Cut');
  assert.equal(r.articles.find((a) => a.id === 'd4')!.text, 'two\nlines');
  assert.equal(r.articles.find((a) => a.id === 'r4')!.text, 'Record 4, quoted, with "quotes" inside.');
  assert.deepEqual(r.warnings, ['a.csv:2 csv-extra-fields', 'a.csv:3 csv-malformed', 'b.csv:3 csv-malformed', 'c.csv:2 csv-extra-fields', 'd.csv:3 csv-malformed', 'e.csv:2 csv-malformed', 'e.csv:3 csv-extra-fields', 'f.csv:5 csv-malformed']);
  assert.match(r.ctx.diagnostics[0].message, /row has 4 fields but the header has 2; the extra fields were joined back into "text" with commas — put fields that contain commas in double quotes/);
  assert.match(r.ctx.diagnostics[3].message, /the extra fields were dropped/);
  assert.match(r.ctx.diagnostics.find((d) => d.origin?.line === 5 && d.code === 'csv-malformed')!.message, /a double quote opened here is not closed where its field ends .*this line is skipped and reading goes on with the next/);
});

test('readArticles reads gzip, names zstd, archived and PDF inputs as such and hints at Latin-1 for invalid UTF-8', async () => {
  const { gzipSync } = await import('node:zlib');
  const dir = tmpInputs({
    'a.jsonl.gz': gzipSync(jl(good('gz'))),
    'b.docx': bytes('PK', [3, 4, 20, 0, 6, 0], 'word/document.xml'),
    'c.pdf': bytes('%PDF-1.4\n%', [0xe2, 0xe3, 0xcf, 0xd3], '\n1 0 obj\n'),
    'd.txt': Buffer.from('Caf\xe9 cr\xe8me, na\xefve r\xe9sum\xe9.', 'latin1'),
    'e.jsonl.zst': Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x20, 0x05, 0x29, 0, 0]),
  });
  const r = await readDir(dir);
  assert.deepEqual(r.ids, ['gz', 'd']);
  assert.deepEqual(r.warnings, ['b.docx binary-file', 'c.pdf binary-file', 'd.txt:1 invalid-utf8', 'e.jsonl.zst binary-file']);
  const msgs = r.ctx.diagnostics.map((d) => d.message);
  assert.match(msgs[3], /zstd-compressed, which Node 20's zlib cannot read \(presslens reads \.gz; decompress it first: zstd -d -k/);
  assert.match(msgs[0], /ZIP archive or an Office document/);
  assert.match(msgs[1], /a PDF \(extract the text first/);
  assert.match(msgs[2], /iconv -f windows-1252 -t utf-8/);
});
