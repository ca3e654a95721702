/**
 * Attribution evaluation: scores `extractAttributions` (src/analyze/attribution) on PolNeAR (a split,
 * default `dev`), on the attribution development set (24 articles of 21 outlets, with speakers,
 * named and categories) and on the hand-made seed gold, and prints markdown tables.
 *
 * Usage: `npx tsx eval/attribution.ts [--split dev|test|train] [--json] [--verbose] [--errors] [--limit N]`
 *
 * - `--split`    PolNeAR split to score (score `test` only once, at the end).
 * - `--json`     print the full results as JSON on stdout instead of the tables.
 * - `--verbose`  also list seed gold that was not matched, seed predictions matching no gold,
 *                the negatives that were produced, and the PolNeAR articles that threw.
 * - `--errors`   also list the development set's misses, false positives and field errors.
 * - `--limit N`  only the first N articles of the PolNeAR split.
 *
 * Corpora: `$PRESSLENS_CORPORA`, else `<repo>/../shared/corpora`; if absent, a message and exit 0.
 *
 * What is scored (details and exact rules in eval/lib/attribution-metrics.ts and eval/lib/dev-set.ts):
 * - PolNeAR: gold = the primary annotator's `attributions`, spans compared on their `fragments`;
 *   analyzer input = the record's `text`, with PolNeAR's broad notion of attribution
 *   (`scope: 'broad'`). Overlap = sharing a `\w+` token (characters for
 *   token-less spans such as a `:` cue); "exact" = equal after trimming edge whitespace,
 *   punctuation and quote marks. Source mentions are de-duplicated per article on both sides.
 *   An attribution matches when contents overlap and sources overlap (or both have none); all
 *   matching is greedy one-to-one by overlap size. Cue accuracy is over matched pairs. Breakdowns:
 *   by gold `content_quote_marks` (predictions are bucketed by the same rule applied to their
 *   content, widened over adjacent quote marks) and by "according to" cue vs the rest. Note that
 *   gold contents include a leading complementizer "that", which the exact variant does not forgive.
 * - Development set: each article read as `presslens analyze attributions` reads it, scored with the
 *   matching of the set's own `score.mjs`; a category confusion matrix over the matched pairs.
 * - Seed: body of the markdown article (eval/lib/markdown-body.ts); each gold record is located
 *   (content prefix in its paragraph, nearest source and cue); a prediction matches when its
 *   content overlaps the located prefix and its source overlaps / equals `source_text`; predictions
 *   whose content or cue overlaps a non-attribution are false positives and never match.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAttributions } from '../src/analyze/attribution/index.ts';
import { createContext } from '../src/context.ts';
import { readArticles } from '../src/read/files.ts';
import { CATEGORY_ORDER } from '../src/aggregate/source-identity.ts';
import { confusionTable, scoreDevSet, speakerMatches as speakerOk, type DevGold, type DevPrediction, type DevScore } from './lib/dev-set.ts';
import type { Attribution } from '../src/types.ts';
import {
  addCounts,
  emptyCounts,
  expandOverQuotes,
  normalizeSpeaker,
  normalizeText,
  quoteMarksClass,
  scorePolnearArticle,
  scoreSeed,
  summarizeCounts,
} from './lib/attribution-metrics.ts';
import type {
  Accuracy,
  PolnearCounts,
  PolnearSummary,
  PRF,
  Range,
  ScoredAttribution,
  SeedGold,
  SeedNegative,
  SeedPrediction,
  SeedResult,
} from './lib/attribution-metrics.ts';
import { extractMarkdownBody } from './lib/markdown-body.ts';

type Extract = (text: string) => Attribution[];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// CLI

interface Options {
  split: 'dev' | 'test' | 'train';
  json: boolean;
  verbose: boolean;
  limit: number | null;
  errors: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { split: 'dev', json: false, verbose: false, limit: null, errors: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--split': {
        const v = value();
        if (v !== 'dev' && v !== 'test' && v !== 'train') throw new Error(`--split must be dev, test or train (got ${v})`);
        opts.split = v;
        break;
      }
      case '--json':
        opts.json = true;
        break;
      case '--verbose':
      case '-v':
        opts.verbose = true;
        break;
      case '--limit': {
        const n = Number(value());
        if (!Number.isInteger(n) || n <= 0) throw new Error('--limit needs a positive integer');
        opts.limit = n;
        break;
      }
      case '--errors':
        opts.errors = true;
        break;
      case '--help':
      case '-h':
        console.log('usage: tsx eval/attribution.ts [--split dev|test|train] [--json] [--verbose] [--errors] [--limit N]');
        process.exit(0);
      default:
        throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------
// Conversions

interface PolnearSpan {
  start: number;
  end: number;
  text: string;
  fragments: [number, number][];
}

interface PolnearAttribution {
  id: string;
  type: string;
  source: PolnearSpan | null;
  cue: PolnearSpan | null;
  content: PolnearSpan | null;
  content_quote_marks: string | null;
}

interface PolnearRecord {
  id: string;
  text: string;
  attributions: PolnearAttribution[];
}

const isAccordingTo = (s: string) => normalizeText(s) === 'according to';

function fromPolnear(a: PolnearAttribution): ScoredAttribution {
  const frags = (s: PolnearSpan | null): Range[] | null => (s ? s.fragments.map(([x, y]) => [x, y] as Range) : null);
  return {
    source: frags(a.source),
    cue: frags(a.cue),
    content: frags(a.content),
    quoteBucket: a.content_quote_marks ?? 'no_content',
    cueBucket: a.cue && isAccordingTo(a.cue.text) ? 'according_to' : 'other',
  };
}

function contentRanges(a: Attribution): Range[] {
  const f = a.content.fragments;
  return f && f.length > 0 ? f.map((x) => [x.start, x.end] as Range) : [[a.content.start, a.content.end]];
}

function fromPrediction(text: string, a: Attribution): ScoredAttribution {
  const content = contentRanges(a);
  return {
    source: a.source ? [[a.source.start, a.source.end]] : null,
    cue: a.cue ? [[a.cue.start, a.cue.end]] : null,
    content,
    quoteBucket: quoteMarksClass(text, expandOverQuotes(text, content)),
    cueBucket: a.type === 'according_to' || (a.cue && isAccordingTo(text.slice(a.cue.start, a.cue.end))) ? 'according_to' : 'other',
  };
}

function toSeedPrediction(a: Attribution): SeedPrediction {
  return {
    source: a.source ? [[a.source.start, a.source.end]] : null,
    cue: a.cue ? [[a.cue.start, a.cue.end]] : null,
    content: contentRanges(a),
    speaker: a.speaker,
    type: a.type,
    named: a.named,
    category: a.category,
  };
}

/** Number of spans of a prediction whose `text` differs from `text.slice(start, end)` or that are out of range. */
function badSpans(text: string, a: Attribution): number {
  const spans = [a.source, a.cue, a.content].filter((s): s is NonNullable<typeof s> => s !== null && s !== undefined);
  let bad = 0;
  for (const s of spans) {
    if (!(s.start >= 0 && s.end <= text.length && s.start <= s.end) || text.slice(s.start, s.end) !== s.text) bad++;
  }
  for (const f of a.content.fragments ?? []) if (!(f.start >= a.content.start && f.end <= a.content.end && f.start <= f.end)) bad++;
  return bad;
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);

// ---------------------------------------------------------------------------------------------
// Runs

interface PolnearRun {
  split: string;
  summary: PolnearSummary;
  articlesPerSecond: number;
  msPerArticle: number;
  predictions: number;
  badSpans: number;
  errors: { id: string; message: string }[];
}

function runPolnear(file: string, split: string, extract: Extract, limit: number | null): PolnearRun {
  let records = readJsonl<PolnearRecord>(file);
  if (limit !== null) records = records.slice(0, limit);
  let counts: PolnearCounts = emptyCounts();
  let ms = 0;
  let predictions = 0;
  let bad = 0;
  const errors: { id: string; message: string }[] = [];
  for (const r of records) {
    let pred: Attribution[] = [];
    const t0 = performance.now();
    try {
      pred = extract(r.text);
    } catch (err) {
      errors.push({ id: r.id, message: (err as Error).message });
    }
    ms += performance.now() - t0;
    predictions += pred.length;
    for (const a of pred) if (badSpans(r.text, a) > 0) bad++;
    const gold = r.attributions.map(fromPolnear);
    counts = addCounts(counts, scorePolnearArticle(r.text, gold, pred.map((a) => fromPrediction(r.text, a))));
  }
  return {
    split,
    summary: summarizeCounts(counts),
    articlesPerSecond: ms > 0 ? (records.length * 1000) / ms : Infinity,
    msPerArticle: records.length > 0 ? ms / records.length : 0,
    predictions,
    badSpans: bad,
    errors,
  };
}

interface SeedRun {
  result: SeedResult;
  gold: SeedGold[];
  negatives: SeedNegative[];
  predictions: Attribution[];
  paragraphOf: (offset: number) => number;
  badSpans: number;
}

function runSeed(dir: string, extract: Extract): SeedRun {
  const gold = readJsonl<SeedGold>(path.join(dir, 'gold.jsonl'));
  const negatives = readJsonl<SeedNegative>(path.join(dir, 'non_attributions.jsonl'));
  const article = gold[0]?.article ?? 'wsws-2008-04-26-sadr-city-iran';
  const body = extractMarkdownBody(readFileSync(path.join(dir, `${article}.md`), 'utf8'));
  const predictions = extract(body.text);
  const result = scoreSeed(
    body.text,
    body.paragraphs,
    gold.filter((g) => g.article === article),
    negatives.filter((n) => n.article === article),
    predictions.map(toSeedPrediction),
  );
  const paragraphOf = (offset: number) => body.paragraphs.findIndex(([s, e]) => offset >= s && offset <= e) + 1;
  const bad = predictions.reduce((n, a) => n + (badSpans(body.text, a) > 0 ? 1 : 0), 0);
  return { result, gold, negatives, predictions, paragraphOf, badSpans: bad };
}

interface DevRun {
  score: DevScore;
  gold: DevGold[];
  predictions: DevPrediction[];
  articles: number;
}

/** Reads the development set's articles as the CLI reads them and scores the predictions. */
async function runDevSet(dir: string, extract: Extract): Promise<DevRun> {
  const gold = readJsonl<DevGold>(path.join(dir, 'gold.jsonl'));
  const files = readdirSync(path.join(dir, 'articles')).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(dir, 'articles', f));
  const predictions: DevPrediction[] = [];
  for await (const a of readArticles(files, createContext({ log: null }), {})) {
    const article = path.basename(a.origin.file, '.md');
    for (const p of extract(a.text)) {
      predictions.push({ article, type: p.type, source: p.source?.text ?? null, cue: p.cue.text, content: p.content.text, speaker: p.speaker, named: p.named, category: p.category });
    }
  }
  return { score: scoreDevSet(gold, predictions), gold, predictions, articles: files.length };
}

// ---------------------------------------------------------------------------------------------
// Output

const f3 = (x: number | null) => (x === null ? '–' : x.toFixed(3));
const prfRow = (data: string, metric: string, r: PRF, note = '') =>
  `| ${data} | ${metric} | ${f3(r.precision)} | ${f3(r.recall)} | ${f3(r.f1)} | – | tp ${r.tp} / gold ${r.gold} / pred ${r.pred}${note ? `; ${note}` : ''} |`;
const accRow = (data: string, metric: string, a: Accuracy, note = '') =>
  `| ${data} | ${metric} | – | – | – | ${f3(a.value)} | ${a.correct}/${a.n}${note ? `; ${note}` : ''} |`;

function table(analyzer: string, pol: PolnearRun | null, seed: SeedRun | null): string {
  const rows: string[] = [
    `Analyzer: ${analyzer}`,
    '',
    '| data | metric | P | R | F1 | acc | counts |',
    '|---|---|---|---|---|---|---|',
  ];
  if (pol) {
    const d = `PolNeAR ${pol.split} (${pol.summary.articles} art.)`;
    const s = pol.summary;
    rows.push(prfRow(d, 'source mentions (token overlap)', s.source));
    rows.push(prfRow(d, 'source mentions (exact, trimmed)', s.sourceExact));
    rows.push(prfRow(d, 'attributions (content ∩ & source ∩)', s.attribution));
    rows.push(prfRow(d, 'attributions (exact content & source)', s.attributionExact));
    rows.push(accRow(d, 'sourceless gold recalled', s.sourcelessRecall));
    rows.push(accRow(d, 'cue overlaps, on matched attributions', s.cue));
    rows.push(accRow(d, 'cue exact, on matched attributions', s.cueExact));
    for (const [k, b] of Object.entries(s.byQuote)) {
      rows.push(
        `| ${d} | by quote marks: ${k} | ${f3(b.precision)} | ${f3(b.recall)} | – | – | gold ${b.goldMatched}/${b.gold} matched; pred ${b.predMatched}/${b.pred} |`,
      );
    }
    for (const [k, b] of Object.entries(s.byCue)) {
      rows.push(
        `| ${d} | by cue: ${k === 'according_to' ? '"according to"' : 'other cues'} | ${f3(b.precision)} | ${f3(b.recall)} | – | – | gold ${b.goldMatched}/${b.gold} matched; pred ${b.predMatched}/${b.pred} |`,
      );
    }
    rows.push(
      `| ${d} | speed of extractAttributions | – | – | – | – | ${pol.articlesPerSecond.toFixed(1)} articles/s (${pol.msPerArticle.toFixed(2)} ms/article); ${pol.predictions} predictions; ${pol.badSpans} with inconsistent spans; ${pol.errors.length} articles threw |`,
    );
  }
  if (seed) {
    const d = 'seed (wsws 2008)';
    const r = seed.result;
    const produced = r.negativeHits.filter((h) => h.length > 0).length;
    rows.push(prfRow(d, 'attributions (content & source)', r.attribution, `${r.unlocated} gold not located`));
    rows.push(accRow(d, 'recall, content evidence only', r.contentOnlyRecall));
    rows.push(accRow(d, 'speaker, on matched', r.speaker));
    rows.push(accRow(d, 'type, on matched', r.type));
    rows.push(accRow(d, 'named, on matched', r.named));
    rows.push(accRow(d, 'category, on matched', r.category));
    rows.push(
      `| ${d} | non-attributions produced | – | – | – | ${f3(r.negativeHits.length ? 1 - produced / r.negativeHits.length : null)} | ${produced}/${r.negativeHits.length} produced (acc = share avoided); ${r.negativesUnlocated} not located |`,
    );
  }
  return rows.join('\n');
}

const devAcc = (c: { correct: number; n: number }): string => `${f3(c.n ? c.correct / c.n : null)} (${c.correct}/${c.n})`;

function devTable(dev: DevRun): string {
  const s = dev.score;
  return [
    '',
    `### Attribution development set (${dev.articles} articles, ${s.gold} gold attributions; matching of its score.mjs)`,
    '',
    '| P | R | F1 | speaker | type | named | category |',
    '|---|---|---|---|---|---|---|',
    `| ${f3(s.precision)} | ${f3(s.recall)} | ${f3(s.f1)} | ${devAcc(s.speaker)} | ${devAcc(s.type)} | ${devAcc(s.named)} | ${devAcc(s.category)} |`,
    '',
    `tp ${s.tp}, fp ${s.fp}, predicted ${s.predicted}. Category confusion on matched attributions:`,
    '',
    confusionTable(s.confusion, CATEGORY_ORDER),
  ].join('\n');
}

function devErrors(dev: DevRun): string {
  const s = dev.score;
  const at = (g: DevGold) => `[${g.article} ¶${g.paragraph}]`;
  const out: string[] = ['', `#### missed (${s.missed.length})`];
  for (const i of s.missed) out.push(`- ${at(dev.gold[i])} ${dev.gold[i].source_text} | ${dev.gold[i].cue} | ${dev.gold[i].content}`);
  out.push('', `#### false positives (${s.falsePositives.length})`);
  for (const i of s.falsePositives) {
    const p = dev.predictions[i];
    out.push(`- [${p.article}] ${p.source} | ${p.cue} | ${p.content.slice(0, 100)}`);
  }
  out.push('', '#### field errors (gold | predicted)');
  for (const [gi, pi] of s.pairs) {
    const g = dev.gold[gi];
    const p = dev.predictions[pi];
    const diffs: string[] = [];
    if (p.type !== g.type) diffs.push(`type ${g.type} | ${p.type}`);
    if (p.named !== g.named) diffs.push(`named ${g.named} | ${p.named}`);
    if (p.category !== g.category) diffs.push(`category ${g.category} | ${p.category}`);
    if (diffs.length || !speakerOk(g, p)) out.push(`- ${at(g)} ${g.speaker} (${g.source_text}) | ${p.speaker} (${p.source})${diffs.length ? `: ${diffs.join('; ')}` : ''}`);
  }
  return out.join('\n');
}

function verboseSeed(seed: SeedRun): string {
  const out: string[] = ['', '### Seed details'];
  const r = seed.result;
  const show = (a: Attribution) =>
    `¶${seed.paragraphOf(a.content.start)} ${a.type} [${a.source?.text ?? '—'}] ${a.cue?.text ?? '—'} «${a.content.text.slice(0, 90)}${a.content.text.length > 90 ? '…' : ''}»`;
  out.push('', `Unmatched gold (${r.unmatchedGold.length}):`);
  for (const i of r.unmatchedGold) {
    const g = seed.gold[i];
    out.push(`- ¶${g.paragraph} ${g.type} [${g.source_text}] ${g.cue} «${g.content}»`);
  }
  out.push('', `Predictions matching no gold (${r.falsePositives.length}):`);
  for (const i of r.falsePositives) out.push(`- ${show(seed.predictions[i])}`);
  out.push('', 'Matched with attribute errors:');
  for (const { gold: gi, pred: pi } of r.pairs) {
    const g = seed.gold[gi];
    const p = seed.predictions[pi];
    const diffs: string[] = [];
    if (normalizeSpeaker(p.speaker) !== normalizeSpeaker(g.speaker))
      diffs.push(`speaker ${JSON.stringify(p.speaker)}≠${JSON.stringify(g.speaker)}`);
    if (p.type !== g.type) diffs.push(`type ${p.type}≠${g.type}`);
    if (p.named !== g.named) diffs.push(`named ${p.named}≠${g.named}`);
    if (p.category !== g.category) diffs.push(`category ${p.category}≠${g.category}`);
    if (diffs.length) out.push(`- ¶${g.paragraph} [${g.source_text}] ${g.cue}: ${diffs.join(', ')}`);
  }
  out.push('', 'Non-attributions produced:');
  r.negativeHits.forEach((hits, i) => {
    if (hits.length) out.push(`- «${seed.negatives[i].text}» by: ${hits.map((h) => show(seed.predictions[h])).join(' | ')}`);
  });
  if (seed.badSpans) out.push('', `${seed.badSpans} seed predictions have inconsistent spans (text ≠ slice).`);
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const corpora = process.env.PRESSLENS_CORPORA ?? path.resolve(repoRoot, '../shared/corpora');
  const polnearFile = path.join(corpora, 'polnear', `${opts.split}.jsonl`);
  const seedDir = path.join(corpora, 'seed');
  const devDir = path.join(corpora, 'attribution-dev');
  const havePolnear = existsSync(polnearFile);
  const haveSeed = existsSync(path.join(seedDir, 'gold.jsonl'));
  const haveDev = existsSync(path.join(devDir, 'gold.jsonl'));
  if (!havePolnear && !haveSeed && !haveDev) {
    console.log(`attribution eval: no corpora at ${corpora} (set PRESSLENS_CORPORA); nothing to evaluate.`);
    return;
  }
  if (!havePolnear) console.error(`note: ${polnearFile} not found; PolNeAR skipped`);
  if (!haveSeed) console.error(`note: ${seedDir}/gold.jsonl not found; seed skipped`);
  if (!haveDev) console.error(`note: ${devDir}/gold.jsonl not found; development set skipped`);
  if (opts.split === 'test') console.error('note: scoring the PolNeAR TEST split — do this once, for the final number.');

  const analyzer = 'src/analyze/attribution extractAttributions';
  const extract: Extract = (text) => extractAttributions(text);
  // PolNeAR annotates a broader notion of attribution than the guideline (stance, beliefs, intentions)
  const extractBroad: Extract = (text) => extractAttributions(text, { scope: 'broad' });
  const pol = havePolnear ? runPolnear(polnearFile, opts.split, extractBroad, opts.limit) : null;
  const dev = haveDev ? await runDevSet(devDir, extract) : null;
  let seed: SeedRun | null = null;
  if (haveSeed) {
    try {
      seed = runSeed(seedDir, extract);
    } catch (err) {
      console.error(`seed evaluation failed: ${(err as Error).stack ?? err}`);
    }
  }

  if (opts.json) {
    const seedJson = seed && {
      ...seed.result,
      unmatchedGold: seed.result.unmatchedGold.map((i) => seed.gold[i]),
      falsePositives: seed.result.falsePositives.map((i) => seed.predictions[i]),
      negativeHits: seed.result.negativeHits.map((h, i) => ({ negative: seed.negatives[i].text, predictions: h.map((j) => seed.predictions[j]) })),
    };
    const devJson = dev && { ...dev.score, confusion: Object.fromEntries([...dev.score.confusion].map(([g, r]) => [g, Object.fromEntries(r)])) };
    console.log(JSON.stringify({ analyzer, polnear: pol, dev: devJson, seed: seedJson }, null, 2));
    return;
  }
  console.log(table(analyzer, pol, seed));
  if (dev) console.log(devTable(dev));
  if (dev && opts.errors) console.log(devErrors(dev));
  if (opts.verbose) {
    if (seed) console.log(verboseSeed(seed));
    if (pol?.errors.length) {
      console.log('', '### PolNeAR articles that threw');
      for (const e of pol.errors) console.log(`- ${e.id}: ${e.message}`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
