import type { TOutboxMessage } from '../../../domain/notifications/schemas';
import { apiRequest } from '../../api/client';
import type { OutboxStatus } from './outbox-query';

export interface OutboxPage {
  items: TOutboxMessage[];
  total: number;
  pageSize: number;
}

/** One page (50) of the office's outbox, newest first; no status means every message. */
export function fetchOutboxPage(
  query: { status: OutboxStatus | null; page: number },
  signal: AbortSignal,
): Promise<OutboxPage> {
  return apiRequest('/outbox', { query: { status: query.status, page: query.page }, signal });
}
