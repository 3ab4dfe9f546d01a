import { eq, sql } from 'drizzle-orm';
import type { TLoginRequest, TPasswordChange, TSessionUser } from '../../../domain/auth/schemas';
import { AppError } from '../../../domain/errors/app-error';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { type AuditContext, recordAudit } from '../audit/service';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';
import { createSession, deleteExpiredSessions, deleteUserSessions } from './sessions';
import { users } from './tables';

/** Failed logins in a row before the account is locked, and for how long. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Checks the credentials, counts failures towards a temporary lockout, and opens a session. */
export async function login(
  db: Database,
  input: TLoginRequest & { ip: string | null; userAgent: string | null; requestId: string | null },
  now: Date,
): Promise<LoginResult> {
  const [user] = await db.select().from(users).where(eq(users.username, input.username));
  if (!user?.active) {
    await verifyAgainstDummy(input.password);
    throw new AppError('LOGIN_FAILED');
  }
  const context: AuditContext = {
    actor: { userId: user.id, username: user.username, officeId: user.officeId },
    ip: input.ip,
    requestId: input.requestId,
  };
  if (user.lockedUntil && user.lockedUntil > now) throw new AppError('ACCOUNT_LOCKED');
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    await recordFailure(db, user.id, context, now);
    throw new AppError('LOGIN_FAILED');
  }
  return db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, user.id));
    await recordAudit(tx, context, { action: 'auth.login', targetType: 'user', targetId: user.id });
    // Logins are rare enough to carry the clean-up of expired sessions, with no timer to run.
    await deleteExpiredSessions(tx, now);
    return createSession(tx, { userId: user.id, ip: input.ip, userAgent: input.userAgent, now });
  });
}

async function recordFailure(db: Database, userId: string, context: AuditContext, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ failedLogins: sql`${users.failedLogins} + 1` })
      .where(eq(users.id, userId))
      .returning({ failedLogins: users.failedLogins });
    const locks = (updated?.failedLogins ?? 0) >= LOCKOUT_THRESHOLD;
    if (locks) {
      await tx
        .update(users)
        .set({ lockedUntil: new Date(now.getTime() + LOCKOUT_MS), failedLogins: 0 })
        .where(eq(users.id, userId));
    }
    await recordAudit(tx, context, {
      action: locks ? 'auth.locked' : 'auth.login_failed',
      targetType: 'user',
      targetId: userId,
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
