import { eq } from 'drizzle-orm';
import { disputeClosure } from '../../../domain/cases/workflow';
import { AppError, validationError } from '../../../domain/errors/app-error';
import { normalizePhone } from '../../../domain/identity';
import { normalizeTicket } from '../../../domain/intake/ticket';
import type { Database } from '../../db/client';
import { type AuditContext, recordAudit } from '../audit/service';
import { caseSubjects, cases } from '../cases/tables';
import { serviceStandardVersions } from '../catalogue/tables';
import { alertStaff } from '../notifications/staff-alerts';
import { offices } from '../offices/tables';
import { writeEvents } from './case-actions';
import { columnsOf, stateOf, stepsOf } from './case-record';

/**
 * The reporter proves it is them with the phone they reported with (a closure's dispute, the
 * satisfaction survey): any way of writing the same number matches, anything else is a 400 on `phone`.
 */
export function checkReporterPhone(given: string, reported: string): void {
  const phone = normalizePhone(given);
  if (!phone.ok || phone.value !== reported)
    throw validationError({ phone: 'Nomor HP tidak sama dengan nomor saat melapor' });
}

/**
 * The reporter disputes a closure from the tracking page, proving it is them with the phone number
 * they reported with. Within 14 days of the closure the case reopens to its last officer, who gets
 * a notice; after that, or with another number, it is refused.
 */
export async function disputeCase(
  deps: { db: Database; now: () => Date; config: { publicBaseUrl?: string } },
  rawTicket: string,
  input: { phone: string; reason: string },
  audit: AuditContext,
): Promise<void> {
  const ticket = normalizeTicket(rawTicket);
  if (!ticket) throw new AppError('CASE_NOT_FOUND');
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const [found] = await tx
      .select({
        row: cases,
        phone: caseSubjects.reporterPhone,
        slug: offices.slug,
        timeZone: offices.timeZone,
        content: serviceStandardVersions.content,
      })
      .from(cases)
      .innerJoin(caseSubjects, eq(caseSubjects.caseId, cases.id))
      .innerJoin(offices, eq(offices.id, cases.officeId))
      .leftJoin(serviceStandardVersions, eq(serviceStandardVersions.id, cases.standardVersionId))
      .where(eq(cases.ticket, ticket))
      .for('update', { of: cases });
    if (!found) throw new AppError('CASE_NOT_FOUND');
    checkReporterPhone(input.phone, found.phone);
    const { row } = found;
    const { next, events } = disputeClosure(stateOf(row, stepsOf(found.content)), now, {
      timeZone: found.timeZone,
      reason: input.reason,
    });
    await tx
      .update(cases)
      .set({ ...columnsOf(next), updatedAt: now })
      .where(eq(cases.id, row.id));
    await writeEvents(tx, row, events, now, null, deps, found.slug);
    if (next.assignee?.kind === 'officer')
      await alertStaff(
        tx,
        {
          officeId: row.officeId,
          caseId: row.id,
          ticket: row.ticket,
          kind: 'disputed',
          userIds: [next.assignee.userId],
        },
        now,
      );
    await recordAudit(tx, audit, {
      action: 'case.disputed',
      targetType: 'case',
      targetId: row.ticket,
      after: { reason: input.reason },
    });
  });
}
