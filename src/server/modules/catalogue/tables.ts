import { boolean, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { CompletionTime } from '../../../domain/catalogue/completion-time';
import type { TServiceStandardContent } from '../../../domain/catalogue/standard';
import { idColumn, timestamps } from '../../db/columns';
import { users } from '../auth/tables';
import { offices } from '../offices/tables';

/** A service of an office's catalogue: its identity, place in the list and whether it is offered. */
export const serviceStandards = pgTable(
  'service_standards',
  {
    id: idColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    code: text('code').notNull(),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    currentVersion: integer('current_version').notNull(),
    ...timestamps,
  },
  (t) => [unique('service_standards_office_code').on(t.officeId, t.code)],
);

/**
 * One immutable version of a standard (a trigger refuses UPDATE and DELETE). Cases point at the
 * version they were opened under, so editing a standard never moves their deadlines.
 */
export const serviceStandardVersions = pgTable(
  'service_standard_versions',
  {
    id: idColumn(),
    standardId: uuid('standard_id')
      .notNull()
      .references(() => serviceStandards.id),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    content: jsonb('content').$type<TServiceStandardContent>().notNull(),
    completionTime: jsonb('completion_time').$type<CompletionTime>().notNull(),
    /** Null for versions loaded from seed/catalogue; the admin's id for edits. */
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The unique (standard, version) index also serves lookups by standard.
  (t) => [unique('service_standard_versions_standard_version').on(t.standardId, t.version)],
);
