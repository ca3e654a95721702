// Peer (b): natural SentenceTokenizer + SentimentAnalyzer (AFINN, English) per sentence.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SentenceTokenizer = require('natural/lib/natural/tokenizers/sentence_tokenizer.js');
const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js');
const Analyzer = require('natural/lib/natural/sentiment/SentimentAnalyzer.js');
const stemmer = require('natural/lib/natural/stemmers/porter_stemmer.js');
const sentences = new SentenceTokenizer();
const words = new WordTokenizer();
const analyzer = new Analyzer('English', stemmer, 'afinn');
let n = 0;
let sum = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (!line) continue;
  const { text } = JSON.parse(line);
  for (const s of sentences.tokenize(text)) {
    const score = analyzer.getSentiment(words.tokenize(s));
    if (Number.isFinite(score)) sum += score;
    n++;
  }
}
process.stdout.write(`${n} ${sum.toFixed(3)}\n`);
