/**
 * The shell shared by the report's pages (index.html, quotes.html): the head with its
 * Content-Security-Policy and the scripts at the end of the body.
 * @module
 */
import { SCRIPTS, STYLESHEET } from './assets.ts';

/**
 * The pages' Content-Security-Policy: scripts and the style sheet only from the report's own files
 * (`'self'`, the report directory when opened from disk; chart images likewise), no inline script, no `unsafe-eval` (Vega
 * runs with vega-interpreter), no inline style, nothing from any other origin, no forms.
 */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/**
 * JSON for a `<script type="application/json">` data block: `<` is written as `\u003c`, so no
 * string in the data can close the block or open a comment; the browser never runs the block.
 */
export function jsonBlock(id: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${escapeHtml(id)}">${json}</script>`;
}

/** `<!doctype html>` through `<body>`. */
export function pageStart(title: string, version: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="presslens ${escapeHtml(version)}">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${STYLESHEET}">
</head>
<body>`;
}

/** The scripts (Vega only on pages with charts) and the end of the document. */
export function pageEnd(charts: boolean): string {
  const scripts = charts ? SCRIPTS : SCRIPTS.filter((s) => !s.includes('vega'));
  return `${scripts.map((s) => `<script src="${s}" defer></script>`).join('\n')}\n</body>\n</html>\n`;
}
