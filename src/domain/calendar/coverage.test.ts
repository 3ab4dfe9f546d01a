import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCompletionTime } from '../catalogue/completion-time';
import {
  type CalendarEntry,
  calendarCoverage,
  calendarWarningText,
  deadlineCalendarWarning,
  yearsToWatch,
} from './coverage';
import { computeDueAt, DEFAULT_CALENDAR, type OfficeCalendar } from './due-at';
import { toLocal } from './zoned-time';

function seedYear(year: number): { status?: string; holidays: CalendarEntry[] } {
  return JSON.parse(readFileSync(`${process.cwd()}/seed/holidays/${year}.json`, 'utf8'));
}

const year2026 = seedYear(2026).holidays;
const year2027 = seedYear(2027).holidays;

/** Dumai works Monday to Friday, 08:00-16:00 WIB (the seed's default hours). */
function dumai(entries: readonly CalendarEntry[]): OfficeCalendar {
  return { ...DEFAULT_CALENDAR, holidays: entries.map((e) => e.date) };
}

const wib = (text: string) => new Date(`${text}:00+07:00`);
function dueLocal(start: string, text: string, calendar: OfficeCalendar) {
  const parsed = parseCompletionTime(text);
  if (!parsed.ok || parsed.value.kind !== 'fixed') throw new Error(text);
  const at = computeDueAt(wib(start), parsed.value.target, calendar);
  const local = toLocal(at, calendar.timeZone);
  return { date: local.date, clock: local.minutes };
}

describe('a working-day deadline across 31 December 2026 in Dumai', () => {
  it('skips 1 January 2027 once 2027 is loaded: Thursday 31 Dec + 1 working day is Monday 4 Jan', () => {
    const due = dueLocal('2026-12-31 10:00', '1 hari kerja', dumai([...year2026, ...year2027]));
    expect(due).toEqual({ date: '2027-01-04', clock: 10 * 60 });
  });

  it('from Wednesday 30 Dec, 2 working days run over New Year to Monday 4 Jan', () => {
    const due = dueLocal('2026-12-30 09:00', '2 hari kerja', dumai([...year2026, ...year2027]));
    expect(due.date).toBe('2027-01-04');
  });

  it('without 2027 counts 1 January as a working day, and the coverage rule says so', () => {
    const due = dueLocal('2026-12-31 10:00', '1 hari kerja', dumai(year2026));
    expect(due.date).toBe('2027-01-01');
    expect(calendarCoverage(year2026, 2027)).toBe('missing');
    expect(deadlineCalendarWarning(year2026, [due.date])).toBe(
      'Kalender libur 2027 belum diisi; tenggat bisa bergeser. Minta admin mengimpor daftar libur 2027.',
    );
  });
});

describe('calendarCoverage', () => {
  it('finds the published 2026 list complete', () => {
    expect(calendarCoverage(year2026, 2026)).toBe('complete');
    expect(deadlineCalendarWarning(year2026, ['2026-03-02', '2026-12-31'])).toBeNull();
  });

  it('treats the provisional 2027 seed (dates fixed by law only) as incomplete', () => {
    expect(seedYear(2027).status).toBe('provisional');
    expect(calendarCoverage(year2027, 2027)).toBe('incomplete');
    expect(deadlineCalendarWarning([...year2026, ...year2027], ['2027-01-04'])).toBe(
      'Kalender libur 2027 belum lengkap; tenggat bisa bergeser. Minta admin mengimpor daftar libur 2027.',
    );
  });

  it('is never complete for a year marked provisional, and ignores local and joint-leave days', () => {
    expect(calendarCoverage(year2026, 2026, { provisional: true })).toBe('incomplete');
    const onlyLeave: CalendarEntry[] = year2026.map((e) => ({ ...e, kind: 'joint_leave' }));
    expect(calendarCoverage(onlyLeave, 2026)).toBe('incomplete');
  });

  it('words each state', () => {
    expect(calendarWarningText(2027, 'complete')).toBeNull();
    expect(calendarWarningText(2027, 'missing')).toContain('belum diisi');
  });
});

describe('yearsToWatch', () => {
  it('watches next year from 1 October, not before', () => {
    expect(yearsToWatch('2026-09-30', [])).toEqual([]);
    expect(yearsToWatch('2026-10-01', [])).toEqual([2027]);
  });

  it('always watches a year an open deadline falls in, never a past one', () => {
    expect(yearsToWatch('2026-03-01', ['2027-01-04', '2025-12-01', '2026-05-01'])).toEqual([2026, 2027]);
  });
});
