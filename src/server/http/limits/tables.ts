import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Rate-limit counters every instance shares (issue 15): one row per limited route and client key
 * (an address, an address and username, a user), counting the requests of a fixed window.
 * Created UNLOGGED on PostgreSQL (edited into the migration): counters need no WAL, and a crash
 * that forgets them only opens the limits for one window.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    route: text('route').notNull(),
    client: text('client').notNull(),
    hits: integer('hits').notNull(),
    windowEnd: timestamp('window_end', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.route, t.client] })],
);
