import { eq, sql } from 'drizzle-orm';
import {
  type AccountGuardState,
  accountRefusal,
  afterCountedFailure,
  LOGIN_RETRY_AFTER_SECONDS,
} from '../../../domain/auth/login-guard';
import type { TLoginRequest, TPasswordChange, TSessionUser } from '../../../domain/auth/schemas';
import { AppError } from '../../../domain/errors/app-error';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { SharedCounters } from '../../http/limits/counters';
import { type AuditContext, recordAudit } from '../audit/service';
import { addressWait, countAddressFailure } from './login-guard';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';
import { createSession, deleteExpiredSessions, deleteUserSessions } from './sessions';
import { type UserRow, users } from './tables';

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** A session, or a refusal that looks the same whatever its reason, with the seconds to wait. */
export type LoginOutcome = { ok: true; session: LoginResult } | { ok: false; retryAfterSeconds: number };

export interface LoginInput extends TLoginRequest {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

const refused = (retryAfterSeconds: number): LoginOutcome => ({ ok: false, retryAfterSeconds });

/**
 * Checks the credentials behind the login guard (src/domain/auth/login-guard.ts) and opens a
 * session. A throttled address, an unknown or inactive username, a slowed-down or locked account and
 * a wrong password all end in the same refusal; all but the throttle spend one password hash, so
 * neither the answer nor its time tells which usernames exist.
 */
export async function login(
  db: Database,
  counters: SharedCounters,
  input: LoginInput,
  options: { now: Date; sessionMaxMs: number },
): Promise<LoginOutcome> {
  const { now } = options;
  // A throttled address spends no hash: the refusal costs the server nothing.
  const wait = await addressWait(counters, input);
  if (wait !== null) return refused(wait);
  const [user] = await db.select().from(users).where(eq(users.username, input.username));
  const known = user?.active ? user : null;
  if (!known || accountRefusal(known, now)) {
    await verifyAgainstDummy(input.password);
    await recordFailure(db, counters, input, known, { checked: false, now });
    return refused(LOGIN_RETRY_AFTER_SECONDS);
  }
  if (!(await verifyPassword(input.password, known.passwordHash))) {
    await recordFailure(db, counters, input, known, { checked: true, now });
    return refused(LOGIN_RETRY_AFTER_SECONDS);
  }
  const session = await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, known.id));
    await recordAudit(tx, contextOf(input, known), {
      action: 'auth.login',
      targetType: 'user',
      targetId: known.id,
    });
    // Logins are rare enough to carry the clean-up of expired sessions, with no timer to run.
    await deleteExpiredSessions(tx, now);
    return createSession(tx, {
      userId: known.id,
      ip: input.ip,
      userAgent: input.userAgent,
      now,
      maxMs: options.sessionMaxMs,
    });
  });
  return { ok: true, session };
}

function contextOf(input: LoginInput, user: UserRow | null): AuditContext {
  return {
    actor: user ? { userId: user.id, username: user.username, officeId: user.officeId } : null,
    ip: input.ip,
    requestId: input.requestId,
  };
}

/**
 * Counts a failure against the address and, when the password was checked and the address has not
 * used up its share, against the account: its delay grows, then it locks for an administrator.
 * An unknown username is audited too (without what was typed), so both paths do the same writes.
 */
async function recordFailure(
  db: Database,
  counters: SharedCounters,
  input: LoginInput,
  user: UserRow | null,
  attempt: { checked: boolean; now: Date },
): Promise<void> {
  const mayCount = await countAddressFailure(counters, input);
  await db.transaction(async (tx) => {
    let state: AccountGuardState | null = null;
    if (user && attempt.checked && mayCount) {
      // One statement adds the failure, so failures on several instances never overwrite each other.
      const [row] = await tx
        .update(users)
        .set({ failedLogins: sql`${users.failedLogins} + 1` })
        .where(eq(users.id, user.id))
        .returning({ failedLogins: users.failedLogins });
      state = afterCountedFailure((row?.failedLogins ?? 1) - 1, attempt.now);
      await tx
        .update(users)
        .set({ lockedUntil: state.lockedUntil, lockedAt: state.lockedAt })
        .where(eq(users.id, user.id));
    }
    await recordAudit(tx, contextOf(input, user), {
      action: state?.lockedAt
        ? 'auth.locked'
        : user && !attempt.checked
          ? 'auth.login_refused'
          : 'auth.login_failed',
      targetType: 'user',
      targetId: user?.id ?? null,
      after: state
        ? { failedLogins: state.failedLogins, delayedUntil: state.lockedUntil?.toISOString() ?? null }
        : { counted: false },
    });
  });
}

/** The session user as the staff app shows it. */
export function sessionUserOf(actor: Actor): TSessionUser {
  return {
    id: actor.userId,
    username: actor.username,
    fullName: actor.fullName,
    role: actor.role,
    districtCode: actor.districtCode,
    mustChangePassword: actor.mustChangePassword,
    office: { code: actor.officeCode, slug: actor.officeSlug, name: actor.officeName },
  };
}

/** Changes the caller's own password and ends their other sessions. */
export async function changePassword(
  db: Database,
  actor: Actor,
  input: TPasswordChange,
  context: AuditContext,
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('PASSWORD_WRONG', { fields: { currentPassword: 'Kata sandi lama salah' } });
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError('VALIDATION_FAILED', {
      fields: { newPassword: 'Kata sandi baru harus berbeda dari yang lama' },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: new Date() })
      .where(eq(users.id, actor.userId));
    await deleteUserSessions(tx, actor.userId, actor.sessionTokenHash);
    await recordAudit(tx, context, {
      action: 'auth.password_changed',
      targetType: 'user',
      targetId: actor.userId,
    });
  });
}
