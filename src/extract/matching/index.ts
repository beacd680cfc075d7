/**
 * The token and phrase-matching layer of the structure extractors (bodies, tasks): tokens with shared
 * word forms, OCR-tolerant word costs, and phrase matching over token streams.
 */
export * from './tokens';
export * from './wordCost';
export * from './phrases';
