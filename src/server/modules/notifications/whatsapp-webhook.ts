import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { maskPhone } from '../../../domain/identity/mask';
import { isStopReply } from '../../../domain/notifications/stop-replies';
import { z } from '../../../domain/zod';
import type { Database } from '../../db/client';
import { type AuditContext, recordAudit } from '../audit/service';
import { offices } from '../offices/tables';
import { addressHash } from '../system/secrets';
import { applyProviderStatuses, type ProviderStatus } from './provider-status';
import { recordNotOnWhatsapp, recordStop } from './recipients';
import { NOT_ON_WHATSAPP_CODE, phoneOfWaId, whatsappReason } from './whatsapp-protocol';

/**
 * The WhatsApp Cloud API webhook's payload, read loosely: unknown fields are dropped, unknown
 * statuses and message types skipped, so a new field from Meta never turns a delivery into a 400.
 * Followed: Meta's webhook reference ("messages" field): `entry[].changes[].value` with
 * `metadata.phone_number_id`, `statuses[]` {id, status, timestamp (unix seconds), recipient_id,
 * errors[{code, title, message, error_data.details}]}, `messages[]` {from, id, timestamp, type,
 * text.body | button.text | interactive.button_reply.title}.
 */
const ZStatusError = z.object({
  code: z.coerce.number().int(),
  title: z.string().max(500).optional(),
  message: z.string().max(1000).optional(),
  error_data: z.object({ details: z.string().max(2000).optional() }).optional(),
});

const ZStatus = z.object({
  id: z.string().min(1).max(300),
  status: z.string().max(40),
  timestamp: z
    .string()
    .regex(/^\d{1,12}$/)
    .optional(),
  errors: z.array(ZStatusError).max(20).optional(),
});

const ZInbound = z.object({
  from: z.string().regex(/^\+?\d{6,20}$/),
  type: z.string().max(40),
  text: z.object({ body: z.string().max(5000) }).optional(),
  button: z
    .object({ text: z.string().max(500).optional(), payload: z.string().max(500).optional() })
    .optional(),
  interactive: z.object({ button_reply: z.object({ title: z.string().max(500) }).optional() }).optional(),
});

const ZValue = z.object({
  metadata: z.object({ phone_number_id: z.string().max(40) }).optional(),
  statuses: z.array(ZStatus).max(5000).optional(),
  messages: z.array(ZInbound).max(5000).optional(),
});

export const ZWhatsappWebhook = z.object({
  object: z.string().max(100).optional(),
  entry: z
    .array(
      z.object({ changes: z.array(z.object({ field: z.string().optional(), value: ZValue })).default([]) }),
    )
    .max(1000),
});
export type TWhatsappWebhook = z.infer<typeof ZWhatsappWebhook>;

/** Whether `X-Hub-Signature-256` is `sha256=<hex HMAC-SHA256 of the raw body with the app secret>`. */
export function validSignature(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  const hex = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? '')?.[1];
  if (!hex) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return timingSafeEqual(Buffer.from(hex, 'hex'), expected);
}

/** Compares two secrets in constant time whatever their lengths (the handshake's verify token). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

const STATUS_RANK = { sent: 1, delivered: 2, read: 3, failed: 4 } as const;
type KnownStatus = keyof typeof STATUS_RANK;
const isKnown = (s: string): s is KnownStatus => s in STATUS_RANK;

interface ReadStatus extends ProviderStatus {
  notOnWhatsapp: boolean;
}

/**
 * The statuses of a payload, one per message: one statement moves each notice once, so of two
 * statuses for one message in a batch (delivered and read) the furthest is kept.
 */
export function statusesOf(payload: TWhatsappWebhook, now: Date): ReadStatus[] {
  const byId = new Map<string, ReadStatus>();
  for (const entry of payload.entry)
    for (const change of entry.changes)
      for (const s of change.value.statuses ?? []) {
        if (!isKnown(s.status)) continue;
        const error = s.errors?.[0];
        const read: ReadStatus = {
          providerMessageId: s.id,
          status: s.status,
          at: s.timestamp ? new Date(Number(s.timestamp) * 1000) : now,
          ...(s.status === 'failed' && error
            ? { reason: whatsappReason(error.code, error.title ?? error.message, error.error_data?.details) }
            : {}),
          notOnWhatsapp: s.status === 'failed' && error?.code === NOT_ON_WHATSAPP_CODE,
        };
        const earlier = byId.get(s.id);
        if (!earlier || STATUS_RANK[read.status] > STATUS_RANK[earlier.status]) byId.set(s.id, read);
      }
  return [...byId.values()];
}

/** Moves notices by their statuses; a "not on WhatsApp" failure is remembered for the office. */
export async function applyWhatsappStatuses(db: Database, statuses: ReadStatus[]): Promise<number> {
  if (statuses.length === 0) return 0;
  const strip = ({ notOnWhatsapp: _, ...s }: ReadStatus): ProviderStatus => s;
  return db.transaction(async (tx) => {
    const moved = await applyProviderStatuses(tx, statuses.filter((s) => !s.notOnWhatsapp).map(strip));
    const undeliverable = await applyProviderStatuses(tx, statuses.filter((s) => s.notOnWhatsapp).map(strip));
    // The changed rows do not say which status moved them: all of a batch's undeliverable ones
    // share its latest time (Meta sends one status per call in practice).
    const at = new Date(Math.max(...statuses.filter((s) => s.notOnWhatsapp).map((s) => s.at.getTime())));
    for (const notice of undeliverable)
      if (notice.channel === 'whatsapp' && notice.status === 'failed' && notice.recipient.startsWith('+'))
        await recordNotOnWhatsapp(tx, notice.officeId, notice.recipient, at);
    return moved.length + undeliverable.length;
  });
}

/** The phone numbers (`+62…`) that replied STOP in a payload, with the WhatsApp number they wrote to. */
export function stopRepliesOf(payload: TWhatsappWebhook): { phoneNumberId: string; phone: string }[] {
  const found = new Map<string, { phoneNumberId: string; phone: string }>();
  for (const entry of payload.entry)
    for (const { value } of entry.changes) {
      const phoneNumberId = value.metadata?.phone_number_id;
      if (!phoneNumberId) continue;
      for (const m of value.messages ?? []) {
        const words = m.text?.body ?? m.button?.text ?? m.interactive?.button_reply?.title ?? '';
        if (!isStopReply(words)) continue;
        const phone = phoneOfWaId(m.from);
        found.set(`${phoneNumberId}|${phone}`, { phoneNumberId, phone });
      }
    }
  return [...found.values()];
}

/**
 * The offices a WhatsApp number sends for: those whose settings name it, and, for the
 * deployment's own number, every office without a number of its own.
 */
export async function officesOfNumber(
  db: Database,
  phoneNumberId: string,
  deploymentNumberId: string | null,
): Promise<string[]> {
  const own = sql`${offices.notificationSettings}->>'whatsappPhoneNumberId'`;
  const rows = await db
    .select({ id: offices.id })
    .from(offices)
    .where(
      phoneNumberId === deploymentNumberId
        ? sql`coalesce(${own}, '') in (${phoneNumberId}, '')`
        : sql`${own} = ${phoneNumberId}`,
    );
  return rows.map((r) => r.id);
}

/** A reply STOP: the number is stopped in each office the WhatsApp number serves, audited there. */
export async function applyStopReply(
  db: Database,
  officeIds: string[],
  phone: string,
  at: Date,
  audit: AuditContext,
): Promise<void> {
  // The audit row names the recipient by its keyed hash (as notice_recipients does) and a mask.
  const hash = officeIds.length > 0 ? await addressHash(db, phone) : null;
  for (const officeId of officeIds)
    await db.transaction(async (tx) => {
      const { stoppedPending } = await recordStop(tx, officeId, phone, 'reply', at);
      await recordAudit(tx, audit, {
        action: 'notice.stopped',
        targetType: 'notice_recipient',
        targetId: hash,
        officeId,
        after: { recipient: maskPhone(phone), source: 'reply', channel: 'whatsapp', stoppedPending },
      });
    });
}
