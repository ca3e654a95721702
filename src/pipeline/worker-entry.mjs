// Worker-thread entry: registers tsx (pipelines and sources are TypeScript) and starts the worker loop.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
