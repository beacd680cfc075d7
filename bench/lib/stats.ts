/** Small statistics helpers for the benchmark tables. */

/** The q-quantile (0..1) of a sample, nearest-rank. NaN for an empty sample. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function summarizeLatencies(ms: readonly number[]): LatencySummary {
  const mean = ms.length ? ms.reduce((a, b) => a + b, 0) / ms.length : NaN;
  return { count: ms.length, p50: quantile(ms, 0.5), p95: quantile(ms, 0.95), p99: quantile(ms, 0.99), mean };
}

/** Formats a number for a table: `-` for missing, thousands kept readable. */
export function fmt(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '-';
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  return n.toFixed(digits);
}

/** `a / b` as "2.31x", or `-`. */
export function times(a: number | null | undefined, b: number | null | undefined): string {
  if (!a || !b || !Number.isFinite(a) || !Number.isFinite(b)) return '-';
  return `${(a / b).toFixed(2)}x`;
}
