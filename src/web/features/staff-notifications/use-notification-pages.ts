import { useCallback, useEffect, useRef, useState } from 'react';
import type { TStaffNotification } from '../../../domain/notifications/staff-notifications';
import { type ApiError, toApiError } from '../../api/client';
import { fetchNotifications } from './api';

export interface NotificationPages {
  items: TStaffNotification[];
  next: string | null;
  loading: boolean;
  error: ApiError | undefined;
  loaded: boolean;
  loadMore: () => void;
  reload: () => void;
  /** Marks items read on screen, after the server has (one id, or every item when null). */
  markReadHere: (id: string | null, at: string) => void;
}

/** The list a page at a time: the first page on open or when the filter changes, more on demand. */
export function useNotificationPages(unreadOnly: boolean): NotificationPages {
  const [items, setItems] = useState<TStaffNotification[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [generation, setGeneration] = useState(0);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(
    (cursor: string | null) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setLoading(true);
      setError(undefined);
      fetchNotifications({ cursor, unreadOnly }, current.signal).then(
        (page) => {
          if (current.signal.aborted) return;
          setItems((before) => (cursor ? [...before, ...page.items] : page.items));
          setNext(page.next);
          setLoading(false);
          setLoaded(true);
        },
        (failure: unknown) => {
          if (current.signal.aborted) return;
          setError(toApiError(failure));
          setLoading(false);
        },
      );
    },
    [unreadOnly],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is the reload trigger
  useEffect(() => {
    load(null);
    return () => controller.current?.abort();
  }, [load, generation]);

  const markReadHere = useCallback((id: string | null, at: string) => {
    setItems((before) =>
      before.map((item) => (item.readAt || (id !== null && item.id !== id) ? item : { ...item, readAt: at })),
    );
  }, []);

  return {
    items,
    next,
    loading,
    error,
    loaded,
    loadMore: () => next && load(next),
    reload: () => setGeneration((g) => g + 1),
    markReadHere,
  };
}
