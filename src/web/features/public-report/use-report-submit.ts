import { useCallback, useState } from 'react';
import type { TReportCreated } from '../../../domain/intake/report';
import { ApiError } from '../../api/client';
import { browserStore } from '../public-tracking/local-store';
import { postReport } from './api';
import { type ReportFormValues, toReportCandidate } from './form-values';
import { loadReportValidation } from './lazy-validation';
import { photoBlobsOf, type ReportPhotos, storedPhotosOf } from './photos';
import { type ReportOutbox, rememberFiled } from './use-report-outbox';

export type SubmitOutcome =
  | { kind: 'sent'; created: TReportCreated }
  | { kind: 'queued'; entryId: string }
  /** No connection, and no room on the phone to keep the report: the form keeps it. */
  | { kind: 'not-kept' };

/** An id for an outbox entry; crypto.randomUUID needs HTTPS, which a village deployment may lack. */
function newEntryId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Sends a checked report, or keeps it in the outbox when the phone is offline or the connection
 * drops; a refusal by the server (a 400 with field messages) is thrown for the form to show.
 */
export function useReportSubmit(officeSlug: string, outbox: ReportOutbox) {
  const [store] = useState(browserStore);
  const { enqueue } = outbox;
  return useCallback(
    async (values: ReportFormValues, photos: ReportPhotos): Promise<SubmitOutcome> => {
      const { parseReport } = await loadReportValidation();
      const body = parseReport(toReportCandidate(values, officeSlug));
      const stored = storedPhotosOf(photos);
      const entryId = newEntryId();
      const queue = (): SubmitOutcome => {
        const entry = {
          id: entryId,
          officeSlug,
          createdAt: new Date().toISOString(),
          body,
          values,
          photos: stored,
          status: 'pending' as const,
          error: null,
        };
        return enqueue(entry) ? { kind: 'queued', entryId } : { kind: 'not-kept' };
      };
      if (!navigator.onLine) return queue();
      try {
        const created = await postReport(body, photoBlobsOf(photos), entryId);
        rememberFiled(store, officeSlug, created);
        return { kind: 'sent', created };
      } catch (error) {
        if (error instanceof ApiError && error.code === 'NETWORK_ERROR') return queue();
        throw error;
      }
    },
    [officeSlug, enqueue, store],
  );
}
