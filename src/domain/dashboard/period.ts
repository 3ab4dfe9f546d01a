import { fromLocal, toLocal } from '../calendar/zoned-time';

/**
 * The dashboard counts cases by the month they were opened (office time): a period is a run of whole
 * months, 'YYYY-MM' to 'YYYY-MM' inclusive, as the monthly monitoring report reads them.
 */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The longest period one request may ask for. */
export const MAX_PERIOD_MONTHS = 60;
/** The default period: the current month and the eleven before it. */
export const DEFAULT_PERIOD_MONTHS = 12;

export interface MonthPeriod {
  from: string;
  to: string;
}

export function monthOf(instant: Date, timeZone: string): string {
  return toLocal(instant, timeZone).date.slice(0, 7);
}

export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to` inclusive; empty when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to && months.length <= MAX_PERIOD_MONTHS * 2; month = addMonths(month, 1))
    months.push(month);
  return months;
}

/** The first day of a month as the rollups store it. */
export function monthDate(month: string): string {
  return `${month}-01`;
}

/** The instant a month begins in the office's time zone. */
export function monthStart(month: string, timeZone: string): Date {
  return fromLocal(monthDate(month), 0, timeZone);
}

export function lastMonths(now: Date, timeZone: string, count: number): MonthPeriod {
  const to = monthOf(now, timeZone);
  return { from: addMonths(to, -(count - 1)), to };
}

export function yearToDate(now: Date, timeZone: string): MonthPeriod {
  const to = monthOf(now, timeZone);
  return { from: `${to.slice(0, 4)}-01`, to };
}

/**
 * The period a request asks for, filled in: a missing end is this month, a missing start is eleven
 * months before the end. Returns an error message (Indonesian) for a reversed or too long period.
 */
export function resolvePeriod(
  asked: { from?: string | undefined; to?: string | undefined },
  now: Date,
  timeZone: string,
): { period: MonthPeriod } | { error: { field: 'from' | 'to'; message: string } } {
  const to = asked.to ?? monthOf(now, timeZone);
  const from = asked.from ?? addMonths(to, -(DEFAULT_PERIOD_MONTHS - 1));
  if (from > to) return { error: { field: 'from', message: 'Bulan awal harus sebelum bulan akhir' } };
  if (monthsBetween(from, to).length > MAX_PERIOD_MONTHS)
    return { error: { field: 'from', message: `Periode paling panjang ${MAX_PERIOD_MONTHS} bulan` } };
  return { period: { from, to } };
}

/** "November 2026", or "Desember 2025 – November 2026". */
export function periodName(period: { from: string; to: string }, locale: string): string {
  const name = (month: string) =>
    new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-15T00:00:00Z`),
    );
  return period.from === period.to ? name(period.from) : `${name(period.from)} – ${name(period.to)}`;
}
