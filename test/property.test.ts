/**
 * Property tests (fast-check, fixed seed, bounded runs):
 * - token and sentence offsets always slice back to their text, on arbitrary Unicode;
 * - every aggregator's `merge` is associative and commutative (up to the order of streamed rows) with `init()` as identity, and merging
 *   shards gives the same tables as one sequential fold (termStats, tfIdf, articleStats, keyness, kwic, and every other
 *   aggregator exported from src/index.ts that works with no options);
 * - CSV round-trips through csv-parse;
 * - running every exported analyzer never throws on arbitrary Unicode, and every span slices back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { Readable } from 'node:stream';
import * as lib from '../src/index.ts';
import { exportedStages, orderAnalyzers } from './helpers/stages.ts';
import { articleStats, createContext, keyness, kwic, neutralizeCell, splitSentences, table, termStats, tfIdf, tokenize, toCsv, type Aggregator, type Article, type Cell, type Doc, type Table } from '../src/index.ts';

const SEED = 20260407;
const RUNS = Number(process.env.PRESSLENS_PROPERTY_RUNS ?? 300);
const opts = (numRuns = RUNS) => ({ seed: SEED, numRuns });

/** Text built from news-like fragments and Unicode edge cases: quotes, newlines (LF, CRLF, CR), abbreviations, surrogate pairs, lone surrogates, marks, RTL, CJK. */
const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('the', 'army', 'said', 'Sadr', "Sadr's", 'U.S.', 'Mr.', 'Gen.', 'e.g.', 'al-Sadr', "O'Brien", 'AT&T', 'S&P', '3.5', '1,000', '12%', '1990s', 'not', 'good', 'bad', 'war', 'peace', 'Petraeus', 'Zürich', 'according', 'to', 'told', 'reporters') },
  { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '\u00A0', '\u2028', '\u3000') },
  { weight: 3, arbitrary: fc.constantFrom('.', '. ', '? ', '! ', '...', '…', ',', ';', ':', '"', '“', '”', '‘', '’', "'", '«', '»', '(', ')', '—', '-', '*', '•') },
  { weight: 2, arbitrary: fc.constantFrom('🎉', '👨‍👩‍👧', '🇺🇸', '👍🏽', '❤️', '\uD800', '\uDC00', '\uDBFF\uDFFF', 'e\u0301', '\u200B', '\u200D', '\uFEFF', '\u0000', '\u202E', 'مرحبا', 'שלום', '北京', '한국어', 'ß', 'İ', 'ǅ', 'Ⅻ', '١٢٣') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const newsText = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(newsText, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }));

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when `i` falls between the two halves of a surrogate pair. */
const splitsPair = (s: string, i: number) => i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));

test('tokenize offsets always slice back to the token text, in order, never splitting a surrogate pair', () => {
  fc.assert(
    fc.property(anyText, fc.boolean(), (text, punctuation) => {
      let prev = 0;
      for (const t of tokenize(text, { punctuation })) {
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.ok(t.start >= prev && t.end > t.start, `token ${JSON.stringify(t.text)} at ${t.start}`);
        assert.ok(!splitsPair(text, t.start) && !splitsPair(text, t.end), `token ${JSON.stringify(t.text)} splits a surrogate pair`);
        assert.equal(typeof t.norm, 'string');
        prev = t.end;
      }
    }),
    opts(RUNS * 3),
  );
});

test('splitSentences offsets always slice back, sentences are trimmed, ordered and cover every non-space character', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const sents = splitSentences(text);
      let prev = 0;
      let para = 0;
      for (const s of sents) {
        assert.equal(text.slice(s.start, s.end), s.text);
        assert.ok(s.start >= prev && s.end > s.start);
        assert.equal(s.text, s.text.replace(/^\s+|\s+$/g, ''));
        assert.ok(s.paragraph >= para);
        para = s.paragraph;
        prev = s.end;
      }
      // Nothing but whitespace is left out.
      let covered = '';
      let at = 0;
      for (const s of sents) {
        covered += text.slice(at, s.start).replace(/\s/g, '');
        at = s.end;
      }
      covered += text.slice(at).replace(/\s/g, '');
      assert.equal(covered, '');
    }),
    opts(RUNS * 3),
  );
});

const ANALYZERS = orderAnalyzers(exportedStages('analyzer'));
const ANALYZER_NAMES = new Set(ANALYZERS.map((a) => a.name));

/** A span `{start,end[,text]}` slices back to its text (when it has one) and lies inside the article. */
function checkSpan(text: string, span: { start: number; end: number; text?: string } | null | undefined, what: string): void {
  if (!span) return;
  assert.ok(span.start >= 0 && span.end <= text.length && span.start <= span.end, `${what}: ${span.start}..${span.end} outside 0..${text.length}`);
  if (span.text !== undefined) assert.equal(text.slice(span.start, span.end), span.text, what);
}

function runAll(article: Article): Doc {
  const doc: Doc = { article };
  const ctx = createContext({ log: null });
  for (const a of ANALYZERS) a.run(doc, ctx); // no try: a throw fails the property
  return doc;
}

test('every exported analyzer runs on arbitrary Unicode without throwing, and every span slices back', () => {
  assert.ok(['sentences', 'tokens', 'terms'].every((n) => ANALYZER_NAMES.has(n)), [...ANALYZER_NAMES].join(','));
  fc.assert(
    fc.property(anyText, (text) => {
      const doc = runAll({ id: 'p', text, origin: { file: 'prop' } });
      for (const s of doc.sentences ?? []) checkSpan(text, s, 'sentence');
      for (const t of doc.tokens ?? []) checkSpan(text, t, 'token');
      for (const s of doc.sentiment?.sentences ?? []) checkSpan(text, s, 'sentiment sentence');
      if (doc.sentiment) for (const k of ['mean', 'sharePositive', 'shareNegative'] as const) assert.ok(Number.isFinite(doc.sentiment[k]), `sentiment.${k}`);
      for (const at of doc.attributions ?? []) {
        checkSpan(text, at.source, 'attribution source');
        checkSpan(text, at.cue, 'attribution cue');
        checkSpan(text, at.content, 'attribution content');
        for (const f of at.content.fragments ?? []) checkSpan(text, f, 'attribution fragment');
      }
    }),
    opts(RUNS * 2),
  );
});

// ---- aggregators ----

const articleArb = fc.record({
  text: newsText,
  date: fc.constantFrom(null, '2008-04-26', '2008-04-27', '2008-05-01', '2009-01-01T10:00:00Z', 'not a date'),
  source: fc.constantFrom(null, 'Reuters', 'AFP', 'WSWS', ''),
  author: fc.constantFrom(null, 'Joe Kay', 'A. Writer'),
  title: fc.constantFrom(null, 'T', '=cmd'),
});
/** Documents with unique ids (ids vary in shape so natural ordering matters: a2 < a10, a01 vs a1). */
const docsArb = fc.array(articleArb, { maxLength: 7 }).map((arts) =>
  arts.map((a, i) => runAll({ id: ['a', 'b-', 'a0', 'x'][i % 4] + (i * 7 + 3), ...a, origin: { file: 'prop.jsonl', line: i + 1 } })),
);

function aggregatorsUnderTest(): Aggregator[] {
  const extra = exportedStages('aggregator').filter((g) => g.requires.every((r) => ANALYZER_NAMES.has(r)));
  const named = [termStats(), termStats({ minCount: 1, top: 5, topBigrams: 3 }), tfIdf(), tfIdf({ by: 'source', top: 3 }), tfIdf({ by: 'month' }), tfIdf({ maxGroups: 2 }), articleStats(),
    keyness({ groupBy: 'source', minCount: 1 }), keyness({ groupBy: 'date:month', rankBy: 'g2', minCount: 1, top: 3 }), keyness({ groupBy: 'id:/^(\\w)/', target: 'A', reference: 'B', minCount: 1 }),
    kwic({ query: 'sadr', groupBy: 'source' }), kwic({ query: 'said war*', stem: true, window: 2 })];
  const seen = new Set(named.map((g) => g.name));
  return [...named, ...extra.filter((g) => !seen.has(g.name))];
}

test('aggregator merge is associative and commutative with init() as identity, and shards equal one sequential fold', () => {
  const aggs = aggregatorsUnderTest();
  assert.ok(aggs.length >= 7);
  for (const g of aggs) {
    // Fresh copies for every fold: add/merge may reuse what they are given.
    const fold = (docs: Doc[]) => docs.reduce((acc, d) => g.add(acc, structuredClone(d)), g.init());
    const fin = (acc: unknown) => g.finish(acc);
    // Held rows of streamed (per-article) tables follow the merge order; other tables must not depend on it.
    const streamed = new Set((g.streams ?? []).map((s) => s.name));
    const key = (r: unknown) => JSON.stringify(r);
    const unordered = (tables: Table[]) => tables.map((t) => (streamed.has(t.name) ? { ...t, rows: [...t.rows].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0)) } : t));
    fc.assert(
      fc.property(docsArb, docsArb, docsArb, (a, b, c) => {
        const ids = (docs: Doc[], p: string) => docs.map((d) => ({ ...d, article: { ...d.article, id: p + d.article.id } }));
        [a, b, c] = [ids(a, 'A'), ids(b, 'B'), ids(c, 'C')];
        const left = fin(g.merge(g.merge(fold(a), fold(b)), fold(c)));
        const right = fin(g.merge(fold(a), g.merge(fold(b), fold(c))));
        assert.deepEqual(left, right, `${g.name}: merge is not associative`);
        assert.deepEqual(unordered(fin(g.merge(fold(a), fold(b)))), unordered(fin(g.merge(fold(b), fold(a)))), `${g.name}: merge is not commutative`);
        assert.deepEqual(fin(g.merge(g.init(), fold(a))), fin(fold(a)), `${g.name}: init() is not a left identity`);
        assert.deepEqual(fin(g.merge(fold(a), g.init())), fin(fold(a)), `${g.name}: init() is not a right identity`);
        assert.deepEqual(left, fin(fold([...a, ...b, ...c])), `${g.name}: shards differ from one fold`);
      }),
      opts(Math.ceil(RUNS / 3)),
    );
  }
});

// ---- CSV ----

const cellString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', ' ', ' padded ', '"', '""', ',', '\n', '\r', '\r\n', 'a\nb', '=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'=x", ' =x', '\uFEFFid', 'null', 'true'),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(cellString, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));

test('toCsv round-trips every table through csv-parse: strings exact (neutralised ones as neutralizeCell writes them), numbers exact, null empty', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 6 }), fc.boolean(), (ncols, rows, neutralize) => {
      const cols = ['c0', 'c1', 'c2', 'c3'].slice(0, ncols);
      const t = table('t', 'T', cols.map((name) => ({ name, type: 'string' as const })), rows.map((r) => Object.fromEntries(cols.map((c, i) => [c, r[i]]))));
      const csv = toCsv(t, { neutralizeFormulas: neutralize });
      const back = parse(csv, { columns: true }) as Record<string, string>[];
      assert.equal(back.length, rows.length);
      rows.forEach((r, i) =>
        cols.forEach((c, j) => {
          const v = r[j];
          const got = back[i][c];
          if (v === null) assert.equal(got, '');
          else if (typeof v === 'boolean') assert.equal(got, String(v));
          else if (typeof v === 'number') {
            if (Number.isFinite(v)) assert.ok(Number(got) === v, `${v} came back as ${got}`);
            else assert.equal(got, '');
          } else assert.equal(got, neutralize ? neutralizeCell(v) : v); // which cells are neutralised: csv-injection.test.ts
        }),
      );
    }),
    opts(RUNS * 2),
  );
});

// ---- readers: chunk boundaries ----

/** Splits `buf` into chunks of the given sizes (cycled): CRLF, multi-byte characters and BOMs end up split. */
function chunked(buf: Buffer, cuts: number[]): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0, k = 0; at < buf.length; k++) {
    const n = cuts[k % cuts.length];
    out.push(buf.subarray(at, at + n));
    at += n;
  }
  return out;
}

async function readChunks(chunks: Buffer[], format: 'jsonl' | 'csv') {
  const ctx = createContext({ log: null });
  const got: string[] = [];
  for await (const a of lib.readArticles(['-'], ctx, { stdin: Readable.from(chunks), format })) got.push(`${a.origin.line}:${a.id}:${a.text}`);
  return { got, codes: ctx.diagnostics.map((d) => `${d.origin?.line}:${d.code}`) };
}

const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
const cuts = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 });
const field = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== '');

test('readArticles reads JSONL the same however the bytes are chunked (LF, CRLF, lone CR, split UTF-8)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(field, lineEnd), { minLength: 1, maxLength: 6 }), cuts, async (recs, cs) => {
      const src = '\uFEFF' + recs.map(([text, end], i) => JSON.stringify({ id: `r${i}`, text }) + end).join('');
      const { got, codes } = await readChunks(chunked(Buffer.from(src), cs), 'jsonl');
      assert.deepEqual(got, recs.map(([text], i) => `${i + 1}:r${i}:${text.replace(/\r\n?/g, '\n')}`));
      assert.deepEqual(codes, []);
    }),
    opts(RUNS),
  );
});

test('readArticles reads CSV the same however the bytes are chunked, and reports invalid UTF-8 at its line', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(field, lineEnd), { minLength: 1, maxLength: 6 }), lineEnd, cuts, fc.nat(), async (recs, headEnd, cs, badAt) => {
      const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
      const rows = recs.map(([text, end], i) => `r${i},${quote(text)}${end}`);
      const bad = badAt % rows.length;
      // one invalid byte inside the quoted text of row `bad`
      const parts = [Buffer.from('\uFEFFid,text' + headEnd), ...rows.map((r, i) => (i === bad ? Buffer.concat([Buffer.from(r.slice(0, r.indexOf(',') + 2)), Buffer.from([0xff]), Buffer.from(r.slice(r.indexOf(',') + 2))]) : Buffer.from(r)))];
      const { got, codes } = await readChunks(chunked(Buffer.concat(parts), cs), 'csv');
      let line = 2;
      const want = recs.map(([text], i) => {
        const at = line;
        line += 1 + (text.match(/\r\n|\r|\n/g)?.length ?? 0);
        return `${at}:r${i}:${i === bad ? '\uFFFD' : ''}${text.replace(/\r\n?/g, '\n')}`;
      });
      assert.deepEqual(got, want);
      assert.deepEqual(codes, [`${want[bad].split(':')[0]}:invalid-utf8`]);
    }),
    opts(RUNS),
  );
});
