import { and, eq, inArray } from 'drizzle-orm';
import type { Role } from '../../../domain/auth/roles';
import { staffTemplate, type TStaffAlertKind } from '../../../domain/notifications/kinds';
import { STAFF_ALERT_TEXTS } from '../../../domain/notifications/templates';
import type { Database } from '../../db/client';
import { users } from '../auth/tables';
import { notificationOutbox, staffNotifications } from './tables';

/** One alert to some officers of an office about a case. */
export interface StaffAlert {
  officeId: string;
  caseId: string | null;
  ticket: string | null;
  kind: TStaffAlertKind;
  /** Who it is for; inactive accounts, accounts of another office and repeats are left out. */
  userIds: readonly (string | null | undefined)[];
  /** The words; by default the kind's text with the ticket filled in. */
  message?: string;
}

// Rows per insert: well under PostgreSQL's 65,535 parameters for a sweep that flags thousands at once.
const CHUNK = 1000;

/** The default words of an alert kind for a ticket. */
export function staffAlertText(kind: TStaffAlertKind, ticket: string | null): string {
  return STAFF_ALERT_TEXTS[kind].replaceAll('{tiket}', ticket ?? '');
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * Alerts officers, in the caller's transaction: one row in each one's notifications list, and a
 * notice in the outbox for those whose profile has an e-mail address or a phone (`user:<id>`: the
 * worker finds the contact when it sends, so a changed address is used). E-mail is written first
 * when there is one; the worker routes by the office's staff channel setting. Returns how many
 * officers were alerted.
 */
export async function alertStaffMany(
  tx: Database,
  alerts: readonly StaffAlert[],
  at?: Date,
): Promise<number> {
  const wanted = [...new Set(alerts.flatMap((a) => a.userIds).filter((id): id is string => !!id))];
  if (wanted.length === 0) return 0;
  const found = await tx
    .select({ id: users.id, officeId: users.officeId, email: users.email, phone: users.phone })
    .from(users)
    .where(and(inArray(users.id, wanted), eq(users.active, true)));
  const byId = new Map(found.map((u) => [u.id, u]));
  const notifications: (typeof staffNotifications.$inferInsert)[] = [];
  const notices: (typeof notificationOutbox.$inferInsert)[] = [];
  for (const alert of alerts) {
    const message = alert.message ?? staffAlertText(alert.kind, alert.ticket);
    const recipients = new Set(alert.userIds.filter((id): id is string => !!id));
    for (const id of recipients) {
      const user = byId.get(id);
      if (!user || user.officeId !== alert.officeId) continue;
      const base = { officeId: alert.officeId, caseId: alert.caseId };
      notifications.push({
        ...base,
        userId: id,
        ticket: alert.ticket,
        kind: alert.kind,
        message,
        // The caller's clock, so the list orders alerts as the changes that caused them happened.
        ...(at ? { createdAt: at } : {}),
      });
      if (!user.email && !user.phone) continue;
      notices.push({
        ...base,
        channel: user.email ? 'email' : 'whatsapp',
        recipient: `user:${id}`,
        template: staffTemplate(alert.kind),
        body: message,
        params: { ...(alert.ticket ? { ticket: alert.ticket } : {}), message },
      });
    }
  }
  for (const rows of chunks(notifications)) await tx.insert(staffNotifications).values(rows);
  for (const rows of chunks(notices)) await tx.insert(notificationOutbox).values(rows);
  return notifications.length;
}

/** One alert (see alertStaffMany). */
export function alertStaff(tx: Database, alert: StaffAlert, at?: Date): Promise<number> {
  return alertStaffMany(tx, [alert], at);
}

/** The active accounts of an office holding one of the roles: its coordinators, its Kabid, its Kadis. */
export async function usersWithRoles(
  tx: Database,
  officeId: string,
  roles: readonly Role[],
): Promise<string[]> {
  return (await usersWithRolesByOffice(tx, [officeId], roles)).get(officeId) ?? [];
}

/** The same for several offices in one query (the sweep and the escalation job span offices). */
export async function usersWithRolesByOffice(
  tx: Database,
  officeIds: readonly string[],
  roles: readonly Role[],
): Promise<Map<string, string[]>> {
  const byOffice = new Map<string, string[]>();
  if (roles.length === 0 || officeIds.length === 0) return byOffice;
  const rows = await tx
    .select({ id: users.id, officeId: users.officeId })
    .from(users)
    .where(
      and(
        inArray(users.officeId, [...new Set(officeIds)]),
        eq(users.active, true),
        inArray(users.role, [...roles]),
      ),
    );
  for (const row of rows) byOffice.set(row.officeId, [...(byOffice.get(row.officeId) ?? []), row.id]);
  return byOffice;
}
