/**
 * Quote-span scanning: finds double-quoted stretches (straight `"`, curly `“ ”`, low `„`, guillemets,
 * the NYT's doubled apostrophes `''`) and top-level single curly quotes `‘ ’` (British style), across
 * sentences and paragraphs.
 *
 * News convention for multi-paragraph quotes: a paragraph of a quotation ends without a closing mark
 * and the next paragraph starts with an opening mark. Such pieces are separate spans sharing a `chain`.
 * A quote left open at a paragraph end whose next paragraph starts in lower case (an extraction
 * artefact that broke a sentence) continues across the break.
 * @module
 */

/** One quotation span. `start`/`end` include the marks; `innerStart`/`innerEnd` exclude them. */
export interface QuoteSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  openLen: number;
  /** Length of the closing mark (0 when unclosed). */
  closeLen: number;
  closed: boolean;
  /** Index of the first quote of a multi-paragraph quotation this span continues (its own index otherwise). */
  chain: number;
  /** True for single-quote (‘…’) spans. */
  single: boolean;
}

const OPEN_ONLY = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSE_ONLY = new Set(['\u201d', '\u00bb']);

const isSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
const isWordChar = (c: string | undefined): boolean => c !== undefined && (/[A-Za-z0-9]/.test(c) || (c.charCodeAt(0) > 127 && /[\p{L}\p{N}]/u.test(c)));

/** Positions of paragraph starts (first non-space char after a blank line), ascending. */
function paragraphBreaks(text: string): number[] {
  const out: number[] = [];
  let i = text.indexOf('\n');
  while (i >= 0) {
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
    if (text[j] === '\n') {
      while (j < text.length && isSpace(text[j])) j++;
      out.push(j);
      i = text.indexOf('\n', j);
    } else i = text.indexOf('\n', i + 1);
  }
  return out;
}

/** Returns the quote spans of `text` in order of their start. Linear in the text length. */
export function scanQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const breaks = paragraphBreaks(text);
  let bi = 0;
  let open: { start: number; len: number; chain: number; single: boolean } | null = null;
  let paraEnd = -1; // end offset of the current paragraph's last non-space char
  let pendingChain = -1; // chain index the next opening mark continues
  const finish = (end: number, closeLen: number, closed: boolean): void => {
    if (!open) return;
    const idx = out.length;
    out.push({
      start: open.start,
      end: end + closeLen,
      innerStart: open.start + open.len,
      innerEnd: end,
      openLen: open.len,
      closeLen,
      closed,
      chain: open.chain < 0 ? idx : open.chain,
      single: open.single,
    });
    open = null;
  };
  const n = text.length;
  const handleBreak = (pStart: number): void => {
    if (open === null) return;
    const o: { start: number; len: number; chain: number; single: boolean } = open;
    let e = pStart - 1;
    while (e > o.start && isSpace(text[e])) e--;
    paraEnd = e + 1;
    const first = text[pStart];
    const startsQuote = first === '"' || OPEN_ONLY.has(first) || (o.single && first === '\u2018') || (first === "'" && text[pStart + 1] === "'");
    if (startsQuote) {
      const chainIdx: number = o.chain < 0 ? out.length : o.chain;
      finish(paraEnd, 0, false);
      pendingChain = chainIdx;
    } else if (/[a-z]/.test(first ?? '') && !o.single) {
      // broken paragraph: continue the quote
    } else {
      finish(paraEnd, 0, false);
    }
  };
  const CAND = /''|["\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]/g;
  let mt: RegExpExecArray | null;
  while ((mt = CAND.exec(text)) !== null) {
    const i = mt.index;
    while (bi < breaks.length && i >= breaks[bi]) handleBreak(breaks[bi++]);
    const ch = text[i];
    let len = 1;
    let kind: 'open' | 'close' | 'either' | null = null;
    let single = false;
    if (OPEN_ONLY.has(ch)) kind = 'open';
    else if (CLOSE_ONLY.has(ch)) kind = 'close';
    else if (ch === '"') kind = 'either';
    else if (ch === "'") {
      kind = 'either';
      len = 2;
    } else if (ch === '\u2018') {
      if (open === null && isSpaceOrOpenPunct(text[i - 1]) && isWordChar(text[i + 1])) {
        kind = 'open';
        single = true;
      }
    } else if (ch === '\u2019') {
      if (open !== null && open.single && !isWordChar(text[i + 1])) {
        kind = 'close';
        single = true;
      }
    }
    if (kind === null) continue;
    // a closing curly mark used as an opening one at a line start ("”Mr. Trump embodies …")
    if (kind === 'close' && !single && open === null && (i === 0 || text[i - 1] === '\n' || ((text[i - 1] === ' ' || text[i - 1] === '\u00a0') && (i < 2 || text[i - 2] === '\n'))) && isWordChar(text[i + 1])) kind = 'open';
    if (open !== null && open.single && !single && kind !== 'close') continue;
    if (open !== null && !open.single && single) continue;
    if (kind === 'either') {
      const before = text[i - 1];
      const after = text[i + len];
      const canOpen = (i === 0 || isSpaceOrOpenPunct(before)) && !isSpace(after);
      const canClose = !isSpace(before) && (after === undefined || !isWordChar(after));
      if (open === null) kind = canOpen || !canClose ? 'open' : 'close';
      else kind = canClose || !canOpen ? 'close' : 'open';
    }
    if (kind === 'open') {
      if (open !== null) {
        let e = i - 1;
        while (e > open.start && isSpace(text[e])) e--;
        finish(e + 1, 0, false);
      }
      open = { start: i, len, chain: pendingChain, single };
      pendingChain = -1;
    } else if (open !== null) {
      finish(i, len, true);
    }
  }
  while (bi < breaks.length) handleBreak(breaks[bi++]);
  if (open !== null) {
    let e = n - 1;
    while (e > (open as { start: number }).start && isSpace(text[e])) e--;
    finish(e + 1, 0, false);
  }
  return out;
}

function isSpaceOrOpenPunct(c: string | undefined): boolean {
  return c === undefined || isSpace(c) || c === '(' || c === '[' || c === '\u2014' || c === '\u2013' || c === '-' || c === '/' || c === ':' || c === '\u201c' || c === '"';
}
