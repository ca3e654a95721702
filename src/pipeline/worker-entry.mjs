// Worker-thread entry: registers tsx (pipeline files are TypeScript) and starts the worker loop,
// from the compiled build when this file sits in dist/, else from the sources.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const compiled = new URL('./worker.js', import.meta.url);
await import(existsSync(fileURLToPath(compiled)) ? compiled.href : new URL('./worker.ts', import.meta.url).href);
