import { describe, expect, it } from 'vitest';
import { parseCompletionTime } from '../catalogue/completion-time';
import {
  computeDeadlines,
  computeDueAt,
  nextWorkingMoment,
  type OfficeCalendar,
  workingMinutesBetween,
} from './due-at';
import { addMonths, fromLocal, toLocal } from './zoned-time';

// Friday 14 August 2026; Monday 17 August 2026 is Independence Day.
const calendar: OfficeCalendar = {
  timeZone: 'Asia/Jakarta',
  hours: {
    1: { start: '08:00', end: '16:00' },
    2: { start: '08:00', end: '16:00' },
    3: { start: '08:00', end: '16:00' },
    4: { start: '08:00', end: '16:00' },
    5: { start: '08:00', end: '16:30' },
  },
  holidays: ['2026-08-17'],
};

/** An instant given as WIB wall-clock time. */
const wib = (text: string) => new Date(`${text}:00+07:00`);
const due = (start: string, text: string) => {
  const parsed = parseCompletionTime(text);
  if (!parsed.ok || parsed.value.kind !== 'fixed') throw new Error(text);
  return computeDueAt(wib(start), parsed.value.target, calendar);
};

describe('computeDueAt on a Friday afternoon before a public holiday', () => {
  it('runs minutes past Friday closing into Tuesday, skipping the weekend and the holiday', () => {
    expect(due('2026-08-14T16:25', '10 Menit')).toEqual(wib('2026-08-18T08:05'));
  });

  it('finishes minutes on the same afternoon when they fit', () => {
    expect(due('2026-08-14T15:00', '10 Menit')).toEqual(wib('2026-08-14T15:10'));
  });

  it('counts hours in office time', () => {
    expect(due('2026-08-14T16:00', '1 jam')).toEqual(wib('2026-08-18T08:30'));
    expect(due('2026-08-14T15:30', '1 jam')).toEqual(wib('2026-08-14T16:30'));
  });

  it('counts one working day to Tuesday at the same clock time', () => {
    expect(due('2026-08-14T15:00', '1 Hari kerja')).toEqual(wib('2026-08-18T15:00'));
  });

  it('gives a target and a limit for a range', () => {
    const parsed = parseCompletionTime('3 - 4 Hari kerja');
    if (!parsed.ok) throw new Error('parse');
    expect(computeDeadlines(wib('2026-08-14T15:00'), parsed.value, calendar)).toEqual({
      targetAt: wib('2026-08-20T15:00'),
      limitAt: wib('2026-08-21T15:00'),
    });
  });

  it('counts 14 working days across two weekends and the holiday', () => {
    expect(due('2026-08-14T15:00', '14 hari kerja')).toEqual(wib('2026-09-04T15:00'));
  });

  it('keeps calendar days calendar: outreach within one day runs over the weekend', () => {
    expect(due('2026-08-14T15:00', '1 hari')).toEqual(wib('2026-08-15T15:00'));
    expect(due('2026-08-14T15:00', '1 - 2 minggu')).toEqual(wib('2026-08-21T15:00'));
  });

  it('adds months on the calendar, clamped to the end of a short month', () => {
    expect(due('2026-08-14T15:00', '2 Bulan')).toEqual(wib('2026-10-14T15:00'));
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('has no deadline for "menyesuaikan"', () => {
    const parsed = parseCompletionTime('menyesuaikan');
    if (!parsed.ok) throw new Error('parse');
    expect(computeDeadlines(wib('2026-08-14T15:00'), parsed.value, calendar)).toBeNull();
  });

  it('starts a report made on Saturday from the next working morning', () => {
    expect(nextWorkingMoment(calendar, wib('2026-08-15T10:00'))).toEqual({
      date: '2026-08-18',
      minutes: 480,
    });
    expect(due('2026-08-15T10:00', '10 Menit')).toEqual(wib('2026-08-18T08:10'));
    expect(due('2026-08-14T06:00', '10 Menit')).toEqual(wib('2026-08-14T08:10'));
  });
});

describe('zoned time', () => {
  it('converts between instants and wall-clock time in WIB, WITA and WIT', () => {
    const instant = new Date('2026-08-14T08:00:00Z');
    expect(toLocal(instant, 'Asia/Jakarta')).toEqual({ date: '2026-08-14', minutes: 15 * 60, weekday: 5 });
    expect(toLocal(instant, 'Asia/Makassar').minutes).toBe(16 * 60);
    expect(toLocal(instant, 'Asia/Jayapura')).toEqual({ date: '2026-08-14', minutes: 17 * 60, weekday: 5 });
    expect(fromLocal('2026-08-14', 15 * 60, 'Asia/Jakarta')).toEqual(instant);
    expect(fromLocal('2026-08-15', 0, 'Asia/Jayapura')).toEqual(new Date('2026-08-14T15:00:00Z'));
  });
});

describe('workingMinutesBetween', () => {
  it('counts only office time: Friday to Tuesday across the weekend and the holiday', () => {
    // Friday 15:00-16:30 (90) + Tuesday 08:00-09:00 (60); Monday 17 August is Independence Day.
    expect(workingMinutesBetween(calendar, wib('2026-08-14T15:00'), wib('2026-08-18T09:00'))).toBe(150);
  });

  it('counts a span inside one day as it is, and nothing outside office hours', () => {
    expect(workingMinutesBetween(calendar, wib('2026-08-13T10:00'), wib('2026-08-13T11:15'))).toBe(75);
    expect(workingMinutesBetween(calendar, wib('2026-08-13T06:00'), wib('2026-08-13T20:00'))).toBe(480);
    expect(workingMinutesBetween(calendar, wib('2026-08-15T09:00'), wib('2026-08-16T20:00'))).toBe(0);
  });

  it('is zero when the end is not after the start', () => {
    expect(workingMinutesBetween(calendar, wib('2026-08-13T11:00'), wib('2026-08-13T10:00'))).toBe(0);
    expect(workingMinutesBetween(calendar, wib('2026-08-13T11:00'), wib('2026-08-13T11:00'))).toBe(0);
  });

  it('agrees with computeDueAt', () => {
    const start = wib('2026-08-14T15:00');
    const end = due('2026-08-14T15:00', '14 hari kerja');
    expect(workingMinutesBetween(calendar, start, end)).toBe(90 + 13 * 480 + 2 * 30 + 420); // two Fridays close at 16:30
  });
});
