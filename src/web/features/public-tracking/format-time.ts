/**
 * A moment as a citizen reads it, in the office's time zone with its short name:
 * "Selasa, 18 Agustus 2026 pukul 15.00 WIB".
 */
export function formatLongDateTime(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}
