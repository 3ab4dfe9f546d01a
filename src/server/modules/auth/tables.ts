import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sealedText } from '../../crypto/columns';
import { idColumn, timestamps } from '../../db/columns';
import { offices } from '../offices/tables';

export const users = pgTable(
  'users',
  {
    id: idColumn(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    username: text('username').notNull().unique(),
    fullName: text('full_name').notNull(),
    role: text('role').notNull(),
    districtCode: text('district_code'),
    partnerName: text('partner_name'),
    /** Where staff alerts reach the officer besides the app (issue 14): a mobile number, an address. */
    // Sealed (AES-256-GCM, src/server/crypto): a dump holds no officer's number or address.
    phone: sealedText('phone'),
    email: sealedText('email'),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    /** End of the slow-down delay after repeated failures (the login guard's rules). */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** Locked after too many failures: only an administrator's unlock or password reset opens it. */
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [index('users_office').on(t.officeId, t.role)],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Idle expiry, moved on by use but never past `maxExpiresAt`. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Absolute end, fixed at login (SESSION_MAX_HOURS), whatever the use. */
    maxExpiresAt: timestamp('max_expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user').on(t.userId), index('sessions_expires').on(t.expiresAt)],
);

export type UserRow = typeof users.$inferSelect;
