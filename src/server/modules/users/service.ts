import { and, asc, eq } from 'drizzle-orm';
import type { Role } from '../../../domain/auth/roles';
import type { TStaffContact, TUser, TUserCreate, TUserUpdate } from '../../../domain/auth/schemas';
import { AppError } from '../../../domain/errors/app-error';
import { maskPhone } from '../../../domain/identity/mask';
import { maskEmail } from '../../../domain/notifications/mask-address';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { type AuditContext, recordAudit } from '../audit/service';
import { hashPassword } from '../auth/password';
import { deleteUserSessions } from '../auth/sessions';
import { type UserRow, users } from '../auth/tables';
import { districtUnits } from '../offices/tables';

/** An account as the admin sees it: its phone and e-mail masked unless `reveal` (one account's page). */
function toUser(row: UserRow, reveal = false): TUser {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    role: row.role as Role,
    districtCode: row.districtCode,
    partnerName: row.partnerName,
    phone: row.phone && (reveal ? row.phone : maskPhone(row.phone)),
    email: row.email && (reveal ? row.email : maskEmail(row.email)),
    active: row.active,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    lockedAt: row.lockedAt?.toISOString() ?? null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The fields an audit row keeps of a user: never the password hash. */
function auditView(row: UserRow) {
  const { passwordHash: _hidden, ...rest } = row;
  return rest;
}

/** What an unlock or a password reset clears: the failure count, the slow-down and the lock. */
const UNLOCKED = { failedLogins: 0, lockedUntil: null, lockedAt: null };

/** A district operator needs a district of the caller's office; other roles carry none. */
async function checkDistrict(
  db: Database,
  actor: Actor,
  role: Role,
  districtCode: string | null | undefined,
): Promise<string | null> {
  if (role !== 'district_operator') return null;
  if (!districtCode)
    throw new AppError('VALIDATION_FAILED', {
      fields: { districtCode: 'Operator kecamatan wajib memilih kecamatan' },
    });
  const [unit] = await db
    .select({ id: districtUnits.id })
    .from(districtUnits)
    .where(and(eq(districtUnits.officeId, actor.officeId), eq(districtUnits.districtCode, districtCode)));
  if (!unit)
    throw new AppError('VALIDATION_FAILED', {
      fields: { districtCode: 'Kecamatan bukan wilayah kantor ini' },
    });
  return districtCode;
}

export async function listUsers(db: Database, actor: Actor): Promise<TUser[]> {
  const rows = await db
    .select()
    .from(users)
    .where(eq(users.officeId, actor.officeId))
    .orderBy(asc(users.username));
  return rows.map((row) => toUser(row));
}

/** One user of the caller's office; another office's user is "not found". */
async function findOwnUser(db: Database, actor: Actor, id: string): Promise<UserRow> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.officeId, actor.officeId)));
  if (!row) throw new AppError('USER_NOT_FOUND');
  return row;
}

/** One account in full, for the admin's edit form: the phone and e-mail unmasked. */
export async function getUser(db: Database, actor: Actor, id: string): Promise<TUser> {
  return toUser(await findOwnUser(db, actor, id), true);
}

export async function createUser(
  db: Database,
  actor: Actor,
  input: TUserCreate,
  context: AuditContext,
): Promise<TUser> {
  const districtCode = await checkDistrict(db, actor, input.role, input.districtCode);
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.username, input.username));
  if (taken) throw new AppError('USERNAME_TAKEN', { fields: { username: 'Nama pengguna sudah dipakai' } });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        officeId: actor.officeId,
        username: input.username,
        fullName: input.fullName,
        role: input.role,
        districtCode,
        partnerName: input.role === 'partner' ? (input.partnerName ?? null) : null,
        phone: input.phone ?? null,
        email: input.email ?? null,
        passwordHash,
        mustChangePassword: true,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, context, {
      action: 'user.created',
      targetType: 'user',
      targetId: row.id,
      after: auditView(row),
    });
    return toUser(row);
  });
}

export async function updateUser(
  db: Database,
  actor: Actor,
  id: string,
  input: TUserUpdate,
  context: AuditContext,
): Promise<TUser> {
  const before = await findOwnUser(db, actor, id);
  const role = (input.role ?? before.role) as Role;
  const districtCode = await checkDistrict(
    db,
    actor,
    role,
    input.districtCode === undefined ? before.districtCode : input.districtCode,
  );
  if (id === actor.userId && (input.active === false || (input.role && input.role !== 'admin'))) {
    throw new AppError('VALIDATION_FAILED', {
      fields: { role: 'Anda tidak dapat menonaktifkan atau menurunkan peran akun sendiri' },
    });
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({
        fullName: input.fullName,
        role,
        districtCode,
        partnerName:
          role === 'partner'
            ? input.partnerName === undefined
              ? before.partnerName
              : input.partnerName
            : null,
        active: input.active,
        // Undefined leaves the column as it is; null clears it.
        phone: input.phone,
        email: input.email,
        ...(passwordHash ? { passwordHash, mustChangePassword: true, ...UNLOCKED } : {}),
      })
      .where(and(eq(users.id, id), eq(users.officeId, actor.officeId)))
      .returning();
    if (!row) throw new AppError('USER_NOT_FOUND');
    // Deactivation, a new role or a reset password take effect now, not at the next login.
    if (
      row.active === false ||
      passwordHash ||
      row.role !== before.role ||
      row.districtCode !== before.districtCode
    ) {
      await deleteUserSessions(tx, id);
    }
    await recordAudit(tx, context, {
      action: input.active === false && before.active ? 'user.deactivated' : 'user.updated',
      targetType: 'user',
      targetId: id,
      before: auditView(before),
      after: { ...auditView(row), passwordReset: passwordHash !== undefined },
    });
    return toUser(row);
  });
}

/**
 * Opens an account the login guard locked or slowed down, keeping its password (the officer knows
 * it; a stranger's guesses locked it). Audited with the state it had.
 */
export async function unlockUser(
  db: Database,
  actor: Actor,
  id: string,
  context: AuditContext,
): Promise<TUser> {
  return db.transaction(async (tx) => {
    const before = await findOwnUser(tx, actor, id);
    const [row] = await tx
      .update(users)
      .set(UNLOCKED)
      .where(and(eq(users.id, id), eq(users.officeId, actor.officeId)))
      .returning();
    if (!row) throw new AppError('USER_NOT_FOUND');
    await recordAudit(tx, context, {
      action: 'user.unlocked',
      targetType: 'user',
      targetId: id,
      before: {
        failedLogins: before.failedLogins,
        lockedUntil: before.lockedUntil?.toISOString() ?? null,
        lockedAt: before.lockedAt?.toISOString() ?? null,
      },
    });
    return toUser(row);
  });
}

/** The signed-in officer's own phone and e-mail, in full. */
export async function getOwnContact(db: Database, actor: Actor): Promise<TStaffContact> {
  const row = await findOwnUser(db, actor, actor.userId);
  return { phone: row.phone, email: row.email };
}

/** The signed-in officer sets where their staff alerts reach them; audited like an admin's edit. */
export async function updateOwnContact(
  db: Database,
  actor: Actor,
  input: TStaffContact,
  context: AuditContext,
): Promise<TStaffContact> {
  return db.transaction(async (tx) => {
    const before = await findOwnUser(tx, actor, actor.userId);
    await tx
      .update(users)
      .set({ phone: input.phone, email: input.email })
      .where(and(eq(users.id, actor.userId), eq(users.officeId, actor.officeId)));
    await recordAudit(tx, context, {
      action: 'user.contact_updated',
      targetType: 'user',
      targetId: actor.userId,
      before: { phone: before.phone, email: before.email },
      after: input,
    });
    return { phone: input.phone, email: input.email };
  });
}
