import { describe, expect, it } from 'vitest';
import type { OfficeCalendar } from '../calendar/due-at';
import {
  caseWeightMinutes,
  FLEXIBLE_STEP_MINUTES,
  type OfficerOpenCases,
  stepWeightMinutes,
  weeklyWorkingMinutes,
  workingMinutesPerDay,
  workloadBoard,
  workloadLevel,
} from './workload';

/** Dumai's office hours: Monday-Thursday 08:00-16:00, Friday 08:00-16:30. */
const DUMAI: OfficeCalendar = {
  timeZone: 'Asia/Jakarta',
  hours: {
    1: { start: '08:00', end: '16:00' },
    2: { start: '08:00', end: '16:00' },
    3: { start: '08:00', end: '16:00' },
    4: { start: '08:00', end: '16:00' },
    5: { start: '08:00', end: '16:30' },
  },
  holidays: [],
};
/** A plain eight-hour, five-day office, for round numbers. */
const EIGHT_HOURS: OfficeCalendar = {
  timeZone: 'Asia/Jakarta',
  hours: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, { start: '08:00', end: '16:00' }])),
  holidays: [],
};

const steps = (...times: (string | null)[]) => times.map((timeStandard) => ({ timeStandard }));
const officer = (officerId: string, ...cases: (string | null)[][]): OfficerOpenCases => ({
  officerId,
  cases: cases.map((times, i) => ({ caseId: `${officerId}-${i}`, remainingSteps: steps(...times) })),
});

describe('capacity from the office calendar', () => {
  it('averages the working day over the working week', () => {
    expect(weeklyWorkingMinutes(DUMAI)).toBe(4 * 480 + 510);
    expect(workingMinutesPerDay(DUMAI)).toBe(486);
    expect(workingMinutesPerDay(EIGHT_HOURS)).toBe(480);
    expect(workingMinutesPerDay({ ...DUMAI, hours: {} })).toBe(0);
  });
});

describe('weights of steps and cases', () => {
  it('counts time standards in working minutes', () => {
    expect(stepWeightMinutes('10 Menit', EIGHT_HOURS)).toBe(10);
    expect(stepWeightMinutes('1 jam', EIGHT_HOURS)).toBe(60);
    expect(stepWeightMinutes('1 Hari kerja', EIGHT_HOURS)).toBe(480);
    expect(stepWeightMinutes('3 hari', EIGHT_HOURS)).toBe(1440);
    expect(stepWeightMinutes('1 minggu', EIGHT_HOURS)).toBe(2400);
    expect(stepWeightMinutes('2 Bulan', EIGHT_HOURS)).toBe((2 * 2400 * 52) / 12);
  });

  it('weighs a range by its target', () => {
    expect(stepWeightMinutes('3 - 4 Hari kerja', EIGHT_HOURS)).toBe(3 * 480);
  });

  it('gives flexible and missing times the default weight, or the one asked for', () => {
    expect(FLEXIBLE_STEP_MINUTES).toBe(60);
    expect(stepWeightMinutes('menyesuaikan', EIGHT_HOURS)).toBe(60);
    expect(stepWeightMinutes(null, EIGHT_HOURS)).toBe(60);
    expect(stepWeightMinutes(null, EIGHT_HOURS, 30)).toBe(30);
  });

  it('sums the remaining steps of a case', () => {
    // The rest of Si-PULAU PANDHA outreach after the visit: 30 + 5 + 10 minutes + a flexible step.
    expect(caseWeightMinutes(steps('30 menit', '5 Menit', '10 Menit', 'menyesuaikan'), DUMAI)).toBe(105);
    expect(caseWeightMinutes([], DUMAI)).toBe(0);
  });
});

describe('overload / normal / underload', () => {
  it('classifies by the ratio with the default thresholds', () => {
    expect(workloadLevel(1.01)).toBe('overload');
    expect(workloadLevel(1)).toBe('normal');
    expect(workloadLevel(0.5)).toBe('normal');
    expect(workloadLevel(0.49)).toBe('underload');
    expect(workloadLevel(0.9, 0.8, 0.3)).toBe('overload');
  });

  it('ranks the board heaviest first against a five-day horizon', () => {
    // Capacity on an eight-hour office: 480 × 5 = 2400 working minutes.
    const board = workloadBoard(
      [
        officer('ani', ['1 Hari kerja'], ['1 Hari kerja']), // 960 → 0.4
        officer('budi', ['3 - 4 Hari kerja', '1 Hari kerja'], ['1 Hari kerja', '1 jam']), // 2460 → 1.025
        officer('citra', ['1 Hari kerja', '1 Hari kerja', '1 Hari kerja'], [null]), // 1500 → 0.625
        officer('dedi'),
      ],
      { calendar: EIGHT_HOURS },
    );
    expect(board.map((o) => [o.officerId, o.openCases, o.weightMinutes, o.level])).toEqual([
      ['budi', 2, 2460, 'overload'],
      ['citra', 2, 1500, 'normal'],
      ['ani', 2, 960, 'underload'],
      ['dedi', 0, 0, 'underload'],
    ]);
    expect(board[0]?.ratio).toBeCloseTo(1.025);
    expect(board.every((o) => o.capacityMinutes === 2400)).toBe(true);
  });

  it('takes the horizon, the thresholds and the flexible weight as settings', () => {
    const officers = [officer('ani', ['1 Hari kerja'], ['1 Hari kerja'])]; // 960
    expect(workloadBoard(officers, { calendar: EIGHT_HOURS, horizonDays: 2 })[0]).toMatchObject({
      capacityMinutes: 960,
      ratio: 1,
      level: 'normal',
    });
    expect(workloadBoard(officers, { calendar: EIGHT_HOURS, horizonDays: 1 })[0]?.level).toBe('overload');
    expect(workloadBoard(officers, { calendar: EIGHT_HOURS, underloadBelow: 0.3 })[0]?.level).toBe('normal');
    expect(
      workloadBoard([officer('eko', [null, null])], { calendar: EIGHT_HOURS, flexibleStepMinutes: 120 })[0]
        ?.weightMinutes,
    ).toBe(240);
  });

  it("uses the office's own hours for the capacity", () => {
    expect(workloadBoard([officer('ani')], { calendar: DUMAI })[0]?.capacityMinutes).toBe(2430);
  });

  it('breaks ties by open cases, then by officer id', () => {
    const board = workloadBoard([officer('b'), officer('a'), officer('c', [])], { calendar: EIGHT_HOURS });
    expect(board.map((o) => o.officerId)).toEqual(['c', 'a', 'b']);
  });
});
