import { index, pgTable, smallint, text } from 'drizzle-orm/pg-core';

/** Kemendagri regions from idn-area-data: province (1) > regency (2) > district (3) > village (4). */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    parentCode: text('parent_code'),
    level: smallint('level').notNull(),
    name: text('name').notNull(),
  },
  (t) => [index('regions_parent').on(t.parentCode, t.name)],
);
