import { sql } from 'drizzle-orm';
import { openField } from '../../crypto/keys';
import type { Database } from '../../db/client';
import { rowsOf } from '../case-handling/case-record';

/** A provider's word on a message it took (WhatsApp's status webhook, an SMS delivery report). */
export interface ProviderStatus {
  providerMessageId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  at: Date;
  /** The provider's reason for a failure (`131026 Message undeliverable`). */
  reason?: string;
}

/**
 * Moves each notice forward by its provider's status: sent → delivered → read, never back (webhooks
 * come out of order and more than once); a failure after "sent" marks it failed with the reason.
 * Returns the notices that changed, with their office and recipient (for "not on WhatsApp").
 */
export async function applyProviderStatuses(
  db: Database,
  statuses: ProviderStatus[],
): Promise<{ id: string; officeId: string; recipient: string; channel: string; status: string }[]> {
  if (statuses.length === 0) return [];
  const input = statuses.map((s) => ({
    provider_message_id: s.providerMessageId,
    status: s.status,
    at: s.at.toISOString(),
    reason: s.reason?.slice(0, 500) ?? null,
  }));
  const rank = (column: string) =>
    sql.raw(`case ${column} when 'sent' then 2 when 'delivered' then 3
    when 'read' then 4 when 'failed' then 5 when 'stopped' then 5 else 0 end`);
  const changed = rowsOf<{
    id: string;
    office_id: string;
    recipient: string;
    channel: string;
    status: string;
  }>(
    await db.execute(sql`
      with input as (
        select * from jsonb_to_recordset(${JSON.stringify(input)}::jsonb)
          as s(provider_message_id text, status text, at timestamptz, reason text)
      )
      update notification_outbox o set
        status = s.status,
        sent_at = coalesce(o.sent_at, s.at),
        delivered_at = case when s.status in ('delivered', 'read') then coalesce(o.delivered_at, s.at) else o.delivered_at end,
        read_at = case when s.status = 'read' then coalesce(o.read_at, s.at) else o.read_at end,
        failed_at = case when s.status = 'failed' then s.at else o.failed_at end,
        last_error = case when s.status = 'failed' then coalesce(s.reason, o.last_error) else o.last_error end
      from input s
      where o.provider_message_id = s.provider_message_id
        and ((s.status = 'failed' and o.status in ('sending', 'sent'))
          or (s.status <> 'failed' and ${rank('s.status')} > ${rank('o.status')} and o.status not in ('failed', 'stopped')))
      returning o.id, o.office_id, o.recipient, o.channel, o.status`),
  );
  return changed.map((r) => ({
    id: r.id,
    officeId: r.office_id,
    recipient: openField(r.recipient, 'recipient'), // sealed; a raw statement bypasses the column type
    channel: r.channel,
    status: r.status,
  }));
}
