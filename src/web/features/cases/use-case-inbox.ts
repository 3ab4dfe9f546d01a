import { useState } from 'react';
import type { TCaseListItem } from '../../../domain/cases/views';
import { type ApiError, toApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { fetchCaseList, searchCasesByNik } from './api';
import { type InboxFilters, paramsFromInboxFilters, toCaseListQuery } from './inbox-query';

/** A NIK search in progress: the NIK itself stays in memory, the query key only counts searches. */
export interface NikSearch {
  nik: string;
  id: number;
}

interface MorePages {
  key: string;
  items: TCaseListItem[];
  next: string | null;
}

export interface CaseInbox {
  items: TCaseListItem[] | undefined;
  hasMore: boolean;
  loading: boolean;
  error: ApiError | undefined;
  reload: () => void;
  loadMore: () => void;
  loadingMore: boolean;
  moreError: ApiError | null;
}

/**
 * The inbox's rows: the first page for the filters (or an exact NIK search), then further pages
 * appended by "Muat lebih banyak" through the server's cursor. New filters start over.
 */
export function useCaseInbox(filters: InboxFilters, nikSearch: NikSearch | null): CaseInbox {
  const key = nikSearch
    ? `cases:nik#${nikSearch.id}`
    : `cases?${paramsFromInboxFilters(filters).toString()}#${filters.q}`;
  const first = useApiQuery(
    key,
    (signal) =>
      nikSearch
        ? searchCasesByNik(nikSearch.nik, signal)
        : fetchCaseList(toCaseListQuery(filters), null, signal),
    { keepPreviousData: true },
  );
  const [more, setMore] = useState<MorePages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailure, setMoreFailure] = useState<{ key: string; error: ApiError } | null>(null);
  const current = more?.key === key ? more : null;
  const next = current ? current.next : (first.data?.next ?? null);

  const loadMore = () => {
    if (!next || loadingMore) return;
    setLoadingMore(true);
    setMoreFailure(null);
    fetchCaseList(toCaseListQuery(filters), next)
      .then((page) => setMore({ key, items: [...(current?.items ?? []), ...page.items], next: page.next }))
      .catch((error: unknown) => setMoreFailure({ key, error: toApiError(error) }))
      .finally(() => setLoadingMore(false));
  };
  const reload = () => {
    setMore(null);
    first.reload();
  };

  return {
    items: first.data ? [...first.data.items, ...(current?.items ?? [])] : undefined,
    // A NIK search is exact: one short page, never continued; while new filters load, the shown
    // page's cursor belongs to the old ones.
    hasMore: !nikSearch && !first.loading && next !== null,
    loading: first.loading,
    error: first.error,
    reload,
    loadMore,
    loadingMore,
    moreError: moreFailure?.key === key ? moreFailure.error : null,
  };
}
