import { sql } from 'drizzle-orm';
import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../db/columns';
import { offices } from '../offices/tables';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

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
    nik: text('nik'),
    kk: text('kk'),
    fullName: text('full_name').notNull(),
    birthPlace: text('birth_place'),
    birthDate: text('birth_date'),
    /** Normalised name + birth date + village: the match for people without a NIK. */
    matchKey: text('match_key'),
    districtCode: text('district_code').notNull(),
    villageCode: text('village_code').notNull(),
    address: text('address'),
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
    nameSearch: tsvector('name_search').generatedAlwaysAs(sql`to_tsvector('simple', full_name)`),
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
    index('ppks_persons_name_search').using('gin', t.nameSearch),
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
