import { z } from '../zod';
import { STAFF_ALERT_KINDS } from './kinds';

// The staff shell's notifications (issue 14): the signed-in officer's own alerts, newest first.

/** Rows a page of the list holds. */
export const STAFF_NOTIFICATIONS_PAGE_SIZE = 20;

export const ZStaffNotificationQuery = z.object({
  /** The cursor of the next page, as the previous page gave it. */
  cursor: z.string().max(200).optional(),
  /** Only the alerts not yet read. */
  unreadOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type TStaffNotificationQuery = z.infer<typeof ZStaffNotificationQuery>;

export const ZStaffNotification = z.object({
  id: z.string(),
  kind: z.enum(STAFF_ALERT_KINDS),
  message: z.string(),
  /** The case it is about, for the link to its page; null for an alert about no case. */
  ticket: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type TStaffNotification = z.infer<typeof ZStaffNotification>;

export const ZStaffNotificationPage = z.object({
  items: z.array(ZStaffNotification),
  /** Null on the last page. */
  next: z.string().nullable(),
});
export type TStaffNotificationPage = z.infer<typeof ZStaffNotificationPage>;

export const ZUnreadCount = z.object({ count: z.number().int().min(0) });
export type TUnreadCount = z.infer<typeof ZUnreadCount>;

export const ZNotificationId = z.object({ id: z.uuid('Notifikasi tidak dikenal') });

/** How many were marked read by "mark all read". */
export const ZMarkedRead = z.object({ marked: z.number().int().min(0) });
