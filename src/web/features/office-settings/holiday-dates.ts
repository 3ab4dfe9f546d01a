import { currentLocale } from '../../i18n';

/** A calendar date ("2026-08-17") in words, e.g. "Senin, 17 Agustus 2026"; no time zone shifts it. */
export function formatCalendarDate(date: string, weekday = true): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** The years an admin usually plans: last year to two years ahead. */
export function yearChoices(current: number): number[] {
  return [current - 1, current, current + 1, current + 2];
}
