/**
 * Lines of a byte stream, for the line-based readers (JSONL, CSV).
 * @module
 */

/** Bytes as the readers get them: a stream, or the bytes of a decoded UTF-16 file. */
export type ByteSource = AsyncIterable<Buffer | string> | Iterable<Buffer>;

/** One line: its bytes (without the line end) and 1-based number; `tooLong` when it was longer than the limit (`bytes` is then empty). */
export interface ByteLine {
  bytes: Buffer;
  line: number;
  tooLong?: number;
}

/**
 * Streams the lines of a byte stream as Buffers with their 1-based numbers, without loading the whole
 * input and in linear time however long a line is. `\n`, `\r\n` and a lone `\r` each end a line (a raw
 * CR or LF can never be inside a JSON string, so this is safe for JSONL). A line longer than
 * `maxBytes` is not kept: it comes out empty, with its length in `tooLong`, so one huge record never
 * holds more than `maxBytes` in memory.
 */
export async function* byteLines(stream: ByteSource, maxBytes = Infinity): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = []; // pieces of the current, unfinished line
  let pendingBytes = 0; // its length, counted on even when the pieces are no longer kept
  let pendingCR = false; // the previous chunk ended with a CR: skip a LF that starts the next one
  let line = 0;
  const take = (last: Buffer): ByteLine => {
    const length = pendingBytes + last.length;
    const out = length > maxBytes ? { bytes: Buffer.alloc(0), line, tooLong: length } : { bytes: pending.length === 0 ? last : Buffer.concat([...pending, last]), line };
    pending = [];
    pendingBytes = 0;
    return out;
  };
  for await (const chunk of stream) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    if (pendingCR) {
      pendingCR = false;
      if (data[0] === 10) from = 1;
    }
    // Next LF and CR at or after `from`, each searched again only once passed (a file without CRs
    // must not be rescanned to the end of the chunk for every line).
    let lf = data.indexOf(10, from);
    let cr = data.indexOf(13, from);
    for (;;) {
      if (lf >= 0 && lf < from) lf = data.indexOf(10, from);
      if (cr >= 0 && cr < from) cr = data.indexOf(13, from);
      const nl = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      if (nl < 0) break;
      line++;
      yield take(data.subarray(from, nl));
      if (data[nl] === 13) {
        if (nl + 1 < data.length) from = data[nl + 1] === 10 ? nl + 2 : nl + 1;
        else {
          pendingCR = true;
          from = nl + 1;
        }
      } else from = nl + 1;
    }
    if (from < data.length) {
      pendingBytes += data.length - from;
      if (pendingBytes <= maxBytes) pending.push(Buffer.from(data.subarray(from)));
      else pending = [];
    }
  }
  if (pendingBytes > 0) {
    line++;
    yield take(Buffer.alloc(0));
  }
}
