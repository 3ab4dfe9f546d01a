import { computeDeadlines, type OfficeCalendar } from '../../../domain/calendar/due-at';
import type { TServiceDeadline, TServiceStandard } from '../../../domain/catalogue/standard';

/** The deadlines of a service for a request filed at `from`, on the office's calendar. */
export function serviceDeadline(
  service: TServiceStandard,
  from: Date,
  calendar: OfficeCalendar,
): TServiceDeadline {
  const deadlines = computeDeadlines(from, service.completionTime, calendar);
  return {
    from: from.toISOString(),
    timeZone: calendar.timeZone,
    completionTime: service.completionTime,
    targetAt: deadlines?.targetAt.toISOString() ?? null,
    limitAt: deadlines?.limitAt.toISOString() ?? null,
  };
}
