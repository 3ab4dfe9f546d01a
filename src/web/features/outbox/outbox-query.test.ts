import { describe, expect, it } from 'vitest';
import {
  EMPTY_OUTBOX_QUERY,
  hasNarrowingFilters,
  outboxQueryFromParams,
  paramsFromOutboxQuery,
} from './outbox-query';

describe('outbox query in the address', () => {
  it('reads every filter and the page, and falls back to "all" on page 1 for anything unknown', () => {
    expect(
      outboxQueryFromParams(
        new URLSearchParams(
          'status=failed&channel=sms&audience=reporter&kind=closed&ticket=DUM-7K3F-9QXA&page=2',
        ),
      ),
    ).toEqual({
      status: 'failed',
      channel: 'sms',
      audience: 'reporter',
      kind: 'closed',
      ticket: 'DUM-7K3F-9QXA',
      page: 2,
    });
    expect(
      outboxQueryFromParams(new URLSearchParams('status=lost&channel=fax&audience=x&kind=y&page=-3')),
    ).toEqual(EMPTY_OUTBOX_QUERY);
    expect(outboxQueryFromParams(new URLSearchParams('page=abc'))).toEqual(EMPTY_OUTBOX_QUERY);
    expect(outboxQueryFromParams(new URLSearchParams('status=stopped')).status).toBe('stopped');
  });

  it('writes only what differs from the default, so the plain address stays plain', () => {
    expect(paramsFromOutboxQuery(EMPTY_OUTBOX_QUERY).toString()).toBe('');
    expect(paramsFromOutboxQuery({ ...EMPTY_OUTBOX_QUERY, status: 'failed', page: 3 }).toString()).toBe(
      'status=failed&page=3',
    );
    expect(
      paramsFromOutboxQuery({
        ...EMPTY_OUTBOX_QUERY,
        channel: 'manual',
        ticket: '  dum 7k3f 9qxa ',
      }).toString(),
    ).toBe('channel=manual&ticket=dum+7k3f+9qxa');
  });

  it('tells when the list is narrowed beyond its status', () => {
    expect(hasNarrowingFilters({ ...EMPTY_OUTBOX_QUERY, status: 'failed', page: 4 })).toBe(false);
    expect(hasNarrowingFilters({ ...EMPTY_OUTBOX_QUERY, kind: 'staff' })).toBe(true);
    expect(hasNarrowingFilters({ ...EMPTY_OUTBOX_QUERY, ticket: ' ' })).toBe(false);
  });
});
