import { and, eq, inArray, lt, ne, notInArray, sql } from 'drizzle-orm';
import { TERMINAL_STATUSES } from '../../../domain/cases/status';
import { ERASED } from '../../../domain/privacy/erasure';
import { DEFAULT_RETENTION, retentionCutoffs } from '../../../domain/privacy/retention';
import type { TRetentionSettings } from '../../../domain/privacy/schemas';
import type { Database, DatabaseHandle } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { FileStorage } from '../../storage/file-storage';
import { type AuditContext, recordAudit } from '../audit/service';
import { sessions, users } from '../auth/tables';
import { rowsOf } from '../case-handling/case-record';
import { notificationOutbox } from '../notifications/tables';
import { offices } from '../offices/tables';
import { registryChecks } from '../registry/tables';
import { eraseScope, removeStoredFiles } from './erase';
import { privacyRetentionSettings } from './tables';

/** The advisory lock of the retention job (the sweep holds 51_002 … escalations 51_005). */
export const RETENTION_LOCK_KEY = 51_016;
/** Cases anonymised per office per run: a backlog (the first run) is taken over several runs. */
const CASE_BATCH = 200;

export async function retentionSettings(db: Database, officeId: string): Promise<TRetentionSettings> {
  const [row] = await db
    .select()
    .from(privacyRetentionSettings)
    .where(eq(privacyRetentionSettings.officeId, officeId));
  if (!row) return { ...DEFAULT_RETENTION };
  return {
    closedCaseYears: row.closedCaseYears,
    registryCheckMonths: row.registryCheckMonths,
    outboxDays: row.outboxDays,
    sessionDays: row.sessionDays,
  };
}

export async function saveRetentionSettings(
  db: Database,
  actor: Actor,
  settings: TRetentionSettings,
  audit: AuditContext,
): Promise<TRetentionSettings> {
  return db.transaction(async (tx) => {
    const before = await retentionSettings(tx, actor.officeId);
    await tx
      .insert(privacyRetentionSettings)
      .values({ officeId: actor.officeId, ...settings, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: privacyRetentionSettings.officeId,
        set: { ...settings, updatedBy: actor.userId, updatedAt: sql`now()` },
      });
    await recordAudit(tx, audit, {
      action: 'privacy.retention_updated',
      targetType: 'office',
      targetId: actor.officeId,
      before,
      after: settings,
    });
    return settings;
  });
}

type Ended = { id: string; person_id: string | null };

/** Ended cases past their period and not yet anonymised, oldest first. */
async function expiredCases(db: Database, officeId: string, before: Date): Promise<Ended[]> {
  const terminal = sql.raw(TERMINAL_STATUSES.map((s) => `'${s}'`).join(', '));
  return rowsOf<Ended>(
    await db.execute(sql`
      select c.id, c.person_id from cases c
      where c.office_id = ${officeId}::uuid and c.status in (${terminal})
        and coalesce(c.closed_at, c.updated_at) < ${before.toISOString()}::timestamptz
        and not exists (select 1 from privacy_erased_cases e where e.case_id = c.id)
      order by coalesce(c.closed_at, c.updated_at)
      limit ${CASE_BATCH}`),
  );
}

/** Of these register records, those with no case left whose data is kept: they go too. */
async function personsWithoutKeptCases(db: Database, personIds: string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      select p.id from ppks_persons p
      where p.id in (select jsonb_array_elements_text(${JSON.stringify(personIds)}::jsonb)::uuid)
        and not exists (
          select 1 from cases c where c.person_id = p.id
            and not exists (select 1 from privacy_erased_cases e where e.case_id = c.id))`),
  );
  return rows.map((r) => r.id);
}

export interface RetentionCounts {
  cases: number;
  persons: number;
  files: number;
  registryChecks: number;
  notices: number;
  sessions: number;
}

/** One office's pass: anonymises (with the erasure's own code) what is past its period, nothing else. */
async function applyToOffice(db: Database, officeId: string, now: Date) {
  const cut = retentionCutoffs(await retentionSettings(db, officeId), now);
  return db.transaction(async (tx) => {
    const ended = await expiredCases(tx, officeId, cut.closedCasesBefore);
    const caseIds = ended.map((c) => c.id);
    const personIds = [...new Set(ended.map((c) => c.person_id).filter((p): p is string => p !== null))];
    const erased = caseIds.length
      ? await eraseScope(tx, { officeId, caseIds, personIds: [], requestId: null, now })
      : null;
    const gone = await personsWithoutKeptCases(tx, personIds);
    const persons = gone.length
      ? await eraseScope(tx, { officeId, caseIds: [], personIds: gone, requestId: null, now })
      : null;
    const checks = await tx
      .update(registryChecks)
      .set({ queryHash: null, queryMasked: ERASED, memberIds: [] })
      .where(
        and(
          eq(registryChecks.officeId, officeId),
          lt(registryChecks.at, cut.registryChecksBefore),
          ne(registryChecks.queryMasked, ERASED),
        ),
      )
      .returning({ id: registryChecks.id });
    const notices = await tx
      .update(notificationOutbox)
      .set({ recipient: ERASED, body: ERASED, params: null, lastError: null })
      .where(
        and(
          eq(notificationOutbox.officeId, officeId),
          lt(notificationOutbox.createdAt, cut.outboxBefore),
          notInArray(notificationOutbox.status, ['pending', 'sending']),
          ne(notificationOutbox.recipient, ERASED),
        ),
      )
      .returning({ id: notificationOutbox.id });
    const staff = tx.select({ id: users.id }).from(users).where(eq(users.officeId, officeId));
    const ended_sessions = await tx
      .delete(sessions)
      .where(and(lt(sessions.expiresAt, cut.sessionsExpiredBefore), inArray(sessions.userId, staff)))
      .returning({ id: sessions.tokenHash });
    const counts: RetentionCounts = {
      cases: caseIds.length,
      persons: persons?.outcome.persons ?? 0,
      files: erased?.outcome.files ?? 0,
      registryChecks: (erased?.outcome.registryChecks ?? 0) + checks.length,
      notices: (erased?.outcome.notices ?? 0) + notices.length,
      sessions: ended_sessions.length,
    };
    if (Object.values(counts).some((n) => n > 0))
      await recordAudit(
        tx,
        { actor: null, ip: null, requestId: null },
        {
          action: 'privacy.retention_applied',
          targetType: 'office',
          targetId: officeId,
          officeId,
          after: counts,
        },
      );
    return { counts, storageKeys: erased?.storageKeys ?? [] };
  });
}

/**
 * The retention job: for every office, closed cases' personal data after N years, registry answers
 * after M months, notice bodies and recipients after K days, expired sessions after S days. Under an
 * advisory lock, so one instance applies it at a time; files are removed after each office commits.
 */
export async function applyRetention(
  handle: Pick<DatabaseHandle, 'withAdvisoryLock'>,
  storage: FileStorage,
  now: Date,
): Promise<RetentionCounts & { filesNotRemoved: number }> {
  return handle.withAdvisoryLock(RETENTION_LOCK_KEY, async (db) => {
    const total = {
      cases: 0,
      persons: 0,
      files: 0,
      registryChecks: 0,
      notices: 0,
      sessions: 0,
      filesNotRemoved: 0,
    };
    for (const office of await db.select({ id: offices.id }).from(offices)) {
      const { counts, storageKeys } = await applyToOffice(db, office.id, now);
      for (const key of Object.keys(counts) as (keyof RetentionCounts)[]) total[key] += counts[key];
      total.filesNotRemoved += await removeStoredFiles(storage, storageKeys);
    }
    return total;
  });
}
