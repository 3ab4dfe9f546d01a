import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import { isRole } from '../../../domain/auth/roles';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { type OfficeRow, offices } from '../offices/tables';
import { sessions, type UserRow, users } from './tables';

export const SESSION_COOKIE = 'sa_session';
/** Sliding lifetime: a session ends after this much idle time. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** Absolute lifetime when SESSION_MAX_HOURS is unset: a working day and a bit, however busy. */
export const SESSION_MAX_HOURS_DEFAULT = 12;
const HOUR_MS = 60 * 60 * 1000;

/**
 * The absolute session lifetime from SESSION_MAX_HOURS (hours, fractions allowed, up to 30 days).
 * A value that is not a positive number stops the start instead of silently becoming the default.
 */
export function sessionMaxMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SESSION_MAX_HOURS?.trim();
  if (!raw) return SESSION_MAX_HOURS_DEFAULT * HOUR_MS;
  const hours = Number(raw);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) {
    throw new Error(`SESSION_MAX_HOURS must be a number of hours above 0 and at most 720, not "${raw}"`);
  }
  return Math.round(hours * HOUR_MS);
}
// Refresh the expiry at most once a minute, so reads do not turn into writes.
const TOUCH_INTERVAL_MS = 60 * 1000;

function earlier(a: Date, b: Date): Date {
  return a < b ? a : b;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Opens a session and returns the cookie token (only its hash is stored). */
export async function createSession(
  db: Database,
  input: { userId: string; ip: string | null; userAgent: string | null; now: Date; maxMs: number },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const maxExpiresAt = new Date(input.now.getTime() + input.maxMs);
  const expiresAt = earlier(new Date(input.now.getTime() + SESSION_IDLE_MS), maxExpiresAt);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId: input.userId,
    csrfToken,
    expiresAt,
    maxExpiresAt,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    createdAt: input.now,
    lastSeenAt: input.now,
  });
  return { token, csrfToken, expiresAt };
}

/**
 * The actor behind a session token, or null when the session is unknown, idle too long, past its
 * absolute end, or its user inactive (the caller answers 401 and the web app goes to the login).
 */
export async function resolveSession(db: Database, token: string, now: Date): Promise<Actor | null> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ session: sessions, user: users, office: offices })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, now),
        gt(sessions.maxExpiresAt, now),
        eq(users.active, true),
      ),
    );
  if (!row || !isRole(row.user.role)) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    const idleEnd = new Date(now.getTime() + SESSION_IDLE_MS);
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: earlier(idleEnd, row.session.maxExpiresAt) })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  return actorOf(row.user, row.office, { tokenHash, csrfToken: row.session.csrfToken });
}

/**
 * A user of an office as the actor of what they do; a session adds its token's hash and CSRF token
 * (the demo seed acts without one). Null when the stored role is not one the app knows.
 */
export function actorOf(
  user: UserRow,
  office: OfficeRow,
  session: { tokenHash: string; csrfToken: string },
): Actor | null {
  if (!isRole(user.role)) return null;
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    officeId: office.id,
    officeCode: office.code,
    officeSlug: office.slug,
    officeName: office.name,
    officeTimeZone: office.timeZone,
    districtCode: user.districtCode,
    mustChangePassword: user.mustChangePassword,
    sessionTokenHash: session.tokenHash,
    csrfToken: session.csrfToken,
  };
}

export async function deleteSession(db: Database, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user, except optionally the one in use. */
export async function deleteUserSessions(
  db: Database,
  userId: string,
  keepTokenHash?: string,
): Promise<void> {
  await db
    .delete(sessions)
    .where(
      keepTokenHash
        ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash))
        : eq(sessions.userId, userId),
    );
}

export async function deleteExpiredSessions(db: Database, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
