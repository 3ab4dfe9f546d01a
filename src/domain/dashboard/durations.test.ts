import { describe, expect, it } from 'vitest';
import {
  bucketBounds,
  bucketMiddle,
  durationBucket,
  histogramOf,
  MAX_BUCKET,
  percentileOf,
  summarise,
} from './durations';

/** Nearest-rank percentile of the exact values, the reference the histogram approximates. */
function exactPercentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1] as number;
}

function histogramOfValues(values: number[]) {
  return histogramOf(values.map((v) => ({ bucket: durationBucket(v), count: 1 })));
}

/** A small deterministic generator, so the spread test is the same on every run. */
function* pseudoRandom(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    yield state / 2 ** 31;
  }
}

describe('duration buckets', () => {
  it('puts each duration in the bucket whose span holds it', () => {
    for (const minutes of [1, 1.5, 2, 7, 59, 60, 61, 480, 1440, 10_000, 123_456]) {
      const { low, high } = bucketBounds(durationBucket(minutes));
      expect(minutes).toBeGreaterThanOrEqual(low);
      expect(minutes).toBeLessThan(high);
    }
  });

  it('keeps less than a minute in bucket 0 and the longest in the last bucket', () => {
    expect(durationBucket(0)).toBe(0);
    expect(durationBucket(0.99)).toBe(0);
    expect(durationBucket(Number.NaN)).toBe(0);
    expect(durationBucket(1)).toBe(1);
    expect(durationBucket(1e12)).toBe(MAX_BUCKET);
    expect(bucketMiddle(0)).toBe(0);
  });

  it('gives a middle within 9% of any duration in the bucket', () => {
    for (const minutes of [1, 3, 10, 45, 90, 480, 2000, 30_000, 200_000]) {
      const middle = bucketMiddle(durationBucket(minutes));
      expect(Math.abs(middle - minutes) / minutes).toBeLessThan(0.091);
    }
  });
});

describe('percentiles from a histogram', () => {
  it('is null for no durations', () => {
    expect(percentileOf(new Map(), 0.5)).toBeNull();
    expect(summarise(new Map())).toEqual({ count: 0, medianMinutes: null, p90Minutes: null });
  });

  it('takes the nearest rank', () => {
    // 9 quick cases and one slow: the median is quick, the 90th percentile the ninth (quick) one.
    const values = [...Array.from({ length: 9 }, () => 10), 5000];
    const histogram = histogramOfValues(values);
    expect(percentileOf(histogram, 0.5)).toBe(Math.round(bucketMiddle(durationBucket(10))));
    expect(percentileOf(histogram, 0.9)).toBe(Math.round(bucketMiddle(durationBucket(10))));
    expect(percentileOf(histogram, 1)).toBe(Math.round(bucketMiddle(durationBucket(5000))));
  });

  it('is within 10% of the exact median and 90th percentile over a wide spread', () => {
    const random = pseudoRandom(7);
    const values = Array.from({ length: 2000 }, () => Math.exp((random.next().value as number) * 12) + 1);
    const histogram = histogramOfValues(values);
    for (const p of [0.5, 0.9]) {
      const exact = exactPercentile(values, p);
      const estimate = percentileOf(histogram, p) as number;
      expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.1);
    }
    expect(summarise(histogram).count).toBe(2000);
  });

  it('adds rows of the same bucket together and ignores empty ones', () => {
    const histogram = histogramOf([
      { bucket: 3, count: 2 },
      { bucket: 3, count: 1 },
      { bucket: 9, count: 0 },
    ]);
    expect([...histogram]).toEqual([[3, 3]]);
  });
});
