import type { TCaseSearchInput } from '../../../domain/cases/views';
import { CHANNELS } from '../../../domain/catalogue/constants';
import { CASE_STATUSES, type CaseStatus } from '../../../domain/intake/report';

export const INBOX_PAGE_SIZE = 25;

type Channel = (typeof CHANNELS)[number];
export const DUE_FILTERS = ['soon', 'overdue'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

/** The inbox's filters as the page holds them: '' is "any". */
export interface InboxFilters {
  status: CaseStatus | '';
  /** Only cases still being handled; ignored while a status is chosen. */
  openOnly: boolean;
  serviceCode: string;
  channel: Channel | '';
  ppksCategory: string;
  districtCode: string;
  /** `me`, `none`, an officer's id, or '' for everyone's. */
  assignee: string;
  due: DueFilter | '';
  /**
   * A ticket or words of a name; never a NIK (searched apart). Kept in the history entry's state,
   * never the address: a URL ends up in history lists, proxy logs and Referer headers.
   */
  q: string;
}

export const EMPTY_INBOX_FILTERS: InboxFilters = {
  status: '',
  openOnly: true,
  serviceCode: '',
  channel: '',
  ppksCategory: '',
  districtCode: '',
  assignee: '',
  due: '',
  q: '',
};

const TEXT_FIELDS = ['serviceCode', 'ppksCategory', 'districtCode', 'assignee'] as const;

function oneOf<T extends string>(list: readonly T[], value: string | null): T | '' {
  return (list as readonly (string | null)[]).includes(value) ? (value as T) : '';
}

/** A full NIK typed in the search box (spaces allowed), or null when the text is something else. */
export function nikInSearch(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  return /^\d{16}$/.test(compact) ? compact : null;
}

/** The history entry's state that holds the words searched (see `InboxFilters.q`). */
export interface InboxHistoryState {
  inboxSearch?: string;
}

/** The words searched as a history entry keeps them; anything else (no state, a NIK) is none. */
export function searchFromState(state: unknown): string {
  const value = (state as InboxHistoryState | null)?.inboxSearch;
  const q = typeof value === 'string' ? value.trim() : '';
  return nikInSearch(q) ? '' : q;
}

/** The state to navigate with, so reload and "back" find the same search. */
export function stateFromInboxFilters(filters: InboxFilters): InboxHistoryState {
  const q = filters.q.trim();
  return q && !nikInSearch(q) ? { inboxSearch: q } : {};
}

/**
 * The filters live in the address, so a reload, a kept link or "back" shows the same inbox; the words
 * searched come from the history entry's state. A `q` left in an old link is ignored.
 */
export function inboxFiltersFromParams(params: URLSearchParams, state: unknown = null): InboxFilters {
  const filters: InboxFilters = {
    ...EMPTY_INBOX_FILTERS,
    status: oneOf(CASE_STATUSES, params.get('status')),
    openOnly: params.get('open') !== 'false',
    channel: oneOf(CHANNELS, params.get('channel')),
    due: oneOf(DUE_FILTERS, params.get('due')),
    q: searchFromState(state),
  };
  for (const field of TEXT_FIELDS) filters[field] = params.get(field)?.trim() ?? '';
  return filters;
}

/** The address for these filters: defaults are left out, and the words searched never go in. */
export function paramsFromInboxFilters(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (!filters.openOnly) params.set('open', 'false');
  if (filters.channel) params.set('channel', filters.channel);
  if (filters.due) params.set('due', filters.due);
  for (const field of TEXT_FIELDS) {
    const value = filters[field].trim();
    if (value) params.set(field, value);
  }
  return params;
}

/** The request for the first page: empty filters are no filter at all. */
export function toCaseListQuery(filters: InboxFilters): TCaseSearchInput {
  const query: TCaseSearchInput = { limit: INBOX_PAGE_SIZE };
  if (filters.status) query.status = filters.status;
  else if (filters.openOnly) query.open = true;
  if (filters.channel) query.channel = filters.channel;
  if (filters.due) query.due = filters.due;
  for (const field of TEXT_FIELDS) {
    const value = filters[field].trim();
    if (value) query[field] = value;
  }
  const q = filters.q.trim();
  if (q && !nikInSearch(q)) query.q = q;
  return query;
}

/** Whether any filter narrows the list beyond the default (open cases of everyone); the words aside. */
export function hasNarrowingFilters(filters: InboxFilters): boolean {
  return paramsFromInboxFilters(filters).toString() !== '';
}
