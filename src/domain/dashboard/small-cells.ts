/**
 * The public transparency page shows counts per service and status. Counts are not personal data,
 * but a rare service in a small city ("1 victim of trafficking, rejected") can point at someone the
 * neighbours know. So any count from 1 to 4 is shown as "<5", and so that a hidden count cannot be
 * worked out by subtraction, every sum the page shows (a row's total, a column's total) that would
 * leave exactly one hidden count also hides the smallest other non-zero count in it.
 */
export const MIN_PUBLIC_COUNT = 5;

type Cell = [row: number, column: number];

/**
 * Suppression of a table whose first column is the sum of the others in each row and whose last row
 * is the sum of the rows above it. Returns the table with hidden cells as null.
 */
export function suppressSmallCounts(
  table: readonly (readonly number[])[],
  min = MIN_PUBLIC_COUNT,
): (number | null)[][] {
  const hidden = table.map((row) => row.map((value) => value > 0 && value < min));
  const rows = table.length;
  const columns = table[0]?.length ?? 0;
  const sums: Cell[][] = [
    ...table.map((_, r) => Array.from({ length: columns }, (__, c): Cell => [r, c])),
    ...Array.from({ length: columns }, (_, c) => table.map((__, r): Cell => [r, c])),
  ];
  for (let changed = true; changed; ) {
    changed = false;
    for (const cells of sums) {
      if (cells.filter(([r, c]) => hidden[r]?.[c]).length !== 1) continue;
      const candidates = cells.filter(([r, c]) => !hidden[r]?.[c] && (table[r]?.[c] ?? 0) > 0);
      const smallest = candidates.sort(
        ([r1, c1], [r2, c2]) => valueAt(table, r1, c1) - valueAt(table, r2, c2),
      )[0];
      if (!smallest) continue;
      const [r, c] = smallest;
      (hidden[r] as boolean[])[c] = true;
      changed = true;
    }
  }
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (__, c) => (hidden[r]?.[c] ? null : valueAt(table, r, c))),
  );
}

function valueAt(table: readonly (readonly number[])[], r: number, c: number): number {
  return table[r]?.[c] ?? 0;
}

/** A rate is shown only when it rests on at least `min` cases (or answers). */
export function publicRate(rate: number | null, base: number, min = MIN_PUBLIC_COUNT): number | null {
  return base >= min ? rate : null;
}
