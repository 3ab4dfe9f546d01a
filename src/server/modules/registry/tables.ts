import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TColumnMapping } from '../../../domain/registry/fields';
import type { ProposalState } from '../../../domain/registry/proposal';
import { sealedText } from '../../crypto/columns';
import { idColumn, timestamps } from '../../db/columns';
import { users } from '../auth/tables';
import { cases } from '../cases/tables';
import { offices } from '../offices/tables';

/**
 * One member of a household in a social registry (DTKS today, DTSEN tomorrow), as the office's
 * last import of it gave it. Every row says where it comes from and the date of its data. NIK and
 * KK are also kept as HMACs, so a check never puts them in a query plan or a log; NIK, KK, name and
 * address themselves are sealed (src/server/crypto): the birth date narrows a name search in SQL.
 */
export const registryMembers = pgTable(
  'registry_members',
  {
    id: idColumn(),
    // No foreign keys beyond the office: a million-row load should not pay a lookup per row.
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    nik: sealedText('nik').notNull(),
    nikHash: text('nik_hash').notNull(),
    kk: sealedText('kk').notNull(),
    kkHash: text('kk_hash').notNull(),
    /** The household's id in the registry, or its KK when the file has none: sealed too. */
    householdRef: sealedText('household_ref').notNull(),
    name: sealedText('name').notNull(),
    birthPlace: text('birth_place'),
    birthDate: date('birth_date', { mode: 'string' }),
    sex: text('sex'),
    relation: text('relation'),
    address: sealedText('address'),
    villageCode: text('village_code').notNull(),
    pkh: boolean('pkh').notNull().default(false),
    bpnt: boolean('bpnt').notNull().default(false),
    pbiJkn: boolean('pbi_jkn').notNull().default(false),
    blt: boolean('blt').notNull().default(false),
    decile: smallint('decile'),
    /** The registry the row comes from ("DTKS", "DTSEN") and the date of its data. */
    source: text('source').notNull(),
    dataDate: date('data_date', { mode: 'string' }).notNull(),
    importId: uuid('import_id').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('registry_members_office_nik').on(t.officeId, t.nikHash),
    index('registry_members_office_kk').on(t.officeId, t.kkHash),
    index('registry_members_office_birth').on(t.officeId, t.birthDate),
  ],
);

/** Every import of a registry file: who, when, which file, how it went. */
export const registryImports = pgTable(
  'registry_imports',
  {
    id: idColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    fileName: text('file_name').notNull(),
    format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
    fileSha256: text('file_sha256').notNull(),
    source: text('source').notNull(),
    dataDate: date('data_date', { mode: 'string' }).notNull(),
    mapping: jsonb('mapping').$type<TColumnMapping>().notNull(),
    status: text('status', { enum: ['running', 'done', 'failed'] }).notNull(),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    bytesTotal: bigint('bytes_total', { mode: 'number' }).notNull(),
    rowsRead: integer('rows_read').notNull().default(0),
    inserted: integer('inserted').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    message: text('message'),
    createdBy: uuid('created_by').references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Written with every batch's progress: an import silent for long has lost its process. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('registry_imports_office').on(t.officeId, t.startedAt)],
);

/** The rows an import refused, by line and column; the first 10,000 of an import are kept. */
export const registryImportErrors = pgTable(
  'registry_import_errors',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    importId: uuid('import_id')
      .notNull()
      .references(() => registryImports.id),
    line: integer('line').notNull(),
    column: text('column').notNull(),
    reason: text('reason').notNull(),
    message: text('message').notNull(),
  },
  (t) => [index('registry_import_errors_import').on(t.importId, t.line)],
);

/** The office's column mapping for its registry files, used by the next imports. */
export const registryMappings = pgTable('registry_mappings', {
  officeId: uuid('office_id')
    .primaryKey()
    .references(() => offices.id),
  mapping: jsonb('mapping').$type<TColumnMapping>().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  ...timestamps,
});

/**
 * Every registry check: who looked up whom (the NIK/KK only as its hash and mask), for which case,
 * and what was found. Decisions and letters start from a check, never from what a client says.
 */
export const registryChecks = pgTable(
  'registry_checks',
  {
    id: idColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    method: text('method', { enum: ['nik', 'kk', 'name'] }).notNull(),
    queryHash: text('query_hash'),
    queryMasked: text('query_masked').notNull(),
    found: boolean('found').notNull(),
    /** The people found (by NIK, the person; by KK, the household; by name, the candidates). */
    memberIds: jsonb('member_ids').$type<string[]>().notNull(),
    source: text('source'),
    dataDate: date('data_date', { mode: 'string' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('registry_checks_case').on(t.caseId, t.at),
    index('registry_checks_office').on(t.officeId, t.at),
  ],
);

/**
 * A DTKS proposal (Dumai standard 1) for a case of the proposal service: its documents and stages as
 * recorded, and the two months it has.
 */
export const registryProposals = pgTable(
  'registry_proposals',
  {
    id: idColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    caseId: uuid('case_id')
      .notNull()
      .unique()
      .references(() => cases.id),
    status: text('status').$type<ProposalState['status']>().notNull(),
    stage: text('stage').$type<ProposalState['stage']>(),
    documents: jsonb('documents').$type<ProposalState['documents']>().notNull(),
    stages: jsonb('stages').$type<ProposalState['stages']>().notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [index('registry_proposals_office').on(t.officeId, t.status, t.stage)],
);
