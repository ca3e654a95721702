import { splitSentences as neu } from '../../src/text/sentences.ts';
import { splitSentences as old } from './sent-old.ts';
import { readFileSync } from 'node:fs';
const texts: string[] = [];
for (const f of ['bbc-news-2225.jsonl', 'reuters21578.jsonl']) texts.push(...readFileSync('/work/shared/corpora/news/' + f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
let d = 0; for (const t of texts) if (JSON.stringify(old(t)) !== JSON.stringify(neu(t))) d++;
console.log('diffs', d);
let t0 = performance.now(); for (const t of texts) old(t); console.log('old', (performance.now() - t0).toFixed(0));
t0 = performance.now(); for (const t of texts) neu(t); console.log('new', (performance.now() - t0).toFixed(0));
