import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, staffSession, type TestApp } from '../../testing/test-app';

describe('user administration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('lets an admin create, edit and deactivate a user of the office, each audited', async () => {
    const admin = await staffSession(t, { office: 'dumai', role: 'admin' });
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        username: 'Siti.Pelayanan',
        fullName: 'Siti Aminah',
        role: 'service_officer',
        password: 'awal-sandi-2026',
      },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({ username: 'siti.pelayanan', role: 'service_officer', active: true });

    // A new account must change its password before anything else.
    const newcomer = await loginAs(t, { username: 'siti.pelayanan', password: 'awal-sandi-2026' });
    expect((await newcomer.request({ method: 'GET', url: '/api/v1/district-units' })).json().code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );

    const edited = await admin.request({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { role: 'complaint_officer' },
    });
    expect(edited.json().role).toBe('complaint_officer');

    const deactivated = await admin.request({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { active: false },
    });
    expect(deactivated.json().active).toBe(false);
    // Deactivation ends the user's sessions at once.
    expect((await newcomer.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);

    const audit = await admin.request({ method: 'GET', url: `/api/v1/audit?targetType=user&pageSize=200` });
    const actions = audit
      .json()
      .items.filter((e: { targetId: string }) => e.targetId === user.id)
      .map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.created', 'user.updated', 'user.deactivated']));
    const createdEntry = audit
      .json()
      .items.find(
        (e: { action: string; targetId: string }) => e.action === 'user.created' && e.targetId === user.id,
      );
    expect(JSON.stringify(createdEntry.after)).not.toContain('scrypt');
  });

  it('validates input with Indonesian messages per field', async () => {
    const admin = await staffSession(t, { office: 'dumai', role: 'admin' });
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'a b', fullName: 'X', role: 'raja', password: '123' },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.fields.username).toMatch(/Nama pengguna/);
    expect(body.fields.fullName).toBe('Nama lengkap minimal 3 karakter');
    expect(body.fields.password).toBe('Kata sandi minimal 10 karakter');
    expect(body.fields.role).toBeTruthy();
  });

  it('requires a district of the office for a district operator', async () => {
    const admin = await staffSession(t, { office: 'dharmasraya', role: 'admin' });
    const base = { fullName: 'Operator Kecamatan', role: 'district_operator', password: 'awal-sandi-2026' };
    const missing = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { ...base, username: 'op.satu' },
    });
    expect(missing.json().fields).toEqual({ districtCode: 'Operator kecamatan wajib memilih kecamatan' });
    // 14.72.01 is a district of Dumai, not of Dharmasraya.
    const foreign = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { ...base, username: 'op.dua', districtCode: '14.72.01' },
    });
    expect(foreign.json().fields).toEqual({ districtCode: 'Kecamatan bukan wilayah kantor ini' });
    const ok = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { ...base, username: 'op.tiga', districtCode: '13.10.01' },
    });
    expect(ok.statusCode).toBe(201);
  });

  it('refuses a duplicate username', async () => {
    const admin = await staffSession(t, { office: 'bekasi', role: 'admin' });
    const payload = {
      username: 'budi.fo',
      fullName: 'Budi Santoso',
      role: 'front_office',
      password: 'awal-sandi-2026',
    };
    expect((await admin.request({ method: 'POST', url: '/api/v1/users', payload })).statusCode).toBe(201);
    const again = await admin.request({ method: 'POST', url: '/api/v1/users', payload });
    expect(again.statusCode).toBe(409);
    expect(again.json().fields).toEqual({ username: 'Nama pengguna sudah dipakai' });
  });

  it('keeps user administration to admins', async () => {
    const officer = await staffSession(t, { office: 'bekasi', role: 'front_office' });
    expect((await officer.request({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(401);
  });
});
