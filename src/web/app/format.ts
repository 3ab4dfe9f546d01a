import { currentLocale } from '../i18n';

/**
 * A date and time in the chosen language, in the office's time zone when known (staff and office
 * share one clock; the browser's may differ), with the zone's short name, e.g. "24 Nov 2026 22.15 WIB".
 */
export function formatDateTime(iso: string, timeZone: string | undefined, withSeconds = false): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}
