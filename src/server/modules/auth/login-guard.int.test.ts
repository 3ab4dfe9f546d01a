import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LOGIN_ADDRESS_ACCOUNT_FAILURES,
  LOGIN_ADDRESS_FAILURES,
  LOGIN_LOCK_AFTER,
  LOGIN_RETRY_AFTER_SECONDS,
  LOGIN_SLOW_DOWN_AFTER,
} from '../../../domain/auth/login-guard';
import { createStaff, createTestApp, loginAs, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit/tables';
import { users } from './tables';

const REFUSED = {
  code: 'LOGIN_FAILED',
  message: 'Nama pengguna atau kata sandi salah, atau terlalu banyak percobaan. Coba lagi nanti.',
};

describe('login guard', () => {
  let t: TestApp;
  let addressCount = 0;
  /** A fresh client address for each use: the guard counts per address. */
  const freshAddress = () => {
    addressCount += 1;
    return `10.${Math.floor(addressCount / 250) + 20}.${addressCount % 250}.1`;
  };
  const attempt = (username: string, password: string, remoteAddress: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress,
    });
  const accountOf = async (id: string) => {
    const [row] = await t.handle.db.select().from(users).where(eq(users.id, id));
    if (!row) throw new Error('no such user');
    return row;
  };
  const expectRefused = (response: LightMyRequestResponse) => {
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual(REFUSED);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  };

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('answers a wrong password, an unknown or inactive user, a slowed-down or locked account and a throttled address alike', async () => {
    const staff = await createStaff(t, { office: 'dumai', role: 'kabid' });
    const inactive = await createStaff(t, { office: 'dumai', role: 'kabid', active: false });
    const slowed = await createStaff(t, { office: 'dumai', role: 'kabid' });
    const locked = await createStaff(t, { office: 'dumai', role: 'kabid' });
    await t.handle.db
      .update(users)
      .set({ failedLogins: 6, lockedUntil: new Date(t.clock.now.getTime() + 120_000) })
      .where(eq(users.id, slowed.id));
    await t.handle.db
      .update(users)
      .set({ failedLogins: LOGIN_LOCK_AFTER, lockedAt: t.clock.now })
      .where(eq(users.id, locked.id));

    const answers = [
      await attempt(staff.username, 'salah-sekali-123', freshAddress()),
      await attempt('tidak.ada.orangnya', 'salah-sekali-123', freshAddress()),
      await attempt(inactive.username, inactive.password, freshAddress()),
      // The right passwords: the account's state, not the password, refuses them.
      await attempt(slowed.username, slowed.password, freshAddress()),
      await attempt(locked.username, locked.password, freshAddress()),
    ];
    for (const answer of answers) {
      expectRefused(answer);
      expect(answer.headers['retry-after']).toBe(String(LOGIN_RETRY_AFTER_SECONDS));
    }

    const throttled = freshAddress();
    for (let i = 0; i < LOGIN_ADDRESS_ACCOUNT_FAILURES; i += 1)
      await attempt(staff.username, 'salah', throttled);
    const whileThrottled = await attempt(staff.username, staff.password, throttled);
    expectRefused(whileThrottled);
    expect(whileThrottled.body).toBe(answers[0]?.body);
  });

  it('stops password spraying from one address without counting against the accounts it tried', async () => {
    const sprayer = freshAddress();
    const targets = await Promise.all(
      Array.from({ length: 4 }, () => createStaff(t, { office: 'bekasi', role: 'front_office' })),
    );
    const names = [...targets.map((s) => s.username), ...Array.from({ length: 30 }, (_, i) => `orang.${i}`)];
    const answers: LightMyRequestResponse[] = [];
    for (const name of names) answers.push(await attempt(name, 'Bekasi2026!', sprayer));
    for (const answer of answers) expectRefused(answer);
    // Past its limit the address is told to wait for its window, whoever it tries, the right password too.
    expect(Number(answers[LOGIN_ADDRESS_FAILURES]?.headers['retry-after'])).toBeGreaterThan(
      LOGIN_RETRY_AFTER_SECONDS,
    );
    const target = targets[0];
    if (!target) throw new Error('no target');
    expectRefused(await attempt(target.username, target.password, sprayer));
    // Elsewhere every target signs in: none was slowed down or locked by the spray.
    for (const staff of targets) {
      expect((await attempt(staff.username, staff.password, freshAddress())).statusCode).toBe(200);
    }
  });

  it('lets a stranger hammering one account from one address neither get in nor lock it', async () => {
    const staff = await createStaff(t, { office: 'pekanbaru', role: 'service_officer' });
    const stranger = freshAddress();
    for (let i = 0; i < 40; i += 1) expectRefused(await attempt(staff.username, `tebakan-${i}`, stranger));
    const row = await accountOf(staff.id);
    expect(row.failedLogins).toBeLessThan(LOGIN_SLOW_DOWN_AFTER);
    expect(row.lockedUntil).toBeNull();
    expect(row.lockedAt).toBeNull();
    expect((await attempt(staff.username, staff.password, freshAddress())).statusCode).toBe(200);
    expect((await accountOf(staff.id)).failedLogins).toBe(0);
  });

  it('slows an account down under failures from many addresses, then locks it until the admin unlocks it', async () => {
    const staff = await createStaff(t, { office: 'dharmasraya', role: 'coordinator' });
    const start = t.clock.now;
    // The first wave: twenty addresses at once. Five failures count, the rest meet the delay.
    for (let i = 0; i < 20; i += 1)
      expectRefused(await attempt(staff.username, 'salah-lagi-123', freshAddress()));
    let row = await accountOf(staff.id);
    expect(row.failedLogins).toBe(LOGIN_SLOW_DOWN_AFTER);
    expect(row.lockedAt).toBeNull();
    expect(row.lockedUntil?.getTime()).toBe(start.getTime() + 60_000);
    // During the delay even the right password is refused; after it, it opens the account again.
    expectRefused(await attempt(staff.username, staff.password, freshAddress()));
    t.clock.now = new Date(start.getTime() + 61_000);
    expect((await attempt(staff.username, staff.password, freshAddress())).statusCode).toBe(200);
    expect((await accountOf(staff.id)).failedLogins).toBe(0);

    // A patient attack waits out every delay: from the tenth counted failure a reset is needed.
    for (let wave = 0; wave < 20 && !(await accountOf(staff.id)).lockedAt; wave += 1) {
      row = await accountOf(staff.id);
      if (row.lockedUntil) t.clock.now = new Date(row.lockedUntil.getTime() + 1000);
      expectRefused(await attempt(staff.username, `salah-${wave}`, freshAddress()));
    }
    row = await accountOf(staff.id);
    expect(row.failedLogins).toBe(LOGIN_LOCK_AFTER);
    expect(row.lockedAt).not.toBeNull();
    t.clock.now = new Date(t.clock.now.getTime() + 3 * 24 * 60 * 60 * 1000);
    expectRefused(await attempt(staff.username, staff.password, freshAddress()));

    const [lockAudit] = await t.handle.db.select().from(auditLog).where(eq(auditLog.action, 'auth.locked'));
    expect(lockAudit).toMatchObject({ targetId: staff.id, after: { failedLogins: LOGIN_LOCK_AFTER } });

    // The admin sees the lock and opens it; the officer's own password works again.
    const admin = await loginAs(t, await createStaff(t, { office: 'dharmasraya', role: 'admin' }));
    const list = (await admin.request({ method: 'GET', url: '/api/v1/users' })).json().items;
    expect(list.find((u: { id: string }) => u.id === staff.id)?.lockedAt).not.toBeNull();
    const unlocked = await admin.request({ method: 'POST', url: `/api/v1/users/${staff.id}/unlock` });
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json()).toMatchObject({ lockedAt: null, lockedUntil: null });
    expect((await attempt(staff.username, staff.password, freshAddress())).statusCode).toBe(200);
    t.clock.now = new Date();
  });

  it("opens a locked account by the admin's password reset too", async () => {
    const staff = await createStaff(t, { office: 'bekasi', role: 'kabid' });
    await t.handle.db
      .update(users)
      .set({ failedLogins: LOGIN_LOCK_AFTER, lockedAt: t.clock.now })
      .where(eq(users.id, staff.id));
    const admin = await loginAs(t, await createStaff(t, { office: 'bekasi', role: 'admin' }));
    const reset = await admin.request({
      method: 'PATCH',
      url: `/api/v1/users/${staff.id}`,
      payload: { password: 'sementara-baru-2026' },
    });
    expect(reset.json()).toMatchObject({ lockedAt: null, lockedUntil: null });
    expect((await attempt(staff.username, 'sementara-baru-2026', freshAddress())).statusCode).toBe(200);
  });

  it("keeps another office's accounts out of the admin's unlock", async () => {
    const admin = await loginAs(t, await createStaff(t, { office: 'bekasi', role: 'admin' }));
    const elsewhere = await createStaff(t, { office: 'dumai', role: 'kabid' });
    const response = await admin.request({ method: 'POST', url: `/api/v1/users/${elsewhere.id}/unlock` });
    expect(response.statusCode).toBe(404);
    const officer = await loginAs(t, await createStaff(t, { office: 'dumai', role: 'kabid' }));
    expect(
      (await officer.request({ method: 'POST', url: `/api/v1/users/${elsewhere.id}/unlock` })).statusCode,
    ).toBe(403);
  });
});
