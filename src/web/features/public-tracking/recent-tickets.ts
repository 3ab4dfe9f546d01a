import { isRecord, type KeyValueStore, readJson } from './local-store';

/** A ticket filed from this phone, kept so the citizen can follow it with one tap. */
export interface RecentTicket {
  ticket: string;
  officeSlug: string;
  agendaNumber: string | null;
  /** ISO time it was filed. */
  filedAt: string;
}

export const RECENT_TICKETS_KEY = 'satu-atap.recent-tickets.v1';
/** Enough for a family's or a volunteer's recent reports; older ones fall off. */
export const MAX_RECENT_TICKETS = 10;

function isRecentTicket(value: unknown): value is RecentTicket {
  return (
    isRecord(value) &&
    typeof value.ticket === 'string' &&
    typeof value.officeSlug === 'string' &&
    typeof value.filedAt === 'string' &&
    (value.agendaNumber === null || typeof value.agendaNumber === 'string')
  );
}

/** The tickets filed on this phone, newest first; anything unreadable is skipped. */
export function readRecentTickets(store: KeyValueStore): RecentTicket[] {
  const stored = readJson(store, RECENT_TICKETS_KEY);
  return Array.isArray(stored) ? stored.filter(isRecentTicket) : [];
}

/** Puts a ticket first in the list (once), keeping at most MAX_RECENT_TICKETS; never throws. */
export function rememberTicket(store: KeyValueStore, entry: RecentTicket): RecentTicket[] {
  const list = [entry, ...readRecentTickets(store).filter((t) => t.ticket !== entry.ticket)].slice(
    0,
    MAX_RECENT_TICKETS,
  );
  try {
    store.setItem(RECENT_TICKETS_KEY, JSON.stringify(list));
  } catch {
    // A full phone: the ticket is still on screen and in the WhatsApp notice; the list just misses it.
  }
  return list;
}
