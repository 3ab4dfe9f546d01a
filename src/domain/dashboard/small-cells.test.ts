import { describe, expect, it } from 'vitest';
import { publicRate, suppressSmallCounts } from './small-cells';

/** Rows of [received, closed, in progress, declined], the last row their totals. */
function withTotals(rows: number[][]): number[][] {
  const totals = [0, 1, 2, 3].map((c) => rows.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  return [...rows, totals];
}

/** Whether any hidden cell could be worked out from a row or column sum with one unknown. */
function derivable(table: (number | null)[][]): boolean {
  const sums = [...table, ...[0, 1, 2, 3].map((c) => table.map((row) => row[c] ?? null))];
  return sums.some((cells) => cells.filter((v) => v === null).length === 1);
}

describe('small counts on the public page', () => {
  it('shows counts of 0 and of 5 or more as they are', () => {
    const table = withTotals([
      [12, 7, 5, 0],
      [20, 10, 5, 5],
    ]);
    expect(suppressSmallCounts(table)).toEqual(table);
  });

  it('hides 1 to 4, and one more count so that the hidden one cannot be subtracted out', () => {
    const result = suppressSmallCounts(
      withTotals([
        [12, 9, 3, 0],
        [20, 10, 5, 5],
      ]),
    );
    expect(result[0]).toEqual([12, null, null, 0]);
    expect(derivable(result)).toBe(false);
  });

  it('hides a whole small row and keeps the column totals from revealing it', () => {
    const result = suppressSmallCounts(
      withTotals([
        [2, 1, 1, 0],
        [40, 30, 8, 2],
        [25, 20, 5, 0],
      ]),
    );
    expect(result[0]).toEqual([null, null, null, 0]);
    expect(derivable(result)).toBe(false);
    // The totals row stays readable where it can.
    expect(result[3]?.[0]).toBe(67);
  });

  it('hides the totals too when the whole office has fewer than 5 cases', () => {
    const result = suppressSmallCounts(withTotals([[3, 3, 0, 0]]));
    expect(result).toEqual([
      [null, null, 0, 0],
      [null, null, 0, 0],
    ]);
  });

  it('shows a rate only when it rests on at least 5 cases', () => {
    expect(publicRate(0.75, 4)).toBeNull();
    expect(publicRate(0.8, 5)).toBe(0.8);
  });
});
