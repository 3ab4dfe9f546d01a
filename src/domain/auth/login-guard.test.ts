import { describe, expect, it } from 'vitest';
import {
  accountRefusal,
  addressThrottle,
  afterCountedFailure,
  countsAgainstAccount,
  LOGIN_ACCOUNT_SHARE_PER_ADDRESS,
  LOGIN_ADDRESS_ACCOUNT_FAILURES,
  LOGIN_ADDRESS_FAILURES,
  LOGIN_LOCK_AFTER,
  LOGIN_SLOW_DOWN_AFTER,
  slowDownDelayMs,
} from './login-guard';

const now = new Date('2026-12-07T03:00:00Z');
const minutes = (n: number) => n * 60_000;

describe('login guard rules', () => {
  it('lets one address contribute too few failures to slow an account down, let alone lock it', () => {
    expect(LOGIN_ACCOUNT_SHARE_PER_ADDRESS).toBeLessThan(LOGIN_SLOW_DOWN_AFTER);
    expect(LOGIN_ADDRESS_ACCOUNT_FAILURES).toBeLessThan(LOGIN_LOCK_AFTER);
    expect(LOGIN_ADDRESS_ACCOUNT_FAILURES).toBeLessThan(LOGIN_ADDRESS_FAILURES);
    expect(countsAgainstAccount(LOGIN_ACCOUNT_SHARE_PER_ADDRESS)).toBe(true);
    expect(countsAgainstAccount(LOGIN_ACCOUNT_SHARE_PER_ADDRESS + 1)).toBe(false);
  });

  it('waits 1, 2, 4, 8 and 16 minutes from the fifth failure, then locks for a reset at the tenth', () => {
    expect([4, 5, 6, 7, 8, 9].map(slowDownDelayMs)).toEqual([0, 1, 2, 4, 8, 16].map(minutes));
    expect(afterCountedFailure(3, now)).toEqual({ failedLogins: 4, lockedUntil: null, lockedAt: null });
    expect(afterCountedFailure(4, now)).toEqual({
      failedLogins: 5,
      lockedUntil: new Date(now.getTime() + minutes(1)),
      lockedAt: null,
    });
    expect(afterCountedFailure(9, now)).toEqual({ failedLogins: 10, lockedUntil: null, lockedAt: now });
  });

  it('refuses a locked account whatever the time, and a slowed-down one only until its delay ends', () => {
    const later = new Date(now.getTime() + minutes(2));
    expect(accountRefusal({ failedLogins: 10, lockedUntil: null, lockedAt: now }, later)).toBe('locked');
    expect(accountRefusal({ failedLogins: 6, lockedUntil: later, lockedAt: null }, now)).toBe('waiting');
    expect(accountRefusal({ failedLogins: 6, lockedUntil: now, lockedAt: null }, later)).toBeNull();
    expect(accountRefusal({ failedLogins: 0, lockedUntil: null, lockedAt: null }, now)).toBeNull();
  });

  it('throttles an address at either of its limits, for the longer of the waits', () => {
    const free = { hits: 0, ttlMs: 0 };
    expect(addressThrottle({ hits: LOGIN_ADDRESS_FAILURES - 1, ttlMs: 5000 }, free)).toBeNull();
    expect(addressThrottle({ hits: LOGIN_ADDRESS_FAILURES, ttlMs: 4200 }, free)).toBe(5);
    expect(
      addressThrottle({ hits: 1, ttlMs: 1000 }, { hits: LOGIN_ADDRESS_ACCOUNT_FAILURES, ttlMs: 90_000 }),
    ).toBe(90);
    expect(addressThrottle({ hits: LOGIN_ADDRESS_FAILURES, ttlMs: 0 }, free)).toBe(1);
  });
});
