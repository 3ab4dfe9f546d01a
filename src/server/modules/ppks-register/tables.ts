import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sealedText } from '../../crypto/columns';
import { idColumn, timestamps } from '../../db/columns';
import { offices } from '../offices/tables';

/**
 * The PPKS register (Si-PULAU PANDHA's map "by name, by address, by photo"): one record per person,
 * by NIK where known, otherwise by a careful match of name, birth date and village. Cases point here
 * (`cases.person_id`); categories over time, photos and aid are read from those cases.
 */
export const ppksPersons = pgTable(
  'ppks_persons',
  {
    id: idColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    /** HMAC of the NIK (as in case_subjects): the person's key when the NIK is known. */
    nikHash: text('nik_hash'),
    // Sealed as in case_subjects (same column names, so the fold may copy them in SQL).
    nik: sealedText('nik'),
    kk: sealedText('kk'),
    fullName: sealedText('full_name').notNull(),
    birthPlace: text('birth_place'),
    birthDate: text('birth_date'),
    /** Keyed hash of normalised name + birth date + village: the match for people without a NIK. */
    matchKey: text('match_key'),
    districtCode: text('district_code').notNull(),
    villageCode: text('village_code').notNull(),
    address: sealedText('address'),
    /** The category and sub-category of the latest case; earlier ones are read from the cases. */
    latestCategory: text('latest_category').notNull(),
    latestSubcategory: text('latest_subcategory'),
    /** The latest photo of the person (a case attachment id), for the register "by photo". */
    photoAttachmentId: uuid('photo_attachment_id'),
    caseCount: integer('case_count').notNull().default(0),
    firstCaseAt: timestamp('first_case_at', { withTimezone: true }).notNull(),
    lastCaseAt: timestamp('last_case_at', { withTimezone: true }).notNull(),
    /** Set when an officer merged this record into another: it stays for the audit trail, unlisted. */
    mergedIntoId: uuid('merged_into_id'),
    /** The name's blind index, copied from the latest case (src/server/crypto/blind-index.ts). */
    nameWords: text('name_words').array(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('ppks_persons_office_nik')
      .on(t.officeId, t.nikHash)
      .where(sql`nik_hash is not null and merged_into_id is null`),
    index('ppks_persons_office_match').on(t.officeId, t.matchKey),
    index('ppks_persons_office_district').on(t.officeId, t.districtCode, t.lastCaseAt),
    // The register's unfiltered list: latest first, merged records left out.
    index('ppks_persons_office_latest')
      .on(t.officeId, t.lastCaseAt.desc(), t.id.desc())
      .where(sql`merged_into_id is null`),
    index('ppks_persons_name_words').using('gin', t.nameWords),
  ],
);

/**
 * Where a background job has got to (e.g. the register's linking of new cases), so that one or many
 * instances resume from the same place.
 */
export const jobCursors = pgTable('job_cursors', {
  name: text('name').primaryKey(),
  position: jsonb('position').$type<Record<string, unknown>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
