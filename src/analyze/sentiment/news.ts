import type { SentimentScores } from '../../types.ts';
import { polarityScores } from './vader.ts';
export function newsScores(text: string): SentimentScores { return polarityScores(text); }
