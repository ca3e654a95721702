/**
 * `summary.md`: a GitHub-flavoured Markdown digest of a run (key figures and the top rows of each
 * table), short enough for `$GITHUB_STEP_SUMMARY`.
 * @module
 */
import type { Manifest } from '../pipeline/manifest.ts';
import { formatCell } from './html.ts';
import { rowCount, type Column, type Table } from './table.ts';
import { toneGaps, type ToneGap } from './tone-gaps.ts';

export interface SummaryInput {
  pipeline: { name: string; description?: string };
  tables: Table[];
  manifest: Manifest;
  /** Names of the charts rendered, listed with links relative to the report directory. */
  charts?: { name: string; title: string }[];
  /** Rows per table (default 5). */
  rows?: number;
  /** Columns per table (default 8); the CSV has them all. */
  columns?: number;
}

/**
 * Escapes text for Markdown inline content, including GFM table cells: HTML-significant characters
 * become entities, Markdown punctuation is backslash-escaped (`|` included), line breaks become spaces.
 */
export function escapeMarkdown(s: unknown): string {
  return String(s)
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=])/, '$1\\$2')
    .replace(/(\d)\.(\s)/g, '$1\\.$2');
}

function isNumeric(c: Column): boolean {
  return c.type === 'integer' || c.type === 'number';
}

function mdTable(t: Table, rows: number, maxCols: number): string {
  const cols = t.columns.slice(0, maxCols);
  const lines = [
    `| ${cols.map((c) => escapeMarkdown(c.name)).join(' | ')} |`,
    `| ${cols.map((c) => (isNumeric(c) ? '---:' : '---')).join(' | ')} |`,
    ...t.rows.slice(0, rows).map((r) => `| ${cols.map((c) => escapeMarkdown(formatCell(r[c.name], c, 80))).join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** One-line findings from the default report's tables, when present (already Markdown-escaped). */
export function keyFindings(tables: Table[]): string[] {
  const get = (name: string): Table | undefined => tables.find((t) => t.name === name && t.rows.length > 0);
  const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;
  const out: string[] = [];
  const terms = get('terms');
  if (terms) out.push(`Most frequent terms: ${terms.rows.slice(0, 10).map((r) => `${escapeMarkdown(r.term)} (${num(r.count) ?? ''})`).join(', ')}`);
  const extremes = get('sentiment_article_extremes');
  const overall = num(get('sentiment_summary')?.rows[0]?.mean);
  if (extremes && overall !== null) {
    // the extremes table is sorted by mean: the first row is the most negative article, the last the most positive
    const lo = extremes.rows[0];
    const hi = extremes.rows[extremes.rows.length - 1];
    const name = (r: Record<string, unknown>): string => escapeMarkdown(formatCell((r.title as string | null) || (r.article as string), undefined, 80));
    out.push(`Mean article sentiment ${signed(overall)} (−1 to +1); most negative: ${name(lo)} (${signed(num(lo.mean) ?? 0)}); most positive: ${name(hi)} (${signed(num(hi.mean) ?? 0)})`);
  }
  const sources = get('sources');
  if (sources) {
    const top = [...sources.rows].sort((a, b) => (num(b.attributions) ?? 0) - (num(a.attributions) ?? 0)).slice(0, 5);
    out.push(`Most quoted sources: ${top.map((r) => `${escapeMarkdown(formatCell(r.speaker as string, undefined, 60))} (${num(r.attributions) ?? 0})`).join(', ')}`);
  }
  const cats = get('source_categories');
  if (cats) {
    let named = 0;
    let total = 0;
    for (const r of cats.rows) {
      const n = num(r.attributions) ?? 0;
      total += n;
      if (r.named === true || r.named === 'true') named += n;
    }
    if (total > 0) out.push(`Named sources make ${Math.round((100 * named) / total)}% of ${total.toLocaleString('en-US')} attributed statements`);
  }
  const gaps = toneGaps(get('sources'), get('portrayal'));
  const who = (g: ToneGap): string => `${escapeMarkdown(formatCell(g.name, undefined, 60))}${g.group === null ? '' : ` in ${escapeMarkdown(formatCell(g.group, undefined, 40))}`} (says ${signed(g.says)}, n = ${g.statements}; portrayed ${signed(g.portrayed)}, n = ${g.mentions})`;
  const scales = 'mean sentiment of its statements against the mean tone toward it; at least 5 of each';
  if (gaps.speaksUp.length) out.push(`Speaks positively, portrayed negatively (${scales}): ${gaps.speaksUp.slice(0, 5).map(who).join(', ')}`);
  if (gaps.speaksDown.length) out.push(`Speaks negatively, portrayed positively (${scales}): ${gaps.speaksDown.slice(0, 5).map(who).join(', ')}`);
  return out;
}

/** Renders `summary.md`. Deterministic (the manifest's generatedAt is not shown). */
export function renderSummary(input: SummaryInput): string {
  const { pipeline, tables, manifest } = input;
  const rows = input.rows ?? 5;
  const maxCols = input.columns ?? 8;
  const n = (x: number): string => x.toLocaleString('en-US');
  const c = manifest.counts;
  const out: string[] = [];
  out.push(`## presslens report: ${escapeMarkdown(pipeline.name)}`, '');
  if (pipeline.description) out.push(escapeMarkdown(pipeline.description), '');
  out.push(`**${n(c.articles)}** articles · **${n(c.sentences)}** sentences · **${n(c.tokens)}** tokens · **${n(c.skipped)}** skipped inputs · **${n(c.warnings)}** warnings`, '');
  out.push(`Dates: ${manifest.dateRange ? `${escapeMarkdown(manifest.dateRange.from)} to ${escapeMarkdown(manifest.dateRange.to)}` : 'no article has a date'} · Inputs: ${manifest.inputs.length ? manifest.inputs.map((i) => `\`${i.file.replace(/[`\r\n]/g, '?')}\` (${n(i.articles)})`).join(', ') : 'none'}`, '');
  const highlights = keyFindings(tables);
  if (highlights.length) out.push('### Key findings', '', ...highlights.map((h) => `- ${h}`), '');
  if (input.charts?.length) {
    out.push(`Charts (in the report directory, see \`index.html\`): ${input.charts.map((ch) => `${escapeMarkdown(ch.title)} (\`${ch.name}.svg\`)`).join(', ')}`, '');
  }
  for (const t of tables) {
    const total = rowCount(t);
    const more = total > Math.min(rows, t.rows.length) && t.rows.length ? `, first ${Math.min(rows, t.rows.length)} shown` : '';
    const hidden = t.columns.length > maxCols ? `; ${t.columns.length - maxCols} more columns in the CSV` : '';
    out.push(`### ${escapeMarkdown(t.title)}`, '');
    out.push(`\`${t.name}.csv\`: ${n(total)} row${total === 1 ? '' : 's'}${more}${hidden}`, '');
    if (t.rows.length) out.push(mdTable(t, rows, maxCols), '');
  }
  if (manifest.skipped.length) {
    out.push(`### Skipped inputs (${n(manifest.skipped.length)})`, '');
    for (const s of manifest.skipped.slice(0, 20)) out.push(`- ${escapeMarkdown(`${s.file}${s.line ? `:${s.line}` : ''}`)}: ${escapeMarkdown(formatCell(s.reason, undefined, 200))} (${escapeMarkdown(s.code)})`);
    if (manifest.skipped.length > 20) out.push(`- … ${n(manifest.skipped.length - 20)} more in \`manifest.json\``);
    out.push('');
  }
  const problems = manifest.diagnostics.filter((d) => d.level !== 'info');
  if (problems.length) {
    out.push(`### Warnings (${n(problems.length)})`, '');
    for (const d of problems.slice(0, 20)) {
      const where = d.origin ? `${d.origin.file}${d.origin.line ? `:${d.origin.line}` : ''}: ` : '';
      out.push(`- ${escapeMarkdown(where)}${escapeMarkdown(d.level)}: ${escapeMarkdown(formatCell(d.message, undefined, 200))} (${escapeMarkdown(d.code)})`);
    }
    if (problems.length > 20) out.push(`- … ${n(problems.length - 20)} more in \`manifest.json\``);
    out.push('');
  }
  return out.join('\n');
}
