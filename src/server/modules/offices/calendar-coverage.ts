import { and, eq, gte, isNull, lt, max } from 'drizzle-orm';
import {
  type CalendarCoverage,
  calendarCoverage,
  calendarWarningText,
  deadlineCalendarWarning,
  yearsToWatch,
} from '../../../domain/calendar/coverage';
import { toLocal } from '../../../domain/calendar/zoned-time';
import { z } from '../../../domain/zod';
import type { Database } from '../../db/client';
import { cases } from '../cases/tables';
import { holidays } from './tables';

/** The office's holidays (date and kind) of the years from `first` to `last`. */
async function holidaysOfYears(db: Database, officeId: string, first: number, last: number) {
  return db
    .select({ date: holidays.date, kind: holidays.kind })
    .from(holidays)
    .where(
      and(
        eq(holidays.officeId, officeId),
        gte(holidays.date, `${first}-01-01`),
        lt(holidays.date, `${last + 1}-01-01`),
      ),
    );
}

/**
 * The warning to show beside a case's deadlines when one of them falls in a year the office's
 * holiday calendar does not cover (the deadline was counted as if that year had no holidays).
 */
export async function deadlineWarning(
  db: Database,
  officeId: string,
  timeZone: string,
  deadlines: readonly (Date | null | undefined)[],
): Promise<string | null> {
  const dates = deadlines.filter((d): d is Date => d instanceof Date).map((d) => toLocal(d, timeZone).date);
  if (dates.length === 0) return null;
  const years = dates.map((d) => Number(d.slice(0, 4)));
  const entries = await holidaysOfYears(db, officeId, Math.min(...years), Math.max(...years));
  return deadlineCalendarWarning(entries, dates);
}

export const ZCalendarCoverageWarning = z.object({
  year: z.number(),
  coverage: z.enum(['missing', 'incomplete']),
  message: z.string(),
  /** Whether an open case's deadline already falls in that year. */
  deadlinesAffected: z.boolean(),
});
export type TCalendarCoverageWarning = z.infer<typeof ZCalendarCoverageWarning>;

/** For the admin's holidays section: next year from 1 October, and every year an open deadline reaches. */
export async function calendarCoverageWarnings(
  db: Database,
  officeId: string,
  timeZone: string,
  now: Date,
): Promise<TCalendarCoverageWarning[]> {
  const today = toLocal(now, timeZone).date;
  const thisYear = Number(today.slice(0, 4));
  // The latest open deadline bounds the years to look at; one indexed aggregate, not a case scan.
  const [latest] = await db
    .select({ due: max(cases.dueAt), target: max(cases.targetAt) })
    .from(cases)
    .where(and(eq(cases.officeId, officeId), isNull(cases.closedAt)));
  const lastDeadline = [latest?.due, latest?.target]
    .filter((d): d is Date => d instanceof Date)
    .map((d) => toLocal(d, timeZone).date)
    .sort()
    .at(-1);
  // An open deadline past the year after next is left to later warnings (a deadline years away is rare).
  const affectedUntil = lastDeadline
    ? Math.min(Number(lastDeadline.slice(0, 4)), thisYear + 2)
    : thisYear - 1;
  const deadlineYears: string[] = [];
  for (let year = thisYear; year <= affectedUntil; year++) deadlineYears.push(`${year}-01-01`);
  // The current year is always checked: an office whose calendar is empty now counts every day wrong.
  const years = [...new Set([thisYear, ...yearsToWatch(today, deadlineYears)])].sort((a, b) => a - b);
  if (years.length === 0) return [];
  const entries = await holidaysOfYears(db, officeId, Math.min(...years), Math.max(...years));
  const warnings: TCalendarCoverageWarning[] = [];
  for (const year of years) {
    const coverage: CalendarCoverage = calendarCoverage(entries, year);
    const message = calendarWarningText(year, coverage);
    if (coverage === 'complete' || !message) continue;
    warnings.push({ year, coverage, message, deadlinesAffected: year <= affectedUntil });
  }
  return warnings;
}
