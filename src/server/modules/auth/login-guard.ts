import { createHash } from 'node:crypto';
import {
  addressThrottle,
  countsAgainstAccount,
  LOGIN_ACCOUNT_SHARE_WINDOW_MS,
  LOGIN_ADDRESS_ACCOUNT_WINDOW_MS,
  LOGIN_ADDRESS_WINDOW_MS,
} from '../../../domain/auth/login-guard';
import type { CounterHit, SharedCounters } from '../../http/limits/counters';

/** Who tries: the address as Fastify sees it (TRUST_PROXY decides) and the username typed. */
export interface LoginAttempt {
  ip: string | null;
  username: string;
}

/**
 * The address's counters (see src/domain/auth/login-guard.ts). The username travels hashed: a
 * password typed into the username field must not sit in the counters table or Redis.
 */
function countersOf(attempt: LoginAttempt): { address: CounterHit; account: CounterHit; share: CounterHit } {
  const address = attempt.ip ?? 'unknown';
  const who = createHash('sha256').update(attempt.username).digest('base64url').slice(0, 22);
  return {
    address: { bucket: 'login:address', key: address, windowMs: LOGIN_ADDRESS_WINDOW_MS },
    account: {
      bucket: 'login:address-account',
      key: `${address}|${who}`,
      windowMs: LOGIN_ADDRESS_ACCOUNT_WINDOW_MS,
    },
    share: {
      bucket: 'login:account-share',
      key: `${address}|${who}`,
      windowMs: LOGIN_ACCOUNT_SHARE_WINDOW_MS,
    },
  };
}

/** Seconds the address must wait before trying this username again, or null when it may try now. */
export async function addressWait(counters: SharedCounters, attempt: LoginAttempt): Promise<number | null> {
  const { address, account } = countersOf(attempt);
  const [onAddress, onAccount] = await counters.peek([address, account]);
  return addressThrottle(onAddress ?? { hits: 0, ttlMs: 0 }, onAccount ?? { hits: 0, ttlMs: 0 });
}

/**
 * Counts one failure of the address (wrong password, unknown username, refused account); answers
 * whether it may also count against the account: only an address's first few on it in a day do.
 */
export async function countAddressFailure(counters: SharedCounters, attempt: LoginAttempt): Promise<boolean> {
  const { address, account, share } = countersOf(attempt);
  const [, , onShare] = await counters.hit([address, account, share]);
  return countsAgainstAccount(onShare?.hits ?? 0);
}
