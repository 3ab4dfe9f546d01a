import { READ_PURPOSES } from '../../../domain/privacy/erasure';
import type { Database } from '../../db/client';
import { type AuditContext, recordAudit } from '../audit/service';

type ReadAction = 'case.viewed' | 'ppks_person.viewed';

/**
 * One audit row for a page that shows a person's data: who (the context), whose (the case's ticket and
 * id, or the register record), when (the row's time) and why (the page's purpose). Called once the
 * reader is known to be allowed, beside the page's own reads, so it adds no round trip of its own.
 */
export function recordRead(
  db: Database,
  audit: AuditContext,
  entry: { action: ReadAction; targetType: 'case' | 'ppks_person'; targetId: string; after?: object },
): Promise<void> {
  return recordAudit(db, audit, {
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    after: { purpose: READ_PURPOSES[entry.action], ...entry.after },
  });
}
