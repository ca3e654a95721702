// Peer (e): one Unicode regex + a stopword Set + a Map count: the practical limit for term counting.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { eng } from 'stopword';

const stop = new Set(eng);
const WORD = /\p{L}[\p{L}\p{M}\p{N}'-]*/gu;
const counts = new Map();
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (!line) continue;
  const { text } = JSON.parse(line);
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (!stop.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
}
process.stdout.write(`${counts.size}\n`);
