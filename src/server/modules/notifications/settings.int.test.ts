import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TNotificationSettingsView } from '../../../domain/notifications/settings';
import { DEFAULT_TEXTS } from '../../../domain/notifications/templates';
import { officeContext } from '../../reference/office-context';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit/tables';
import { offices } from '../offices/tables';
import { readDeliveryConfig } from './delivery-config';

const URL_PATH = '/api/v1/office/notification-settings';
const WHATSAPP_TOKEN = 'EAAG-rahasia-token-uji-123';
const SMS_AUTH = 'Bearer rahasia-gateway-uji-456';

describe('office notification settings', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    // The deployment has WhatsApp and a generic SMS gateway, no SMTP: the page says so, secrets not.
    t = await createTestApp({
      delivery: readDeliveryConfig({
        WHATSAPP_TOKEN,
        WHATSAPP_PHONE_NUMBER_ID: '1234567890',
        SMS_API_BASE: 'http://127.0.0.1:9/send',
        SMS_AUTH,
      }),
    });
    admin = await staffSession(t, { office: 'dharmasraya', role: 'admin' });
  });
  afterAll(async () => t.close());

  const view = async (session: Session): Promise<TNotificationSettingsView> => {
    const response = await session.request({ method: 'GET', url: URL_PATH });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('shows the defaults, the providers as booleans and each text measured, never a secret', async () => {
    const response = await admin.request({ method: 'GET', url: URL_PATH });
    expect(response.body).not.toContain(WHATSAPP_TOKEN);
    expect(response.body).not.toContain('rahasia');
    const body: TNotificationSettingsView = response.json();
    expect(body).toMatchObject({
      saved: false,
      providers: { whatsapp: true, sms: 'generic', email: false },
      publicBaseUrl: 'https://layanan.example.go.id',
      ticketPrefix: 'DHA',
      settings: { reporterChannel: 'auto', smsFallback: true, senderName: 'Dinsos Dharmasraya' },
    });
    expect(body.settings.texts).toEqual(DEFAULT_TEXTS);
    for (const check of Object.values(body.smsCheck)) {
      expect(check).toMatchObject({ encoding: 'gsm7', segments: 1, problem: null });
      expect(check.units).toBeGreaterThan(60);
      expect(check.units).toBeLessThanOrEqual(160);
    }
  });

  it('saves valid settings with an audit row (before and after) and drops the cached office', async () => {
    const before = await view(admin);
    // Read once so the office context is cached, then see the save reach it at once.
    await officeContext(t.handle.db, 'dharmasraya');
    const update = structuredClone(before.settings);
    update.reporterChannel = 'sms';
    update.smsFallback = false;
    update.senderName = 'Dinsos Dhrmsry';
    update.texts.status = '{kantor}: tiket {tiket} {status}. Cek: {tautan}';
    update.whatsappTemplates.status = {
      name: 'perkembangan_kasus',
      language: 'id',
      parameters: ['tiket', 'pesan'],
    };
    update.escalation = { kabidAfterHours: 4, kadisAfterHours: 12 };
    const saved = await admin.request({ method: 'PUT', url: URL_PATH, payload: update });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ saved: true, settings: update });
    expect((await view(admin)).settings).toEqual(update);

    const context = await officeContext(t.handle.db, 'dharmasraya');
    expect(context.office.notificationSettings).toEqual(update);

    const [office] = await t.handle.db.select().from(offices).where(eq(offices.slug, 'dharmasraya'));
    const [entry] = await t.handle.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'office.notification_settings_updated'),
          eq(auditLog.officeId, office?.id ?? ''),
        ),
      )
      .orderBy(desc(auditLog.at));
    expect(entry).toMatchObject({ targetType: 'office', targetId: office?.code, after: update });
    expect(entry?.before).toMatchObject({ reporterChannel: 'auto', senderName: 'Dinsos Dharmasraya' });
    expect(entry?.actorUsername).toBeTruthy();
  });

  it('refuses a text over one SMS and names its field; nothing is saved', async () => {
    const current = await view(admin);
    const update = structuredClone(current.settings);
    update.texts.received = `{kantor}: laporan Anda diterima dengan baik, tiket {tiket}{agenda}. ${'Terima kasih. '.repeat(5)}{tautan}`;
    const response = await admin.request({ method: 'PUT', url: URL_PATH, payload: update });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: {
        'texts.received': expect.stringMatching(
          /^Teks terpanjang \d+ karakter, melebihi 1 SMS \(160 karakter\)$/,
        ),
      },
    });
    expect(Object.keys(response.json().fields)).toEqual(['texts.received']);
    expect((await view(admin)).settings.texts.received).toBe(current.settings.texts.received);
  });

  it('measures a text with a character outside GSM-7 as UCS-2, and refuses it when over 70', async () => {
    const short = await admin.request({
      method: 'POST',
      url: `${URL_PATH}/preview`,
      payload: { kind: 'closed', text: 'Terima kasih 🙏', senderName: 'Dinsos Dharmasraya' },
    });
    expect(short.statusCode).toBe(200);
    expect(short.json()).toEqual({
      rendered: 'Terima kasih 🙏',
      sms: { encoding: 'ucs2', units: 15, segments: 1, problem: null },
    });

    const preview = await admin.request({
      method: 'POST',
      url: `${URL_PATH}/preview`,
      payload: {
        kind: 'closed',
        text: '{kantor}: tiket {tiket} {status} 🙏 {tautan}',
        senderName: 'Dinsos Dharmasraya',
      },
    });
    expect(preview.json()).toMatchObject({
      rendered:
        'Dinsos Dharmasraya: tiket DHA-7K3F-9QXA selesai 🙏 https://layanan.example.go.id/t/DHA-7K3F-9QXA/s',
      sms: { encoding: 'ucs2', segments: 2, problem: expect.stringMatching(/70 karakter/) },
    });

    const update = structuredClone((await view(admin)).settings);
    update.texts.closed = '{kantor}: tiket {tiket} {status} 🙏 {tautan}';
    const refused = await admin.request({ method: 'PUT', url: URL_PATH, payload: update });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields['texts.closed']).toMatch(/di luar abjad SMS biasa/);
  });

  it('refuses unknown placeholders, unknown template parameters and {pesan} in an SMS text', async () => {
    const update = structuredClone((await view(admin)).settings);
    update.texts.status = 'Halo {nama}, tiket {tiket} {status}';
    (update.whatsappTemplates.received.parameters as string[]) = ['tiket', 'nik'];
    update.texts.documents_requested = '{kantor}: tiket {tiket} kurang {kurang}';
    const response = await admin.request({ method: 'PUT', url: URL_PATH, payload: update });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toMatchObject({
      'texts.status': 'Isian {nama} tidak dikenal',
      'whatsappTemplates.received.parameters.1': expect.stringMatching(/^Isian \{nik\} tidak dikenal/),
    });

    // Schema-valid but unbounded: refused by the SMS check, with its own field.
    const unbounded = structuredClone((await view(admin)).settings);
    unbounded.texts.documents_requested = '{kantor}: tiket {tiket} kurang {kurang}';
    const second = await admin.request({ method: 'PUT', url: URL_PATH, payload: unbounded });
    expect(second.statusCode).toBe(400);
    expect(second.json().fields['texts.documents_requested']).toMatch(
      /^\{kurang\} terlalu panjang untuk SMS/,
    );
  });

  it('keeps the settings to admins', async () => {
    const kadis = await staffSession(t, { office: 'dharmasraya', role: 'kadis' });
    const officer = await staffSession(t, { office: 'dharmasraya', role: 'front_office' });
    for (const session of [kadis, officer]) {
      expect((await session.request({ method: 'GET', url: URL_PATH })).statusCode).toBe(403);
      const settings = (await view(admin)).settings;
      expect((await session.request({ method: 'PUT', url: URL_PATH, payload: settings })).statusCode).toBe(
        403,
      );
    }
    expect((await t.app.inject({ method: 'GET', url: URL_PATH })).statusCode).toBe(401);
  });

  it("leaves another office's settings untouched", async () => {
    const dumaiAdmin = await staffSession(t, { office: 'dumai', role: 'admin' });
    const dumai = await view(dumaiAdmin);
    expect(dumai.saved).toBe(false);
    expect(dumai.settings.senderName).toBe('Dinsos Dumai');
    expect(dumai.settings.reporterChannel).toBe('auto');
    expect(dumai.ticketPrefix).toBe('DUM');
    const [row] = await t.handle.db
      .select({ saved: offices.notificationSettings })
      .from(offices)
      .where(eq(offices.slug, 'dumai'));
    expect(row?.saved).toBeNull();
  });
});
