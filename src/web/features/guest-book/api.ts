import type { TGuestBookEntry, ZGuestBookInput } from '../../../domain/intake/staff-intake';
import type { z } from '../../../domain/zod';
import { apiRequest } from '../../api/client';

/** What the form sends: the phone as typed (the server normalises it) or null. */
export type TGuestBookInput = z.input<typeof ZGuestBookInput>;

/** Today's visitors of the signed-in user's office (today in the office's time zone), newest first. */
export function fetchGuestBook(signal: AbortSignal): Promise<{ items: TGuestBookEntry[] }> {
  return apiRequest('/guest-book', { signal });
}

export function createGuestBookEntry(input: TGuestBookInput): Promise<TGuestBookEntry> {
  return apiRequest('/guest-book', { method: 'POST', body: input });
}
