import type {
  TStaffNotification,
  TStaffNotificationPage,
  TUnreadCount,
} from '../../../domain/notifications/staff-notifications';
import { apiRequest } from '../../api/client';

/** A page (20) of the signed-in officer's notifications, newest first. */
export function fetchNotifications(
  query: { cursor: string | null; unreadOnly: boolean },
  signal?: AbortSignal,
): Promise<TStaffNotificationPage> {
  return apiRequest('/notifications', {
    query: { cursor: query.cursor, unreadOnly: query.unreadOnly ? 'true' : undefined },
    signal,
  });
}

export async function fetchUnreadCount(signal?: AbortSignal): Promise<number> {
  return (await apiRequest<TUnreadCount>('/notifications/unread-count', { signal })).count;
}

export function markNotificationRead(id: string): Promise<TStaffNotification> {
  return apiRequest(`/notifications/${id}/read`, { method: 'POST' });
}

export async function markAllNotificationsRead(): Promise<number> {
  return (await apiRequest<{ marked: number }>('/notifications/read-all', { method: 'POST' })).marked;
}

// The list page tells the bell when it marked something read, so the count follows at once.
const CHANGED = 'satu-atap:staff-notifications-changed';

export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

export function onNotificationsChanged(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
}
