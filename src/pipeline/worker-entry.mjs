// Worker-thread entry: starts the worker loop from the compiled build when this file sits in dist/,
// else from the sources; registers tsx first when either the loop or the pipeline file is TypeScript.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';

const compiled = new URL('./worker.js', import.meta.url);
const isCompiled = existsSync(fileURLToPath(compiled));
if (!isCompiled || /\.[cm]?tsx?$/.test(workerData.pipelineFile)) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(isCompiled ? compiled.href : new URL('./worker.ts', import.meta.url).href);
