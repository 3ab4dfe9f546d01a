import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../../db/columns';

/**
 * Messages waiting to go out by SMS or WhatsApp. Written in the transaction of the change that
 * causes them; a sender (a later issue) marks them sent. Until then staff see them on a page.
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: idColumn(),
    // No foreign keys: intake writes a notice with each case, and neither offices nor cases are ever
    // deleted (docs/architecture.md, rule 18).
    officeId: uuid('office_id').notNull(),
    caseId: uuid('case_id'),
    channel: text('channel', { enum: ['sms', 'whatsapp'] }).notNull(),
    recipient: text('recipient').notNull(),
    template: text('template').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('notification_outbox_office_status').on(t.officeId, t.status, t.createdAt)],
);
