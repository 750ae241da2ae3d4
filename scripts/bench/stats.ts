/** Small statistics and formatting helpers for the benchmark. */

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The nearest-rank quantile (q = 0.95: the value 95 % of the samples do not exceed). */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export interface Spread {
  median: number;
  p95: number;
}

export function spread(xs: number[]): Spread {
  return { median: median(xs), p95: quantile(xs, 0.95) };
}

export const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

export const ms = (x: number): string => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms` : '—');
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const pct = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '—');

/** Wall-clock milliseconds of a synchronous call. */
export function time(run: () => void): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

/** Progress goes to stderr so that stdout holds only the table. */
export function progress(text: string): void {
  process.stderr.write(`  ${text}\n`);
}
