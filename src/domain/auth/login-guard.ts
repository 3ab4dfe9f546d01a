/**
 * The rules of the login guard (issue 16): limits per address, per address and account, and per
 * account, chosen so that a stranger can neither guess passwords fast nor lock an officer out.
 *
 * - An address (as the server sees it) gets LOGIN_ADDRESS_FAILURES failures per window, whatever
 *   usernames it tries: password spraying stops there.
 * - An address gets LOGIN_ADDRESS_ACCOUNT_FAILURES failures per window on one username: hammering
 *   one account from one place stops there, long before the account notices.
 * - Only an address's first LOGIN_ACCOUNT_SHARE_PER_ADDRESS failures on an account in a day count
 *   against the account, so one address alone can never slow an account down or lock it.
 * - From LOGIN_SLOW_DOWN_AFTER counted failures in a row the account waits a growing delay between
 *   checked attempts; at LOGIN_LOCK_AFTER it is locked until an administrator unlocks it or resets
 *   its password. A successful login starts the count again.
 * Every refusal answers the same 401 and message, so none of this tells which usernames exist.
 */

const MINUTE = 60_000;

export const LOGIN_ADDRESS_FAILURES = 20;
export const LOGIN_ADDRESS_WINDOW_MS = 15 * MINUTE;
export const LOGIN_ADDRESS_ACCOUNT_FAILURES = 5;
export const LOGIN_ADDRESS_ACCOUNT_WINDOW_MS = 15 * MINUTE;
export const LOGIN_ACCOUNT_SHARE_PER_ADDRESS = 3;
export const LOGIN_ACCOUNT_SHARE_WINDOW_MS = 24 * 60 * MINUTE;
export const LOGIN_SLOW_DOWN_AFTER = 5;
export const LOGIN_LOCK_AFTER = 10;
/** The first slow-down delay; each later failure doubles it (1, 2, 4, 8, 16 minutes). */
export const LOGIN_FIRST_DELAY_MS = MINUTE;
/**
 * Retry-After of every refusal that is not an address throttle: the same for a wrong password, an
 * unknown username and a slowed-down or locked account, so the header tells nothing either.
 */
export const LOGIN_RETRY_AFTER_SECONDS = 60;

/** What the users table keeps of an account's failures. */
export interface AccountGuardState {
  failedLogins: number;
  lockedUntil: Date | null;
  lockedAt: Date | null;
}

/** Why an account refuses to check a password now: locked for a reset, waiting a delay, or not. */
export function accountRefusal(state: AccountGuardState, now: Date): 'locked' | 'waiting' | null {
  if (state.lockedAt) return 'locked';
  if (state.lockedUntil && state.lockedUntil > now) return 'waiting';
  return null;
}

/** The delay an account waits after its n-th counted failure in a row (0 below the threshold). */
export function slowDownDelayMs(failures: number): number {
  if (failures < LOGIN_SLOW_DOWN_AFTER) return 0;
  return LOGIN_FIRST_DELAY_MS * 2 ** (failures - LOGIN_SLOW_DOWN_AFTER);
}

/** The account's state after one more counted failure. */
export function afterCountedFailure(failures: number, now: Date): AccountGuardState {
  const failedLogins = failures + 1;
  if (failedLogins >= LOGIN_LOCK_AFTER) return { failedLogins, lockedUntil: null, lockedAt: now };
  const delay = slowDownDelayMs(failedLogins);
  return { failedLogins, lockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null, lockedAt: null };
}

/** Whether an address's failure on an account counts against it, given that address's failures there today. */
export function countsAgainstAccount(addressFailuresOnAccount: number): boolean {
  return addressFailuresOnAccount <= LOGIN_ACCOUNT_SHARE_PER_ADDRESS;
}

/** Seconds an address waits when one of its limits is reached; null while both allow it. */
export function addressThrottle(
  address: { hits: number; ttlMs: number },
  addressAccount: { hits: number; ttlMs: number },
): number | null {
  const waits: number[] = [];
  if (address.hits >= LOGIN_ADDRESS_FAILURES) waits.push(address.ttlMs);
  if (addressAccount.hits >= LOGIN_ADDRESS_ACCOUNT_FAILURES) waits.push(addressAccount.ttlMs);
  if (waits.length === 0) return null;
  return Math.max(1, Math.ceil(Math.max(...waits) / 1000));
}
