import { and, eq } from 'drizzle-orm';
import { AppError, type ErrorCode } from '../../../domain/errors/app-error';
import { handLink, STAFF_RECIPIENT_PREFIX } from '../../../domain/notifications/mask-address';
import type { TManualLink, TOutboxMessage } from '../../../domain/notifications/schemas';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { type AuditContext, recordAudit } from '../audit/service';
import { casesSeenBy } from '../case-handling/visibility';
import { cases } from '../cases/tables';
import { outboxMessage } from './outbox-list';
import { notificationOutbox as outbox } from './tables';

/** What an outbox action needs besides the officer: the database and the clock. */
export interface OutboxActionDeps {
  db: Database;
  now: () => Date;
}

const NOTICE_CONFLICT: ErrorCode = 'NOTICE_ACTION_NOT_ALLOWED';

function notFound(): AppError {
  return new AppError('NOT_FOUND', { message: 'Pesan tidak ditemukan.' });
}

function conflict(message: string): AppError {
  return new AppError(NOTICE_CONFLICT, { message });
}

/**
 * The notice locked for the change, within the officer's office (another office's id reads as none).
 * `readsIt`: the action shows or acts on the notice's text and recipient, so a notice of a case the
 * officer may not see reads as none too.
 */
async function lockedNotice(tx: Database, actor: Actor, id: string, options: { readsIt: boolean }) {
  const [row] = await tx
    .select()
    .from(outbox)
    .where(and(eq(outbox.id, id), eq(outbox.officeId, actor.officeId)))
    .for('update');
  if (!row) throw notFound();
  if (options.readsIt && row.caseId && !(await casesSeenBy(tx, actor, [row.caseId])).has(row.caseId))
    throw notFound();
  return row;
}

async function reloaded(db: Database, actor: Actor, id: string): Promise<TOutboxMessage> {
  const item = await outboxMessage(db, actor, id);
  if (!item) throw notFound();
  return item;
}

/**
 * A failed notice goes back to the queue as new (attempts 0, due now); the reason it failed stays
 * in the audit row, so the page shows the new try and the history keeps the old one. Retrying shows
 * nothing of the notice, so a withheld one (a case the officer may not see) may be retried too.
 */
export async function retryNotice(
  deps: OutboxActionDeps,
  actor: Actor,
  id: string,
  audit: AuditContext,
): Promise<TOutboxMessage> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const row = await lockedNotice(tx, actor, id, { readsIt: false });
    if (row.status !== 'failed') throw conflict('Hanya pesan yang gagal yang dapat dicoba lagi.');
    await tx
      .update(outbox)
      .set({
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        claimedBy: null,
        lastError: null,
        failedAt: null,
      })
      .where(eq(outbox.id, row.id));
    await recordAudit(tx, audit, {
      action: 'notice.retried',
      targetType: 'notice',
      targetId: row.id,
      before: {
        status: row.status,
        channel: row.channel,
        attempts: row.attempts,
        lastError: row.lastError,
        failedAt: row.failedAt?.toISOString() ?? null,
      },
      after: { status: 'pending', attempts: 0 },
    });
  });
  return reloaded(deps.db, actor, id);
}

type NoticeRow = typeof outbox.$inferSelect;

/** Only a notice the worker left for an officer (an office without a provider) goes by hand. */
function assertByHand(row: NoticeRow): void {
  if (
    row.channel !== 'manual' ||
    row.status !== 'pending' ||
    row.recipient.startsWith(STAFF_RECIPIENT_PREFIX)
  )
    throw conflict('Hanya pesan "kirim manual" yang masih menunggu yang dapat dikirim sendiri oleh petugas.');
}

/**
 * The link that opens a manual notice in the officer's WhatsApp or mail program. It holds the
 * reporter's number or address, so each one given is audited (without the number).
 */
export async function manualLink(
  deps: OutboxActionDeps,
  actor: Actor,
  id: string,
  audit: AuditContext,
): Promise<TManualLink> {
  return deps.db.transaction(async (tx) => {
    const row = await lockedNotice(tx, actor, id, { readsIt: true });
    assertByHand(row);
    const [found] = row.caseId
      ? await tx.select({ ticket: cases.ticket }).from(cases).where(eq(cases.id, row.caseId))
      : [];
    const subject = found ? `Laporan ${found.ticket}` : 'Pemberitahuan layanan';
    const link = handLink(row.recipient, row.body, subject);
    await recordAudit(tx, audit, {
      action: 'notice.revealed',
      targetType: 'notice',
      targetId: row.id,
      after: { link: link.kind, ticket: found?.ticket ?? null },
    });
    return { ...link, text: row.body };
  });
}

/** The officer sent a manual notice themselves: it is sent, by them, now. */
export async function markSentByHand(
  deps: OutboxActionDeps,
  actor: Actor,
  id: string,
  audit: AuditContext,
): Promise<TOutboxMessage> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const row = await lockedNotice(tx, actor, id, { readsIt: true });
    assertByHand(row);
    await tx
      .update(outbox)
      .set({ status: 'sent', sentByHand: actor.userId, sentAt: now, claimedBy: null })
      .where(eq(outbox.id, row.id));
    await recordAudit(tx, audit, {
      action: 'notice.sent_by_hand',
      targetType: 'notice',
      targetId: row.id,
      before: { status: row.status, channel: row.channel },
      after: { status: 'sent', sentAt: now.toISOString() },
    });
  });
  return reloaded(deps.db, actor, id);
}
