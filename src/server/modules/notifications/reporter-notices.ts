import { eq } from 'drizzle-orm';
import type { TimelineEvent } from '../../../domain/cases/events';
import { reporterTemplate, statusWords, type TNoticeParams } from '../../../domain/notifications/kinds';
import { noticeLinkLine } from '../../../domain/survey/offer';
import type { Database } from '../../db/client';
import { caseSubjects } from '../cases/tables';
import { notificationOutbox } from './tables';

/** The parameters of a public event's notice: only what the tracking page shows anyway. */
export function eventNoticeParams(ticket: string, event: TimelineEvent): TNoticeParams {
  const missing = event.type === 'documents_requested' ? event.data.missing : undefined;
  return {
    ticket,
    message: event.message,
    status: statusWords(event.type),
    ...(Array.isArray(missing) ? { missing: missing.map(String).join(', ') } : {}),
  };
}

/**
 * Queues a notice to the reporter for each public event, in the transaction of the change: to the
 * phone they reported with, and to their e-mail address when they gave one. The outbox worker
 * chooses the channel by the office's settings when it sends.
 */
export async function queueReporterNotices(
  tx: Database,
  row: { id: string; officeId: string; ticket: string },
  events: TimelineEvent[],
  trackingLink: string,
  at: Date,
): Promise<void> {
  const notices = events.filter((e) => e.public);
  if (notices.length === 0) return;
  const [subject] = await tx
    .select({ phone: caseSubjects.reporterPhone, email: caseSubjects.reporterEmail })
    .from(caseSubjects)
    .where(eq(caseSubjects.caseId, row.id));
  if (!subject) return;
  const addresses = [
    { channel: 'whatsapp' as const, recipient: subject.phone },
    ...(subject.email ? [{ channel: 'email' as const, recipient: subject.email }] : []),
  ];
  await tx.insert(notificationOutbox).values(
    notices.flatMap((e) =>
      addresses.map(({ channel, recipient }) => ({
        officeId: row.officeId,
        caseId: row.id,
        channel,
        recipient,
        template: reporterTemplate(e.type),
        body: `Tiket ${row.ticket}: ${e.message} ${noticeLinkLine(e.type, trackingLink)}`,
        params: eventNoticeParams(row.ticket, e),
        createdAt: at,
        nextAttemptAt: at,
      })),
    ),
  );
}
