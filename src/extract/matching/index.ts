/**
 * The token and phrase-matching layer of every extraction stage: one tokenizer with shared word forms
 * (tokens.ts), whether a text lost its marks (markLoss.ts), the two OCR-tolerant word costs (wordCost.ts for vocabulary phrases, lookalike.ts for
 * patterns), vocabulary phrases over token streams (phrases.ts) and look-alike patterns (patterns.ts).
 */
export * from './tokens';
export * from './wordCost';
export * from './lookalike';
export * from './phrases';
export * from './patterns';
export * from './markLoss';
