import { describe, expect, it } from 'vitest';
import { ZCaseListQuery, ZCaseSearch } from '../../../domain/cases/views';
import {
  EMPTY_INBOX_FILTERS,
  hasNarrowingFilters,
  inboxFiltersFromParams,
  nikInSearch,
  paramsFromInboxFilters,
  searchFromState,
  stateFromInboxFilters,
  toCaseListQuery,
} from './inbox-query';

const OFFICER = '0c8f2b52-5f6e-4d8b-9b7a-2f1c0d9e8a71';

describe('inbox filters in the address', () => {
  it('reads an empty address as open cases of everyone, and writes nothing back for it', () => {
    const filters = inboxFiltersFromParams(new URLSearchParams());
    expect(filters).toEqual(EMPTY_INBOX_FILTERS);
    expect(paramsFromInboxFilters(filters).toString()).toBe('');
    expect(hasNarrowingFilters(filters)).toBe(false);
  });

  it('round-trips every filter through the address, and the words searched through the history state', () => {
    const params = new URLSearchParams({
      status: 'verified',
      open: 'false',
      serviceCode: 'odgj',
      channel: 'outreach',
      ppksCategory: 'lansia-terlantar',
      districtCode: '14.72.01',
      assignee: OFFICER,
      due: 'overdue',
    });
    const filters = inboxFiltersFromParams(params, { inboxSearch: 'Mak Ijah' });
    expect(filters).toEqual({
      status: 'verified',
      openOnly: false,
      serviceCode: 'odgj',
      channel: 'outreach',
      ppksCategory: 'lansia-terlantar',
      districtCode: '14.72.01',
      assignee: OFFICER,
      due: 'overdue',
      q: 'Mak Ijah',
    });
    expect(paramsFromInboxFilters(filters).has('q')).toBe(false);
    expect(inboxFiltersFromParams(paramsFromInboxFilters(filters), stateFromInboxFilters(filters))).toEqual(
      filters,
    );
    expect(hasNarrowingFilters(filters)).toBe(true);
  });

  it('never writes the words searched to the address, and ignores a q an old link still holds', () => {
    const filters = { ...EMPTY_INBOX_FILTERS, q: 'Siti Rahma' };
    expect(paramsFromInboxFilters(filters).toString()).toBe('');
    expect(stateFromInboxFilters(filters)).toEqual({ inboxSearch: 'Siti Rahma' });
    expect(inboxFiltersFromParams(new URLSearchParams({ q: 'Siti Rahma' })).q).toBe('');
    expect(hasNarrowingFilters(filters)).toBe(false);
  });

  it('ignores values it does not know rather than sending them', () => {
    const filters = inboxFiltersFromParams(
      new URLSearchParams({ status: 'lost', channel: 'fax', due: 'later' }),
    );
    expect(filters.status).toBe('');
    expect(filters.channel).toBe('');
    expect(filters.due).toBe('');
  });

  it('never keeps a NIK in the history state, nor reads one from it', () => {
    const nik = '1472011708500001';
    expect(stateFromInboxFilters({ ...EMPTY_INBOX_FILTERS, q: nik })).toEqual({});
    expect(stateFromInboxFilters({ ...EMPTY_INBOX_FILTERS, q: '1472 0117 0850 0001' })).toEqual({});
    expect(searchFromState({ inboxSearch: nik })).toBe('');
    expect(searchFromState(null)).toBe('');
    expect(searchFromState({ inboxSearch: 42 })).toBe('');
    expect(toCaseListQuery({ ...EMPTY_INBOX_FILTERS, q: nik }).q).toBeUndefined();
  });
});

describe('nikInSearch', () => {
  it('takes exactly 16 digits, spaces allowed, and nothing else', () => {
    expect(nikInSearch('1472011708500001')).toBe('1472011708500001');
    expect(nikInSearch(' 1472 0117 0850 0001 ')).toBe('1472011708500001');
    expect(nikInSearch('147201170850000')).toBeNull();
    expect(nikInSearch('14720117085000012')).toBeNull();
    expect(nikInSearch('DUM-7K3F-9QXA')).toBeNull();
    expect(nikInSearch('Siti 1472011708500001')).toBeNull();
  });
});

describe('toCaseListQuery', () => {
  it('sends open=true only while no status is chosen, and drops empty filters', () => {
    expect(toCaseListQuery(EMPTY_INBOX_FILTERS)).toEqual({ limit: 25, open: true });
    expect(toCaseListQuery({ ...EMPTY_INBOX_FILTERS, status: 'closed' })).toEqual({
      limit: 25,
      status: 'closed',
    });
    expect(toCaseListQuery({ ...EMPTY_INBOX_FILTERS, openOnly: false })).toEqual({ limit: 25 });
  });

  it('builds a search body the server schema accepts, and address filters the GET accepts', () => {
    const query = toCaseListQuery({
      ...EMPTY_INBOX_FILTERS,
      assignee: 'me',
      due: 'soon',
      districtCode: '14.72.01',
      q: '  DUM-7K3F ',
    });
    expect(query).toEqual({
      limit: 25,
      open: true,
      assignee: 'me',
      due: 'soon',
      districtCode: '14.72.01',
      q: 'DUM-7K3F',
    });
    expect(ZCaseSearch.safeParse(query).success).toBe(true);
    const { q: _words, ...filters } = query;
    const asSent = Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, String(value)]));
    expect(ZCaseListQuery.safeParse(asSent).success).toBe(true);
  });
});
