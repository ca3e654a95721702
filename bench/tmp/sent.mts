import { splitSentences } from '../../src/text/sentences.ts';
import { readFileSync } from 'node:fs';
const texts: string[] = [];
for (const f of ['bbc-news-2225.jsonl', 'reuters21578.jsonl']) texts.push(...readFileSync('/work/shared/corpora/news/' + f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text));
let t0 = performance.now(); let n = 0; for (const t of texts) n += splitSentences(t).length; console.log('sentences', n, 'ms', (performance.now() - t0).toFixed(0));
