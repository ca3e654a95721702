// Peer (a): natural WordTokenizer + stopword.removeStopwords + a Map count (term frequencies only).
// Reads JSONL line by line (streamed) and prints the number of distinct terms.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import { removeStopwords, eng } from 'stopword';

const require = createRequire(import.meta.url);
const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js');
const tokenizer = new WordTokenizer();
const counts = new Map();
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (!line) continue;
  const { text } = JSON.parse(line);
  for (const w of removeStopwords(tokenizer.tokenize(text.toLowerCase()), eng)) counts.set(w, (counts.get(w) ?? 0) + 1);
}
process.stdout.write(`${counts.size}\n`);
