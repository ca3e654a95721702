/**
 * `Asked by X to/if/whether/about …`: the asker is the source and the question the content.
 * @module
 */
import { chunk, type SourceChunk } from './sources.ts';
import { DETERMINERS, QUESTION_LINKS } from './words.ts';
import { emit, trimRange, type Ctx } from './context.ts';
import { validSource } from './source-checks.ts';

/** "Asked by X to/if/whether/about …": source X, content the question. */
export function askedBy(ctx: Ctx, si: number, t: number, cueEnd: number, hi: number): void {
  const toks = ctx.toks;
  const w = ctx.words;
  let k = cueEnd + 1;
  while (k < hi && k - cueEnd <= 8 && toks[k].kind !== 'punct' && toks[k].kind !== 'quote' && !QUESTION_LINKS.has(w[k])) k++;
  if (k >= hi || k === cueEnd + 1 || !QUESTION_LINKS.has(w[k])) return;
  const agent: SourceChunk = chunk(cueEnd + 1, k);
  if (!(toks[agent.start].cap || DETERMINERS.has(w[agent.start])) || !validSource(ctx, agent)) return;
  let e = k + 1;
  while (e < hi && w[e] !== ',' && w[e] !== ';' && toks[e].kind !== 'quote') e++;
  const [a, b] = trimRange(ctx, w[k] === 'to' ? k : k + (w[k] === 'about' || w[k] === 'for' || w[k] === 'on' ? 1 : 0), e);
  if (b - a >= 2) emit(ctx, { sent: si, cueStart: t, cueEnd: cueEnd, lemma: 'ask', source: agent, pieces: [[a, b]] });
}
