import type { ZDispute } from '../../../domain/cases/views';
import type { TTrackingView } from '../../../domain/intake/report';
import type { z } from '../../../domain/zod';
import { apiRequest } from '../../api/client';

/** The public progress of a case; 404 when no case has that ticket, 429 when asked too often. */
export function fetchTracking(ticket: string, signal?: AbortSignal): Promise<TTrackingView> {
  return apiRequest(`/track/${encodeURIComponent(ticket)}`, { signal });
}

/** What the reporter sends to dispute a closure: the phone they reported with, and why. */
export type DisputeInput = z.input<typeof ZDispute>;

/**
 * Disputes a closed case within its window; answers the tracking view, now back in progress.
 * 400 names the field, 409 says why it cannot be disputed (not closed, or the 14 days are over).
 */
export function disputeClosure(ticket: string, input: DisputeInput): Promise<TTrackingView> {
  return apiRequest(`/track/${encodeURIComponent(ticket)}/dispute`, { method: 'POST', body: input });
}
