import { maskPhone } from '../../../domain/identity/mask';
import type { Database } from '../../db/client';
import { type AuditContext, recordAudit } from '../audit/service';
import { offices } from '../offices/tables';
import type { ProviderStatus } from './provider-status';
import { recordStop } from './recipients';

/**
 * A reply STOP by SMS: one number serves the whole deployment, so the reporter is stopped in
 * every office, each with its audit row (the number masked), in one transaction.
 */
export async function stopBySmsReply(
  db: Database,
  phone: string,
  at: Date,
  audit: AuditContext,
): Promise<{ offices: number; stoppedPending: number }> {
  return db.transaction(async (tx) => {
    const rows = await tx.select({ id: offices.id }).from(offices);
    let stoppedPending = 0;
    for (const office of rows) {
      const result = await recordStop(tx, office.id, phone, 'reply', at);
      stoppedPending += result.stoppedPending;
      await recordAudit(tx, audit, {
        officeId: office.id,
        action: 'notice.stopped',
        targetType: 'notice_recipient',
        after: {
          source: 'reply',
          channel: 'sms',
          recipient: maskPhone(phone),
          stoppedPending: result.stoppedPending,
        },
      });
    }
    return { offices: rows.length, stoppedPending };
  });
}

/** Descriptions of the delivery errors a status callback carries (https://www.twilio.com/docs/api/errors). */
const TWILIO_DELIVERY_ERRORS: Record<string, string> = {
  '30001': 'Queue overflow',
  '30002': 'Account suspended',
  '30003': 'Unreachable destination handset',
  '30004': 'Message blocked',
  '30005': 'Unknown destination handset',
  '30006': 'Landline or unreachable carrier',
  '30007': 'Message filtered',
  '30008': 'Unknown error',
  '21610': 'Attempt to send to unsubscribed recipient',
};

/**
 * A Twilio status callback (`MessageSid`, `MessageStatus` queued|sending|sent|delivered|
 * undelivered|failed|read, `ErrorCode`) as a provider status; queued/sending/accepted say nothing
 * the outbox does not know.
 */
export function twilioStatusOf(params: Record<string, string>, at: Date): ProviderStatus | null {
  const providerMessageId = params.MessageSid ?? params.SmsSid;
  const status = params.MessageStatus ?? params.SmsStatus;
  if (!providerMessageId || !status) return null;
  if (status === 'sent' || status === 'delivered' || status === 'read') {
    return { providerMessageId, status, at };
  }
  if (status !== 'undelivered' && status !== 'failed') return null;
  const code = params.ErrorCode;
  const reason = code ? `${code} ${TWILIO_DELIVERY_ERRORS[code] ?? status}` : status;
  return { providerMessageId, status: 'failed', at, reason };
}
