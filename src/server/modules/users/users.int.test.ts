import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, createTestApp, loginAs, staffSession, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit/tables';
import { users } from '../auth/tables';

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

  it('keeps a phone and an e-mail on an account: normalised, masked in the list, in full for the admin', async () => {
    const admin = await staffSession(t, { office: 'dumai', role: 'admin' });
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        username: 'rina.kabid',
        fullName: 'Rina Kabid',
        role: 'kabid',
        password: 'awal-sandi-2026',
        phone: '0812-3456-7890',
        email: ' Rina.Kabid@Dinsos.DumaiKota.go.id ',
      },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    // The answer goes into the list: masked there too.
    expect(user).toMatchObject({ phone: '+62812******90', email: 'r***@d***.id' });

    const list = (await admin.request({ method: 'GET', url: '/api/v1/users' })).json();
    const listed = list.items.find((u: { id: string }) => u.id === user.id);
    expect(listed).toMatchObject({ phone: '+62812******90', email: 'r***@d***.id' });
    expect(JSON.stringify(list)).not.toContain('+6281234567890');
    expect(JSON.stringify(list)).not.toContain('rina.kabid@');

    const full = (await admin.request({ method: 'GET', url: `/api/v1/users/${user.id}` })).json();
    expect(full).toMatchObject({ phone: '+6281234567890', email: 'rina.kabid@dinsos.dumaikota.go.id' });

    // Left out: unchanged; empty: removed.
    await admin.request({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { fullName: 'Rina K.' },
    });
    expect((await admin.request({ method: 'GET', url: `/api/v1/users/${user.id}` })).json().phone).toBe(
      '+6281234567890',
    );
    const cleared = await admin.request({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { phone: '', email: null },
    });
    expect(cleared.json()).toMatchObject({ phone: null, email: null });
    const audit = await admin.request({ method: 'GET', url: '/api/v1/audit?targetType=user&pageSize=200' });
    const edit = audit
      .json()
      .items.find(
        (e: { action: string; targetId: string; after: { phone: string | null } }) =>
          e.action === 'user.updated' && e.targetId === user.id && e.after.phone === null,
      );
    expect(edit.before.phone).toBe('+6281234567890');
  });

  it('refuses a landline or a bad number and a bad e-mail, in Indonesian', async () => {
    const admin = await staffSession(t, { office: 'dumai', role: 'admin' });
    const base = {
      username: 'budi.kadis',
      fullName: 'Budi Kadis',
      role: 'kadis',
      password: 'awal-sandi-2026',
    };
    const landline = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { ...base, phone: '(0765) 31234', email: 'budi@' },
    });
    expect(landline.statusCode).toBe(400);
    expect(landline.json().fields).toEqual({
      phone: 'Nomor HP petugas harus nomor seluler',
      email: 'Alamat email tidak valid; tulis seperti nama@contoh.id',
    });
    const bad = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { ...base, phone: '12345' },
    });
    expect(bad.json().fields).toEqual({ phone: 'Nomor telepon tidak valid; tulis seperti 0812 3456 7890' });
    const officer = await createStaff(t, { office: 'dumai', role: 'front_office' });
    const patch = await admin.request({
      method: 'PATCH',
      url: `/api/v1/users/${officer.id}`,
      payload: { phone: '0765-31234' },
    });
    expect(patch.json().fields).toEqual({ phone: 'Nomor HP petugas harus nomor seluler' });
  });

  it('lets every officer set their own phone and e-mail, audited, and nothing else', async () => {
    for (const role of ['partner', 'social_worker', 'kadis', 'admin'] as const) {
      const officer = await staffSession(t, { office: 'pekanbaru', role });
      expect((await officer.request({ method: 'GET', url: '/api/v1/auth/me/contact' })).json()).toEqual({
        phone: null,
        email: null,
      });
      const saved = await officer.request({
        method: 'PUT',
        url: '/api/v1/auth/me/contact',
        payload: { phone: '+62 813 1111 2222', email: `${role}@pekanbaru.go.id` },
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toEqual({ phone: '+6281311112222', email: `${role}@pekanbaru.go.id` });
      expect((await officer.request({ method: 'GET', url: '/api/v1/auth/me/contact' })).json()).toEqual(
        saved.json(),
      );
      const [row] = await t.handle.db
        .select({ phone: users.phone, email: users.email, role: users.role })
        .from(users)
        .where(eq(users.id, officer.userId));
      expect(row).toEqual({ phone: '+6281311112222', email: `${role}@pekanbaru.go.id`, role });
    }
    const officer = await staffSession(t, { office: 'pekanbaru', role: 'service_officer' });
    const refused = await officer.request({
      method: 'PUT',
      url: '/api/v1/auth/me/contact',
      payload: { phone: '0761 123456', email: '' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual({ phone: 'Nomor HP petugas harus nomor seluler' });
    // Fields other than the contact are not taken.
    const sneaky = await officer.request({
      method: 'PUT',
      url: '/api/v1/auth/me/contact',
      payload: { phone: '', email: '', role: 'admin' },
    });
    expect(sneaky.statusCode).toBe(200);
    const [row] = await t.handle.db
      .select({ role: users.role })
      .from(users)
      .where(eq(users.id, officer.userId));
    expect(row?.role).toBe('service_officer');
    const [entry] = await t.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.contact_updated'), eq(auditLog.targetId, officer.userId)));
    expect(entry).toMatchObject({
      before: { phone: null, email: null },
      after: { phone: null, email: null },
    });
    expect(
      (await t.app.inject({ method: 'PUT', url: '/api/v1/auth/me/contact', payload: {} })).statusCode,
    ).toBe(401);
  });
});
