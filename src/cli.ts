/**
 * The `presslens` command line. Data goes to files or stdout; logs, diagnostics and progress to stderr.
 * Exit codes: 0 ok, 1 failed (or warnings with --strict, or no article analysed), 2 bad usage, 130/143 interrupted.
 * @module
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createContext, escapeControls, type RunContext } from './context.ts';
import { cleanupInFlight } from './pipeline/write.ts';
import type { Analyzer, Pipeline } from './pipeline/define.ts';
import { groupPipeline } from './pipeline/group-pipeline.ts';
import { readArticles, type Format } from './read/files.ts';
import type { Doc } from './types.ts';

class UsageError extends Error {}

const MAIN_HELP = `presslens — text analytics for news: terms, sentiment, source attribution → CSV + charts

Usage:
  presslens run <pipeline.ts> --input <paths|-> --out <dir> [options]
  presslens analyze <stage> [paths|-] [options]
  presslens merge <partial…> --out <dir>
  presslens kwic <term|"phrase"> --input <paths|-> [options]
  presslens help [command|stages]

Commands:
  run        run a pipeline file over articles and write a report directory
  analyze    run one stage and print one JSON line per article (or per attribution)
  merge      merge sharded partial results into one report
  kwic       words in context: every occurrence of a term or phrase as CSV

Inputs are files (.jsonl .csv .md .txt), directories (read recursively), globs ("data/**/*.md"), pipes or - for stdin.
Exit codes: 0 ok, 1 failed (or warnings with --strict, or no article analysed), 2 bad usage,
130/143 interrupted. Run "presslens help run", "help analyze" or "help merge" for options, and
"presslens help stages" for the built-in stages a pipeline file can use, with their options.`;

/** Pipelines shipped in src/pipelines/, run by name: compiled with the CLI, so no TypeScript compiler loads for them. */
const BUILTIN_PIPELINES = ['news-report', 'compare'];

const RUN_HELP = `Usage: presslens run <pipeline> --input <paths|-> [--input …] --out <dir> [options]

Runs <pipeline> and writes <dir>/ atomically: one CSV per table, charts (.vl.json/.svg/.png),
index.html, summary.md and manifest.json. <pipeline> is a file whose default export is a pipeline
(.ts, .mts, .js, .mjs), or the name of a built-in one: ${BUILTIN_PIPELINES.join(', ')}.
Extra positional arguments after the pipeline are more inputs.

Options:
  -i, --input <path>    file, directory, glob or - (stdin); repeatable
  -o, --out <dir>       output directory (required)
  -f, --format <fmt>    force input format: jsonl | csv | markdown | text
      --strict          exit 1 when any warning was reported (bad lines, skipped files)
      --no-report       write CSV tables and manifest only (no charts, HTML, summary)
      --no-neutralize   do not neutralise spreadsheet formulas (=,+,-,@) in CSV cells
      --progress / --no-progress   progress line on stderr (default: only on a TTY)
  -w, --workers <n>     threads that analyze: this one plus n-1 worker threads (default:
                        available cores; 1 for inputs under 40 MB, where a second thread
                        saves little and costs memory). Tables are byte-identical for any n.
  -g, --group-by <key>  fold each group of articles apart: every corpus table gains a leading
                        group column. <key>: an article field (source, author, any JSONL/CSV
                        column), date:week|month|year, or id:/regex with a (capture)/;
                        articles without a value are in group (none) (counted in manifest.json);
                        the compare pipeline groups by source unless given
      --shard <i/n>     read and process only split i of n of the input: whole files when there
                        are at least n, else line-aligned byte ranges of JSONL files
      --shard auto[/n]  indexed jobs: i from JOB_COMPLETION_INDEX (0-based), n from /n or
                        PRESSLENS_SHARD_COUNT
      --partial <file>  with --shard: write the serialized state here instead of a report
                        (then: presslens merge <partials…> --out <dir>)
      --max-article-mb <n>  skip articles longer than n MiB of text (default 16; memory
                        use is about 70 bytes per character while an article is analysed)
  -q, --quiet           do not print diagnostics (they are still in manifest.json)
  -h, --help            this help

--out replaces only a report directory presslens wrote (or creates it); a run that analyses no
article exits 1 and leaves it as it was. PRESSLENS_TIMING=1 prints phase timings on stderr.`;

const MERGE_HELP = `Usage: presslens merge <partial…> --out <dir> [--pipeline <pipeline>]

Merges partial files written by "presslens run … --shard i/n --partial <file>" (any order) and
writes the finished report, byte-identical to a single run over the whole input. It refuses a set
that is not one whole run: a shard of n missing or given twice, partials of different n, inputs,
settings, pipeline or version, or a partial changed after it was written.

Options:
  -o, --out <dir>         output directory (required)
  -p, --pipeline <file>   pipeline module; needed unless the partials come from a built-in
                          pipeline (${BUILTIN_PIPELINES.join(', ')}): merge never loads code a partial names
      --allow-missing     merge the shards given when some are missing; the report is marked
                          incomplete (manifest "incomplete", an incomplete-merge warning)
      --no-report         write CSV tables and manifest only
  -q, --quiet             do not print diagnostics
  -h, --help              this help`;

const ANALYZE_HELP = `Usage: presslens analyze <stage> [paths|-] [options]

Runs one stage and prints JSON lines on stdout. With no paths, reads stdin
(JSONL {"id","text",…} when it starts with "{", else one plain-text article).

Stages:
  sentences     {"id","sentences":[{"start","end","text","paragraph"}]}
  tokens        {"id","tokens":[{"text","norm","kind","start","end"}]}
  terms         {"id","terms":{term:count}} (stopwords removed)
  sentiment     {"id","compound","pos","neu","neg"}: the whole text scored as one input
                (as VADER scores a snippet); --by sentence adds "sentences" with offsets
  attributions  one line per attribution: {"article","type","source","cue","content","speaker","title","named","category"}
                ("article" is the record id; for a file, its basename without extension;
                "content" has "fragments" when it is split around the source and cue)

All offsets (start, end) are end-exclusive UTF-16 code-unit offsets into the article's body text as read:
for .md files the text after the title/byline/date header, without the trailing footer; for JSONL/CSV
the "text" field (with CRLF turned into LF); for .txt the whole file.

Options:
  -f, --format <fmt>    force input format: jsonl | csv | markdown | text
      --mode <mode>     sentiment mode: vader | afinn | news (default vader)
      --by <unit>       sentiment: article (default) | sentence
      --strict          exit 1 when any warning was reported
  -q, --quiet           do not print diagnostics
  -h, --help            this help`;

function fail(message: string): never {
  throw new UsageError(message);
}

function checkFormat(f: string | undefined): Format | undefined {
  if (f === undefined) return undefined;
  if (!['jsonl', 'csv', 'markdown', 'text'].includes(f)) fail(`--format must be jsonl, csv, markdown or text, got ${JSON.stringify(f)}`);
  return f as Format;
}

/** Registers tsx (once) before a TypeScript pipeline file is imported, when the CLI itself runs compiled. */
async function ensureTypeScript(file: string): Promise<void> {
  const key = Symbol.for('presslens.tsx');
  const g = globalThis as Record<symbol, unknown>;
  if (!/\.[cm]?tsx?$/.test(file) || g[key] || process.execArgv.some((a) => a.includes('tsx'))) return;
  const { register } = await import('tsx/esm/api');
  register();
  g[key] = true;
}

/** True when the nearest package.json above `file` declares `"type": "module"`. */
function inEsmPackage(file: string): boolean {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        return (JSON.parse(readFileSync(pkg, 'utf8')) as { type?: string }).type === 'module';
      } catch {
        return false;
      }
    }
    if (dir === path.dirname(dir)) return false;
  }
}

/** The module of the built-in pipeline `name` (compiled or source, like this file). */
function builtinModule(name: string): string {
  return fileURLToPath(new URL(`./pipelines/${name}${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));
}

/** The module of a pipeline argument: the file it names, or the built-in pipeline of that name (when no such file exists). */
function pipelineModule(arg: string): string {
  if (existsSync(arg) || !BUILTIN_PIPELINES.includes(arg)) return path.resolve(arg);
  return builtinModule(arg);
}

async function loadPipeline(file: string): Promise<Pipeline> {
  const abs = pipelineModule(file);
  if (!existsSync(abs)) fail(`pipeline file not found: ${file}`);
  await ensureTypeScript(abs);
  let mod: { default?: Pipeline };
  try {
    mod = (await import(pathToFileURL(abs).href)) as { default?: Pipeline };
  } catch (e) {
    // A .ts file outside an ESM package is compiled as CommonJS, which cannot import presslens (ESM).
    if (/\.tsx?$/.test(abs) && !inEsmPackage(abs)) {
      fail(`${file} could not be loaded as an ES module (${(e as Error).message.split('\n')[0]}): a .ts file whose nearest package.json does not say "type": "module" is compiled as CommonJS; rename it to .mts or add "type": "module" to that package.json`);
    }
    throw e;
  }
  const p = mod.default;
  if (!p || !Array.isArray(p.analyzers) || !Array.isArray(p.aggregators)) fail(`${file} must default-export a pipeline (definePipeline({...}))`);
  return p;
}

/** The pipeline grouped by `groupBy` (see group-pipeline.ts); a bad key exits with its message. */
function groupPipelineOrFail(pipeline: Pipeline, groupBy: string | undefined): Pipeline {
  try {
    return groupPipeline(pipeline, groupBy);
  } catch (e) {
    return fail(`--group-by: ${(e as Error).message}`);
  }
}

async function cmdRun(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      input: { type: 'string', short: 'i', multiple: true },
      out: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      strict: { type: 'boolean', default: false },
      'no-report': { type: 'boolean', default: false },
      'no-neutralize': { type: 'boolean', default: false },
      progress: { type: 'boolean' },
      'no-progress': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q', default: false },
      workers: { type: 'string', short: 'w' },
      shard: { type: 'string' },
      partial: { type: 'string' },
      'max-article-mb': { type: 'string' },
      'group-by': { type: 'string', short: 'g' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(RUN_HELP + '\n');
    return 0;
  }
  const [pipelineFile, ...more] = positionals;
  if (!pipelineFile) fail('missing <pipeline> (a pipeline file or a built-in name)\n\n' + RUN_HELP);
  const input = [...(values.input ?? []), ...more];
  if (input.length === 0) fail('missing --input (a file, directory, glob or -)');
  if (!values.out && !values.partial) fail('missing --out <dir>');
  let shard: { index: number; count: number } | undefined;
  if (values.shard !== undefined) shard = parseShard(values.shard, process.env);
  if (values.partial && !shard) fail('--partial goes with --shard i/n');
  const size = inputBytes(input);
  let workers: number;
  if (values.workers !== undefined) {
    if (!/^[1-9]\d*$/.test(values.workers)) fail(`--workers must be a positive integer, got ${JSON.stringify(values.workers)}`);
    workers = Number(values.workers);
  } else workers = size >= MIN_PARALLEL_BYTES ? Math.max(1, availableParallelism()) : 1;
  let maxArticleBytes: number | undefined;
  if (values['max-article-mb'] !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(values['max-article-mb']) || Number(values['max-article-mb']) <= 0) fail(`--max-article-mb must be a positive number, got ${JSON.stringify(values['max-article-mb'])}`);
    maxArticleBytes = Math.round(Number(values['max-article-mb']) * 2 ** 20);
  }
  const format = checkFormat(values.format);
  const loaded = await loadPipeline(pipelineFile);
  const pipeline = groupPipelineOrFail(loaded, values['group-by'] ?? loaded.defaultGroupBy);
  const ctx = cliContext(values.quiet);
  const { run } = await import('./pipeline/run.ts');
  const t0 = Date.now();
  // The output is checked and locked before anything is read (a run fails fast, not after the analysis).
  const result = await run(pipeline, {
    input,
    out: values.out,
    format,
    maxArticleBytes,
    stepSummary: process.env.GITHUB_STEP_SUMMARY || undefined,
    ctx,
    report: !values['no-report'],
    neutralizeFormulas: !values['no-neutralize'],
    progress: values['no-progress'] ? false : values.progress,
    workers,
    pipelineFile: pipelineModule(pipelineFile),
    shard,
    partial: values.partial,
    // groupBy only when given, so an ungrouped run's manifest stays as it was
    settings: { pipeline: path.basename(pipelineFile), input, format: format ?? 'auto', strict: values.strict, ...(pipeline.groupBy !== undefined ? { groupBy: pipeline.groupBy } : {}) },
  });
  const m = result.manifest;
  if (values.partial) {
    if (!values.quiet) ctx.note(`shard ${shard!.index + 1}/${shard!.count}: ${m.counts.articles} articles from ${m.inputs.length} file${m.inputs.length === 1 ? '' : 's'} or parts → ${values.partial}`);
    // a shard's split may hold no article (a small input, many shards): the merge fails when none has any
    return exitCode(ctx, values.strict);
  }
  if (m.counts.articles === 0) return noArticles(ctx, values.out);
  if (!values.quiet) {
    ctx.note(`${m.counts.articles} articles, ${m.counts.skipped} skipped, ${m.counts.warnings} warnings → ${values.out} (${m.tables.length} tables, ${m.charts.length} charts) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return exitCode(ctx, values.strict);
}

/**
 * Inputs smaller than this use one worker by default: measured on Reuters-21578 (2 cores), two
 * workers took 0.94× the time at 18 MB for 1.23× the peak memory, and 0.86× the time at 73 MB.
 */
const MIN_PARALLEL_BYTES = 40e6;

/** Bytes of the input files (counted up to {@link MIN_PARALLEL_BYTES}); stdin and globs count as large. */
function inputBytes(inputs: string[]): number {
  let bytes = 0;
  const add = (p: string, depth: number) => {
    if (bytes >= MIN_PARALLEL_BYTES || depth > 8) return;
    try {
      const st = statSync(p);
      if (st.isFile()) bytes += st.size;
      else if (st.isDirectory()) for (const e of readdirSync(p)) add(path.join(p, e), depth + 1);
    } catch {
      /* reported by the reader */
    }
  };
  for (const i of inputs) {
    if (i === '-' || /[*?[]/.test(i)) return MIN_PARALLEL_BYTES;
    add(i, 0);
  }
  return bytes;
}

async function cmdMerge(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      pipeline: { type: 'string', short: 'p' },
      'allow-missing': { type: 'boolean', default: false },
      'no-report': { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(MERGE_HELP + '\n');
    return 0;
  }
  if (positionals.length === 0) fail('missing <partial…> files\n\n' + MERGE_HELP);
  if (!values.out) fail('missing --out <dir>');
  const { readPartial, mergePartials } = await import('./pipeline/shard.ts');
  for (const f of positionals) if (!existsSync(f)) fail(`partial file not found: ${f}`);
  // the first is read for its pipeline's name; the others one at a time as they are merged (bounded memory)
  const partials: (Awaited<ReturnType<typeof readPartial>> | string)[] = [await readPartial(positionals[0]), ...positionals.slice(1)];
  // Never the module a partial names: a partial file is data, and may come from anywhere (CI artifacts).
  const first = partials[0] as Awaited<ReturnType<typeof readPartial>>;
  const name = first.pipeline;
  if (!values.pipeline && !BUILTIN_PIPELINES.includes(name)) {
    fail(`the partials come from pipeline ${JSON.stringify(name)}, which is not built in; pass its module with --pipeline <file> (merge never loads code named by a partial)`);
  }
  // a grouped run's partials are merged by the same pipeline grouped the same way
  const groupBy = first.settings.groupBy;
  const pipeline = groupPipelineOrFail(await loadPipeline(values.pipeline ?? builtinModule(name)), typeof groupBy === 'string' ? groupBy : undefined);
  const ctx = cliContext(values.quiet);
  const { manifest } = await mergePartials(pipeline, partials, values.out, {
    report: !values['no-report'],
    allowMissing: values['allow-missing'],
    ctx,
    stepSummary: process.env.GITHUB_STEP_SUMMARY || undefined,
  });
  if (manifest.counts.articles === 0) return noArticles(ctx, values.out);
  if (!values.quiet) ctx.note(`merged ${partials.length} partials: ${manifest.counts.articles} articles → ${values.out}${manifest.incomplete ? ' (incomplete: shards missing)' : ''}`);
  return manifest.diagnostics.some((d) => d.level === 'fatal') ? 1 : 0;
}

/**
 * `--shard i/n`, or `--shard auto` / `auto/N` for indexed jobs: the index (0-based) from
 * JOB_COMPLETION_INDEX (Kubernetes Indexed Job; in GitHub Actions set it to strategy.job-index) and the
 * count from N or PRESSLENS_SHARD_COUNT (the job's completions; strategy.job-total).
 */
function parseShard(spec: string, env: NodeJS.ProcessEnv): { index: number; count: number } {
  const auto = /^auto(?:\/(\d+))?$/.exec(spec);
  if (auto) {
    const index = env.JOB_COMPLETION_INDEX;
    const count = auto[1] ?? env.PRESSLENS_SHARD_COUNT;
    if (index === undefined || !/^\d+$/.test(index)) fail(`--shard auto needs JOB_COMPLETION_INDEX (0-based, set by a Kubernetes Indexed Job), got ${JSON.stringify(index ?? null)}`);
    if (count === undefined || !/^[1-9]\d*$/.test(count)) fail(`--shard auto needs the shard count: --shard auto/N or PRESSLENS_SHARD_COUNT (the job's completions), got ${JSON.stringify(count ?? null)}`);
    if (Number(index) >= Number(count)) fail(`--shard auto: JOB_COMPLETION_INDEX ${index} is not below the shard count ${count}`);
    return { index: Number(index), count: Number(count) };
  }
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) fail(`--shard must be i/n with 1 ≤ i ≤ n, or auto[/n], got ${JSON.stringify(spec)}`);
  return { index: Number(m[1]) - 1, count: Number(m[2]) };
}

/** A run that analysed no article: nothing to report, and most likely a wrong path; exit 1. */
function noArticles(ctx: RunContext, out: string | undefined): number {
  ctx.note(`no article was analysed (see the warnings above)${out ? `; ${out} was left as it was` : ''}`);
  return 1;
}

/** The run context of a command: diagnostics on stderr unless --quiet, timings when PRESSLENS_TIMING is set. */
function cliContext(quiet: boolean): RunContext {
  const timing = process.env.PRESSLENS_TIMING ? (label: string, ms: number) => process.stderr.write(`timing: ${label} ${ms} ms\n`) : null;
  return createContext({ log: quiet ? null : process.stderr, timing });
}

function exitCode(ctx: RunContext, strict: boolean): number {
  if (ctx.diagnostics.some((d) => d.level === 'fatal')) return 1;
  if (strict && ctx.problemCount > 0) {
    process.stderr.write(`presslens: --strict: ${ctx.problemCount} warning(s); failing\n`);
    return 1;
  }
  return 0;
}

async function stageFor(name: string, values: { mode?: string; by?: string }): Promise<{ analyzers: Analyzer[]; emit: (doc: Doc) => unknown[] }> {
  const text = await import('./analyze/text.ts');
  switch (name) {
    case 'sentences':
      return { analyzers: [text.sentences()], emit: (d) => [{ id: d.article.id, sentences: d.sentences }] };
    case 'tokens':
      return {
        analyzers: [text.tokens()],
        emit: (d) => [{ id: d.article.id, tokens: d.tokens!.map((t) => ({ text: t.text, norm: t.norm, kind: t.kind, start: t.start, end: t.end })) }],
      };
    case 'terms': {
      const { terms } = await import('./analyze/terms.ts');
      return { analyzers: [text.tokens(), terms({ bigrams: false })], emit: (d) => [{ id: d.article.id, terms: Object.fromEntries(d.terms!) }] };
    }
    case 'sentiment': {
      const mod = await import('./analyze/sentiment/index.ts');
      const mode = (values.mode ?? 'vader') as 'vader';
      if (!['vader', 'afinn', 'news'].includes(mode)) fail(`--mode must be vader, afinn or news, got ${JSON.stringify(values.mode)}`);
      const by = values.by ?? 'article';
      if (by !== 'article' && by !== 'sentence') fail(`--by must be article or sentence, got ${JSON.stringify(by)}`);
      return {
        analyzers: [text.sentences(), mod.sentiment({ mode })],
        emit: (d) => {
          const s = d.sentiment!;
          const whole = mod.scoreText(d.article.text, mode);
          const line: Record<string, unknown> = { id: d.article.id, compound: whole.compound, pos: whole.pos, neu: whole.neu, neg: whole.neg };
          if (by === 'sentence') line.sentences = s.sentences;
          return [line];
        },
      };
    }
    case 'attributions': {
      const mod = await import('./analyze/attribution/index.ts');
      return {
        analyzers: [text.sentences(), mod.attributions()],
        emit: (d) =>
          (d.attributions ?? []).map((a) => ({
            article: d.article.id,
            type: a.type,
            source: a.source ? { text: a.source.text, start: a.source.start, end: a.source.end } : null,
            cue: { text: a.cue.text, start: a.cue.start, end: a.cue.end },
            content: a.content.fragments
              ? { text: a.content.text, start: a.content.start, end: a.content.end, fragments: a.content.fragments }
              : { text: a.content.text, start: a.content.start, end: a.content.end },
            speaker: a.speaker,
            title: a.title,
            named: a.named,
            category: a.category,
          })),
      };
    }
    default:
      return fail(`unknown stage ${JSON.stringify(name)}; stages: sentences, tokens, terms, sentiment, attributions`);
  }
}

async function cmdAnalyze(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      mode: { type: 'string' },
      by: { type: 'string' },
      strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(ANALYZE_HELP + '\n');
    return 0;
  }
  const [stage, ...paths] = positionals;
  if (!stage) fail('missing <stage>\n\n' + ANALYZE_HELP);
  const format = checkFormat(values.format);
  const { analyzers, emit } = await stageFor(stage, values);
  const ctx = cliContext(values.quiet);
  const inputs = paths.length ? paths : ['-'];
  const { analyzeArticle } = await import('./pipeline/state.ts');
  const pseudo = { name: `analyze-${stage}`, analyzers, aggregators: [], charts: [] };
  let analysed = 0;
  for await (const article of readArticles(inputs, ctx, { format })) {
    const doc = analyzeArticle(pseudo, article, ctx);
    if (!doc) continue;
    analysed++;
    for (const line of emit(doc)) {
      if (!process.stdout.write(JSON.stringify(line) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
    }
  }
  if (analysed === 0) return noArticles(ctx, undefined);
  return exitCode(ctx, values.strict);
}

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  installSignalHandlers();
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'run':
        return await cmdRun(rest);
      case 'analyze':
        return await cmdAnalyze(rest);
      case 'merge':
        return await cmdMerge(rest);
      case 'kwic':
        return await (await import('./commands/kwic.ts')).cmdKwic(rest);
      case 'help':
        if (rest[0] === 'kwic') return await (await import('./commands/kwic.ts')).cmdKwic(['--help']);
        if (rest[0] === 'stages') {
          process.stdout.write((await import('./catalog.ts')).stagesHelp() + '\n');
          return 0;
        }
        process.stdout.write((rest[0] === 'run' ? RUN_HELP : rest[0] === 'analyze' ? ANALYZE_HELP : rest[0] === 'merge' ? MERGE_HELP : MAIN_HELP) + '\n');
        return 0;
      case '--version':
      case '-v': {
        const { createRequire } = await import('node:module');
        process.stdout.write((createRequire(import.meta.url)('../package.json') as { version: string }).version + '\n');
        return 0;
      }
      case undefined:
      case '-h':
      case '--help':
        process.stdout.write(MAIN_HELP + '\n');
        return cmd === undefined ? 2 : 0;
      default:
        fail(`unknown command ${JSON.stringify(cmd)}\n\n${MAIN_HELP}`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof TypeError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`presslens: ${escapeControls((e as Error).message)}\n`);
      return 2;
    }
    process.stderr.write(`presslens: failed: ${escapeControls((e as Error).message)}\n${process.env.PRESSLENS_DEBUG ? (e as Error).stack + '\n' : ''}`);
    return 1;
  }
}

let signalsInstalled = false;

/**
 * SIGINT/SIGTERM: remove the temporary output of any write in flight (restoring the previous report if
 * the signal landed mid-swap), say so on stderr, and exit 130/143. A closed stdout (EPIPE) exits 0.
 * Installed by {@link main}, so both `bin/presslens.js` and `tsx src/cli.ts` get it.
 */
function installSignalHandlers(): void {
  if (signalsInstalled) return;
  signalsInstalled = true;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      const r = cleanupInFlight();
      const what =
        r.completed.length > 0
          ? `the new report in ${r.completed.join(', ')} was already complete`
          : 'no output was replaced (the previous report, if any, is intact)';
      process.stderr.write(`\npresslens: interrupted by ${sig}; ${what}\n`);
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
  // A bug or an unexpected I/O error outside the awaited path (an event handler): one line, the
  // temporary output and lock removed, exit 1 — never a stack trace and a staging directory left behind.
  process.on('uncaughtException', (e: Error) => {
    cleanupInFlight();
    process.stderr.write(`presslens: failed: ${escapeControls(e?.message ?? String(e))}\n${process.env.PRESSLENS_DEBUG ? e?.stack + '\n' : ''}`);
    process.exit(1);
  });
  // The reader of stdout went away (`presslens analyze tokens big.jsonl | head`): the SIGPIPE case, not a
  // failure, so stop quietly; any other stdout error (ENOSPC, EIO) is a one-line failure, not a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    cleanupInFlight();
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`presslens: cannot write to stdout: ${e.code ?? e.message}\n`);
    process.exit(1);
  });
}

const isMain = Boolean(process.argv[1]) && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`presslens: failed: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
