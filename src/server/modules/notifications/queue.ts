import { sql } from 'drizzle-orm';
import type { TNoticeParams } from '../../../domain/notifications/kinds';
import { LEASE_MS, type TDeliveryChannel } from '../../../domain/notifications/status';
import { openField } from '../../crypto/keys';
import type { Database } from '../../db/client';
import { rowsOf } from '../case-handling/case-record';

/** A notice a worker holds for a while (its lease): nobody else sends it meanwhile. */
export interface ClaimedNotice {
  id: string;
  officeId: string;
  channel: TDeliveryChannel;
  recipient: string;
  template: string;
  body: string;
  params: TNoticeParams | null;
  /** Counting this claim. */
  attempts: number;
  fallbackFrom: string | null;
}

type ClaimedRow = {
  id: string;
  office_id: string;
  channel: TDeliveryChannel;
  recipient: string;
  template: string;
  body: string;
  params: TNoticeParams | null;
  attempts: number;
  fallback_from: string | null;
};

/**
 * Claims up to `limit` due notices for this instance in one statement: `FOR UPDATE SKIP LOCKED`
 * lets several instances claim at once without waiting on or taking each other's rows, and the
 * lease (next_attempt_at moved forward, status `sending`) hands a crashed instance's rows to the
 * next worker once it runs out. The same statement on PGlite and PostgreSQL.
 */
export async function claimDueNotices(
  db: Database,
  { now, limit, instance }: { now: Date; limit: number; instance: string },
): Promise<ClaimedNotice[]> {
  const at = now.toISOString();
  const leaseUntil = new Date(now.getTime() + LEASE_MS).toISOString();
  const rows = rowsOf<ClaimedRow>(
    await db.execute(sql`
      update notification_outbox o
      set status = 'sending', attempts = o.attempts + 1, claimed_by = ${instance},
          next_attempt_at = ${leaseUntil}::timestamptz
      from (
        select id from notification_outbox
        where status in ('pending', 'sending') and next_attempt_at <= ${at}::timestamptz
        order by next_attempt_at
        limit ${limit}
        for update skip locked
      ) due
      where o.id = due.id
      returning o.id, o.office_id, o.channel, o.recipient, o.template, o.body, o.params, o.attempts,
                o.fallback_from`),
  );
  return rows.map((r) => ({
    id: r.id,
    officeId: r.office_id,
    channel: r.channel,
    recipient: openField(r.recipient, 'recipient'), // sealed; a raw statement bypasses the column type
    template: r.template,
    body: r.body,
    params: r.params,
    attempts: r.attempts,
    fallbackFrom: r.fallback_from,
  }));
}

/** What became of one claimed notice. */
export interface NoticeOutcome {
  id: string;
  status: 'pending' | 'sent' | 'failed' | 'stopped';
  channel: TDeliveryChannel;
  body: string;
  nextAttemptAt: Date;
  attempts: number;
  providerMessageId: string | null;
  lastError: string | null;
  fallbackFrom: string | null;
  sentAt: Date | null;
  failedAt: Date | null;
}

/**
 * Writes the outcomes of one batch in one statement. Only rows this instance still holds are
 * written (`claimed_by` and `sending`): a worker that stalled past its lease and lost the row to
 * another leaves it alone. Returns how many were written.
 */
export async function recordNoticeOutcomes(
  db: Database,
  instance: string,
  outcomes: NoticeOutcome[],
): Promise<number> {
  if (outcomes.length === 0) return 0;
  const input = outcomes.map((o) => ({
    id: o.id,
    status: o.status,
    channel: o.channel,
    body: o.body,
    next_attempt_at: o.nextAttemptAt.toISOString(),
    attempts: o.attempts,
    provider_message_id: o.providerMessageId,
    last_error: o.lastError?.slice(0, 500) ?? null,
    fallback_from: o.fallbackFrom,
    sent_at: o.sentAt?.toISOString() ?? null,
    failed_at: o.failedAt?.toISOString() ?? null,
  }));
  const written = rowsOf<{ id: string }>(
    await db.execute(sql`
      with input as (
        select * from jsonb_to_recordset(${JSON.stringify(input)}::jsonb) as i(
          id uuid, status text, channel text, body text, next_attempt_at timestamptz, attempts int,
          provider_message_id text, last_error text, fallback_from text, sent_at timestamptz,
          failed_at timestamptz)
      )
      update notification_outbox o set
        status = i.status, channel = i.channel, body = i.body, next_attempt_at = i.next_attempt_at,
        attempts = i.attempts, provider_message_id = coalesce(i.provider_message_id, o.provider_message_id),
        last_error = coalesce(i.last_error, o.last_error), fallback_from = coalesce(i.fallback_from, o.fallback_from),
        sent_at = coalesce(i.sent_at, o.sent_at), failed_at = coalesce(i.failed_at, o.failed_at),
        claimed_by = null
      from input i
      where o.id = i.id and o.claimed_by = ${instance} and o.status = 'sending'
      returning o.id`),
  );
  return written.length;
}

/** Notices still to go, for the metrics and the outbox page's header. */
export async function queueDepth(db: Database, now: Date): Promise<{ due: number; waiting: number }> {
  const [row] = rowsOf<{ due: number; waiting: number }>(
    await db.execute(sql`
      select count(*) filter (where next_attempt_at <= ${now.toISOString()}::timestamptz)::int as due,
             count(*)::int as waiting
      from notification_outbox where status in ('pending', 'sending') and channel <> 'manual'`),
  );
  return row ?? { due: 0, waiting: 0 };
}
