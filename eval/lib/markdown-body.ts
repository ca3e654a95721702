/**
 * Body extraction for the seed article (`# Title`, byline/date block, body paragraphs, contact footer),
 * done the way a markdown reader sees the file: the body is the verbatim text after the header
 * block, paragraphs are blank-line-separated blocks, and trailing boilerplate blocks (the
 * "To contact the WSWS …" line and the bare link after it) are removed. Inline markdown (`*Esquire*`)
 * is kept verbatim, so body offsets are offsets into the file's text as the pipeline reads it.
 * @module
 */
import type { Range } from './attribution-metrics.ts';

/** The extracted body: `text` plus its paragraphs as ranges into `text`. */
export interface MarkdownBody {
  title: string | null;
  /** Lines of the byline/date block (empty when there is none). */
  byline: string[];
  text: string;
  paragraphs: Range[];
}

const FOOTER_RE = [
  /^(?:to contact|contact us|follow us|subscribe|sign up|click here|read more|share this|copyright|©|all rights reserved)/i,
  /^(?:\*\*|__)?\[[^\]]*\]\([^)]*\)(?:\*\*|__)?$/,
  /^https?:\/\/\S+$/,
];

/** Blank-line-separated blocks of `text` as ranges (each block trimmed of surrounding whitespace). */
export function blocks(text: string): Range[] {
  const out: Range[] = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
  };
  for (const m of text.matchAll(re)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/**
 * Splits a markdown article into title, byline and body. The byline block is the first block
 * after the title when it has at most 3 lines, each at most 80 characters and none ending in
 * sentence punctuation. The body runs from the next block to the last block that is not footer
 * boilerplate; it is returned verbatim (`\r\n` folded to `\n`).
 */
export function extractMarkdownBody(markdown: string): MarkdownBody {
  const src = markdown.replace(/\r\n?/g, '\n');
  const bs = blocks(src);
  let i = 0;
  let title: string | null = null;
  if (bs[i] && /^#\s+/.test(src.slice(bs[i][0], bs[i][1]))) {
    title = src.slice(bs[i][0], bs[i][1]).replace(/^#\s+/, '').replace(/\s+#*$/, '').trim();
    i++;
  }
  let byline: string[] = [];
  if (bs[i]) {
    const lines = src.slice(bs[i][0], bs[i][1]).split('\n').map((l) => l.trim());
    if (lines.length <= 3 && lines.every((l) => l.length > 0 && l.length <= 80 && !/[.!?:"”]$/.test(l))) {
      byline = lines;
      i++;
    }
  }
  let j = bs.length;
  while (j > i && FOOTER_RE.some((re) => re.test(src.slice(bs[j - 1][0], bs[j - 1][1])))) j--;
  if (j <= i) return { title, byline, text: '', paragraphs: [] };
  const offset = bs[i][0];
  const text = src.slice(offset, bs[j - 1][1]);
  const paragraphs = bs.slice(i, j).map(([s, e]) => [s - offset, e - offset] as Range);
  return { title, byline, text, paragraphs };
}
