import { currentLocale } from '../../i18n';

/** The time of day in the office's time zone, e.g. "09.15 WIB": the guest book only holds today. */
export function formatTimeOfDay(iso: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** Today's date in the office's time zone, e.g. "Kamis, 26 November 2026". */
export function formatToday(now: Date, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(now);
}
