import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { fetchUnreadCount, onNotificationsChanged } from './api';

/** How often the bell asks: a count from the partial index of unread rows, cheap at any size. */
export const UNREAD_POLL_MS = 60_000;
/**
 * Every request refreshes the session's idle expiry (8 hours): a tab left open must not keep it
 * alive for ever, so the bell stops asking after this long without a key press or a touch.
 */
export const IDLE_STOP_MS = 30 * 60_000;

/**
 * The signed-in officer's unread count: asked now, every minute while the officer is at work, when
 * the window gets the focus back, on each page change, and at once when the list page marks
 * something read. A failed ask keeps the last count (a lost session is handled by the session
 * provider, which hears of it from the client).
 */
export function useUnreadCount(enabled: boolean): number {
  const [count, setCount] = useState(0);
  const { pathname } = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page is a reason to ask again
  useEffect(() => {
    if (!enabled) return;
    let controller = new AbortController();
    let lastActivity = Date.now();
    const active = () => {
      lastActivity = Date.now();
    };
    const load = () => {
      if (document.visibilityState === 'hidden') return;
      controller.abort();
      controller = new AbortController();
      fetchUnreadCount(controller.signal).then(setCount, () => {});
    };
    load();
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity < IDLE_STOP_MS) load();
    }, UNREAD_POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') load();
    };
    const onFocus = () => {
      active();
      load();
    };
    window.addEventListener('focus', onFocus);
    window.addEventListener('pointerdown', active, { passive: true });
    window.addEventListener('keydown', active, { passive: true });
    document.addEventListener('visibilitychange', onVisible);
    const stopListening = onNotificationsChanged(load);
    return () => {
      controller.abort();
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      window.removeEventListener('pointerdown', active);
      window.removeEventListener('keydown', active);
      document.removeEventListener('visibilitychange', onVisible);
      stopListening();
    };
  }, [enabled, pathname]);

  return enabled ? count : 0;
}
