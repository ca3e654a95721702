/**
 * `presslens kwic <term|"phrase"> --input …`: words in context as CSV, one row per occurrence, written
 * as the articles are read (memory stays flat whatever the corpus size).
 * @module
 */
import { createWriteStream, existsSync, statSync, type WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createContext } from '../context.ts';
import type { Cell } from '../report/table.ts';

export const KWIC_HELP = `Usage: presslens kwic <term|"phrase"> --input <paths|-> [--input …] [options]

Finds every occurrence of a word or a phrase and writes CSV, one row per occurrence, in input order:
article,title,date,group,left,match,right,start,end (start/end: offsets of the match in the article
text). A phrase matches adjacent words only. Matching ignores case, folds typographic quotes and
finds possessives ("sadr" finds "Sadr's"). * and ? are globs within a word ("econom*").
Extra positional arguments after the query are more inputs.

Options:
  -i, --input <path>      file, directory, glob or - (stdin); repeatable
  -o, --out <file>        write the CSV to this file (atomically) instead of stdout
  -w, --window <n>        words of context on each side (default 5)
  -g, --group-by <key>    fill the group column: source, author, a column name,
                          date:day|week|month|year, or id:/regex with a (capture)/
      --case-sensitive    match the case as written ("Bush", not "bush")
      --stem              match Porter stems ("elect" finds "elected", "elections")
  -f, --format <fmt>      force input format: jsonl | csv | markdown | text
      --no-neutralize     do not neutralise spreadsheet formulas (=,+,-,@) in CSV cells
      --strict            exit 1 when any warning was reported
  -q, --quiet             no diagnostics and no closing count on stderr
  -h, --help              this help`;

/** Writes to a stream, waiting when its buffer is full. */
async function write(out: Writable, text: string): Promise<void> {
  if (text && !out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
}

/**
 * Runs `presslens kwic` with its arguments; resolves to the exit code. Usage errors are thrown as
 * TypeError (the CLI prints them and exits 2).
 */
export async function cmdKwic(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      input: { type: 'string', short: 'i', multiple: true },
      out: { type: 'string', short: 'o' },
      window: { type: 'string', short: 'w' },
      'group-by': { type: 'string', short: 'g' },
      'case-sensitive': { type: 'boolean', default: false },
      stem: { type: 'boolean', default: false },
      format: { type: 'string', short: 'f' },
      'no-neutralize': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(KWIC_HELP + '\n');
    return 0;
  }
  const [query, ...more] = positionals;
  if (query === undefined) throw new TypeError(`missing <term|"phrase">\n\n${KWIC_HELP}`);
  const input = [...(values.input ?? []), ...more];
  if (input.length === 0) throw new TypeError('missing --input (a file, directory, glob or -)');
  if (values.window !== undefined && !/^[1-9]\d*$/.test(values.window)) throw new TypeError(`--window must be a positive integer, got ${JSON.stringify(values.window)}`);
  const format = values.format;
  if (format !== undefined && !['jsonl', 'csv', 'markdown', 'text'].includes(format)) throw new TypeError(`--format must be jsonl, csv, markdown or text, got ${JSON.stringify(format)}`);

  const { kwic } = await import('../aggregate/kwic.ts');
  const { tokens } = await import('../analyze/text.ts');
  const { analyzeArticle } = await import('../pipeline/state.ts');
  const { readArticles } = await import('../read/files.ts');
  const { csvRows } = await import('../report/csv.ts');
  const stage = kwic({ query, window: values.window ? Number(values.window) : undefined, caseSensitive: values['case-sensitive'], stem: values.stem, groupBy: values['group-by'] });
  const spec = stage.streams![0];
  const csv = { neutralizeFormulas: !values['no-neutralize'] };

  let staging: { dir: string; release(): Promise<void> } | null = null;
  let out: Writable = process.stdout;
  if (values.out) {
    if (existsSync(values.out) && statSync(values.out).isDirectory()) throw new TypeError(`--out ${values.out} is a directory; give a file name for the CSV`);
    const { stagingDir } = await import('../pipeline/write.ts');
    staging = await stagingDir(values.out);
    out = createWriteStream(path.join(staging.dir, 'kwic.csv'));
  }
  const ctx = createContext({ log: values.quiet ? null : process.stderr });
  try {
    await write(out, csvRows(spec.columns, [], csv, true));
    const pipeline = { name: 'kwic', analyzers: [tokens()], aggregators: [], charts: [] };
    let rows: Record<string, Cell>[] = [];
    const sink = { push: (_table: string, row: Record<string, Cell>) => void rows.push(row) };
    let acc = stage.init();
    for await (const article of readArticles(input, ctx, { format: format as 'jsonl' | undefined })) {
      const doc = analyzeArticle(pipeline, article, ctx);
      if (!doc) continue;
      acc = stage.add(acc, doc, sink);
      if (rows.length) await write(out, csvRows(spec.columns, rows, csv));
      rows = [];
    }
    if (staging) {
      const file = out as WriteStream;
      await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())));
      await rename(file.path as string, values.out!);
    }
    if (!values.quiet) process.stderr.write(`presslens: kwic ${JSON.stringify(query)}: ${acc.matches} occurrence${acc.matches === 1 ? '' : 's'} in ${acc.articles} article${acc.articles === 1 ? '' : 's'}${values.out ? ` → ${values.out}` : ''}\n`);
  } finally {
    if (staging) {
      (out as WriteStream).destroy();
      await staging.release();
    }
  }
  if (ctx.diagnostics.some((d) => d.level === 'fatal')) return 1;
  if (values.strict && ctx.problemCount > 0) {
    process.stderr.write(`presslens: --strict: ${ctx.problemCount} warning(s); failing\n`);
    return 1;
  }
  return 0;
}
