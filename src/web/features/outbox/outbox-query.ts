import type { TOutboxMessage } from '../../../domain/notifications/schemas';

export type OutboxStatus = TOutboxMessage['status'];

export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'sent', 'failed'];

export interface OutboxQuery {
  /** Null shows every status. */
  status: OutboxStatus | null;
  page: number;
}

function isOutboxStatus(value: string | null): value is OutboxStatus {
  return (OUTBOX_STATUSES as readonly (string | null)[]).includes(value);
}

/** Status and page live in the address (?status=pending&page=2); anything unknown reads as "all", page 1. */
export function outboxQueryFromParams(params: URLSearchParams): OutboxQuery {
  const status = params.get('status');
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return { status: isOutboxStatus(status) ? status : null, page };
}

export function paramsFromOutboxQuery(query: OutboxQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}
