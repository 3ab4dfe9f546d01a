import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TNoticeParams } from '../../../domain/notifications/kinds';
import {
  DELIVERY_CHANNELS,
  NOTICE_STATUSES,
  type TDeliveryChannel,
} from '../../../domain/notifications/status';
import { sealedText } from '../../crypto/columns';
import { idColumn } from '../../db/columns';
import { users } from '../auth/tables';

/**
 * Every notice that leaves the building (issue 14), written in the transaction of the change that
 * causes it and delivered by the outbox worker (`worker.ts`), which claims due rows with
 * `FOR UPDATE SKIP LOCKED`. `recipient` is a phone (`+62…`), an e-mail address, or `user:<id>` for
 * staff (resolved to the officer's current contact when sent). The row id is the idempotency key.
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: idColumn(),
    // No foreign keys: intake writes a notice with each case, and neither offices nor cases are ever
    // deleted (docs/architecture.md, rule 18).
    officeId: uuid('office_id').notNull(),
    caseId: uuid('case_id'),
    /** The channel it goes by now; intake writes `whatsapp` and the worker routes by office settings. */
    channel: text('channel', { enum: DELIVERY_CHANNELS }).$type<TDeliveryChannel>().notNull(),
    /** Sealed (src/server/crypto) for a reporter; a staff recipient `user:<id>` stays as it is. */
    recipient: sealedText('recipient', { keepClear: (v) => v.startsWith('user:') }).notNull(),
    /** What the notice is about: `case.received`, `case.<public event>`, `staff.<alert>`. */
    template: text('template').notNull(),
    /** The text as written at the time (default words); the worker replaces it with what it sent. */
    body: text('body').notNull(),
    /** The values the office's template is filled with when sent (ticket, link, message…). */
    params: jsonb('params').$type<TNoticeParams>(),
    status: text('status', { enum: NOTICE_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** When the worker may take it: the next try of a pending row, the lease's end of a claimed one. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** The instance holding the claim (host:pid:random), for the outbox page and crash analysis. */
    claimedBy: text('claimed_by'),
    lastError: text('last_error'),
    providerMessageId: text('provider_message_id'),
    /** The channel a fallback came from (`whatsapp` when a WhatsApp notice went on by SMS). */
    fallbackFrom: text('fallback_from'),
    /** A notice delivered by hand from the outbox page (offices without a provider): who did it. */
    sentByHand: uuid('sent_by_hand').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
  },
  (t) => [
    index('notification_outbox_office_status').on(t.officeId, t.status, t.createdAt),
    index('notification_outbox_office_created').on(t.officeId, t.createdAt),
    // The worker's queue: only rows still to send (or claimed, whose lease may run out) are in it.
    index('notification_outbox_due').on(t.nextAttemptAt).where(sql`status in ('pending', 'sending')`),
    // Provider status webhooks find their notice by the provider's message id.
    index('notification_outbox_provider_id')
      .on(t.providerMessageId)
      .where(sql`provider_message_id is not null`),
  ],
);

/**
 * What the office knows of a reporter's address, by its keyed hash (never the number itself): they
 * asked to stop (reply STOP, the link), or WhatsApp said the number has no account.
 */
export const noticeRecipients = pgTable(
  'notice_recipients',
  {
    officeId: uuid('office_id').notNull(),
    addressHash: text('address_hash').notNull(),
    stoppedAt: timestamp('stopped_at', { withTimezone: true }),
    /** `reply` (STOP by WhatsApp or SMS), `link` (the tracking page), `staff` (asked at the desk). */
    stopSource: text('stop_source'),
    notOnWhatsappAt: timestamp('not_on_whatsapp_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.addressHash] })],
);

/** The staff shell's notifications list: one row per officer per alert, read or not. */
export const staffNotifications = pgTable(
  'staff_notifications',
  {
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    officeId: uuid('office_id').notNull(),
    caseId: uuid('case_id'),
    ticket: text('ticket'),
    /** One of STAFF_ALERT_KINDS. */
    kind: text('kind').notNull(),
    message: text('message').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('staff_notifications_user').on(t.userId, t.createdAt),
    index('staff_notifications_unread').on(t.userId).where(sql`read_at is null`),
  ],
);
