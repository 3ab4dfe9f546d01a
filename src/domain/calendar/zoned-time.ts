/** A wall-clock moment in an office's time zone. Months 1-12, weekday ISO 1 (Mon) - 7 (Sun). */
export interface LocalDateTime {
  date: string; // YYYY-MM-DD
  minutes: number; // minutes since local midnight
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const offsets = new Map<string, number>();
// Zone offsets change only on whole quarter hours, so one reading serves a whole quarter.
const QUARTER_HOUR_MS = 15 * 60000;

/** The UTC offset of a zone at an instant, in minutes (WIB: 420). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(instant.getTime() / QUARTER_HOUR_MS)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    // Reading the offset through Intl is slow (tens of microseconds): deadlines read it many times.
    offset = readZoneOffsetMinutes(instant, timeZone);
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

function readZoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** Wall-clock date and time of an instant in a zone. */
export function toLocal(instant: Date, timeZone: string): LocalDateTime {
  const shifted = new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60000);
  const date = shifted.toISOString().slice(0, 10);
  const minutes = shifted.getUTCHours() * 60 + shifted.getUTCMinutes() + shifted.getUTCSeconds() / 60;
  return { date, minutes, weekday: ((shifted.getUTCDay() + 6) % 7) + 1 };
}

/** The instant of a wall-clock date and time in a zone (Indonesian zones have no DST, so one pass suffices). */
export function fromLocal(date: string, minutes: number, timeZone: string): Date {
  const guess = new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60000);
  return new Date(guess.getTime() - zoneOffsetMinutes(guess, timeZone) * 60000);
}

/** A calendar date plus n days. */
export function addDays(date: string, days: number): string {
  const result = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000);
  return result.toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date. */
export function weekdayOf(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** A calendar date plus n months, clamped to the last day of the month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}
