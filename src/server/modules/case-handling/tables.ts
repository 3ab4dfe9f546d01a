import { doublePrecision, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../db/columns';
import { users } from '../auth/tables';
import { cases } from '../cases/tables';
import { offices } from '../offices/tables';

/**
 * A case sent to a partner agency or to a social pillar of the case's area. It has its own status
 * and due time; partner accounts see only the referrals made to their body, with the fields shared.
 */
export const caseReferrals = pgTable(
  'case_referrals',
  {
    id: idColumn(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    targetKind: text('target_kind', { enum: ['partner', 'pillar'] }).notNull(),
    /** The kind of body (rumah_sakit, tksk, …): what the reporter is told. */
    bodyKind: text('body_kind').notNull(),
    /** The body itself, as partner accounts are named (users.partner_name); null for "any of this kind". */
    bodyName: text('body_name'),
    /** For social pillars: the district whose pillar takes it (the case's area). */
    districtCode: text('district_code'),
    reason: text('reason').notNull(),
    /** Which of the person's fields the partner may see. */
    fieldsShared: jsonb('fields_shared').$type<string[]>().notNull(),
    /** The person's consent to share, or the officer's recorded override and its reason. */
    consent: jsonb('consent').$type<{ given: boolean; overrideReason?: string | null }>().notNull(),
    status: text('status', { enum: ['sent', 'accepted', 'declined', 'done'] }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    report: text('report'),
    createdBy: uuid('created_by').references(() => users.id),
    respondedBy: uuid('responded_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index('case_referrals_case').on(t.caseId),
    index('case_referrals_office_body').on(t.officeId, t.bodyName, t.status),
  ],
);

/** A social worker's assessment of the person, made in the field (Si-PULAU PANDHA's home visit). */
export const caseAssessments = pgTable(
  'case_assessments',
  {
    id: idColumn(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** The form as filled in: condition, needs, family, documents seen, recommended follow-up. */
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    accuracyMetres: doublePrecision('accuracy_metres'),
    /** Photos taken on the visit: ids of the case's attachments. */
    photoIds: jsonb('photo_ids').$type<string[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_assessments_case').on(t.caseId)],
);
