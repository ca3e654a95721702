// Worker entry of the 10 MB-article test: registers tsx, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./big-article.worker.ts');
