/** The channels a notice can leave by; `manual` is an officer sending it by hand (wa.me link). */
export const DELIVERY_CHANNELS = ['whatsapp', 'sms', 'email', 'manual'] as const;
export type TDeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/**
 * A notice's life: `pending` (waiting, or waiting for its next try), `sending` (claimed by a worker
 * for a while), `sent` (the provider took it), `delivered` and `read` (the provider's webhook said
 * so), `failed` (for good, with the provider's reason), `stopped` (the recipient asked for no more).
 */
export const NOTICE_STATUSES = [
  'pending',
  'sending',
  'sent',
  'delivered',
  'read',
  'failed',
  'stopped',
] as const;
export type TNoticeStatus = (typeof NOTICE_STATUSES)[number];

/** Tries per channel before a notice fails (or falls back to SMS). */
export const MAX_ATTEMPTS = 6;

/** How long a claimed notice is held before another worker may take it (a crashed instance's). */
export const LEASE_MS = 2 * 60_000;

/**
 * When to try again after the `attempt`-th failure: 30 s, 1, 2, 4, 8 min… capped at 6 hours, with
 * ±20% jitter (`random` in [0, 1)) so a provider outage does not end in one burst; a provider's
 * Retry-After is honoured when it asks for longer.
 */
export function retryDelayMs(attempt: number, random: number, retryAfterMs?: number): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 6 * 3_600_000);
  const jittered = Math.round(base * (0.8 + 0.4 * random));
  return Math.max(jittered, retryAfterMs ?? 0);
}
