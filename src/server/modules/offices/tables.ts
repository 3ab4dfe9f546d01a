import { boolean, customType, date, index, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import type { TNotificationSettings } from '../../../domain/notifications/settings';
import { DEFAULT_WEEK_HOURS, type TWeekHours } from '../../../domain/offices/settings';
import { idColumn, timestamps } from '../../db/columns';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  // PGlite hands back a Uint8Array, node-postgres a Buffer: one type for the code.
  fromDriver: (value) => Buffer.from(value),
});

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
  workingHours: jsonb('working_hours').$type<TWeekHours>().notNull().default(DEFAULT_WEEK_HOURS),
  /** The letterhead logo, small enough to keep in the row (≤ 256 KB, checked on upload). */
  logo: bytea('logo'),
  logoType: text('logo_type'),
  /** How notices leave the office: channels, fallback, templates, escalation (null: the defaults). */
  notificationSettings: jsonb('notification_settings').$type<TNotificationSettings>(),
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
    active: boolean('active').notNull().default(true),
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

export const HOLIDAY_KIND_VALUES = ['national', 'joint_leave', 'local'] as const;

/** Days the office is closed besides its weekly rest days: national holidays, joint leave, local ones. */
export const holidays = pgTable(
  'holidays',
  {
    id: idColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    date: date('date', { mode: 'string' }).notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: HOLIDAY_KIND_VALUES }).notNull(),
    ...timestamps,
  },
  (t) => [unique('holidays_office_date').on(t.officeId, t.date)],
);
