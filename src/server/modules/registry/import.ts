import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import { type ResolvedColumns, resolveColumns, type TColumnMapping } from '../../../domain/registry/fields';
import {
  type Cell,
  DuplicateNikGuard,
  type RowContext,
  type RowError,
  readRegistryRow,
} from '../../../domain/registry/row';
import { identityHash } from '../../crypto/keys';
import type { Database } from '../../db/client';
import { knownRegionCodes } from '../../reference/regions-cache';
import { type AuditContext, recordAudit } from '../audit/service';
import { type FileFormat, type FileRow, readRows, sniffFormat } from './readers';
import { registryImports, registryMappings } from './tables';
import { type HashedRecord, insertRowErrors, upsertMembers } from './upsert';

const BATCH_ROWS = 5000;
/** Refused rows kept per import for the report; all of them are counted. */
export const MAX_STORED_ERRORS = 10_000;

export interface ImportRequest {
  office: { id: string; code: string };
  filePath: string;
  fileName: string;
  source: string;
  dataDate: string;
  /** This file's mapping; the office's saved one (or the common column names) when null. */
  mapping: TColumnMapping | null;
  saveMapping: boolean;
  userId: string | null;
  audit: AuditContext;
  now: () => Date;
  /** Told after each batch (the CLI prints it; the web polls the import row instead). */
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  bytesRead: number;
  rowsRead: number;
  inserted: number;
  updated: number;
  failed: number;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function mappingFor(db: Database, request: ImportRequest): Promise<TColumnMapping> {
  if (request.mapping && request.saveMapping) {
    await db
      .insert(registryMappings)
      .values({ officeId: request.office.id, mapping: request.mapping, updatedBy: request.userId })
      .onConflictDoUpdate({
        target: registryMappings.officeId,
        set: { mapping: request.mapping, updatedBy: request.userId, updatedAt: request.now() },
      });
    await recordAudit(db, request.audit, {
      action: 'registry.mapping_saved',
      targetType: 'office',
      targetId: request.office.id,
      officeId: request.office.id,
      after: request.mapping,
    });
  }
  if (request.mapping) return request.mapping;
  const [saved] = await db
    .select({ mapping: registryMappings.mapping })
    .from(registryMappings)
    .where(eq(registryMappings.officeId, request.office.id));
  return saved?.mapping ?? {};
}

/** Records the import (status running) and answers its id; `loadImport` then reads the file. */
export async function beginImport(
  db: Database,
  request: ImportRequest,
): Promise<{ importId: string; format: FileFormat; mapping: TColumnMapping }> {
  const [format, size, sha256, mapping] = await Promise.all([
    sniffFormat(request.filePath),
    stat(request.filePath).then((s) => s.size),
    sha256Of(request.filePath),
    mappingFor(db, request),
  ]);
  const [row] = await db
    .insert(registryImports)
    .values({
      officeId: request.office.id,
      fileName: request.fileName.slice(0, 200),
      format,
      fileSha256: sha256,
      source: request.source,
      dataDate: request.dataDate,
      mapping,
      status: 'running',
      bytesTotal: size,
      createdBy: request.userId,
      startedAt: request.now(),
      heartbeatAt: new Date(),
    })
    .returning({ id: registryImports.id });
  if (!row) throw new Error('import not recorded');
  return { importId: row.id, format, mapping };
}

const headerText = (cells: Cell[]) => cells.map((c) => (c === null || c === undefined ? '' : String(c)));

/** The row rules' view of the office and its regions. */
async function rowContext(db: Database, request: ImportRequest): Promise<RowContext> {
  const regions = await knownRegionCodes(db);
  return {
    districtExists: (code) => regions.has(code),
    villageExists: (code) => regions.has(code),
    regencyCode: request.office.code,
    today: request.now(),
  };
}

async function finish(
  db: Database,
  request: ImportRequest,
  importId: string,
  progress: ImportProgress,
  failure: string | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(registryImports)
      .set({ ...progress, status: failure ? 'failed' : 'done', message: failure, finishedAt: request.now() })
      .where(eq(registryImports.id, importId));
    await recordAudit(tx, request.audit, {
      action: failure ? 'registry.import_failed' : 'registry.imported',
      targetType: 'registry_import',
      targetId: importId,
      officeId: request.office.id,
      after: { fileName: request.fileName, source: request.source, dataDate: request.dataDate, ...progress },
    });
  });
}

/**
 * Reads the file row by row and loads the good rows in batches (the next batch is read while the
 * last one is written); refused rows go to the report by line, column and reason. Rows loaded before
 * a failure stay loaded: each is a complete, checked record.
 */
export async function loadImport(
  db: Database,
  request: ImportRequest,
  started: { importId: string; format: FileFormat; mapping: TColumnMapping },
): Promise<ImportProgress & { failure: string | null }> {
  const { importId } = started;
  const progress: ImportProgress = { bytesRead: 0, rowsRead: 0, inserted: 0, updated: 0, failed: 0 };
  try {
    const rows = readRows(request.filePath, started.format);
    const header = await rows.next();
    const columns: ResolvedColumns = header.done
      ? { ok: false, missing: [], message: 'Berkas kosong: tidak ada baris judul kolom.' }
      : resolveColumns(headerText(header.value.cells), started.mapping);
    if (!columns.ok) {
      await insertRowErrors(db, importId, [
        { line: 1, column: '-', field: null, reason: 'columns', message: columns.message },
      ]);
      await finish(db, request, importId, progress, columns.message);
      return { ...progress, failure: columns.message };
    }
    await loadRows(db, request, { importId, rows, columns, progress });
    await finish(db, request, importId, progress, null);
  } catch (error) {
    await finish(
      db,
      request,
      importId,
      progress,
      'Impor terhenti karena berkas tidak dapat dibaca sampai akhir.',
    );
    throw error;
  }
  return { ...progress, failure: null };
}

interface LoadState {
  importId: string;
  rows: AsyncGenerator<FileRow>;
  columns: Extract<ResolvedColumns, { ok: true }>;
  progress: ImportProgress;
}

async function loadRows(db: Database, request: ImportRequest, state: LoadState): Promise<void> {
  const { importId, rows, columns, progress } = state;
  const ctx = await rowContext(db, request);
  const hash = identityHash;
  const guard = new DuplicateNikGuard();
  const nikColumn = columns.headers[columns.index.nik ?? -1] ?? 'NIK';
  const target = {
    officeId: request.office.id,
    importId,
    source: request.source,
    dataDate: request.dataDate,
  };
  let batch: HashedRecord[] = [];
  let errors: RowError[] = [];
  let stored = 0;
  let pending: Promise<void> = Promise.resolve();
  const flush = async (bytesRead: number) => {
    const [records, refused] = [batch, errors.slice(0, Math.max(0, MAX_STORED_ERRORS - stored))];
    stored += refused.length;
    [batch, errors] = [[], []];
    await pending; // one batch in flight: reading overlaps writing, memory stays bounded
    pending = (async () => {
      const counts = await upsertMembers(db, records, { ...target, now: request.now() });
      await insertRowErrors(db, importId, refused);
      progress.inserted += counts.inserted;
      progress.updated += counts.updated;
      progress.bytesRead = bytesRead;
      await db
        .update(registryImports)
        .set({ ...progress, heartbeatAt: new Date() })
        .where(eq(registryImports.id, importId));
      request.onProgress?.(progress);
    })();
    pending.catch(() => {}); // awaited at the next flush; this only keeps Node from calling it unhandled
  };
  let bytesRead = 0;
  for await (const row of rows) {
    progress.rowsRead++;
    bytesRead = row.bytesRead;
    const result = readRegistryRow(row.cells, columns, row.line, ctx);
    const duplicate = result.ok ? guard.check(result.record, row.line, nikColumn) : null;
    if (!result.ok || duplicate) {
      progress.failed++;
      errors.push(...(result.ok ? [duplicate as RowError] : result.errors));
    } else batch.push({ ...result.record, nikHash: hash(result.record.nik), kkHash: hash(result.record.kk) });
    if (batch.length >= BATCH_ROWS || errors.length >= BATCH_ROWS) await flush(bytesRead);
  }
  await flush(bytesRead);
  await pending;
  progress.bytesRead = bytesRead;
}
