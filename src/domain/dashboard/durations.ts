/**
 * Durations are kept as histograms of working minutes, so a median or a 90th percentile over any
 * period, service or district is a sum of a few rows instead of a sort of every case. Buckets are
 * four per doubling: bucket b (b ≥ 1) holds [2^((b-1)/4), 2^(b/4)) minutes and bucket 0 holds less
 * than a minute, so a bucket's middle is within 9% of any duration in it, from one minute to a year.
 */
export const BUCKETS_PER_DOUBLING = 4;
/** 2^(79/4) minutes is about 880,000 working minutes (eight years of office time): the last bucket holds the rest. */
export const MAX_BUCKET = 80;

/** The bucket of a duration in minutes; less than a minute (or not a number) is bucket 0. */
export function durationBucket(minutes: number): number {
  if (!(minutes >= 1)) return 0;
  return Math.min(MAX_BUCKET, 1 + Math.floor(Math.log2(minutes) * BUCKETS_PER_DOUBLING));
}

/** The span of minutes a bucket holds, `high` excluded. */
export function bucketBounds(bucket: number): { low: number; high: number } {
  if (bucket <= 0) return { low: 0, high: 1 };
  return { low: 2 ** ((bucket - 1) / BUCKETS_PER_DOUBLING), high: 2 ** (bucket / BUCKETS_PER_DOUBLING) };
}

/** The value a bucket stands for: the geometric middle of its span (0 for bucket 0). */
export function bucketMiddle(bucket: number): number {
  if (bucket <= 0) return 0;
  return 2 ** ((bucket - 0.5) / BUCKETS_PER_DOUBLING);
}

export type Histogram = ReadonlyMap<number, number>;

/** Adds counts per bucket into a histogram (rows as the rollup tables give them). */
export function histogramOf(rows: Iterable<{ bucket: number; count: number }>): Map<number, number> {
  const histogram = new Map<number, number>();
  for (const row of rows) {
    if (row.count > 0) histogram.set(row.bucket, (histogram.get(row.bucket) ?? 0) + row.count);
  }
  return histogram;
}

export function histogramCount(histogram: Histogram): number {
  let total = 0;
  for (const count of histogram.values()) total += count;
  return total;
}

/**
 * The p-th percentile (0 < p ≤ 1) by nearest rank: the middle of the bucket holding the
 * ceil(p·n)-th smallest duration, in whole minutes; null for an empty histogram.
 */
export function percentileOf(histogram: Histogram, p: number): number | null {
  const total = histogramCount(histogram);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const bucket of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(bucket) ?? 0;
    if (seen >= rank) return Math.round(bucketMiddle(bucket));
  }
  return Math.round(bucketMiddle(MAX_BUCKET));
}

export interface DurationSummary {
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

/** Count, median and 90th percentile of a histogram. */
export function summarise(histogram: Histogram): DurationSummary {
  return {
    count: histogramCount(histogram),
    medianMinutes: percentileOf(histogram, 0.5),
    p90Minutes: percentileOf(histogram, 0.9),
  };
}
