import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TErasureOutcome } from '../../../domain/privacy/schemas';
import { idColumn } from '../../db/columns';
import { users } from '../auth/tables';
import { offices } from '../offices/tables';

/**
 * A request to erase a register person's data (UU PDP 27/2022, the right to erasure): who asked, on
 * what basis, under which reference; recorded by one admin or Kadis and confirmed (or refused) by
 * another. `outcome` counts what the erasure removed.
 */
export const privacyErasureRequests = pgTable(
  'privacy_erasure_requests',
  {
    id: idColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    personId: uuid('person_id').notNull(),
    requesterKind: text('requester_kind').notNull(),
    legalBasis: text('legal_basis').notNull(),
    referenceNumber: text('reference_number').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['pending', 'done', 'cancelled'] }).notNull(),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    outcome: jsonb('outcome').$type<TErasureOutcome>(),
  },
  (t) => [index('privacy_erasure_requests_office').on(t.officeId, t.requestedAt)],
);

/** Cases whose personal data is gone (by request or by retention): the job never takes them twice. */
export const privacyErasedCases = pgTable('privacy_erased_cases', {
  caseId: uuid('case_id').primaryKey(),
  officeId: uuid('office_id').notNull(),
  erasedAt: timestamp('erased_at', { withTimezone: true }).notNull(),
  requestId: uuid('request_id').references(() => privacyErasureRequests.id),
});

/** An office's retention periods; no row: the defaults of src/domain/privacy/retention.ts. */
export const privacyRetentionSettings = pgTable('privacy_retention_settings', {
  officeId: uuid('office_id')
    .primaryKey()
    .references(() => offices.id),
  closedCaseYears: integer('closed_case_years').notNull(),
  registryCheckMonths: integer('registry_check_months').notNull(),
  outboxDays: integer('outbox_days').notNull(),
  sessionDays: integer('session_days').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
