import { and, count, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { AppError, validationError } from '../../../domain/errors/app-error';
import type { TStaffAlertKind } from '../../../domain/notifications/kinds';
import {
  STAFF_NOTIFICATIONS_PAGE_SIZE,
  type TStaffNotification,
  type TStaffNotificationPage,
  type TStaffNotificationQuery,
} from '../../../domain/notifications/staff-notifications';
import type { Database } from '../../db/client';
import { staffNotifications } from './tables';

// An officer's own alerts only: every query is by the signed-in user's id (the session's, never the
// client's), so another officer's notification answers 404 like one that does not exist. Reading an
// alert changes nothing of the office's data, so it is not audited.

type Row = typeof staffNotifications.$inferSelect;

function encodeCursor(row: Row): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!createdAt || !id || Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/.test(id))
    throw validationError({ cursor: 'Halaman tidak dikenal; muat ulang daftar' });
  return { createdAt, id };
}

function viewOf(row: Row): TStaffNotification {
  return {
    id: row.id,
    kind: row.kind as TStaffAlertKind,
    message: row.message,
    ticket: row.ticket,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** The officer's notifications, newest first, 20 a page by cursor (index staff_notifications_user). */
export async function listStaffNotifications(
  db: Database,
  userId: string,
  query: TStaffNotificationQuery,
): Promise<TStaffNotificationPage> {
  const conditions: (SQL | undefined)[] = [eq(staffNotifications.userId, userId)];
  if (query.unreadOnly) conditions.push(isNull(staffNotifications.readAt));
  if (query.cursor) {
    const { createdAt, id } = decodeCursor(query.cursor);
    conditions.push(
      sql`(${staffNotifications.createdAt}, ${staffNotifications.id}) < (${createdAt}::timestamptz, ${id}::uuid)`,
    );
  }
  const rows = await db
    .select()
    .from(staffNotifications)
    .where(and(...conditions))
    .orderBy(desc(staffNotifications.createdAt), desc(staffNotifications.id))
    .limit(STAFF_NOTIFICATIONS_PAGE_SIZE + 1);
  const page = rows.slice(0, STAFF_NOTIFICATIONS_PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map(viewOf),
    next: rows.length > STAFF_NOTIFICATIONS_PAGE_SIZE && last ? encodeCursor(last) : null,
  };
}

/** How many are unread: read from the partial index of unread rows (staff_notifications_unread). */
export async function unreadCount(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(staffNotifications)
    .where(and(eq(staffNotifications.userId, userId), isNull(staffNotifications.readAt)));
  return row?.n ?? 0;
}

/** Marks one of the officer's notifications read (the first reading's time stays). */
export async function markRead(
  db: Database,
  userId: string,
  id: string,
  now: Date,
): Promise<TStaffNotification> {
  const [row] = await db
    .update(staffNotifications)
    .set({ readAt: sql`coalesce(${staffNotifications.readAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(staffNotifications.id, id), eq(staffNotifications.userId, userId)))
    .returning();
  if (!row) throw new AppError('NOT_FOUND');
  return viewOf(row);
}

/** Marks every unread notification of the officer read; returns how many. */
export async function markAllRead(db: Database, userId: string, now: Date): Promise<number> {
  const rows = await db
    .update(staffNotifications)
    .set({ readAt: now })
    .where(and(eq(staffNotifications.userId, userId), isNull(staffNotifications.readAt)))
    .returning({ id: staffNotifications.id });
  return rows.length;
}
