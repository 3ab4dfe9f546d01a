import type { TTrackingView } from '../../../domain/intake/report';
import { apiRequest } from '../../api/client';

/** The public progress of a case; 404 when no case has that ticket, 429 when asked too often. */
export function fetchTracking(ticket: string, signal?: AbortSignal): Promise<TTrackingView> {
  return apiRequest(`/track/${encodeURIComponent(ticket)}`, { signal });
}
