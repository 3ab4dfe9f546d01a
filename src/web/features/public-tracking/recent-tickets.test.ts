import { describe, expect, it } from 'vitest';
import { memoryStore } from './local-store';
import { MAX_RECENT_TICKETS, RECENT_TICKETS_KEY, readRecentTickets, rememberTicket } from './recent-tickets';

const entry = (ticket: string) => ({
  ticket,
  officeSlug: 'dumai',
  agendaNumber: null,
  filedAt: '2026-08-14T08:00:00.000Z',
});

describe('recent tickets', () => {
  it('keeps the newest first, once each, and at most ten', () => {
    const store = memoryStore();
    for (let i = 0; i < 12; i++) rememberTicket(store, entry(`DUM-000${i % 10}-AAAA`));
    rememberTicket(store, entry('DUM-0003-AAAA'));
    const list = readRecentTickets(store);
    expect(list).toHaveLength(MAX_RECENT_TICKETS);
    expect(list[0]?.ticket).toBe('DUM-0003-AAAA');
    expect(new Set(list.map((t) => t.ticket)).size).toBe(list.length);
  });

  it('skips what it cannot read instead of failing', () => {
    const store = memoryStore();
    store.setItem(RECENT_TICKETS_KEY, '{broken');
    expect(readRecentTickets(store)).toEqual([]);
    store.setItem(RECENT_TICKETS_KEY, JSON.stringify([{ ticket: 1 }, entry('BEK-1111-2222')]));
    expect(readRecentTickets(store).map((t) => t.ticket)).toEqual(['BEK-1111-2222']);
  });

  it('does not throw when the phone is full', () => {
    const full = {
      ...memoryStore(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(rememberTicket(full, entry('DUM-1234-5678'))).toHaveLength(1);
  });
});
