import {
  OUTBOX_AUDIENCES,
  OUTBOX_KINDS,
  type TOutboxAudience,
  type TOutboxKind,
  type TOutboxMessage,
} from '../../../domain/notifications/schemas';
import { DELIVERY_CHANNELS, NOTICE_STATUSES } from '../../../domain/notifications/status';

export type OutboxStatus = TOutboxMessage['status'];
export type OutboxChannel = TOutboxMessage['channel'];

/** Every status a notice can have, as the chips show them (in the order of a notice's life). */
export const OUTBOX_STATUSES: readonly OutboxStatus[] = NOTICE_STATUSES;
export const OUTBOX_CHANNELS: readonly OutboxChannel[] = DELIVERY_CHANNELS;
export { OUTBOX_AUDIENCES, OUTBOX_KINDS };

export interface OutboxQuery {
  /** Null shows every status (and likewise every channel, audience, kind). */
  status: OutboxStatus | null;
  channel: OutboxChannel | null;
  audience: TOutboxAudience | null;
  kind: TOutboxKind | null;
  /** As typed; the server reads any way of writing a ticket. */
  ticket: string;
  page: number;
}

export const EMPTY_OUTBOX_QUERY: OutboxQuery = {
  status: null,
  channel: null,
  audience: null,
  kind: null,
  ticket: '',
  page: 1,
};

function oneOf<T extends string>(known: readonly T[], value: string | null): T | null {
  return (known as readonly (string | null)[]).includes(value) ? (value as T) : null;
}

/**
 * The filters live in the address (?status=failed&channel=sms&ticket=…&page=2); anything unknown
 * reads as "all", page 1. A ticket is not personal data, so it may stand there.
 */
export function outboxQueryFromParams(params: URLSearchParams): OutboxQuery {
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return {
    status: oneOf(OUTBOX_STATUSES, params.get('status')),
    channel: oneOf(OUTBOX_CHANNELS, params.get('channel')),
    audience: oneOf(OUTBOX_AUDIENCES, params.get('audience')),
    kind: oneOf(OUTBOX_KINDS, params.get('kind')),
    ticket: (params.get('ticket') ?? '').trim().slice(0, 20),
    page,
  };
}

/** Only what differs from the default, so the plain address stays plain. */
export function paramsFromOutboxQuery(query: OutboxQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.channel) params.set('channel', query.channel);
  if (query.audience) params.set('audience', query.audience);
  if (query.kind) params.set('kind', query.kind);
  if (query.ticket.trim()) params.set('ticket', query.ticket.trim());
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

/** True when anything but the status and page narrows the list (the filter panel then starts open). */
export function hasNarrowingFilters(query: OutboxQuery): boolean {
  return Boolean(query.channel || query.audience || query.kind || query.ticket.trim());
}
