import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { AppError } from '../../../domain/errors/app-error';
import { legalHold } from '../../../domain/privacy/erasure';
import type { TErasureRequest, TErasureRequestInput } from '../../../domain/privacy/schemas';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { FileStorage } from '../../storage/file-storage';
import { type AuditContext, recordAudit } from '../audit/service';
import { users } from '../auth/tables';
import { cases } from '../cases/tables';
import { eraseScope, removeStoredFiles } from './erase';
import { type PersonScope, personScope } from './scope';
import { privacyErasureRequests } from './tables';

type RequestRow = typeof privacyErasureRequests.$inferSelect;

export interface PrivacyDeps {
  db: Database;
  storage: FileStorage;
  now: () => Date;
  log?: { warn: (details: object, message: string) => void };
}

function holdsOf(scope: PersonScope, timeZone: string, now: Date): TErasureRequest['hold'] {
  return scope.cases.flatMap((c) => {
    const reason = legalHold(c, timeZone, now);
    return reason ? [{ ticket: c.ticket, reason }] : [];
  });
}

function view(
  row: RequestRow,
  names: Map<string, string>,
  extra: Pick<TErasureRequest, 'cases' | 'hold'>,
): TErasureRequest {
  return {
    id: row.id,
    personId: row.personId,
    requesterKind: row.requesterKind as TErasureRequest['requesterKind'],
    legalBasis: row.legalBasis as TErasureRequest['legalBasis'],
    referenceNumber: row.referenceNumber,
    reason: row.reason,
    status: row.status,
    requestedBy: names.get(row.requestedBy) ?? '',
    requestedAt: row.requestedAt.toISOString(),
    decidedBy: row.decidedBy ? (names.get(row.decidedBy) ?? '') : null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    outcome: row.outcome ?? null,
    ...extra,
  };
}

async function usernames(db: Database, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.username]));
}

/** A pending request shows what it would erase and what holds it back; a decided one its outcome. */
async function withScope(db: Database, actor: Actor, rows: RequestRow[], now: Date) {
  const names = await usernames(
    db,
    rows.flatMap((r) => [r.requestedBy, r.decidedBy]),
  );
  return Promise.all(
    rows.map(async (row) => {
      if (row.status !== 'pending') return view(row, names, { cases: row.outcome?.cases ?? 0, hold: [] });
      const scope = await personScope(db, actor.officeId, row.personId).catch(() => null);
      return view(row, names, {
        cases: scope?.cases.length ?? 0,
        hold: scope ? holdsOf(scope, actor.officeTimeZone, now) : [],
      });
    }),
  );
}

export async function listErasureRequests(db: Database, actor: Actor, now: Date) {
  const rows = await db
    .select()
    .from(privacyErasureRequests)
    .where(eq(privacyErasureRequests.officeId, actor.officeId))
    .orderBy(desc(privacyErasureRequests.requestedAt))
    .limit(100);
  return { items: await withScope(db, actor, rows, now) };
}

/** Step one: the request is recorded (and audited); nothing is erased yet. */
export async function requestErasure(
  deps: PrivacyDeps,
  actor: Actor,
  input: TErasureRequestInput,
  audit: AuditContext,
): Promise<TErasureRequest> {
  await personScope(deps.db, actor.officeId, input.personId);
  const row = await deps.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(privacyErasureRequests)
      .values({
        ...input,
        officeId: actor.officeId,
        status: 'pending',
        requestedBy: actor.userId,
        requestedAt: deps.now(),
      })
      .returning();
    if (!created) throw new Error('erasure request not recorded');
    // The reason may name the person: it stays in the request, the audit row carries the rest.
    await recordAudit(tx, audit, {
      action: 'privacy.erasure_requested',
      targetType: 'ppks_person',
      targetId: input.personId,
      after: {
        request: created.id,
        requesterKind: input.requesterKind,
        legalBasis: input.legalBasis,
        referenceNumber: input.referenceNumber,
      },
    });
    return created;
  });
  const [shown] = await withScope(deps.db, actor, [row], deps.now());
  if (!shown) throw new Error('erasure request not shown');
  return shown;
}

async function pendingRequest(db: Database, actor: Actor, id: string): Promise<RequestRow> {
  const [row] = await db
    .select()
    .from(privacyErasureRequests)
    .where(and(eq(privacyErasureRequests.id, id), eq(privacyErasureRequests.officeId, actor.officeId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status !== 'pending') throw new AppError('ERASURE_NOT_PENDING');
  return row;
}

/** A case found by NIK but not yet linked joins the record, so the linking job never makes a new one of it. */
async function linkUnlinked(db: Database, scope: PersonScope) {
  const [root] = scope.personIds;
  const ids = scope.cases.map((c) => c.id);
  if (!root || ids.length === 0) return;
  await db
    .update(cases)
    .set({ personId: root })
    .where(and(inArray(cases.id, ids), isNull(cases.personId)));
}

/**
 * Step two, by another admin or Kadis: refused while a case of the person is open or in its dispute
 * window; otherwise every personal value of the person and their cases goes in one transaction with
 * its audit row, and the stored files are removed after it commits.
 */
export async function confirmErasure(
  deps: PrivacyDeps,
  actor: Actor,
  id: string,
  audit: AuditContext,
): Promise<TErasureRequest> {
  const now = deps.now();
  const { row, storageKeys } = await deps.db.transaction(async (tx) => {
    const request = await pendingRequest(tx, actor, id);
    if (request.requestedBy === actor.userId) throw new AppError('ERASURE_SECOND_OFFICER');
    const scope = await personScope(tx, actor.officeId, request.personId);
    const hold = holdsOf(scope, actor.officeTimeZone, now);
    if (hold.length)
      throw new AppError('ERASURE_ON_HOLD', {
        message: `Data belum dapat dihapus: ${hold.map((h) => `${h.ticket} (${h.reason === 'open' ? 'masih berjalan' : 'masa sanggah'})`).join(', ')}.`,
      });
    await linkUnlinked(tx, scope);
    const erased = await eraseScope(tx, {
      officeId: actor.officeId,
      caseIds: scope.cases.map((c) => c.id),
      personIds: scope.personIds,
      requestId: request.id,
      now,
    });
    const [updated] = await tx
      .update(privacyErasureRequests)
      .set({ status: 'done', decidedBy: actor.userId, decidedAt: now, outcome: erased.outcome })
      .where(eq(privacyErasureRequests.id, request.id))
      .returning();
    if (!updated) throw new Error('erasure request vanished');
    await recordAudit(tx, audit, {
      action: 'privacy.erasure_done',
      targetType: 'ppks_person',
      targetId: request.personId,
      after: { request: request.id, tickets: scope.cases.map((c) => c.ticket), ...erased.outcome },
    });
    return { row: updated, storageKeys: erased.storageKeys };
  });
  const failed = await removeStoredFiles(deps.storage, storageKeys);
  if (failed) deps.log?.warn({ request: id, failed }, 'erasure: some stored files could not be removed');
  const names = await usernames(deps.db, [row.requestedBy, row.decidedBy]);
  const outcome = row.outcome ? { ...row.outcome, filesNotRemoved: failed } : null;
  return view({ ...row, outcome }, names, { cases: row.outcome?.cases ?? 0, hold: [] });
}

export async function cancelErasure(
  deps: PrivacyDeps,
  actor: Actor,
  id: string,
  audit: AuditContext,
): Promise<TErasureRequest> {
  const row = await deps.db.transaction(async (tx) => {
    const request = await pendingRequest(tx, actor, id);
    const [updated] = await tx
      .update(privacyErasureRequests)
      .set({ status: 'cancelled', decidedBy: actor.userId, decidedAt: deps.now() })
      .where(eq(privacyErasureRequests.id, request.id))
      .returning();
    if (!updated) throw new Error('erasure request vanished');
    await recordAudit(tx, audit, {
      action: 'privacy.erasure_cancelled',
      targetType: 'ppks_person',
      targetId: request.personId,
      after: { request: request.id },
    });
    return updated;
  });
  const names = await usernames(deps.db, [row.requestedBy, row.decidedBy]);
  return view(row, names, { cases: 0, hold: [] });
}
