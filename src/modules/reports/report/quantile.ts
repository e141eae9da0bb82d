/** A histogram of whole numbers: how many times each value occurs. */
export type Histogram = readonly { value: number; count: number }[];

/**
 * The p-quantile of the values a histogram stands for, interpolated as d3-array's `quantile` and
 * R's type 7 do (the median of 1, 2, 3, 4 is 2.5), without expanding the histogram. Null when empty.
 */
export function histogramQuantile(histogram: Histogram, p: number): number | null {
  const sorted = [...histogram].filter((bin) => bin.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, bin) => sum + bin.count, 0);
  if (n === 0) return null;
  const below = Math.floor((n - 1) * p);
  return between(n, p, valueAt(sorted, below), valueAt(sorted, Math.min(below + 1, n - 1)));
}

/** The p-quantile of n sorted values, from the values at positions ⌊(n − 1)·p⌋ (`lower`) and the next. */
export function between(n: number, p: number, lower: number, upper: number): number {
  const rank = (n - 1) * p;
  return lower + (upper - lower) * (rank - Math.floor(rank));
}

/** The value at 0-based position `index` of the sorted expanded list. */
function valueAt(sorted: Histogram, index: number): number {
  let seen = 0;
  for (const bin of sorted) {
    seen += bin.count;
    if (index < seen) return bin.value;
  }
  return sorted[sorted.length - 1]?.value ?? 0;
}

export const histogramSize = (histogram: Histogram) => histogram.reduce((sum, bin) => sum + bin.count, 0);
