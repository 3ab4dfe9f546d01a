import { boolean, index, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../db/columns';

export const offices = pgTable('offices', {
  id: idColumn(),
  code: text('code').notNull().unique(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  regionName: text('region_name').notNull(),
  programmeName: text('programme_name'),
  address: text('address'),
  phone: text('phone'),
  email: text('email'),
  website: text('website'),
  timeZone: text('time_zone').notNull().default('Asia/Jakarta'),
  officials: jsonb('officials')
    .$type<{ position: string; name: string | null; nip: string | null }[]>()
    .notNull()
    .default([]),
  ...timestamps,
});

export const divisions = pgTable(
  'divisions',
  {
    id: idColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    ...timestamps,
  },
  (t) => [unique('divisions_office_code').on(t.officeId, t.code)],
);

/** District (kecamatan) service units: where district operators work. */
export const districtUnits = pgTable(
  'district_units',
  {
    id: idColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    districtCode: text('district_code').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    phone: text('phone'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    unique('district_units_office_district').on(t.officeId, t.districtCode),
    index('district_units_district').on(t.districtCode),
  ],
);

export type OfficeRow = typeof offices.$inferSelect;
