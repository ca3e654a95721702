/**
 * The compare job: groups of articles side by side (terms, keyness, sentiment, who each group
 * quotes). It is built in (defined in src/pipelines/compare.ts), so `presslens run compare --group-by
 * source --input <paths> --out <dir>` runs it compiled; this file runs the same pipeline through
 * TypeScript (`presslens run pipelines/compare.ts --group-by … …`). To make your own, copy the
 * definition from that module and import from 'presslens'.
 */
export { default } from '../src/pipelines/compare.ts';
