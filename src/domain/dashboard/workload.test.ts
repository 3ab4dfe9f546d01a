import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../calendar/due-at';
import { workloadBoard } from '../cases/workload';
import { workloadFromGroups } from './workload';

const steps = (...times: (string | null)[]) => times.map((timeStandard) => ({ timeStandard }));

describe('workload from counted groups', () => {
  it('gives the same board as one entry per case', () => {
    const groups = [
      { officerId: 'a', remainingSteps: steps('1 Hari kerja', '3 - 4 Hari kerja'), cases: 3 },
      { officerId: 'a', remainingSteps: steps(null), cases: 2 },
      { officerId: 'b', remainingSteps: steps('10 Menit'), cases: 4 },
      { officerId: 'c', remainingSteps: steps('2 Bulan'), cases: 1 },
      { officerId: 'gone', remainingSteps: steps('1 jam'), cases: 9 },
    ];
    const officers = ['a', 'b', 'c', 'd'];
    const perCase = officers.map((officerId) => ({
      officerId,
      cases: groups
        .filter((g) => g.officerId === officerId)
        .flatMap((g) =>
          Array.from({ length: g.cases }, (_, i) => ({
            caseId: `${officerId}${i}`,
            remainingSteps: g.remainingSteps,
          })),
        ),
    }));
    const expected = workloadBoard(perCase, { calendar: DEFAULT_CALENDAR });
    const actual = workloadFromGroups(officers, groups, { calendar: DEFAULT_CALENDAR });
    expect(actual.map((r) => [r.officerId, r.openCases, r.level])).toEqual(
      expected.map((r) => [r.officerId, r.openCases, r.level]),
    );
    actual.forEach((row, i) => {
      expect(row.weightMinutes).toBeCloseTo(expected[i]?.weightMinutes ?? Number.NaN, 6);
      expect(row.capacityMinutes).toBe(expected[i]?.capacityMinutes);
    });
    // An officer without open cases is still listed, underloaded.
    expect(actual.find((r) => r.officerId === 'd')).toMatchObject({ openCases: 0, level: 'underload' });
  });
});
