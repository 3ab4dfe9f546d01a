import { useCallback, useState } from 'react';
import type { TRegisterListItem, TRegisterSearchInput } from '../../../domain/ppks-register/schemas';
import { type ApiError, toApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { searchRegister } from './api';

export interface RegisterFilters {
  q: string;
  districtCode: string;
  category: string;
}

export interface RegisterResults {
  items: TRegisterListItem[] | undefined;
  error: ApiError | undefined;
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

function searchOf(filters: RegisterFilters, nik: string): TRegisterSearchInput {
  return {
    q: filters.q || undefined,
    nik: nik || undefined,
    districtCode: filters.districtCode || undefined,
    category: filters.category || undefined,
  };
}

/**
 * The register's first page for the filters (and a NIK kept in memory only), and the next pages on
 * request, appended. A new search starts again from the first page.
 */
export function useRegisterSearch(
  filters: RegisterFilters,
  nik: { value: string; id: number },
): RegisterResults {
  const key = JSON.stringify([filters, nik.id]);
  const [extra, setExtra] = useState<{ key: string; items: TRegisterListItem[]; next: string | null }>();
  const [moreError, setMoreError] = useState<ApiError>();
  const [loadingMore, setLoadingMore] = useState(false);
  const first = useApiQuery(key, (signal) => searchRegister(searchOf(filters, nik.value), signal));
  const pages = extra?.key === key ? extra : undefined;
  const next = pages ? pages.next : (first.data?.next ?? null);

  const loadMore = useCallback(() => {
    if (!next) return;
    setLoadingMore(true);
    setMoreError(undefined);
    searchRegister({ ...searchOf(filters, nik.value), after: next })
      .then((page) =>
        setExtra((current) => ({
          key,
          items: [...(current?.key === key ? current.items : []), ...page.items],
          next: page.next,
        })),
      )
      .catch((error: unknown) => setMoreError(toApiError(error)))
      .finally(() => setLoadingMore(false));
  }, [filters, nik.value, key, next]);

  return {
    items: first.data ? [...first.data.items, ...(pages?.items ?? [])] : undefined,
    error: first.error ?? moreError,
    loading: first.loading,
    hasMore: next !== null,
    loadingMore,
    loadMore,
    reload: first.reload,
  };
}
