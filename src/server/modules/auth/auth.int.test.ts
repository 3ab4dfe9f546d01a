import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, createTestApp, loginAs, type TestApp } from '../../testing/test-app';
import { LOCKOUT_MS, LOCKOUT_THRESHOLD } from './service';

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('logs in, answers /me with the session user, and logs out', async () => {
    const staff = await createStaff(t, { office: 'dumai', role: 'front_office' });
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: staff });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'sa_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const { csrfToken, user } = login.json();
    expect(user).toMatchObject({
      username: staff.username,
      role: 'front_office',
      office: { code: '14.72', slug: 'dumai' },
    });

    const headers = { cookie: `sa_session=${cookie?.value}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(csrfToken);

    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { ...headers, 'x-csrf-token': csrfToken },
    });
    expect(logout.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toEqual({ code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' });
  });

  it('answers the same 401 for an unknown user and a wrong password', async () => {
    const staff = await createStaff(t, { office: 'dumai', role: 'kabid' });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: staff.username, password: 'salah-sekali' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'tidak.ada', password: 'salah-sekali' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().code).toBe('LOGIN_FAILED');
  });

  it('refuses an inactive account', async () => {
    const staff = await createStaff(t, { office: 'dumai', role: 'kabid', active: false });
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: staff });
    expect(response.statusCode).toBe(401);
  });

  it('locks the account after repeated failures, even for the right password, until the lock expires', async () => {
    const staff = await createStaff(t, { office: 'pekanbaru', role: 'service_officer' });
    for (let i = 0; i < LOCKOUT_THRESHOLD; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: staff.username, password: 'salah' },
        remoteAddress: `10.0.0.${i + 1}`,
      });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: staff,
      remoteAddress: '10.0.1.1',
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('ACCOUNT_LOCKED');

    t.clock.now = new Date(t.clock.now.getTime() + LOCKOUT_MS + 1000);
    const unlocked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: staff,
      remoteAddress: '10.0.1.2',
    });
    expect(unlocked.statusCode).toBe(200);
    t.clock.now = new Date();
  });

  it('rate-limits login attempts per address and username', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'nobody', password: 'x' },
        remoteAddress: '10.9.9.9',
      });
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('rejects a cookie-authenticated write without the CSRF token', async () => {
    const staff = await createStaff(t, { office: 'bekasi', role: 'admin' });
    const session = await loginAs(t, staff);
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('CSRF_INVALID');
    const badToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': 'forged' },
    });
    expect(badToken.statusCode).toBe(403);
  });

  it('expires an idle session', async () => {
    const staff = await createStaff(t, { office: 'bekasi', role: 'kabid' });
    const session = await loginAs(t, staff);
    t.clock.now = new Date(Date.now() + 9 * 60 * 60 * 1000);
    const response = await session.request({ method: 'GET', url: '/api/v1/auth/me' });
    expect(response.statusCode).toBe(401);
    t.clock.now = new Date();
  });

  it('changes the password, checks the old one, and validates the new one in Indonesian', async () => {
    const staff = await createStaff(t, { office: 'dharmasraya', role: 'coordinator' });
    const session = await loginAs(t, staff);
    const short = await session.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: staff.password, newPassword: 'pendek' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { newPassword: 'Kata sandi minimal 10 karakter' },
    });

    const wrongOld = await session.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'bukan-ini-123', newPassword: 'kata-sandi-baru-456' },
    });
    expect(wrongOld.statusCode).toBe(400);
    expect(wrongOld.json().fields).toEqual({ currentPassword: 'Kata sandi lama salah' });

    const ok = await session.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: staff.password, newPassword: 'kata-sandi-baru-456' },
    });
    expect(ok.statusCode).toBe(200);
    const oldLogin = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: staff });
    expect(oldLogin.statusCode).toBe(401);
    await loginAs(t, { username: staff.username, password: 'kata-sandi-baru-456' });
  });
});
