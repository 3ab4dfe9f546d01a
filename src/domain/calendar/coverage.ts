/**
 * Whether an office's holiday calendar can be trusted for a year. Deadlines in working days skip the
 * holidays the office has recorded; a year with none (or only the few dates fixed by law) would
 * silently count Idulfitri or cuti bersama as working days, so staff are warned instead.
 */

export type CalendarCoverage = 'complete' | 'incomplete' | 'missing';

/**
 * Every SKB since Keppres 8/2024 sets 15-17 national holiday days a year; the dates fixed by law and
 * Easter alone give 8. Fewer than this many national holidays means the year's SKB list is not in.
 */
export const MIN_NATIONAL_HOLIDAYS = 12;

export interface CalendarEntry {
  date: string;
  kind: 'national' | 'joint_leave' | 'local';
}

/** How complete the recorded holidays of one year are; `provisional` years are never complete. */
export function calendarCoverage(
  entries: readonly CalendarEntry[],
  year: number,
  options: { provisional?: boolean } = {},
): CalendarCoverage {
  const prefix = `${year}-`;
  const ofYear = entries.filter((e) => e.date.startsWith(prefix));
  if (ofYear.length === 0) return 'missing';
  const national = ofYear.filter((e) => e.kind === 'national').length;
  if (options.provisional || national < MIN_NATIONAL_HOLIDAYS) return 'incomplete';
  return 'complete';
}

/** The warning staff see next to a deadline that falls in a year the calendar does not cover. */
export function calendarWarningText(year: number, coverage: CalendarCoverage): string | null {
  if (coverage === 'complete') return null;
  const state = coverage === 'missing' ? 'belum diisi' : 'belum lengkap';
  return `Kalender libur ${year} ${state}; tenggat bisa bergeser. Minta admin mengimpor daftar libur ${year}.`;
}

/** The distinct years of some YYYY-MM-DD dates, in order. */
export function yearsOf(dates: readonly string[]): number[] {
  return [...new Set(dates.map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
}

/** The first warning for the years the given local dates fall in, or null when all are covered. */
export function deadlineCalendarWarning(
  entries: readonly CalendarEntry[],
  localDates: readonly string[],
): string | null {
  for (const year of yearsOf(localDates)) {
    const warning = calendarWarningText(year, calendarCoverage(entries, year));
    if (warning) return warning;
  }
  return null;
}

/**
 * The years an admin should be told about: the next year from 1 October on (the SKB usually comes out
 * in September-November), and any year an open deadline already falls in.
 */
export function yearsToWatch(todayLocal: string, deadlineDates: readonly string[]): number[] {
  const year = Number(todayLocal.slice(0, 4));
  const watched = new Set(yearsOf(deadlineDates).filter((y) => y >= year));
  if (todayLocal.slice(5) >= '10-01') watched.add(year + 1);
  return [...watched].sort((a, b) => a - b);
}
