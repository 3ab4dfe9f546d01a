import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../domain/errors/app-error';
import type { TColumnMapping } from '../../../domain/registry/fields';
import { INTERRUPTED_IMPORT_MESSAGE, isAbandonedImport } from '../../../domain/registry/import-life';
import type { TRegistryImport } from '../../../domain/registry/schemas';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { type AuditContext, recordAudit } from '../audit/service';
import { users } from '../auth/tables';
import { registryImportErrors, registryImports, registryMappings, registryMembers } from './tables';

type ImportRow = typeof registryImports.$inferSelect;

export function importView(row: ImportRow, by: string | null): TRegistryImport {
  return {
    id: row.id,
    fileName: row.fileName,
    format: row.format,
    source: row.source,
    dataDate: row.dataDate,
    status: row.status,
    bytesRead: row.bytesRead,
    bytesTotal: row.bytesTotal,
    rowsRead: row.rowsRead,
    inserted: row.inserted,
    updated: row.updated,
    failed: row.failed,
    message: row.message,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    by,
  };
}

/**
 * Imports whose process died mid-way (no progress for IMPORT_SILENCE_LIMIT_MS) become failed with a
 * message saying so; called before the history is read, so nobody waits on a dead import.
 */
async function settleAbandonedImports(db: Database, officeId: string, now: Date): Promise<void> {
  const running = await db
    .select({
      id: registryImports.id,
      status: registryImports.status,
      heartbeatAt: registryImports.heartbeatAt,
    })
    .from(registryImports)
    .where(and(eq(registryImports.officeId, officeId), eq(registryImports.status, 'running')));
  const abandoned = running.filter((row) => isAbandonedImport(row, now)).map((row) => row.id);
  if (abandoned.length === 0) return;
  await db
    .update(registryImports)
    .set({ status: 'failed', message: INTERRUPTED_IMPORT_MESSAGE, finishedAt: now })
    .where(and(inArray(registryImports.id, abandoned), eq(registryImports.status, 'running')));
}

/** The import history of the caller's office, newest first, and how many people its registry holds. */
export async function listImports(db: Database, actor: Actor, now: Date) {
  await settleAbandonedImports(db, actor.officeId, now);
  const [rows, [members]] = await Promise.all([
    db
      .select({ row: registryImports, by: users.username })
      .from(registryImports)
      .leftJoin(users, eq(users.id, registryImports.createdBy))
      .where(eq(registryImports.officeId, actor.officeId))
      .orderBy(desc(registryImports.startedAt))
      .limit(100),
    db.select({ total: count() }).from(registryMembers).where(eq(registryMembers.officeId, actor.officeId)),
  ]);
  return { items: rows.map((r) => importView(r.row, r.by)), members: members?.total ?? 0 };
}

/** One import of the caller's office (the progress bar polls it); another office's answers 404. */
export async function getImport(db: Database, actor: Actor, id: string, now: Date): Promise<TRegistryImport> {
  await settleAbandonedImports(db, actor.officeId, now);
  return readImport(db, actor, id);
}

async function readImport(db: Database, actor: Actor, id: string): Promise<TRegistryImport> {
  const [found] = await db
    .select({ row: registryImports, by: users.username })
    .from(registryImports)
    .leftJoin(users, eq(users.id, registryImports.createdBy))
    .where(and(eq(registryImports.id, id), eq(registryImports.officeId, actor.officeId)));
  if (!found) throw new AppError('NOT_FOUND');
  return importView(found.row, found.by);
}

/** The refused rows of an import, by line, a page at a time. */
export async function listImportErrors(
  db: Database,
  actor: Actor,
  id: string,
  page: number,
  pageSize: number,
) {
  await readImport(db, actor, id);
  const where = eq(registryImportErrors.importId, id);
  const [items, [total]] = await Promise.all([
    db
      .select({
        line: registryImportErrors.line,
        column: registryImportErrors.column,
        reason: registryImportErrors.reason,
        message: registryImportErrors.message,
      })
      .from(registryImportErrors)
      .where(where)
      .orderBy(asc(registryImportErrors.line), asc(registryImportErrors.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(registryImportErrors).where(where),
  ]);
  return { items, total: total?.total ?? 0, page, pageSize };
}

export async function savedMapping(db: Database, officeId: string): Promise<TColumnMapping> {
  const [row] = await db
    .select({ mapping: registryMappings.mapping })
    .from(registryMappings)
    .where(eq(registryMappings.officeId, officeId));
  return row?.mapping ?? {};
}

/** Saves the office's column mapping for its next imports (audited with the old and the new). */
export async function saveMapping(
  db: Database,
  actor: Actor,
  mapping: TColumnMapping,
  audit: AuditContext,
  now: Date,
): Promise<TColumnMapping> {
  const before = await savedMapping(db, actor.officeId);
  await db.transaction(async (tx) => {
    await tx
      .insert(registryMappings)
      .values({ officeId: actor.officeId, mapping, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: registryMappings.officeId,
        set: { mapping, updatedBy: actor.userId, updatedAt: now },
      });
    await recordAudit(tx, audit, {
      action: 'registry.mapping_saved',
      targetType: 'office',
      targetId: actor.officeId,
      before,
      after: mapping,
    });
  });
  return mapping;
}
