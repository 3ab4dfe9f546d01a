import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../domain/errors/app-error';
import { normalizeTicket } from '../../../domain/intake/ticket';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { FileStorage } from '../../storage/file-storage';
import { type AuditContext, recordAudit } from '../audit/service';
import { maySee } from '../case-handling/visibility';
import { caseAttachments, cases } from './tables';

/**
 * A photo or document of a case, for staff of its office (a district operator: of their district).
 * Photos of the KTP and the person are personal data, so each opening is written to the audit log.
 */
export async function openAttachment(
  db: Database,
  storage: FileStorage,
  actor: Actor,
  rawTicket: string,
  attachmentId: string,
  audit: AuditContext,
): Promise<{ bytes: Buffer; contentType: string }> {
  const ticket = normalizeTicket(rawTicket);
  if (!ticket) throw new AppError('NOT_FOUND');
  const [row] = await db
    .select({ attachment: caseAttachments, owner: cases })
    .from(caseAttachments)
    .innerJoin(cases, eq(cases.id, caseAttachments.caseId))
    .where(
      and(eq(cases.ticket, ticket), eq(cases.officeId, actor.officeId), eq(caseAttachments.id, attachmentId)),
    );
  // The same rule as the case itself: district, confidential cases, no administrators.
  if (!row || !maySee(actor, row.owner)) throw new AppError('NOT_FOUND');
  await recordAudit(db, audit, {
    action: 'case.attachment_opened',
    targetType: 'case',
    targetId: ticket,
    after: { attachment: attachmentId, kind: row.attachment.kind },
  });
  return { bytes: await storage.get(row.attachment.storageKey), contentType: row.attachment.contentType };
}
