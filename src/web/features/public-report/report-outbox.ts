import { isRecord, type KeyValueStore, readJson } from '../public-tracking/local-store';
import type { ReportFormValues } from './form-values';
import type { StoredPhotos } from './photos';
import { coerceReportValues, coerceStoredPhotos } from './report-draft';

/**
 * Reports the phone could not send (no signal, the connection dropped): kept in localStorage
 * with their photos until a send succeeds, across reloads and closed tabs.
 */
export interface OutboxEntry {
  id: string;
  officeSlug: string;
  /** ISO time the citizen pressed "Kirim". */
  createdAt: string;
  /** The request body, as the shared schema shaped it. */
  body: Record<string, unknown>;
  /** What the form held, to put back in it when the server refuses the report. */
  values: ReportFormValues;
  photos: StoredPhotos;
  /** pending: waits for a signal; rejected: the server refused it and the citizen must fix it. */
  status: 'pending' | 'rejected';
  error: { message: string; fields: Record<string, string> } | null;
}

export const OUTBOX_KEY = 'satu-atap.report-outbox.v1';

function asStringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((pair): pair is [string, string] => typeof pair[1] === 'string'),
  );
}

function toEntry(stored: unknown): OutboxEntry | null {
  if (!isRecord(stored)) return null;
  const { id, officeSlug, createdAt, body, status, error } = stored;
  if (typeof id !== 'string' || typeof officeSlug !== 'string' || typeof createdAt !== 'string') return null;
  if (!isRecord(body)) return null;
  return {
    id,
    officeSlug,
    createdAt,
    body,
    values: coerceReportValues(stored.values),
    photos: coerceStoredPhotos(stored.photos),
    status: status === 'rejected' ? 'rejected' : 'pending',
    error:
      isRecord(error) && typeof error.message === 'string'
        ? { message: error.message, fields: asStringRecord(error.fields) }
        : null,
  };
}

/** Every report waiting on this phone, oldest first. */
export function readOutbox(store: KeyValueStore): OutboxEntry[] {
  const stored = readJson(store, OUTBOX_KEY);
  if (!Array.isArray(stored)) return [];
  return stored.map(toEntry).filter((entry): entry is OutboxEntry => entry !== null);
}

function writeOutbox(store: KeyValueStore, entries: OutboxEntry[]): void {
  if (entries.length === 0) store.removeItem(OUTBOX_KEY);
  else store.setItem(OUTBOX_KEY, JSON.stringify(entries));
}

/** Adds a report; throws when the phone's storage is full, so the caller can say so. */
export function addToOutbox(store: KeyValueStore, entry: OutboxEntry): OutboxEntry[] {
  const entries = [...readOutbox(store).filter((e) => e.id !== entry.id), entry];
  writeOutbox(store, entries);
  return entries;
}

export function removeFromOutbox(store: KeyValueStore, id: string): OutboxEntry[] {
  const entries = readOutbox(store).filter((entry) => entry.id !== id);
  writeOutbox(store, entries);
  return entries;
}

/** Marks a report the server refused (a 400): it stays, with the reasons, until the citizen fixes it. */
export function markRejected(
  store: KeyValueStore,
  id: string,
  error: { message: string; fields: Record<string, string> },
): OutboxEntry[] {
  const entries = readOutbox(store).map((entry) =>
    entry.id === id ? { ...entry, status: 'rejected' as const, error } : entry,
  );
  try {
    writeOutbox(store, entries);
  } catch {
    // Rewriting a list that already fit cannot grow it much; if it fails the entry stays pending.
  }
  return entries;
}

/** The reports a flush should try, oldest first. */
export function pendingEntries(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return entries.filter((entry) => entry.status === 'pending');
}

/** What to do with an entry after a send failed, by the error's HTTP status (0 = no connection). */
export function afterSendFailure(status: number): 'keep-and-stop' | 'reject' {
  // 400 (and an unknown office, 404) will not get better by waiting; the rest might.
  return status === 400 || status === 404 || status === 413 ? 'reject' : 'keep-and-stop';
}
