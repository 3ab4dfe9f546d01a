import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from './client';

export interface ApiQuery<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
  /** Replaces the data after a write, without a round trip. */
  setData: (update: (current: T | undefined) => T | undefined) => void;
}

interface QueryState<T> {
  key: string;
  data?: T;
  error?: ApiError;
  loading: boolean;
}

/**
 * Loads data for a component and reloads whenever `key` changes; a stale answer never
 * overwrites a newer one, because the previous request is aborted. With `keepPreviousData`
 * the last answer stays on screen while the next key loads (pagination without flicker).
 */
export function useApiQuery<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
  options: { keepPreviousData?: boolean } = {},
): ApiQuery<T> {
  const loadRef = useRef(load);
  loadRef.current = load;
  const keepPreviousData = options.keepPreviousData ?? false;
  const [reloadCount, setReloadCount] = useState(0);
  const [state, setState] = useState<QueryState<T>>({ key, loading: true });

  // biome-ignore lint/correctness/useExhaustiveDependencies: key and reloadCount are what decide a new request
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({
      key,
      data: previous.key === key || keepPreviousData ? previous.data : undefined,
      loading: true,
    }));
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, data, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ key, error: toApiError(error), loading: false });
      },
    );
    return () => controller.abort();
  }, [key, reloadCount]);

  const isCurrent = state.key === key || keepPreviousData;

  const reload = useCallback(() => setReloadCount((count) => count + 1), []);
  const setData = useCallback(
    (update: (current: T | undefined) => T | undefined) =>
      setState((previous) => ({ ...previous, data: update(previous.data) })),
    [],
  );
  return {
    data: isCurrent ? state.data : undefined,
    error: state.key === key ? state.error : undefined,
    loading: state.key === key ? state.loading : true,
    reload,
    setData,
  };
}
