import { eq } from 'drizzle-orm';
import { AppError } from '../../../domain/errors/app-error';
import { normalizeTicket } from '../../../domain/intake/ticket';
import type { TStopNotices } from '../../../domain/notifications/schemas';
import type { Database } from '../../db/client';
import { type AuditContext, recordAudit } from '../audit/service';
import { checkReporterPhone } from '../case-handling/dispute';
import { caseSubjects, cases } from '../cases/tables';
import { recordStop } from './recipients';

/**
 * The reporter asks, from the tracking page, for no more notices: proven by the phone they
 * reported with, the office stops every notice to that phone (and to their e-mail address, when
 * the case has one), the waiting ones at once and later ones when the worker meets them. The
 * audit row says which case asked and how many waiting notices stopped, never the number.
 */
export async function stopNoticesByLink(
  deps: { db: Database; now: () => Date },
  rawTicket: string,
  input: TStopNotices,
  audit: AuditContext,
): Promise<void> {
  const ticket = normalizeTicket(rawTicket);
  if (!ticket) throw new AppError('CASE_NOT_FOUND');
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const [found] = await tx
      .select({
        officeId: cases.officeId,
        phone: caseSubjects.reporterPhone,
        email: caseSubjects.reporterEmail,
      })
      .from(cases)
      .innerJoin(caseSubjects, eq(caseSubjects.caseId, cases.id))
      .where(eq(cases.ticket, ticket));
    if (!found) throw new AppError('CASE_NOT_FOUND');
    checkReporterPhone(input.phone, found.phone);
    const byPhone = await recordStop(tx, found.officeId, found.phone, 'link', now);
    const byEmail = found.email
      ? await recordStop(tx, found.officeId, found.email, 'link', now)
      : { stoppedPending: 0 };
    await recordAudit(tx, audit, {
      action: 'notice.stopped',
      targetType: 'case',
      targetId: ticket,
      officeId: found.officeId,
      after: {
        source: 'link',
        addresses: found.email ? ['phone', 'email'] : ['phone'],
        stoppedPending: byPhone.stoppedPending + byEmail.stoppedPending,
      },
    });
  });
}
