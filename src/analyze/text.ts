/**
 * The basic text analyzers: `sentences()` and `tokens()`.
 * @module
 */
import { resolveParams } from '../pipeline/params.ts';
import { analyzer, type Analyzer } from '../pipeline/define.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokens.ts';

/** Adds `doc.sentences` (news-aware splitting with offsets). */
export function sentences(options: Record<string, never> = {}): Analyzer {
  resolveParams('sentences', [], options);
  return analyzer('sentences', [], (doc) => {
    doc.sentences = splitSentences(doc.article.text);
  }, []);
}

/** Adds `doc.tokens` (news tokenizer with offsets; punctuation kept). */
export function tokens(options: Record<string, never> = {}): Analyzer {
  resolveParams('tokens', [], options);
  return analyzer('tokens', [], (doc) => {
    doc.tokens = tokenize(doc.article.text);
  }, []);
}
