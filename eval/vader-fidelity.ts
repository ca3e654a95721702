/**
 * Fidelity of presslens' `vader` mode against the reference: NLTK's
 * `nltk.sentiment.vader.SentimentIntensityAnalyzer(lexicon_file=…)` (Debian `python3-nltk`, run with
 * `/usr/bin/python3`), both on the same effective lexicon (written to a temp file without a trailing newline,
 * which NLTK's loader cannot parse). Scores all four human-rated sets and counts compound scores that differ
 * by more than 1e-3 (NLTK rounds compound to 4 decimals; presslens does not round).
 *
 * Usage: `npm run fidelity:vader [-- --python /usr/bin/python3] [--show N]`
 * Skips (exit 0, with a message) when the corpora or the Python/NLTK reference are absent.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatVaderLexicon, getVaderLexicon } from '../src/analyze/sentiment/lexicon.ts';
import { createVader } from '../src/analyze/sentiment/vader.ts';
import { corpusOrSkip, readVaderSet, VADER_SETS } from './lib/sentiment-data.ts';

const PY_SCRIPT = `
import json, sys
from nltk.sentiment.vader import SentimentIntensityAnalyzer
import nltk
sia = SentimentIntensityAnalyzer(lexicon_file='file:' + sys.argv[1])
texts = json.load(open(sys.argv[2], encoding='utf-8'))
out = [sia.polarity_scores(t) for t in texts]
json.dump({'nltk': nltk.__version__, 'scores': out}, open(sys.argv[3], 'w', encoding='utf-8'))
`;

/**
 * Hand-made edge cases of the rules and of Python string semantics (Unicode whitespace, non-ASCII case,
 * astral characters, punctuation runs, idioms, `least`, `never so`, `but`, repeated words), scored as a fifth set.
 */
const EDGE_CASES: string[] = [
  "GOOD", "good\u00a0bad", "good\u001cbad", "\u039a\u0391\u039b\u039f good BAD", "\u01c4 good",
  "\ud83d\ude0d\ud83d\ude0d good", "\ud83d\ude0d \ud83d\ude0d", "a b", "I I good", "kind of", "it was kind",
  "it was kind of", "but", "good but bad but good", "BUT good, bad", "never so good", "never this good", "this good",
  "so good", "not so good", "not the best idea", "the shit", "the bomb was the bomb", "cut the mustard well",
  "he could hand to mouth", "bad ass", "the bad ass movie", "yeah right", "ok yeah right no", "just enough good",
  "sort of good", "It is sort of good", "it's not at all the least bit good", "at least good", "very least good",
  "He is least happy", "not least", "Least of all good", "??", "good??? ", "good???? ", "good!!!!!!", "good?!?",
  "bad!?!", ":-) :-(", "'good'", "\"good\"", "good.", "good..", ".good", "!!good", "good!!", "good?!?!", "good!?!?",
  "-good-", "don't", "dont good", "cannot good", "uh-uh good", "nor good", "without good", "DESPITE good",
  "NOT GOOD at all", "Not Good", "GOOD GOOD good", "\uff27\uff2f\uff2f\uff24 good", "\u0130stanbul good",
  "\u00df good BAD", "good\u2028bad", "good\u3000bad", "x\u0085good", "H\u00c9LLO good", "no good", "no", "yes no",
  "lol lmao", "kinda good", "KINDA good", "hardly GOOD at all", "EXTREMELY good and fine", "extremely bad",
  "EXTREMELY bad and fine", "the the the good", "good good good not not not bad bad",
];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function main(): void {
  const dir = corpusOrSkip('vader', 'fidelity:vader');
  if (!dir) return;
  const python = arg('--python', '/usr/bin/python3');
  const show = Number(arg('--show', '5'));
  if (!existsSync(python)) {
    console.log(`fidelity:vader: skipped, ${python} not found (apt-get install python3-nltk).`);
    return;
  }
  try {
    execFileSync(python, ['-c', 'import nltk.sentiment.vader'], { stdio: 'ignore' });
  } catch {
    console.log(`fidelity:vader: skipped, ${python} cannot import nltk (apt-get install python3-nltk).`);
    return;
  }
  const lexicon = getVaderLexicon();
  const scorer = createVader({ lexicon });
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'presslens-fidelity-'));
  try {
    const lexFile = path.join(tmp, 'vader_lexicon.txt');
    writeFileSync(lexFile, formatVaderLexicon(lexicon));
    console.log('| set | items | compound differs > 1e-3 | max abs diff | pos/neu/neg differs > 1e-3 |');
    console.log('|---|---:|---:|---:|---:|');
    let version = '';
    const examples: string[] = [];
    let totalDiff = 0;
    const sets: { name: string; items: { id: string; text: string }[] }[] = [
      ...VADER_SETS.map((set) => ({ name: set.name as string, items: readVaderSet(dir, set.name) })),
      { name: 'edge cases', items: EDGE_CASES.map((text, k) => ({ id: `edge-${k + 1}`, text })) },
    ];
    for (const set of sets) {
      const items = set.items;
      const inFile = path.join(tmp, `set-${sets.indexOf(set)}.json`);
      const outFile = path.join(tmp, `set-${sets.indexOf(set)}.out.json`);
      writeFileSync(inFile, JSON.stringify(items.map((it) => it.text)));
      execFileSync(python, ['-c', PY_SCRIPT, lexFile, inFile, outFile], { stdio: ['ignore', 'inherit', 'inherit'], maxBuffer: 1 << 30 });
      const ref = JSON.parse(readFileSync(outFile, 'utf8')) as { nltk: string; scores: { compound: number; pos: number; neu: number; neg: number }[] };
      version = ref.nltk;
      let diff = 0, partDiff = 0, maxAbs = 0;
      items.forEach((it, k) => {
        const ours = scorer.polarityScores(it.text);
        const r = ref.scores[k];
        const d = Math.abs(ours.compound - r.compound);
        maxAbs = Math.max(maxAbs, d);
        if (d > 1e-3) {
          diff++;
          if (examples.length < show) examples.push(`${set.name} ${it.id}: ours ${ours.compound.toFixed(4)} nltk ${r.compound} ${JSON.stringify(it.text.slice(0, 120))}`);
        }
        if (Math.abs(ours.pos - r.pos) > 1e-3 || Math.abs(ours.neu - r.neu) > 1e-3 || Math.abs(ours.neg - r.neg) > 1e-3) partDiff++;
      });
      totalDiff += diff;
      console.log(`| ${set.name} | ${items.length} | ${diff} | ${maxAbs.toExponential(2)} | ${partDiff} |`);
    }
    console.log(`\nreference: NLTK ${version} SentimentIntensityAnalyzer via ${python}; lexicon: vader-sentiment npm file + 4 upstream patches (${lexicon.size} tokens).`);
    if (examples.length) console.log('\nfirst differences:\n' + examples.join('\n'));
    if (totalDiff > 0) process.exitCode = 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
