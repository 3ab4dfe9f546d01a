import { AppError, validationError } from '../../../domain/errors/app-error';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { Upload } from '../../http/multipart';
import type { FileStorage } from '../../storage/file-storage';
import { type PreparedFile, prepareUpload, UploadRejected } from '../../storage/uploads';
import { type AuditContext, recordAudit } from '../audit/service';
import { caseAttachments } from '../cases/tables';
import { loadCase } from './case-record';

/** Checks and re-encodes uploads (EXIF gone), and puts them in the storage under the case's folder. */
export async function storeUploads(
  storage: FileStorage,
  officeSlug: string,
  ticket: string,
  uploads: Upload[],
): Promise<(PreparedFile & { kind: string })[]> {
  const stored: (PreparedFile & { kind: string })[] = [];
  for (const [index, upload] of uploads.entries()) {
    try {
      const file = await prepareUpload(upload.bytes, `cases/${officeSlug}/${ticket.toLowerCase()}`);
      await storage.put(file.key, file.bytes);
      stored.push({ ...file, kind: upload.kind });
    } catch (error) {
      await Promise.all(stored.map((f) => storage.remove(f.key)));
      if (!(error instanceof UploadRejected)) throw error;
      throw validationError({
        [`files.${index}`]:
          error.message === 'size'
            ? 'Berkas paling besar 10 MB'
            : 'Berkas harus foto JPEG, PNG, WebP atau dokumen PDF',
      });
    }
  }
  return stored;
}

/** Rows for the stored files of a case; answers their ids in order. */
export async function attachFiles(
  db: Database,
  caseId: string,
  files: (PreparedFile & { kind: string; label?: string | null })[],
): Promise<string[]> {
  if (files.length === 0) return [];
  const rows = await db
    .insert(caseAttachments)
    .values(
      files.map((f) => ({
        caseId,
        kind: f.kind,
        label: f.label ?? null,
        storageKey: f.key,
        contentType: f.contentType,
        size: f.bytes.length,
        sha256: f.sha256,
      })),
    )
    .returning({ id: caseAttachments.id });
  return rows.map((r) => r.id);
}

/**
 * A requirement document for an item of the service's checklist (KK, surat keterangan…): it replaces
 * an earlier file for the same item in the checklist view; every file stays attached.
 */
export async function addRequirementDocument(
  deps: { db: Database; storage: FileStorage },
  actor: Actor,
  ticket: string,
  item: string,
  uploads: Upload[],
  audit: AuditContext,
): Promise<{ id: string }> {
  const { row, content } = await loadCase(deps.db, actor, ticket);
  if (!(content?.requirementChecklist ?? []).some((i) => i.name === item))
    throw validationError({ item: 'Pilih dokumen dari daftar persyaratan layanan ini' });
  const [upload] = uploads;
  if (!upload || uploads.length !== 1) throw validationError({ file: 'Lampirkan satu berkas' });
  const [file] = await storeUploads(deps.storage, actor.officeSlug, row.ticket, [upload]);
  if (!file) throw new AppError('INTERNAL');
  const [id] = await deps.db.transaction(async (tx) => {
    const ids = await attachFiles(tx, row.id, [{ ...file, kind: 'requirement', label: item }]);
    await recordAudit(tx, audit, {
      action: 'case.document_added',
      targetType: 'case',
      targetId: row.ticket,
      after: { item },
    });
    return ids;
  });
  if (!id) throw new AppError('INTERNAL');
  return { id };
}
