import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOn, createStaff, createTestApp, loginAs, type TestApp } from '../../testing/test-app';

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
    expect(wrong.headers['retry-after']).toBe(unknown.headers['retry-after']);
  });

  it('refuses an inactive account', async () => {
    const staff = await createStaff(t, { office: 'dumai', role: 'kabid', active: false });
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: staff });
    expect(response.statusCode).toBe(401);
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

  it('ends a session in use after its absolute lifetime of 12 hours', async () => {
    const staff = await createStaff(t, { office: 'bekasi', role: 'kabid' });
    const start = new Date();
    t.clock.now = start;
    const session = await loginAs(t, staff);
    // Used every two hours, it never sits idle, yet it ends twelve hours after the login.
    for (let hours = 2; hours <= 10; hours += 2) {
      t.clock.now = new Date(start.getTime() + hours * 3600_000);
      expect((await session.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    }
    t.clock.now = new Date(start.getTime() + 12 * 3600_000 - 60_000);
    expect((await session.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    t.clock.now = new Date(start.getTime() + 12 * 3600_000 + 1000);
    const ended = await session.request({ method: 'GET', url: '/api/v1/auth/me' });
    expect(ended.statusCode).toBe(401);
    expect(ended.json().code).toBe('UNAUTHENTICATED');
    // A new login opens a new twelve hours.
    const again = await loginAs(t, staff);
    expect((await again.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    t.clock.now = new Date();
  });

  it('takes the absolute lifetime from SESSION_MAX_HOURS and refuses to start with a wrong one', async () => {
    const staff = await createStaff(t, { office: 'bekasi', role: 'kabid' });
    const previous = process.env.SESSION_MAX_HOURS;
    try {
      process.env.SESSION_MAX_HOURS = 'dua belas';
      await expect(appOn(t)).rejects.toThrow(/SESSION_MAX_HOURS/);
      process.env.SESSION_MAX_HOURS = '1.5';
      const short = await appOn(t);
      try {
        const start = new Date();
        t.clock.now = start;
        const login = await short.inject({ method: 'POST', url: '/api/v1/auth/login', payload: staff });
        const cookie = `sa_session=${login.cookies.find((c) => c.name === 'sa_session')?.value}`;
        const me = () => short.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
        t.clock.now = new Date(start.getTime() + 80 * 60_000);
        expect((await me()).statusCode).toBe(200);
        t.clock.now = new Date(start.getTime() + 91 * 60_000);
        expect((await me()).statusCode).toBe(401);
      } finally {
        await short.close();
      }
    } finally {
      if (previous === undefined) delete process.env.SESSION_MAX_HOURS;
      else process.env.SESSION_MAX_HOURS = previous;
      t.clock.now = new Date();
    }
  });

  it("ends the user's other sessions when the password changes, keeping the one that changed it", async () => {
    const staff = await createStaff(t, { office: 'dumai', role: 'coordinator' });
    const phone = await loginAs(t, staff);
    const desk = await loginAs(t, staff);
    const changed = await desk.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: staff.password, newPassword: 'kata-sandi-baru-789' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await phone.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    expect((await desk.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
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
