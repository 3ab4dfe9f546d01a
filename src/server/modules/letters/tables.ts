import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Approval, ChainRole, LetterStatus } from '../../../domain/letters/approval';
import type { LetterTemplateContent } from '../../../domain/letters/template';
import type { LetterType } from '../../../domain/registry/decisions';
import { sealedJson } from '../../crypto/columns';
import { idColumn, timestamps } from '../../db/columns';
import { users } from '../auth/tables';
import { caseAttachments, cases } from '../cases/tables';
import { offices } from '../offices/tables';

/** An office's words for each letter type, its number format and its approval chain. */
export const letterTemplates = pgTable(
  'letter_templates',
  {
    id: idColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    type: text('type').$type<LetterType>().notNull(),
    content: jsonb('content').$type<LetterTemplateContent>().notNull(),
    approvalChain: jsonb('approval_chain').$type<ChainRole[]>().notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [unique('letter_templates_office_type').on(t.officeId, t.type)],
);

/** Per office, letter type and year: the last sequence given. Taken in the letter's own transaction. */
export const letterCounters = pgTable(
  'letter_counters',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    type: text('type').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.type, t.year] })],
);

/** The person a letter is about, as the registry gave them when it was issued. */
export interface LetterSubject {
  name: string;
  nik: string | null;
  kk: string | null;
  birthPlace: string | null;
  birthDate: string | null;
  address: string | null;
  villageName: string | null;
  districtName: string | null;
  source: string | null;
  dataDate: string | null;
  programmes: string[];
  decile: number | null;
}

/**
 * A recommendation letter of a case: its number (never reused, unique in the office), the decision it
 * came from, its approvals, and the unguessable code its QR links to.
 */
export const letters = pgTable(
  'letters',
  {
    id: idColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    type: text('type').$type<LetterType>().notNull(),
    number: text('number').notNull(),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    status: text('status').$type<LetterStatus>().notNull(),
    verificationCode: text('verification_code').notNull().unique(),
    checkId: uuid('check_id').notNull(),
    programme: text('programme').notNull(),
    rule: text('rule').notNull(),
    addressee: text('addressee'),
    /** The person as the letter names them (NIK, KK, address): sealed JSON (src/server/crypto). */
    subject: sealedJson<LetterSubject>('subject').notNull(),
    /** The template as it was when the letter was issued: a later edit does not change this letter. */
    template: jsonb('template').$type<LetterTemplateContent>().notNull(),
    chain: jsonb('chain').$type<ChainRole[]>().notNull(),
    approvals: jsonb('approvals').$type<Approval[]>().notNull().default(sql`'[]'::jsonb`),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    issuedBy: uuid('issued_by').references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    /** The signed PDF, archived as a file of the case. */
    attachmentId: uuid('attachment_id').references(() => caseAttachments.id),
    /** Why it was returned, signed for an absent Kadis, or revoked. */
    reason: text('reason'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    unique('letters_office_number').on(t.officeId, t.number),
    index('letters_case').on(t.caseId),
    index('letters_office_status').on(t.officeId, t.status, t.issuedAt),
  ],
);

export type LetterRow = typeof letters.$inferSelect;
