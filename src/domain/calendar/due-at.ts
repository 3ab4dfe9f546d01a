import type { CompletionTime, Duration } from '../catalogue/completion-time';
import { addDays, addMonths, fromLocal, toLocal, weekdayOf } from './zoned-time';

/** Office hours of one day, as "HH:MM". */
export interface WorkingHours {
  start: string;
  end: string;
}

/** When an office works: its zone, hours per ISO weekday (absent = closed), and holidays incl. joint leave. */
export interface OfficeCalendar {
  timeZone: string;
  hours: Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, WorkingHours>>;
  holidays: readonly string[];
}

/** Monday to Friday, 08:00-16:00 WIB: the default until an office sets its own. */
export const DEFAULT_CALENDAR: OfficeCalendar = {
  timeZone: 'Asia/Jakarta',
  hours: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, { start: '08:00', end: '16:00' }])),
  holidays: [],
};

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

type Opening = { start: number; end: number } | null;

/** Office hours of a date, uncached. */
function readOpening(calendar: OfficeCalendar, date: string): Opening {
  if (calendar.holidays.includes(date)) return null;
  const hours = calendar.hours[weekdayOf(date) as 1];
  return hours ? { start: toMinutes(hours.start), end: toMinutes(hours.end) } : null;
}

// Every intake walks the calendar day by day; a calendar object does not change once built (office
// contexts are rebuilt on change), so its days are remembered per object: exact, and a Map lookup.
const MAX_REMEMBERED_DAYS = 20_000;
const openings = new WeakMap<OfficeCalendar, Map<string, Opening>>();
const nextDates = new WeakMap<OfficeCalendar, Map<string, string>>();

function memoOf<V>(store: WeakMap<OfficeCalendar, Map<string, V>>, calendar: OfficeCalendar): Map<string, V> {
  let memo = store.get(calendar);
  if (!memo) {
    memo = new Map();
    store.set(calendar, memo);
  } else if (memo.size > MAX_REMEMBERED_DAYS) memo.clear();
  return memo;
}

/** Office hours of a date in minutes since midnight, or null when the office is closed that day. */
function openingOf(calendar: OfficeCalendar, date: string): Opening {
  const memo = memoOf(openings, calendar);
  let opening = memo.get(date);
  if (opening === undefined) {
    opening = readOpening(calendar, date);
    memo.set(date, opening);
  }
  return opening;
}

const MAX_SCAN_DAYS = 3660;

/** The next working date after `date`. */
function nextWorkingDate(calendar: OfficeCalendar, date: string): string {
  const memo = memoOf(nextDates, calendar);
  const known = memo.get(date);
  if (known) return known;
  let day = date;
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    day = addDays(day, 1);
    if (openingOf(calendar, day)) {
      memo.set(date, day);
      return day;
    }
  }
  throw new Error('calendar has no working day in ten years');
}

/** The first moment the office is open at or after an instant (a Saturday report counts from Monday morning). */
export function nextWorkingMoment(
  calendar: OfficeCalendar,
  instant: Date,
): { date: string; minutes: number } {
  const local = toLocal(instant, calendar.timeZone);
  const today = openingOf(calendar, local.date);
  if (today && local.minutes < today.end)
    return { date: local.date, minutes: Math.max(local.minutes, today.start) };
  const next = nextWorkingDate(calendar, local.date);
  return { date: next, minutes: openingOf(calendar, next)?.start ?? 0 };
}

/**
 * Office minutes between two instants: only the parts of the span that fall in working hours on
 * working days count (a pause from Friday 15:00 to Monday 09:00 is Friday's last hours plus Monday's
 * first). Zero when `to` is not after `from`.
 */
export function workingMinutesBetween(calendar: OfficeCalendar, from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  const start = toLocal(from, calendar.timeZone);
  const end = toLocal(to, calendar.timeZone);
  let total = 0;
  let date = start.date;
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    const opening = openingOf(calendar, date);
    if (opening) {
      const low = Math.max(opening.start, date === start.date ? start.minutes : 0);
      const high = Math.min(opening.end, date === end.date ? end.minutes : 24 * 60);
      if (high > low) total += high - low;
    }
    if (date === end.date) return total;
    date = addDays(date, 1);
  }
  throw new Error('span longer than ten years');
}

/** Adds working minutes, spilling past closing time into the next working day. */
function addWorkingMinutes(calendar: OfficeCalendar, start: Date, minutes: number): Date {
  let { date, minutes: clock } = nextWorkingMoment(calendar, start);
  let remaining = minutes;
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    const opening = openingOf(calendar, date);
    if (opening) {
      const available = opening.end - clock;
      if (remaining <= available) return fromLocal(date, clock + remaining, calendar.timeZone);
      remaining -= available;
    }
    date = nextWorkingDate(calendar, date);
    clock = openingOf(calendar, date)?.start ?? 0;
  }
  throw new Error('working time does not fit in ten years');
}

/** N working days later at the same clock time, clamped to that day's office hours. */
function addWorkingDays(calendar: OfficeCalendar, start: Date, days: number): Date {
  const moment = nextWorkingMoment(calendar, start);
  let date = moment.date;
  for (let i = 0; i < days; i++) date = nextWorkingDate(calendar, date);
  const opening = openingOf(calendar, date);
  const clock = opening ? Math.min(Math.max(moment.minutes, opening.start), opening.end) : moment.minutes;
  return fromLocal(date, clock, calendar.timeZone);
}

/**
 * The deadline of a duration started at an instant. Minutes, hours and working days count office
 * time only (closed days and holidays do not count); days, weeks and months are calendar time, as
 * written: "paling lambat 1 hari" for outreach runs over the weekend too.
 */
export function computeDueAt(start: Date, duration: Duration, calendar: OfficeCalendar): Date {
  switch (duration.unit) {
    case 'minute':
      return addWorkingMinutes(calendar, start, duration.amount);
    case 'hour':
      return addWorkingMinutes(calendar, start, duration.amount * 60);
    case 'working_day':
      return addWorkingDays(calendar, start, duration.amount);
    case 'day':
      return new Date(start.getTime() + duration.amount * 86400000);
    case 'week':
      return new Date(start.getTime() + duration.amount * 7 * 86400000);
    case 'month': {
      const local = toLocal(start, calendar.timeZone);
      return fromLocal(addMonths(local.date, duration.amount), local.minutes, calendar.timeZone);
    }
  }
}

/** Target and limit of a completion time; null for "menyesuaikan", which has no fixed deadline. */
export function computeDeadlines(
  start: Date,
  completion: CompletionTime,
  calendar: OfficeCalendar,
): { targetAt: Date; limitAt: Date } | null {
  if (completion.kind === 'flexible') return null;
  return {
    targetAt: computeDueAt(start, completion.target, calendar),
    limitAt: computeDueAt(start, completion.limit, calendar),
  };
}
