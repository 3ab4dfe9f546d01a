import type { TFunction } from 'i18next';

// No i18n import here: the page passes its locale, so these stay testable without a browser.

/** A working day as the figures count it: eight office hours. */
export const MINUTES_PER_WORKING_DAY = 480;

/** The unit a duration in working minutes reads best in, and its value (one decimal at most). */
export function durationParts(minutes: number): { unit: 'minutes' | 'hours' | 'days'; value: number } {
  const oneDecimal = (n: number) => Math.round(n * 10) / 10;
  if (minutes < 60) return { unit: 'minutes', value: Math.round(minutes) };
  if (minutes < MINUTES_PER_WORKING_DAY) return { unit: 'hours', value: oneDecimal(minutes / 60) };
  return { unit: 'days', value: oneDecimal(minutes / MINUTES_PER_WORKING_DAY) };
}

export function durationText(t: TFunction, minutes: number | null, locale: string): string {
  if (minutes === null) return t('dashboard.times.none');
  const { unit, value } = durationParts(minutes);
  return t(`dashboard.times.${unit}`, { value: value.toLocaleString(locale) });
}

/** A share as a whole percentage ("87%"); a dash when there is none. */
export function percentText(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

/** 'YYYY-MM' as "Nov 2026" (or "November 2026" when `long`). */
export function monthText(month: string, locale: string, long = false): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    month: long ? 'long' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, number - 1, 1)));
}

/** Bar width as a share of the largest value, with a sliver for any non-zero value. */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(1.5, (value / max) * 100);
}
