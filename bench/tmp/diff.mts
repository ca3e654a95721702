import { tokenize as neu } from '../../src/text/tokens.ts';
import { tokenize as old } from './tokens-old.ts';
import { readFileSync } from 'node:fs';
let texts: string[] = [];
for (const f of ['bbc-news-2225.jsonl', 'reuters21578.jsonl']) texts.push(...readFileSync('/work/shared/corpora/news/' + f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
texts.push(readFileSync('data/wsws-2008-04-26-sadr-city-iran.md', 'utf8'), 'Zürich Müller’s 中文 ١٢٣ مرحبا 🎉👍🏽 e.g. U.S. naïve café résumé M&S\'s 1990s 2003\'s 21st');
let diffs = 0;
for (const t of texts) {
  const a = old(t).map((x) => [x.text, x.start, x.norm, x.kind, !!x.possessive].join('|'));
  const b = neu(t).map((x) => [x.text, x.start, x.norm, x.kind, !!x.possessive].join('|'));
  if (a.join('\n') !== b.join('\n')) { if (diffs++ < 5) { const i = a.findIndex((x, j) => x !== b[j]); console.log(a.slice(i, i + 3), b.slice(i, i + 3)); } }
}
console.log('texts', texts.length, 'diffs', diffs);
let t0 = performance.now(); for (const t of texts) old(t); console.log('old ms', (performance.now() - t0).toFixed(0));
t0 = performance.now(); for (const t of texts) neu(t); console.log('new ms', (performance.now() - t0).toFixed(0));
