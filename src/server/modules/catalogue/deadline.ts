import { computeDeadlines, type OfficeCalendar } from '../../../domain/calendar/due-at';
import type { CompletionTime } from '../../../domain/catalogue/completion-time';
import type { TServiceDeadline } from '../../../domain/catalogue/standard';

/** The deadlines of a service for a request filed at `from`, on the office's calendar. */
export function serviceDeadline(
  completionTime: CompletionTime,
  from: Date,
  calendar: OfficeCalendar,
): TServiceDeadline {
  const deadlines = computeDeadlines(from, completionTime, calendar);
  return {
    from: from.toISOString(),
    timeZone: calendar.timeZone,
    completionTime,
    targetAt: deadlines?.targetAt.toISOString() ?? null,
    limitAt: deadlines?.limitAt.toISOString() ?? null,
  };
}
