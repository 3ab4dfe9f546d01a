import { z } from '../zod';
import { REPORTER_NOTICE_KINDS, reporterKindOf } from './kinds';
import { STAFF_RECIPIENT_PREFIX } from './mask-address';
import { DELIVERY_CHANNELS, NOTICE_STATUSES } from './status';

/** Who a notice is for: the reporter (phone, e-mail) or an officer (`user:<id>`). */
export const OUTBOX_AUDIENCES = ['reporter', 'staff'] as const;
export type TOutboxAudience = (typeof OUTBOX_AUDIENCES)[number];

/** The outbox page's kinds: the editable kinds of a reporter's notice, and every staff alert as one. */
export const OUTBOX_KINDS = [...REPORTER_NOTICE_KINDS, 'staff'] as const;
export type TOutboxKind = (typeof OUTBOX_KINDS)[number];

/** The kind of one outbox row, as the page shows and filters it. */
export function outboxKindOf(template: string, recipient: string): TOutboxKind {
  return recipient.startsWith(STAFF_RECIPIENT_PREFIX) ? 'staff' : reporterKindOf(template);
}

/**
 * The reporter templates of each kind but `status`, which is every other `case.*` template; kept
 * beside `reporterKindOf` (a unit test holds them to it) so the SQL filter and the page agree.
 */
export const KIND_TEMPLATES = {
  received: ['case.received'],
  documents_requested: ['case.documents_requested'],
  closed: ['case.closed', 'case.rejected'],
  dispute_answer: ['case.disputed'],
} as const satisfies Partial<Record<TOutboxKind, readonly string[]>>;

/**
 * Each status is counted among its newest this many rows: past them its count reads "at least"
 * (`capped`), since counting a million rows, filter by filter, is not worth the wait.
 */
export const OUTBOX_COUNT_CAP = 10_000;

export const ZOutboxQuery = z.object({
  status: z.enum(NOTICE_STATUSES).optional(),
  channel: z.enum(DELIVERY_CHANNELS).optional(),
  audience: z.enum(OUTBOX_AUDIENCES).optional(),
  kind: z.enum(OUTBOX_KINDS).optional(),
  /** A ticket is not personal data: it may stand in the address. */
  ticket: z.string().trim().max(20).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type TOutboxQuery = z.infer<typeof ZOutboxQuery>;

const instant = z.string().nullable();

export const ZOutboxMessage = z.object({
  id: z.string(),
  createdAt: z.string(),
  channel: z.enum(DELIVERY_CHANNELS),
  /**
   * Masked (`+62812******90`, `s***@d***.id`), or "Petugas: <name>" for staff: the list is for
   * checking that notices go out, not for calling people. The hand link reveals it, audited.
   */
  recipient: z.string(),
  addressKind: z.enum(['mobile', 'landline', 'email', 'staff']),
  template: z.string(),
  kind: z.enum(OUTBOX_KINDS),
  body: z.string(),
  status: z.enum(NOTICE_STATUSES),
  attempts: z.number().int(),
  /** The provider's reason for the last failure (a code and its words, never the number). */
  lastError: z.string().nullable(),
  /** When the worker tries again; only for a pending notice. */
  nextAttemptAt: instant,
  sentAt: instant,
  deliveredAt: instant,
  readAt: instant,
  failedAt: instant,
  /** The channel it fell back from (`whatsapp` for a notice that went on by SMS). */
  fallbackFrom: z.string().nullable(),
  /** The officer who sent it by hand. */
  sentByHand: z.string().nullable(),
  ticket: z.string().nullable(),
  /**
   * A notice of a case the reader may not see (case visibility, rule 12): listed and counted, but its
   * ticket, recipient and text are left out (empty), and it cannot be sent by hand.
   */
  withheld: z.boolean(),
});
export type TOutboxMessage = z.infer<typeof ZOutboxMessage>;

/** Rows per status under the page's other filters; a `capped` status's count is a lower bound. */
export const ZOutboxCounts = z.object({
  byStatus: z.record(z.enum(NOTICE_STATUSES), z.number().int()),
  capped: z.array(z.enum(NOTICE_STATUSES)),
});

export const ZOutboxPage = z.object({
  items: z.array(ZOutboxMessage),
  /** Rows under every filter (at least this many when the status's count is capped). */
  total: z.number().int(),
  totalCapped: z.boolean(),
  pageSize: z.number().int(),
  counts: ZOutboxCounts,
});
export type TOutboxPage = z.infer<typeof ZOutboxPage>;

/** The hand link of a manual notice: it holds the number, so it is answered once, audited, never cached. */
export const ZManualLink = z.object({
  kind: z.enum(['whatsapp', 'email', 'call']),
  url: z.string(),
  text: z.string(),
});
export type TManualLink = z.infer<typeof ZManualLink>;

/** The reporter stops the office's notices from the tracking page, proving it is them by the phone. */
export const ZStopNotices = z.object({
  phone: z.string().trim().min(8, 'Tulis nomor HP yang dipakai saat melapor').max(20),
});
export type TStopNotices = z.infer<typeof ZStopNotices>;

export const ZStopNoticesAnswer = z.object({ stopped: z.literal(true) });
