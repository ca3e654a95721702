/**
 * Markdown articles in the layout of the seed article:
 *
 * ```
 * # Title
 *
 * Author  
 * 26 April 2008
 *
 * Body paragraphs separated by blank lines …
 *
 * To contact … (footer)
 * ```
 * An optional YAML-like front matter block (`---` … `---`, `key: value` lines) sets fields too.
 * Trailing contact/subscription/copyright blocks are recognised as boilerplate and dropped.
 * @module
 */
import type { Article } from '../types.ts';
import { parseDate } from './dates.ts';

export { parseDate } from './dates.ts';

/** Paragraphs that end an article but are not part of it (contact lines, share/subscribe prompts, copyright, bare links). */
export const BOILERPLATE: readonly RegExp[] = [
  /^(?:to contact|contact us|for more information|follow us|follow @|subscribe|sign up|click here|read more|share this|copyright|©|all rights reserved|this article (?:was|is) )/i,
  /^(?:\*\*|__)?\[[^\]]*\]\([^)]*\)(?:\*\*|__)?$/, // a paragraph that is only a (bold) link
  /^https?:\/\/\S+$/,
];

function isBoilerplate(par: string): boolean {
  const p = par.trim();
  return p === '' || BOILERPLATE.some((re) => re.test(p));
}

/** Parses a markdown article. `id` is usually the file's basename without extension. */
export function parseMarkdown(source: string, id: string, file: string): Article {
  let src = source.replace(/\r\n?/g, '\n');
  const fields: Record<string, string> = {};
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(src);
  if (fm) {
    for (const line of fm[1].split('\n')) {
      const kv = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
      if (kv) fields[kv[1].toLowerCase()] = kv[2].replace(/^["']|["']$/g, '');
    }
    src = src.slice(fm[0].length);
  }
  // Header block: optional `# Title`, then an optional byline/date block of short lines before the first blank line.
  let pos = 0;
  const nextLine = (): string | null => {
    if (pos >= src.length) return null;
    const nl = src.indexOf('\n', pos);
    const end = nl < 0 ? src.length : nl;
    const line = src.slice(pos, end);
    pos = nl < 0 ? src.length : nl + 1;
    return line;
  };
  const skipBlank = () => {
    while (pos < src.length) {
      const nl = src.indexOf('\n', pos);
      const line = src.slice(pos, nl < 0 ? src.length : nl);
      if (line.trim() !== '') break;
      pos = nl < 0 ? src.length : nl + 1;
    }
  };
  skipBlank();
  let title: string | null = fields.title ?? null;
  const save = pos;
  const first = nextLine();
  if (first !== null && /^#\s+/.test(first)) {
    title = first.replace(/^#\s+/, '').replace(/\s+#*\s*$/, '').trim();
    skipBlank();
  } else {
    pos = save;
  }
  // Byline block: up to 3 short lines (author, date) ending with a blank line, none ending in sentence punctuation.
  let author: string | null = fields.author ?? null;
  let date: string | null = fields.date ? parseDate(fields.date) ?? fields.date : null;
  const blockStart = pos;
  const blockEnd = src.indexOf('\n\n', pos);
  if (blockEnd > 0) {
    const lines = src.slice(blockStart, blockEnd).split('\n').map((l) => l.trim());
    const looksLikeByline = lines.length <= 3 && lines.every((l) => l.length > 0 && l.length <= 80 && !/[.!?:"”]$/.test(l));
    const dateLine = lines.findIndex((l) => parseDate(l) !== null);
    if (looksLikeByline && dateLine >= 0) {
      date ??= parseDate(lines[dateLine]);
      const others = lines.filter((_, i) => i !== dateLine).map((l) => l.replace(/^by\s+/i, ''));
      if (others.length > 0) author ??= others.join(', ');
      pos = blockEnd;
      skipBlank();
    }
  }
  // Body, minus trailing boilerplate paragraphs.
  let body = src.slice(pos);
  for (;;) {
    const trimmed = body.trimEnd(); // not /\s+$/: that regex is quadratic on long whitespace runs
    const cut = trimmed.lastIndexOf('\n\n');
    const last = trimmed.slice(cut < 0 ? 0 : cut + 2);
    if (cut < 0 || !isBoilerplate(last)) {
      body = trimmed;
      break;
    }
    body = trimmed.slice(0, cut);
  }
  const art: Article = {
    id: fields.id ?? id,
    title,
    date,
    source: fields.source ?? null,
    author,
    url: fields.url ?? null,
    text: body,
    origin: { file },
  };
  return art;
}
