import { and, inArray } from 'drizzle-orm';
import { normalizePhone } from '../../../domain/identity';
import type { NoticeAddress } from '../../../domain/notifications/routing';
import {
  effectiveNotificationSettings,
  type TNotificationSettings,
} from '../../../domain/notifications/settings';
import type { Database } from '../../db/client';
import { users } from '../auth/tables';
import { offices } from '../offices/tables';
import { addressHash } from '../system/secrets';
import type { ClaimedNotice } from './queue';
import { noticeRecipients } from './tables';

export interface OfficeNoticeContext {
  slug: string;
  settings: TNotificationSettings;
}

/** The notice settings of the offices of one batch, read once per batch (an admin's change applies at once). */
export async function officeNoticeContexts(
  db: Database,
  officeIds: string[],
): Promise<Map<string, OfficeNoticeContext>> {
  const unique = [...new Set(officeIds)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({
      id: offices.id,
      slug: offices.slug,
      regionName: offices.regionName,
      saved: offices.notificationSettings,
    })
    .from(offices)
    .where(inArray(offices.id, unique));
  return new Map(
    rows.map((r) => [
      r.id,
      { slug: r.slug, settings: effectiveNotificationSettings(r.saved ?? null, r.regionName) },
    ]),
  );
}

const STAFF_PREFIX = 'user:';

/**
 * Who each notice of a batch is for, with what the office knows of the address (stopped, not on
 * WhatsApp) and, for staff, their current contact: two queries for the whole batch.
 */
export async function resolveAddresses(
  db: Database,
  notices: ClaimedNotice[],
): Promise<Map<string, NoticeAddress>> {
  const staffIds = notices
    .filter((n) => n.recipient.startsWith(STAFF_PREFIX))
    .map((n) => n.recipient.slice(STAFF_PREFIX.length));
  const citizens = notices.filter((n) => !n.recipient.startsWith(STAFF_PREFIX));
  const hashes = new Map<string, string>();
  for (const n of citizens)
    if (!hashes.has(n.recipient)) hashes.set(n.recipient, await addressHash(db, n.recipient));
  const [staff, flags] = await Promise.all([
    staffIds.length === 0
      ? []
      : db
          .select({ id: users.id, email: users.email, phone: users.phone, active: users.active })
          .from(users)
          .where(inArray(users.id, [...new Set(staffIds)])),
    hashes.size === 0
      ? []
      : db
          .select()
          .from(noticeRecipients)
          .where(
            and(
              inArray(noticeRecipients.officeId, [...new Set(citizens.map((n) => n.officeId))]),
              inArray(noticeRecipients.addressHash, [...new Set(hashes.values())]),
            ),
          ),
  ]);
  const staffById = new Map(staff.map((s) => [s.id, s]));
  const flagsOf = new Map(flags.map((f) => [`${f.officeId}:${f.addressHash}`, f]));
  const resolved = new Map<string, NoticeAddress>();
  for (const n of notices) {
    if (n.recipient.startsWith(STAFF_PREFIX)) {
      const user = staffById.get(n.recipient.slice(STAFF_PREFIX.length));
      resolved.set(n.id, {
        kind: 'staff',
        email: user?.email ?? null,
        phone: user?.phone ?? null,
        active: user?.active ?? false,
      });
      continue;
    }
    const flag = flagsOf.get(`${n.officeId}:${hashes.get(n.recipient)}`);
    const stopped = Boolean(flag?.stoppedAt);
    if (n.recipient.includes('@')) {
      resolved.set(n.id, { kind: 'email', email: n.recipient, stopped });
      continue;
    }
    const phone = normalizePhone(n.recipient);
    resolved.set(n.id, {
      kind: 'phone',
      phone: phone.ok ? phone.value : n.recipient,
      mobile: phone.ok && phone.kind === 'mobile',
      stopped,
      notOnWhatsapp: Boolean(flag?.notOnWhatsappAt),
    });
  }
  return resolved;
}
