import { describe, expect, it } from 'vitest';
import { ZCaseListQuery } from '../../../domain/cases/views';
import {
  EMPTY_INBOX_FILTERS,
  hasNarrowingFilters,
  inboxFiltersFromParams,
  nikInSearch,
  paramsFromInboxFilters,
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

  it('round-trips every filter through the address', () => {
    const params = new URLSearchParams({
      status: 'verified',
      open: 'false',
      serviceCode: 'odgj',
      channel: 'outreach',
      ppksCategory: 'lansia-terlantar',
      districtCode: '14.72.01',
      assignee: OFFICER,
      due: 'overdue',
      q: 'Mak Ijah',
    });
    const filters = inboxFiltersFromParams(params);
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
    expect(inboxFiltersFromParams(paramsFromInboxFilters(filters))).toEqual(filters);
    expect(hasNarrowingFilters(filters)).toBe(true);
  });

  it('ignores values it does not know rather than sending them', () => {
    const filters = inboxFiltersFromParams(
      new URLSearchParams({ status: 'lost', channel: 'fax', due: 'later' }),
    );
    expect(filters.status).toBe('');
    expect(filters.channel).toBe('');
    expect(filters.due).toBe('');
  });

  it('never puts a NIK in the address, nor reads one from it', () => {
    const nik = '1472011708500001';
    expect(paramsFromInboxFilters({ ...EMPTY_INBOX_FILTERS, q: nik }).has('q')).toBe(false);
    expect(paramsFromInboxFilters({ ...EMPTY_INBOX_FILTERS, q: '1472 0117 0850 0001' }).has('q')).toBe(false);
    expect(inboxFiltersFromParams(new URLSearchParams({ q: nik })).q).toBe('');
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

  it('builds a query the server schema accepts', () => {
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
    const asSent = Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)]));
    expect(ZCaseListQuery.safeParse(asSent).success).toBe(true);
  });
});
