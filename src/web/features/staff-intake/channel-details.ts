import { ZChannelDetails } from '../../../domain/intake/staff-intake';
import type { ContactChannel, IntakeRoute } from './channels';

/**
 * What the officer records about how the report came in, every text as typed. One shape for
 * every channel: each page shows only its own fields, and the payload takes only those.
 */
export interface ChannelDetailsValues {
  /** '' when the visitor was not chosen from the guest book. */
  guestBookEntryId: string;
  contactChannel: ContactChannel;
  /** The number or account that made contact. */
  contact: string;
  latitude: string;
  longitude: string;
  /** Only from the phone's GPS; null once a coordinate is typed by hand. */
  accuracyMetres: number | null;
  /** A datetime-local value (`2026-11-26T09:00`) in the device's time. */
  visitedAt: string;
  sender: string;
  referenceNumber: string;
  letterDate: string;
  reportId: string;
}

/** The channel form: nested under `details` so its paths are the server's (`details.contact`). */
export interface DetailsFormValues {
  details: ChannelDetailsValues;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-26T09:05` for a datetime-local input, in the device's own time. */
export function dateTimeInputValue(date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function emptyChannelDetails(options: {
  now: Date;
  guestBookEntryId?: string;
  contactChannel?: ContactChannel;
}): ChannelDetailsValues {
  return {
    guestBookEntryId: options.guestBookEntryId ?? '',
    contactChannel: options.contactChannel ?? 'phone',
    contact: '',
    latitude: '',
    longitude: '',
    accuracyMetres: null,
    visitedAt: dateTimeInputValue(options.now),
    sender: '',
    referenceNumber: '',
    letterDate: '',
    reportId: '',
  };
}

/**
 * A coordinate as an officer may type it: `-1.0412`, `-1,0412` (the Indonesian decimal comma),
 * a typographic minus, a trailing degree sign. Null when it is not a number.
 */
export function parseCoordinate(text: string): number | null {
  const cleaned = text.trim().replace(/[−–]/g, '-').replace(/°$/, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

// "lat, lng" as map apps copy it; a bare comma only between two dot-decimals, so "-1,04" stays one number.
const SPACED_PAIR = /^(-?\d+(?:[.,]\d+)?)°?\s*(?:;|,\s+|\s+)\s*(-?\d+(?:[.,]\d+)?)°?$/;
const TIGHT_PAIR = /^(-?\d+\.\d+),(-?\d+\.\d+)$/;

/** Both coordinates pasted into one field (`-1.0412, 101.6031`), split; null when it is not a pair. */
export function splitCoordinatePair(text: string): { latitude: string; longitude: string } | null {
  const cleaned = text.trim().replace(/[−–]/g, '-');
  const match = SPACED_PAIR.exec(cleaned) ?? TIGHT_PAIR.exec(cleaned);
  if (!match?.[1] || !match[2]) return null;
  return { latitude: match[1], longitude: match[2] };
}

/** A GPS fix as the form keeps it: six decimals (about 10 cm) and whole metres. */
export function positionValues(coords: { latitude: number; longitude: number; accuracy: number }): {
  latitude: string;
  longitude: string;
  accuracyMetres: number;
} {
  return {
    latitude: coords.latitude.toFixed(6),
    longitude: coords.longitude.toFixed(6),
    accuracyMetres: Math.round(coords.accuracy),
  };
}

/** The visit time with a UTC offset, as the server's schema wants: `2026-11-26T09:00:00+07:00`. */
export function withUtcOffset(local: string, offsetMinutes: number): string | null {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?$/.exec(local);
  if (!match) return null;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMinutes);
  return `${match[1]}${match[2] ?? ':00'}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The device's offset at that local time (WIB +420); an officer's phone keeps the office's time. */
export function deviceOffsetMinutes(local: string): number {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? -new Date().getTimezoneOffset() : -date.getTimezoneOffset();
}

/** The `details` part of the request for ZChannelDetails to check: only the fields of the page's channel. */
export function channelDetailsCandidate(
  route: IntakeRoute,
  values: ChannelDetailsValues,
  offsetOf: (local: string) => number = deviceOffsetMinutes,
): Record<string, unknown> {
  switch (route) {
    case 'walk-in':
      return { channel: 'walk_in', guestBookEntryId: values.guestBookEntryId || null };
    case 'phone':
      return { channel: values.contactChannel, contact: values.contact };
    case 'outreach':
      return {
        channel: 'outreach',
        latitude: parseCoordinate(values.latitude),
        longitude: parseCoordinate(values.longitude),
        accuracyMetres: values.accuracyMetres,
        visitedAt: withUtcOffset(values.visitedAt, offsetOf(values.visitedAt)) ?? '',
      };
    case 'letter':
      return {
        channel: 'letter',
        sender: values.sender,
        referenceNumber: values.referenceNumber,
        letterDate: values.letterDate,
      };
    case 'sp4n-lapor':
      return { channel: 'sp4n_lapor', reportId: values.reportId };
  }
}

/**
 * The channel fields' errors, keyed by form path (`details.contact`), with the server's own
 * schema; a coordinate that is not a number gets `coordinateMessage` (the schema would only say
 * "expected number").
 */
export function channelDetailsErrors(
  route: IntakeRoute,
  values: ChannelDetailsValues,
  coordinateMessage: string,
  offsetOf?: (local: string) => number,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const result = ZChannelDetails.safeParse(channelDetailsCandidate(route, values, offsetOf));
  if (!result.success) {
    for (const issue of result.error.issues) errors[`details.${issue.path.join('.')}`] ??= issue.message;
  }
  if (route === 'outreach') {
    for (const field of ['latitude', 'longitude'] as const) {
      if (parseCoordinate(values[field]) === null) errors[`details.${field}`] = coordinateMessage;
    }
  }
  return errors;
}
