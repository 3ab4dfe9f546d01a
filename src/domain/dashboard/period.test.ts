import { describe, expect, it } from 'vitest';
import {
  addMonths,
  lastMonths,
  monthOf,
  monthStart,
  monthsBetween,
  resolvePeriod,
  yearToDate,
} from './period';

const now = new Date('2026-11-30T18:00:00Z'); // 1 December 01:00 WIB, still 30 November in UTC

describe('dashboard periods', () => {
  it('reads months in the office time zone', () => {
    expect(monthOf(now, 'Asia/Jakarta')).toBe('2026-12');
    expect(monthStart('2026-12', 'Asia/Jakarta').toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });

  it('counts months across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 13)).toBe('2027-01');
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-01')).toEqual([]);
  });

  it('defaults to the last twelve months and gives this year so far', () => {
    expect(resolvePeriod({}, now, 'Asia/Jakarta')).toEqual({ period: { from: '2026-01', to: '2026-12' } });
    expect(resolvePeriod({ to: '2026-06' }, now, 'Asia/Jakarta')).toEqual({
      period: { from: '2025-07', to: '2026-06' },
    });
    expect(lastMonths(now, 'Asia/Jakarta', 12)).toEqual({ from: '2026-01', to: '2026-12' });
    expect(yearToDate(new Date('2026-03-10T00:00:00Z'), 'Asia/Jakarta')).toEqual({
      from: '2026-01',
      to: '2026-03',
    });
  });

  it('refuses a reversed or too long period, naming the field', () => {
    expect(resolvePeriod({ from: '2026-05', to: '2026-04' }, now, 'Asia/Jakarta')).toMatchObject({
      error: { field: 'from' },
    });
    expect(resolvePeriod({ from: '2020-01', to: '2026-04' }, now, 'Asia/Jakarta')).toMatchObject({
      error: { field: 'from' },
    });
  });
});
