import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { TERMINAL_STATUSES } from '../../../domain/cases/status';
import type { CaseStatus } from '../../../domain/intake/report';
import { sealedText } from '../../crypto/columns';
import { idColumn, timestamps } from '../../db/columns';
import { users } from '../auth/tables';
import { offices } from '../offices/tables';

/**
 * Open cases the deadline sweep has warned (75% of the time used) and not yet found overdue, and not
 * paused: the "due soon" list. The same expression is the partial index's predicate and the inbox's
 * filter, so PostgreSQL can prove the index covers the query.
 */
export function dueSoonCandidates(t: {
  warnedAt: AnyPgColumn;
  breachedAt: AnyPgColumn;
  pausedAt: AnyPgColumn;
  status: AnyPgColumn;
}): SQL {
  const terminal = sql.raw(TERMINAL_STATUSES.map((s) => `'${s}'`).join(', '));
  return sql`${t.warnedAt} is not null and ${t.breachedAt} is null and ${t.pausedAt} is null and ${t.status} not in (${terminal})`;
}

/**
 * A case: one report or request, from any channel. Personal data of the person and the reporter
 * lives in `case_subjects`, so lists and the public view never load it by accident.
 */
export const cases = pgTable(
  'cases',
  {
    id: idColumn(),
    // No foreign key to offices or to the standard version: every new case's check locked the same
    // parent row (FOR KEY SHARE, written to the WAL), about an eighth of intake's rate. Neither parent
    // can go: offices refuse DELETE and versions any change, by trigger (docs/architecture.md, rule 18).
    officeId: uuid('office_id').notNull(),
    ticket: text('ticket').notNull().unique(),
    /** The office's sequential agenda number, for complaints (Dumai's complaint standard). */
    agendaNumber: text('agenda_number'),
    /** The standard version the case was opened under; its steps and deadlines never change after. */
    standardVersionId: uuid('standard_version_id'),
    serviceCode: text('service_code'),
    kind: text('kind', { enum: ['service', 'complaint'] }).notNull(),
    channel: text('channel').notNull(),
    status: text('status').$type<CaseStatus>().notNull(),
    currentStep: integer('current_step').notNull().default(0),
    confidential: boolean('confidential').notNull().default(false),
    ppksCategory: text('ppks_category').notNull(),
    ppksSubcategory: text('ppks_subcategory'),
    dtksStatus: text('dtks_status').notNull(),
    districtCode: text('district_code').notNull(),
    villageCode: text('village_code').notNull(),
    /** Channel details: guest book entry, the officer's record of a call, a letter's reference. */
    channelDetails: jsonb('channel_details').$type<Record<string, unknown>>().notNull().default({}),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    targetAt: timestamp('target_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    // Handling (issue 5): who holds the case, the clock, and how it ended.
    /** The officer who holds the case now; a case may also sit with a division or a district unit. */
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    assignedDivision: text('assigned_division'),
    assignedDistrictCode: text('assigned_district_code'),
    /** The last officer who acted: a disputed closure goes back to them. */
    lastOfficerId: uuid('last_officer_id').references(() => users.id),
    /** Waiting for the reporter's documents: the deadline clock stands still from this moment. */
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    statusBeforePause: text('status_before_pause').$type<CaseStatus>(),
    missingDocuments: jsonb('missing_documents').$type<string[]>().notNull().default([]),
    /** When the current step began and when it is due by its time standard. */
    stepStartedAt: timestamp('step_started_at', { withTimezone: true }),
    stepDueAt: timestamp('step_due_at', { withTimezone: true }),
    /** Outreach reports: the visit is due within one day (Si-PULAU PANDHA). */
    visitDueAt: timestamp('visit_due_at', { withTimezone: true }),
    visitedAt: timestamp('visited_at', { withTimezone: true }),
    /** Set by the deadline sweep once each, so a warning or a breach is recorded one time. */
    warnedAt: timestamp('warned_at', { withTimezone: true }),
    breachedAt: timestamp('breached_at', { withTimezone: true }),
    stepBreachedAt: timestamp('step_breached_at', { withTimezone: true }),
    visitBreachedAt: timestamp('visit_breached_at', { withTimezone: true }),
    /** A breach goes up the line: 0 none yet, 1 told the Kabid, 2 told the Kadis (issue 14). */
    escalationLevel: integer('escalation_level').notNull().default(0),
    /** When the next escalation is due (working hours after the breach); null when none is due. */
    escalateAt: timestamp('escalate_at', { withTimezone: true }),
    outcome: text('outcome'),
    deliveredAs: text('delivered_as'),
    /** The person in the PPKS register (issue 7), linked by a background job after intake. */
    personId: uuid('person_id'),
    ...timestamps,
  },
  (t) => [
    // The inbox lists newest first and pages by (opened_at, id): each common filter has an index that
    // already yields its cases in that order, so a page reads ~25 rows, not every match.
    index('cases_office_opened').on(t.officeId, t.openedAt, t.id),
    index('cases_office_status').on(t.officeId, t.status, t.openedAt),
    index('cases_office_district_opened').on(t.officeId, t.districtCode, t.openedAt),
    index('cases_office_assignee_opened').on(t.officeId, t.assigneeUserId, t.openedAt),
    index('cases_office_service').on(t.officeId, t.serviceCode, t.openedAt),
    index('cases_office_due').on(t.officeId, t.dueAt),
    // "Due soon": the sweep stamps warned_at at 75% of the time, so only the few open cases between
    // warning and breach are in it, and a new case (no warned_at) costs intake nothing here.
    index('cases_office_due_soon').on(t.officeId, t.openedAt, t.id).where(dueSoonCandidates(t)),
    // Partial: a new case has no person yet, so intake does not pay for this index.
    index('cases_person').on(t.personId).where(sql`person_id is not null`),
    // Partial: only breached cases waiting to be escalated; intake never writes to it.
    index('cases_escalate_at').on(t.escalateAt).where(sql`escalate_at is not null`),
  ],
);

/**
 * Who the case is about and who reported it: personal data, read only where it is needed. Names, NIK,
 * KK, phones, addresses, e-mail and the story are sealed per value (src/server/crypto, the column name
 * bound), so the table and its dumps hold none of them in clear; searches go by keyed hashes.
 */
export const caseSubjects = pgTable(
  'case_subjects',
  {
    // No foreign key: written with its case in intake's one statement (docs/architecture.md, rule 18).
    caseId: uuid('case_id').primaryKey(),
    fullName: sealedText('full_name').notNull(),
    birthPlace: text('birth_place'),
    birthDate: text('birth_date'),
    nik: sealedText('nik'),
    /** HMAC of the NIK: finds a person by exact NIK without putting the NIK in a query or a log. */
    nikHash: text('nik_hash'),
    kk: sealedText('kk'),
    education: text('education'),
    phone: sealedText('phone'),
    address: sealedText('address'),
    aid: jsonb('aid').$type<{ kinds: string[]; pbiScheme: string | null; other: string | null }>().notNull(),
    ppksOther: text('ppks_other'),
    /** The story (of a confidential case too): sealed like the names. */
    description: sealedText('description').notNull(),
    reporterName: sealedText('reporter_name').notNull(),
    reporterPhone: sealedText('reporter_phone').notNull(),
    /** Optional: a reporter who gives an address also gets the notices by e-mail (issue 14). */
    reporterEmail: sealedText('reporter_email'),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    /** The name's blind index: keyed hashes of every prefix of its words (src/server/crypto/blind-index.ts). */
    nameWords: text('name_words').array(),
  },
  (t) => [
    // Partial: many reports come without a NIK, and those need no entry (the search asks for one NIK).
    index('case_subjects_nik_hash').on(t.nikHash).where(sql`nik_hash is not null`),
    index('case_subjects_name_words').using('gin', t.nameWords),
  ],
);

/** The timeline: every change to a case is an event; `public` ones show on the tracking page. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: idColumn(),
    // No foreign key: every case gets its first event in intake's statement, and cases are never
    // deleted (docs/architecture.md, rule 18).
    caseId: uuid('case_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    type: text('type').notNull(),
    public: boolean('public').notNull(),
    /** For public events: the words the reporter reads. */
    message: text('message'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    actorUserId: uuid('actor_user_id').references(() => users.id),
  },
  (t) => [index('case_events_case_at').on(t.caseId, t.at)],
);

/** Files of a case (photos of the KTP and of the person, documents), in the storage by key. */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: idColumn(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    /** For a requirement document: the checklist item it fulfils, as the standard names it. */
    label: text('label'),
    storageKey: text('storage_key').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The case page, the register's person page and referrals read a case's files.
  (t) => [index('case_attachments_case').on(t.caseId, t.createdAt)],
);

/** Per office, kind and year: the last agenda number handed out. Incremented in the case's transaction. */
export const agendaCounters = pgTable(
  'agenda_counters',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.year] })],
);

/** The front desk's digital guest book: every visitor, whether or not a case comes of it. */
export const guestBookEntries = pgTable(
  'guest_book_entries',
  {
    id: idColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    // Sealed like a case's person (src/server/crypto).
    visitorName: sealedText('visitor_name').notNull(),
    visitorPhone: sealedText('visitor_phone'),
    purpose: text('purpose').notNull(),
    timeIn: timestamp('time_in', { withTimezone: true }).notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [index('guest_book_office_time').on(t.officeId, t.timeIn)],
);

/**
 * Idempotency keys of public reports: a phone that resends a report after a lost answer gets the
 * ticket of the first attempt instead of opening a second case.
 */
export const reportRequests = pgTable('report_requests', {
  key: text('key').primaryKey(),
  officeId: uuid('office_id')
    .notNull()
    .references(() => offices.id),
  caseId: uuid('case_id')
    .notNull()
    .references(() => cases.id),
  ticket: text('ticket').notNull(),
  trackingUrl: text('tracking_url').notNull(),
  agendaNumber: text('agenda_number'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
