/**
 * The CSV reader: a header row (`id,title,date,source,author,url,text`; only `text` is required),
 * then one article per record. Records come from lines (RFC 4180: `,` between fields, `"` around fields that hold commas, quotes or
 * line breaks, `""` for a quote inside them), recovering from bad quoting one record at a time and
 * holding at most one record in memory.
 *
 * - A quote inside an unquoted field, or text after a closing quote, makes its record bad: it is
 *   reported and reading goes on with the next line (for a record that spans lines, the line after
 *   its first: the quote that made it span them was most likely a stray one).
 * - A quoted field that is never closed would swallow the rest of the file: when the input ends, or
 *   the record grows past `maxRecord` characters, inside quotes, the record is reported at the line
 *   where it starts and reading resumes on the next line, reading again the lines the quote had taken.
 * - A line too long to hold (see byteLines) inside or as a record is reported as too large.
 *
 * Blank lines between records are skipped. A row with more fields than the header (usually an unquoted
 * comma) is warned about (`csv-extra-fields`); when `text` is the last column the extra fields are
 * joined back into it with commas.
 * @module
 */
import type { RunContext } from '../context.ts';
import type { Article } from '../types.ts';
import { decodeUtf8 } from './decode.ts';
import { byteLines, type ByteSource } from './lines.ts';
import { baseId, isProblem, recordToArticle } from './record.ts';

/** A record: its fields and the 1-based line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** A record that could not be read: why, and the line it starts on. */
export interface CsvProblem {
  problem: 'quote-in-field' | 'text-after-quote' | 'unclosed-quote' | 'too-large';
  line: number;
}

/** A line as read: its text, or null when it was too long to keep. */
interface Line {
  text: string | null;
  line: number;
}

/**
 * The quote state at the end of `text` when it starts inside quotes or not: a quote opens a field only
 * where the field starts; inside, `""` is a quote and `"` closes. Anything else is literal text here
 * (parseRecord reports it).
 */
function endsInQuotes(text: string, inQuotes: boolean): boolean {
  let fieldStart = !inQuotes;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (inQuotes) {
      const q = text.indexOf('"', i);
      if (q < 0) return true;
      if (text.charCodeAt(q + 1) === 34) i = q + 2;
      else {
        inQuotes = false;
        fieldStart = false;
        i = q + 1;
      }
      continue;
    }
    const c = text.charCodeAt(i++);
    if (c === 44) fieldStart = true;
    else if (c === 34 && fieldStart) inQuotes = true;
    else fieldStart = false;
  }
  return inQuotes;
}

/** The fields of one whole record (its text may hold line breaks inside quotes), or what is wrong with it. */
export function parseRecord(text: string): string[] | CsvProblem['problem'] {
  const fields: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      let field = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return 'unclosed-quote';
        field += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          field += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fields.push(field);
      if (i >= n) return fields;
      if (text.charCodeAt(i) !== 44) return 'text-after-quote';
      i++;
      continue;
    }
    const comma = text.indexOf(',', i);
    const end = comma < 0 ? n : comma;
    const field = text.slice(i, end);
    if (field.includes('"')) return 'quote-in-field';
    fields.push(field);
    if (comma < 0) return fields;
    i = comma + 1;
  }
}

/** Assembles lines into records; see the module notes. */
export class CsvRecords {
  /** Lines of the record being assembled (it is inside quotes at the end of the last one). */
  #lines: Line[] = [];
  #length = 0;

  constructor(private readonly maxRecord: number) {}

  /** Takes the next line (`text` null: the line was too long to keep); yields the records and problems it completes. */
  *push(text: string | null, line: number): Generator<CsvRecord | CsvProblem> {
    const queue: Line[] = [{ text, line }];
    while (queue.length > 0) {
      const next = queue.shift()!;
      for (const item of this.#take(next, queue)) yield item;
    }
  }

  /** Ends the input: a record still inside quotes is reported, and the lines it had taken are read again. */
  *end(): Generator<CsvRecord | CsvProblem> {
    while (this.#lines.length > 0) {
      const { line, rest } = this.#giveUp();
      yield { problem: 'unclosed-quote', line };
      for (const l of rest) yield* this.push(l.text, l.line);
    }
  }

  /** Drops the open record's first line and returns its other lines, to read again. */
  #giveUp(): { line: number; rest: Line[] } {
    const [first, ...rest] = this.#lines;
    this.#lines = [];
    this.#length = 0;
    return { line: first.line, rest };
  }

  *#take(l: Line, queue: Line[]): Generator<CsvRecord | CsvProblem> {
    const open = this.#lines.length > 0;
    if (l.text === null) {
      if (open) {
        const { line, rest } = this.#giveUp();
        yield { problem: 'unclosed-quote', line };
        queue.unshift(...rest, l);
      } else yield { problem: 'too-large', line: l.line };
      return;
    }
    if (!open && l.text === '') return; // a blank line
    this.#lines.push(l);
    this.#length += l.text.length + 1;
    if (endsInQuotes(l.text, open)) {
      if (this.#length > this.maxRecord) {
        const { line, rest } = this.#giveUp();
        yield { problem: 'unclosed-quote', line };
        queue.unshift(...rest);
      }
      return;
    }
    const lines = this.#lines;
    this.#lines = [];
    this.#length = 0;
    const record = parseRecord(lines.length === 1 ? lines[0].text! : lines.map((x) => x.text).join('\n'));
    if (typeof record !== 'string') {
      yield { fields: record, line: lines[0].line };
      return;
    }
    yield { problem: lines.length > 1 ? 'unclosed-quote' : record, line: lines[0].line };
    // A bad record that spans lines does so because of a quote opened on its first line, most likely a
    // stray one: the lines after the first are read again as records of their own.
    queue.unshift(...lines.slice(1));
  }
}

const QUOTING = 'fix the quoting (a field with a comma, quote or newline must be in double quotes, quotes inside doubled)';

const PROBLEMS: Record<CsvProblem['problem'], string> = {
  'quote-in-field': 'a double quote inside a field that does not start with one',
  'text-after-quote': 'text after the closing double quote of a field',
  'unclosed-quote': 'a double quote opened here is not closed where its field ends (or the field runs past the size limit); this line is skipped and reading goes on with the next',
  'too-large': 'the record is larger than the size limit',
};

/**
 * Reads a CSV stream (see the module notes). Records over `maxBytes` are skipped
 * (`article-too-large`), badly quoted ones reported (`csv-malformed`); `invalidUtf8` is warned once, at
 * the first line with a bad byte.
 */
export async function* readCsv(stream: ByteSource, file: string, ctx: RunContext, maxBytes: number, invalidUtf8: string): AsyncGenerator<Article> {
  const fallback = baseId(file);
  const records = new CsvRecords(maxBytes);
  let header: string[] | null = null;
  let count = 0;
  let bad = 0;
  let warnedUtf8 = false;
  const limit = `${+(maxBytes / (1 << 20)).toFixed(2)} MiB`;
  const take = function* (item: CsvRecord | CsvProblem): Generator<Article> {
    const origin = { file, line: item.line };
    if ('problem' in item) {
      bad++;
      if (item.problem === 'too-large') ctx.skip('article-too-large', `CSV record skipped: it is larger than the ${limit} limit for one article (raise it with --max-article-mb)`, origin);
      else ctx.skip('csv-malformed', `CSV record skipped: ${PROBLEMS[item.problem].replace('the size limit', `the ${limit} limit`)}; ${QUOTING}`, origin);
      return;
    }
    if (header === null) {
      header = item.fields.map((h) => h.trim());
      return;
    }
    count++;
    const fields = item.fields;
    const rec: Record<string, string> = {};
    header.forEach((h, i) => {
      if (i < fields.length) rec[h] = fields[i];
    });
    if (fields.length > header.length) {
      const textLast = header[header.length - 1] === 'text';
      if (textLast) rec.text = fields.slice(header.length - 1).join(',');
      ctx.warn(
        'csv-extra-fields',
        `row has ${fields.length} fields but the header has ${header.length}${textLast ? '; the extra fields were joined back into "text" with commas' : '; the extra fields were dropped'} — put fields that contain commas in double quotes`,
        origin,
        'read',
      );
    }
    const art = recordToArticle(rec, origin, `${fallback}-${item.line}`, (code, message) => ctx.warn(code, message, origin, 'read'));
    if (isProblem(art)) ctx.skip(art.code, art.reason, origin);
    else yield art;
  };
  for await (const { bytes, line, tooLong } of byteLines(stream, maxBytes)) {
    let text: string | null = null;
    if (tooLong === undefined) {
      const decoded = decodeUtf8(bytes);
      if (decoded.invalidLine !== undefined && !warnedUtf8) {
        warnedUtf8 = true;
        ctx.warn('invalid-utf8', `${invalidUtf8}; first bad byte on this line`, { file, line }, 'read');
      }
      text = decoded.text;
    }
    for (const item of records.push(text, line)) yield* take(item);
  }
  for (const item of records.end()) yield* take(item);
  if (count === 0 && bad === 0) ctx.skip('empty-file', header ? 'CSV file has a header but no records' : 'CSV file is empty', { file });
}
