/**
 * The scripts and style sheet shipped inside every report directory (`assets/`), so the page works
 * offline and under a Content-Security-Policy that allows only the report's own files:
 * - `vega.min.js`: Vega's self-contained browser build, copied from the installed `vega` package;
 * - `vega-interpreter.js`: `vega-interpreter` (evaluates Vega expressions without `new Function`,
 *   so no `unsafe-eval`), turned from its ES module into a classic script (module scripts do not
 *   load from `file://` pages);
 * - `report.js` and `report.css`: the page's own behaviour and style (files beside this module).
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Report-relative paths of the shipped scripts, in load order. */
export const SCRIPTS = ['assets/vega.min.js', 'assets/vega-interpreter.js', 'assets/report.js'] as const;

/** Report-relative path of the style sheet. */
export const STYLESHEET = 'assets/report.css';

/**
 * vega-interpreter's ES module as a classic script: its one import (from vega-util, which vega's
 * browser build exposes on `window.vega`) becomes a destructuring of `vega`, its one export a global
 * `vegaInterpreter`. Throws when the module no longer has that shape, so an upgrade that changes it
 * fails the report tests instead of shipping a broken script.
 */
export function classicInterpreter(source: string): string {
  const imports = [...source.matchAll(/^import\s*\{([^}]*)\}\s*from\s*'vega-util';\s*$/gm)];
  const exports = [...source.matchAll(/^export\s*\{\s*(\w+)\s+as\s+expressionInterpreter\s*\};\s*$/gm)];
  if (imports.length !== 1 || exports.length !== 1 || /^\s*(import|export)\b/m.test(source.replace(imports[0][0], '').replace(exports[0][0], ''))) {
    throw new Error('vega-interpreter: unexpected module shape (one import from vega-util and one export expected); update src/report/assets.ts');
  }
  const body = source
    .replace(imports[0][0], `const {${imports[0][1]}} = window.vega;`)
    .replace(exports[0][0], `window.vegaInterpreter = { expressionInterpreter: ${exports[0][1]} };`)
    .replace(/^\/\/# sourceMappingURL=.*$/m, '');
  return `/* vega-interpreter (BSD-3-Clause, see LICENSE-vega-interpreter.txt), wrapped as a classic script by presslens */\n(function () {\n'use strict';\n${body.trimEnd()}\n})();\n`;
}

/** Every file of `assets/`, keyed by report-relative path. */
export function reportAssets(): Map<string, string> {
  const vegaDir = path.dirname(require.resolve('vega/vega-schema.json'));
  const interpreter = require.resolve('vega-interpreter');
  const files = new Map<string, string>();
  files.set('assets/vega.min.js', readFileSync(path.join(vegaDir, 'vega.min.js'), 'utf8'));
  files.set('assets/LICENSE-vega.txt', readFileSync(path.join(vegaDir, '..', 'LICENSE'), 'utf8'));
  files.set('assets/vega-interpreter.js', classicInterpreter(readFileSync(interpreter, 'utf8')));
  files.set('assets/LICENSE-vega-interpreter.txt', readFileSync(path.join(path.dirname(interpreter), '..', 'LICENSE'), 'utf8'));
  files.set('assets/report.js', readFileSync(path.join(HERE, 'assets', 'report.js'), 'utf8'));
  files.set(STYLESHEET, readFileSync(path.join(HERE, 'assets', 'report.css'), 'utf8'));
  return files;
}
