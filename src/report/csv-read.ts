/**
 * Reads back the CSV files that `csv.ts` writes (RFC 4180, `,` between fields, `\n` after each
 * record, `"` around fields holding `,` `"` or `\n`, `""` for a quote inside one; a `\r` is data), one record at
 * a time as the file streams. It reads exactly that dialect and throws on anything else (a quote
 * inside an unquoted field, an unclosed quote, text after a closing quote), so a table read back is
 * either the table written or an error.
 * @module
 */
import { createReadStream } from 'node:fs';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;

// Where the parser is between two characters:
/** at the start of a field (nothing of it read yet) */
const START = 0;
/** inside a field without quotes */
const BARE = 1;
/** inside a quoted field */
const QUOTED = 2;
/** right after a quote inside a quoted field: its end, or the first half of `""` */
const AFTER_QUOTE = 3;

/** Incremental parser of the dialect above: feed it bytes, take the finished records. */
export class CsvRecordParser {
  private state: number = START;
  /**
   * Bytes of the current field not yet decoded (it began in an earlier piece, or holds a `""`). Fields
   * are decoded from bytes, once each, so that a kept cell is its own string, not a slice that keeps
   * the whole piece of text it was cut from alive.
   */
  private pieces: Buffer[] = [];
  private record: string[] = [];
  private line = 1;
  /** Records completed by the bytes fed so far, taken with {@link take}. */
  private done: string[][] = [];

  /** Parses the next piece of the file (pieces may split anywhere, even inside a character). */
  feed(buf: Buffer): void {
    const n = buf.length;
    let i = 0;
    while (i < n) {
      switch (this.state) {
        case START:
          if (buf[i] === QUOTE) {
            this.state = QUOTED;
            i++;
          } else this.state = BARE;
          break;
        case BARE: {
          let j = i;
          let c = 0;
          while (j < n && (c = buf[j]) !== COMMA && c !== LF && c !== QUOTE) j++;
          if (j === n) {
            if (j > i) this.pieces.push(buf.subarray(i, j));
            i = j;
            break;
          }
          if (c === QUOTE) throw this.error('a quote inside an unquoted field');
          this.endField(buf, i, j);
          if (c === LF) this.endRecord();
          i = j + 1;
          break;
        }
        case QUOTED: {
          const j = buf.indexOf(QUOTE, i);
          const end = j < 0 ? n : j;
          if (end > i) {
            const part = buf.subarray(i, end);
            this.pieces.push(part);
            this.line += countLf(part);
          }
          i = end;
          if (j >= 0) {
            this.state = AFTER_QUOTE;
            i++;
          }
          break;
        }
        case AFTER_QUOTE: {
          const c = buf[i];
          if (c === QUOTE) {
            this.pieces.push(QUOTE_BYTE);
            this.state = QUOTED;
          } else if (c === COMMA || c === LF) {
            this.endField(buf, i, i);
            if (c === LF) this.endRecord();
          } else throw this.error('text after a closing quote');
          i++;
          break;
        }
      }
    }
  }

  /** Ends the file: a last record without its `\n` is completed; an open quote is an error. */
  end(): void {
    if (this.state === QUOTED) throw this.error('a quote that is never closed');
    if (this.state !== START || this.record.length > 0) {
      this.endField(EMPTY, 0, 0);
      this.endRecord();
    }
  }

  /** The records completed so far (each once). */
  take(): string[][] {
    const out = this.done;
    this.done = [];
    return out;
  }

  /** Completes the field whose last bytes are `buf[a, b)` (after any {@link pieces}). */
  private endField(buf: Buffer, a: number, b: number): void {
    let value: string;
    if (this.pieces.length === 0) value = a < b ? buf.toString('utf8', a, b) : '';
    else {
      if (a < b) this.pieces.push(buf.subarray(a, b));
      value = (this.pieces.length === 1 ? this.pieces[0] : Buffer.concat(this.pieces)).toString('utf8');
      this.pieces = [];
    }
    this.record.push(value);
    this.state = START;
  }

  private endRecord(): void {
    this.done.push(this.record);
    this.record = [];
    this.line++;
  }

  private error(what: string): Error {
    return new Error(`CSV: ${what} (line ${this.line})`);
  }
}

const QUOTE_BYTE = Buffer.from('"');
const EMPTY = Buffer.alloc(0);

function countLf(b: Buffer): number {
  let k = 0;
  for (let i = b.indexOf(LF); i >= 0; i = b.indexOf(LF, i + 1)) k++;
  return k;
}

/** Every record of a CSV file of the dialect above, the header first, read as the file streams. */
export async function* csvFileRecords(file: string): AsyncGenerator<string[]> {
  const parser = new CsvRecordParser();
  for await (const chunk of createReadStream(file)) {
    parser.feed(chunk as Buffer);
    yield* parser.take();
  }
  parser.end();
  yield* parser.take();
}
