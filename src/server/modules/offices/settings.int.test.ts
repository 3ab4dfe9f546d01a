import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOfficeSettings } from '../../../domain/offices/settings';
import { officeContext } from '../../reference/office-context';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';

// A 1×1 PNG: enough for the content check.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function editable(settings: TOfficeSettings) {
  const { code: _c, slug: _s, regionName: _r, hasLogo: _l, ...rest } = settings;
  return structuredClone(rest);
}

describe('office settings', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await staffSession(t, { office: 'dharmasraya', role: 'admin' });
  });
  afterAll(async () => t.close());

  it('shows the letterhead from the seed and saves changes with an audit record', async () => {
    const settings: TOfficeSettings = (
      await admin.request({ method: 'GET', url: '/api/v1/office/settings' })
    ).json();
    expect(settings.address).toMatch(/Pesanggerahan/);
    expect(settings.timeZone).toBe('Asia/Jakarta');
    expect(settings.officials.map((o) => o.nip)).toContain('197010302002122001');

    const update = editable(settings);
    update.timeZone = 'Asia/Makassar';
    update.workingHours = { '1': { start: '07:30', end: '16:00' }, '2': { start: '07:30', end: '16:00' } };
    update.officials = [
      ...update.officials,
      { position: 'Kepala Dinas', name: 'Nama Uji', nip: '197001012000121001' },
    ];
    const saved = await admin.request({ method: 'PUT', url: '/api/v1/office/settings', payload: update });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ timeZone: 'Asia/Makassar', workingHours: update.workingHours });

    const audit = (
      await admin.request({ method: 'GET', url: '/api/v1/audit?action=office.settings' })
    ).json();
    expect(audit.items[0]).toMatchObject({ action: 'office.settings_updated' });
  });

  it('names each bad field in Indonesian', async () => {
    const settings = (await admin.request({ method: 'GET', url: '/api/v1/office/settings' })).json();
    const bad = editable(settings);
    bad.timeZone = 'Europe/Paris' as never;
    bad.email = 'bukan-email';
    bad.workingHours = { '1': { start: '16:00', end: '08:00' } };
    bad.officials = [{ position: 'Kepala Dinas', name: 'X', nip: '123' }];
    const response = await admin.request({ method: 'PUT', url: '/api/v1/office/settings', payload: bad });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toMatchObject({
      timeZone: 'Zona waktu harus WIB, WITA atau WIT',
      email: 'Alamat email tidak valid',
      'workingHours.1.end': 'Jam selesai harus setelah jam mulai',
      'officials.0.nip': 'NIP harus 18 angka',
    });
  });

  it('has the 2026 national holidays and joint leave preloaded, and lets the admin add and remove days', async () => {
    const year = (await admin.request({ method: 'GET', url: '/api/v1/office/holidays?year=2026' })).json()
      .items;
    expect(year).toHaveLength(25);
    expect(year.filter((h: { kind: string }) => h.kind === 'joint_leave')).toHaveLength(8);
    expect(year).toContainEqual({ date: '2026-08-17', name: 'Proklamasi Kemerdekaan', kind: 'national' });

    const local = { date: '2026-11-30', name: 'Hari Jadi Kabupaten (uji)', kind: 'local' };
    expect(
      (await admin.request({ method: 'POST', url: '/api/v1/office/holidays', payload: local })).statusCode,
    ).toBe(201);
    expect(
      (await admin.request({ method: 'POST', url: '/api/v1/office/holidays', payload: local })).statusCode,
    ).toBe(409);
    const { calendar } = await officeContext(t.handle.db, 'dharmasraya');
    expect(calendar.holidays).toContain('2026-11-30');

    expect(
      (await admin.request({ method: 'DELETE', url: '/api/v1/office/holidays/2026-11-30' })).statusCode,
    ).toBe(204);
    expect(
      (await admin.request({ method: 'DELETE', url: '/api/v1/office/holidays/2026-11-30' })).statusCode,
    ).toBe(404);
    // Another office keeps its own list.
    const bekasi = await staffSession(t, { office: 'bekasi', role: 'admin' });
    expect(
      (await bekasi.request({ method: 'DELETE', url: '/api/v1/office/holidays/2026-12-25' })).statusCode,
    ).toBe(204);
    const stillThere = (
      await admin.request({ method: 'GET', url: '/api/v1/office/holidays?year=2026' })
    ).json().items;
    expect(stillThere.map((h: { date: string }) => h.date)).toContain('2026-12-25');
  });

  it('adds and deactivates divisions; a deactivated one leaves the public profile', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/office/divisions',
      payload: { code: 'sekretariat', name: 'Sekretariat', description: null },
    });
    expect(created.statusCode).toBe(201);
    const off = await admin.request({
      method: 'PATCH',
      url: '/api/v1/office/divisions/sekretariat',
      payload: { name: 'Sekretariat', description: null, active: false },
    });
    expect(off.json().active).toBe(false);
    const profile = (await t.app.inject({ method: 'GET', url: '/api/v1/offices/dharmasraya' })).json();
    expect(profile.divisions.map((d: { code: string }) => d.code)).not.toContain('sekretariat');
  });

  it('takes a PNG logo checked by content, serves it publicly, and refuses anything else', async () => {
    const upload = await admin.request({
      method: 'PUT',
      url: '/api/v1/office/logo',
      payload: PNG,
      headers: { 'content-type': 'image/png' },
    });
    expect(upload.statusCode).toBe(204);
    const logo = await t.app.inject({ method: 'GET', url: '/api/v1/offices/dharmasraya/logo' });
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.rawPayload.equals(PNG)).toBe(true);

    const fake = await admin.request({
      method: 'PUT',
      url: '/api/v1/office/logo',
      payload: Buffer.from('<svg onload="alert(1)"></svg>'),
      headers: { 'content-type': 'image/png' },
    });
    expect(fake.statusCode).toBe(400);
    expect(fake.json().code).toBe('LOGO_INVALID');
    const huge = await admin.request({
      method: 'PUT',
      url: '/api/v1/office/logo',
      payload: Buffer.concat([PNG, Buffer.alloc(300 * 1024)]),
      headers: { 'content-type': 'image/png' },
    });
    expect(huge.statusCode).toBe(413);
  });

  it('lets the Kadis read but not change the settings; other roles neither', async () => {
    const kadis = await staffSession(t, { office: 'dharmasraya', role: 'kadis' });
    expect((await kadis.request({ method: 'GET', url: '/api/v1/office/settings' })).statusCode).toBe(200);
    expect(
      (
        await kadis.request({
          method: 'POST',
          url: '/api/v1/office/holidays',
          payload: { date: '2026-12-31', name: 'Uji', kind: 'local' },
        })
      ).statusCode,
    ).toBe(403);
    const frontOffice = await staffSession(t, { office: 'dharmasraya', role: 'front_office' });
    expect((await frontOffice.request({ method: 'GET', url: '/api/v1/office/settings' })).statusCode).toBe(
      403,
    );
  });
});
