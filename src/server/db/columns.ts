import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Primary key used by every entity table. */
export const idColumn = () => uuid('id').primaryKey().defaultRandom();

/** created_at / updated_at, always with time zone. */
export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};
