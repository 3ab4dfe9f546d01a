import { isRecord, type KeyValueStore, readJson } from '../public-tracking/local-store';
import { emptyReportValues, type ReportFormValues } from './form-values';
import { PHOTO_FIELDS, type StoredPhotos } from './photos';

/**
 * The half-filled report kept on the phone while the citizen types, one per office, so a reload,
 * a closed tab or a lost connection loses nothing.
 */
export interface ReportDraft {
  savedAt: string;
  values: ReportFormValues;
  photos: StoredPhotos;
  /** The photos did not fit in the space a draft may take and were left out. */
  photosDropped: boolean;
}

const DRAFT_VERSION = 1;
/** Characters a draft may take in localStorage (about 2 MB there): room for two shrunk photos. */
export const MAX_DRAFT_CHARS = 2_000_000;

export function draftKey(officeSlug: string): string {
  return `satu-atap.report-draft.v${DRAFT_VERSION}.${officeSlug}`;
}

/** The stored text of a draft; the photos are left out when they would take more than `maxChars`. */
export function serializeDraft(
  draft: Omit<ReportDraft, 'photosDropped'>,
  maxChars = MAX_DRAFT_CHARS,
): { text: string; photosDropped: boolean } {
  const withPhotos = JSON.stringify({ version: DRAFT_VERSION, ...draft, photosDropped: false });
  if (withPhotos.length <= maxChars) return { text: withPhotos, photosDropped: false };
  const photosDropped = Object.keys(draft.photos).length > 0;
  return {
    text: JSON.stringify({ version: DRAFT_VERSION, ...draft, photos: {}, photosDropped }),
    photosDropped,
  };
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

/** Copies the stored values onto a blank form, key by key, so an old or damaged draft cannot break the form. */
function mergeValues<T>(blank: T, stored: unknown): T {
  if (Array.isArray(blank)) {
    return (Array.isArray(stored) ? stored.filter((item) => typeof item === 'string') : blank) as T;
  }
  if (typeof blank === 'boolean') return (typeof stored === 'boolean' ? stored : blank) as T;
  if (typeof blank === 'string') return stringOr(stored, blank) as T;
  if (!isRecord(blank)) return blank;
  const source = isRecord(stored) ? stored : {};
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(blank)) result[key] = mergeValues(value, source[key]);
  return result as T;
}

/** Form values from anything stored: missing or mistyped fields come back blank. */
export function coerceReportValues(stored: unknown): ReportFormValues {
  return mergeValues(emptyReportValues(), stored);
}

export function coerceStoredPhotos(stored: unknown): StoredPhotos {
  const photos: StoredPhotos = {};
  if (!isRecord(stored)) return photos;
  for (const field of PHOTO_FIELDS) {
    const value = stored[field];
    if (typeof value === 'string' && value.startsWith('data:image/')) photos[field] = value;
  }
  return photos;
}

/** The office's draft, or null when there is none or it cannot be read. */
export function readDraft(store: KeyValueStore, officeSlug: string): ReportDraft | null {
  const stored = readJson(store, draftKey(officeSlug));
  if (!isRecord(stored) || stored.version !== DRAFT_VERSION || typeof stored.savedAt !== 'string')
    return null;
  return {
    savedAt: stored.savedAt,
    values: coerceReportValues(stored.values),
    photos: coerceStoredPhotos(stored.photos),
    photosDropped: stored.photosDropped === true,
  };
}

/** Whether the form holds nothing the citizen typed (a preselected service alone does not count). */
export function isBlankReport(values: ReportFormValues, photos: StoredPhotos): boolean {
  const blank = emptyReportValues({ serviceCode: values.serviceCode });
  return Object.keys(photos).length === 0 && JSON.stringify(values) === JSON.stringify(blank);
}

/**
 * Saves the draft (or removes it when the form is blank). Returns whether the photos had to be
 * left out; null when the phone refused to store even the text.
 */
export function writeDraft(
  store: KeyValueStore,
  officeSlug: string,
  draft: Omit<ReportDraft, 'photosDropped'>,
): { photosDropped: boolean } | null {
  if (isBlankReport(draft.values, draft.photos)) {
    store.removeItem(draftKey(officeSlug));
    return { photosDropped: false };
  }
  const { text, photosDropped } = serializeDraft(draft);
  try {
    store.setItem(draftKey(officeSlug), text);
    return { photosDropped };
  } catch {
    try {
      // Full storage (often the outbox's photos): the typed text matters most.
      store.setItem(draftKey(officeSlug), serializeDraft({ ...draft, photos: {} }).text);
      return { photosDropped: Object.keys(draft.photos).length > 0 };
    } catch {
      return null;
    }
  }
}

export function clearDraft(store: KeyValueStore, officeSlug: string): void {
  store.removeItem(draftKey(officeSlug));
}
