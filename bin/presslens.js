#!/usr/bin/env node
// Entry point of the `presslens` command: registers tsx so the TypeScript sources (and the user's
// pipelines/*.ts files) load directly, then runs the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
