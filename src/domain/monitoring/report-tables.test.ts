import { describe, expect, it } from 'vitest';
import { hoursOf, percentOf } from './report-tables';

describe('monitoring report cells', () => {
  it('shows the on-time rate as a percentage with one decimal, and nothing when nothing was due', () => {
    expect(percentOf({ onTime: 7, late: 1, noDue: 0, rate: 0.875 })).toBe(87.5);
    expect(percentOf({ onTime: 2, late: 1, noDue: 0, rate: 2 / 3 })).toBe(66.7);
    expect(percentOf({ onTime: 0, late: 0, noDue: 3, rate: null })).toBeNull();
  });

  it('turns working minutes into working hours with one decimal', () => {
    expect(hoursOf(90)).toBe(1.5);
    expect(hoursOf(10)).toBe(0.2);
    expect(hoursOf(null)).toBeNull();
  });
});
