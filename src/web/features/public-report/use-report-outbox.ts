import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TReportCreated } from '../../../domain/intake/report';
import { ApiError } from '../../api/client';
import { browserStore, type KeyValueStore } from '../public-tracking/local-store';
import { rememberTicket } from '../public-tracking/recent-tickets';
import { postReport } from './api';
import { dataUrlToBlob } from './data-url';
import { PHOTO_FIELDS, type PhotoField, type StoredPhotos } from './photos';
import {
  addToOutbox,
  afterSendFailure,
  markRejected,
  OUTBOX_KEY,
  type OutboxEntry,
  pendingEntries,
  readOutbox,
  removeFromOutbox,
} from './report-outbox';

/** While reports wait and the phone says it is online, try again this often (a weak signal fires no event). */
const RETRY_EVERY_MS = 30_000;
const LOCK_NAME = 'satu-atap.report-outbox';

export interface DeliveredReport {
  entry: OutboxEntry;
  created: TReportCreated;
}

export interface ReportOutbox {
  /** This office's reports still on the phone: waiting, or refused by the server. */
  entries: OutboxEntry[];
  /** Reports sent from the outbox during this visit. */
  delivered: DeliveredReport[];
  sending: boolean;
  /** Keeps a report; false when the phone's storage is full. */
  enqueue: (entry: OutboxEntry) => boolean;
  flush: () => Promise<void>;
  /** Takes a refused report out, to put it back in the form. */
  takeBack: (id: string) => OutboxEntry | undefined;
  discard: (id: string) => void;
}

export function photoBlobs(photos: StoredPhotos): Partial<Record<PhotoField, Blob>> {
  const blobs: Partial<Record<PhotoField, Blob>> = {};
  for (const field of PHOTO_FIELDS) {
    const blob = photos[field] ? dataUrlToBlob(photos[field]) : null;
    if (blob) blobs[field] = blob;
  }
  return blobs;
}

/** Remembers a filed ticket on this phone, for one-tap tracking. */
export function rememberFiled(store: KeyValueStore, officeSlug: string, created: TReportCreated): void {
  rememberTicket(store, {
    ticket: created.ticket,
    officeSlug,
    agendaNumber: created.agendaNumber,
    filedAt: new Date().toISOString(),
  });
}

/** Sends the waiting reports in order; stops at the first one the connection or the server cannot take now. */
async function sendPending(
  store: KeyValueStore,
  onDelivered: (report: DeliveredReport) => void,
): Promise<void> {
  for (const entry of pendingEntries(readOutbox(store))) {
    try {
      const created = await postReport(entry.body, photoBlobs(entry.photos), entry.id);
      removeFromOutbox(store, entry.id);
      rememberFiled(store, entry.officeSlug, created);
      onDelivered({ entry, created });
    } catch (error) {
      if (!(error instanceof ApiError) || afterSendFailure(error.status) === 'keep-and-stop') return;
      markRejected(store, entry.id, { message: error.message, fields: error.fields });
    }
  }
}

/** One tab at a time sends, so two open tabs never file the same report twice. */
async function withOutboxLock(send: () => Promise<void>): Promise<void> {
  if (!navigator.locks) return send();
  await navigator.locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
    if (lock) await send();
  });
}

/**
 * The outbox of reports filed without a connection: sent when the page opens, when the phone
 * comes back online, and every half minute while any wait.
 */
export function useReportOutbox(officeSlug: string): ReportOutbox {
  const [store] = useState(browserStore);
  const [all, setAll] = useState(() => readOutbox(store));
  const [delivered, setDelivered] = useState<DeliveredReport[]>([]);
  const [sending, setSending] = useState(false);
  const flushing = useRef(false);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    setSending(true);
    try {
      await withOutboxLock(() =>
        sendPending(store, (report) => setDelivered((current) => [...current, report])),
      );
    } finally {
      flushing.current = false;
      setSending(false);
      setAll(readOutbox(store));
    }
  }, [store]);

  const reread = useCallback(() => setAll(readOutbox(store)), [store]);
  const hasPending = pendingEntries(all).length > 0;
  useOutboxTriggers(hasPending, flush, reread);

  const enqueue = useCallback(
    (entry: OutboxEntry) => {
      try {
        setAll(addToOutbox(store, entry));
        return true;
      } catch {
        return false;
      }
    },
    [store],
  );
  const takeBack = useCallback(
    (id: string) => {
      const entry = readOutbox(store).find((e) => e.id === id);
      setAll(removeFromOutbox(store, id));
      return entry;
    },
    [store],
  );
  const discard = useCallback((id: string) => setAll(removeFromOutbox(store, id)), [store]);

  const entries = useMemo(() => all.filter((e) => e.officeSlug === officeSlug), [all, officeSlug]);
  const ours = useMemo(
    () => delivered.filter((d) => d.entry.officeSlug === officeSlug),
    [delivered, officeSlug],
  );
  return { entries, delivered: ours, sending, enqueue, flush, takeBack, discard };
}

/** When to try: on opening, on the `online` event, on a timer while reports wait; re-read when another tab changes them. */
function useOutboxTriggers(hasPending: boolean, flush: () => Promise<void>, reread: () => void): void {
  useEffect(() => {
    const onOnline = () => void flush();
    const onStorage = (event: StorageEvent) => {
      if (event.key === OUTBOX_KEY) reread();
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('storage', onStorage);
    };
  }, [flush, reread]);

  useEffect(() => {
    if (!hasPending) return;
    if (navigator.onLine) void flush();
    const timer = setInterval(() => {
      if (navigator.onLine) void flush();
    }, RETRY_EVERY_MS);
    return () => clearInterval(timer);
  }, [hasPending, flush]);
}
