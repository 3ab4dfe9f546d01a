import { describe, expect, it } from 'vitest';
import { outboxQueryFromParams, paramsFromOutboxQuery } from './outbox-query';

describe('outbox query in the address', () => {
  it('reads status and page, and falls back to all statuses on page 1', () => {
    expect(outboxQueryFromParams(new URLSearchParams('status=pending&page=2'))).toEqual({
      status: 'pending',
      page: 2,
    });
    expect(outboxQueryFromParams(new URLSearchParams('status=lost&page=-3'))).toEqual({
      status: null,
      page: 1,
    });
    expect(outboxQueryFromParams(new URLSearchParams('page=abc'))).toEqual({ status: null, page: 1 });
  });

  it('writes only what differs from the default, so the plain address stays plain', () => {
    expect(paramsFromOutboxQuery({ status: null, page: 1 }).toString()).toBe('');
    expect(paramsFromOutboxQuery({ status: 'failed', page: 3 }).toString()).toBe('status=failed&page=3');
  });
});
