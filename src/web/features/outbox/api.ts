import type { TManualLink, TOutboxMessage, TOutboxPage } from '../../../domain/notifications/schemas';
import { apiRequest } from '../../api/client';
import type { OutboxQuery } from './outbox-query';

export type OutboxPage = TOutboxPage;

/** One page (50) of the office's outbox, newest first, with the counts per status of its filters. */
export function fetchOutboxPage(query: OutboxQuery, signal: AbortSignal): Promise<OutboxPage> {
  return apiRequest('/outbox', {
    query: {
      status: query.status,
      channel: query.channel,
      audience: query.audience,
      kind: query.kind,
      ticket: query.ticket.trim(),
      page: query.page,
    },
    signal,
  });
}

/** A failed notice back to the queue; 409 when it is not failed (any more). */
export function retryNotice(id: string): Promise<TOutboxMessage> {
  return apiRequest(`/outbox/${encodeURIComponent(id)}/retry`, { method: 'POST' });
}

/**
 * The wa.me (or mailto:, tel:) link of a manual notice. A POST: it reveals the reporter's number,
 * so the server audits it and it is never cached or prefetched.
 */
export function fetchManualLink(id: string): Promise<TManualLink> {
  return apiRequest(`/outbox/${encodeURIComponent(id)}/manual-link`, { method: 'POST' });
}

/** The officer sent a manual notice themselves. */
export function markSentByHand(id: string): Promise<TOutboxMessage> {
  return apiRequest(`/outbox/${encodeURIComponent(id)}/sent-by-hand`, { method: 'POST' });
}
