import { and, eq, sql } from 'drizzle-orm';
import { openField } from '../../crypto/keys';
import type { Database } from '../../db/client';
import { rowsOf } from '../case-handling/case-record';
import { addressHash } from '../system/secrets';
import { noticeRecipients } from './tables';

export type StopSource = 'reply' | 'link' | 'staff';

/**
 * A reporter asked for no more notices from this office (replied STOP, or used the tracking
 * page's link): every notice to that address still waiting is stopped, and later ones are too.
 * The caller records the audit row in the same transaction.
 */
export async function recordStop(
  db: Database,
  officeId: string,
  address: string,
  source: StopSource,
  at: Date,
): Promise<{ stoppedPending: number }> {
  const hash = await addressHash(db, address);
  await db
    .insert(noticeRecipients)
    .values({ officeId, addressHash: hash, stoppedAt: at, stopSource: source, updatedAt: at })
    .onConflictDoUpdate({
      target: [noticeRecipients.officeId, noticeRecipients.addressHash],
      set: { stoppedAt: at, stopSource: source, updatedAt: at },
    });
  // Recipients are sealed (each seal differs): the office's waiting notices are compared opened.
  const waiting = rowsOf<{ id: string; recipient: string }>(
    await db.execute(sql`
      select id, recipient from notification_outbox
      where office_id = ${officeId} and status = 'pending' and recipient not like 'user:%'`),
  );
  const ids = waiting.filter((n) => openField(n.recipient, 'recipient') === address).map((n) => n.id);
  if (ids.length === 0) return { stoppedPending: 0 };
  const stopped = rowsOf<{ id: string }>(
    await db.execute(sql`
      update notification_outbox set status = 'stopped', last_error = 'Penerima meminta berhenti'
      where id = any(${`{${ids.join(',')}}`}::uuid[]) and status = 'pending'
      returning id`),
  );
  return { stoppedPending: stopped.length };
}

/** WhatsApp said this number has no account: later notices to it go straight by SMS (or by hand). */
export async function recordNotOnWhatsapp(
  db: Database,
  officeId: string,
  phone: string,
  at: Date,
): Promise<void> {
  const hash = await addressHash(db, phone);
  await db
    .insert(noticeRecipients)
    .values({ officeId, addressHash: hash, notOnWhatsappAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: [noticeRecipients.officeId, noticeRecipients.addressHash],
      set: { notOnWhatsappAt: at, updatedAt: at },
    });
}

export interface RecipientFlags {
  stopped: boolean;
  notOnWhatsapp: boolean;
}

/** What the office knows of an address. */
export async function recipientFlags(
  db: Database,
  officeId: string,
  address: string,
): Promise<RecipientFlags> {
  const hash = await addressHash(db, address);
  const [row] = await db
    .select({ stoppedAt: noticeRecipients.stoppedAt, notOnWhatsappAt: noticeRecipients.notOnWhatsappAt })
    .from(noticeRecipients)
    .where(and(eq(noticeRecipients.officeId, officeId), eq(noticeRecipients.addressHash, hash)));
  return { stopped: Boolean(row?.stoppedAt), notOnWhatsapp: Boolean(row?.notOnWhatsappAt) };
}
