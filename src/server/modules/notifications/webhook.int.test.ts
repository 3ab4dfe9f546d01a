import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { effectiveNotificationSettings } from '../../../domain/notifications/settings';
import {
  type FakeWhatsapp,
  inboundTextPayload,
  signWebhook,
  startFakeWhatsapp,
  statusWebhookPayload,
} from '../../testing/fake-whatsapp';
import { appOn, createTestApp, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit/tables';
import { offices } from '../offices/tables';
import type { DeliveryConfig, WhatsappConfig } from './delivery-config';
import { recipientFlags } from './recipients';
import { notificationOutbox } from './tables';

/** Another app on the test's database, with other providers (no app secret, no WhatsApp). */
const appWith = (delivery: DeliveryConfig) => appOn(t, { delivery });

const URL = '/api/v1/webhooks/whatsapp';
const PHONE = '+6281234567890';
const OTHER_PHONE = '+6281399990000';
let t: TestApp;
let fake: FakeWhatsapp;
let dumai: string;
let bekasi: string;
let wamidCounter = 0;

function signedPost(app: FastifyInstance, payload: unknown, secret = fake.appSecret) {
  const raw = JSON.stringify(payload);
  return app.inject({
    method: 'POST',
    url: URL,
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWebhook(raw, secret) },
    payload: raw,
  });
}

async function officeId(slug: string): Promise<string> {
  const [row] = await t.handle.db.select({ id: offices.id }).from(offices).where(eq(offices.slug, slug));
  if (!row) throw new Error(slug);
  return row.id;
}

/** An outbox row as the worker leaves it after the Cloud API took the message. */
async function notice(input: { office?: string; status?: 'pending' | 'sent'; recipient?: string } = {}) {
  wamidCounter += 1;
  const wamid = `wamid.TEST${wamidCounter}`;
  const sent = input.status !== 'pending';
  const [row] = await t.handle.db
    .insert(notificationOutbox)
    .values({
      officeId: input.office ?? dumai,
      channel: 'whatsapp',
      recipient: input.recipient ?? PHONE,
      template: 'case.received',
      body: 'Tiket DUM-AB12-CD34: laporan diterima.',
      params: { ticket: 'DUM-AB12-CD34' },
      status: input.status ?? 'sent',
      attempts: sent ? 1 : 0,
      providerMessageId: sent ? wamid : null,
      sentAt: sent ? new Date('2026-03-02T02:59:00Z') : null,
    })
    .returning();
  if (!row) throw new Error('no row');
  return { id: row.id, wamid };
}

async function outboxRow(id: string) {
  const [row] = await t.handle.db.select().from(notificationOutbox).where(eq(notificationOutbox.id, id));
  if (!row) throw new Error(id);
  return row;
}

function status(wamid: string, s: 'sent' | 'delivered' | 'read' | 'failed', at: number, errors?: object[]) {
  return statusWebhookPayload({
    phoneNumberId: fake.phoneNumberId,
    wamid,
    status: s,
    recipientId: PHONE,
    timestamp: at,
    ...(errors ? { errors: errors as never } : {}),
  });
}

const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** The deployment's WhatsApp settings, pointing at the fake Cloud API. */
function whatsappConfig(): WhatsappConfig {
  return {
    apiBase: fake.apiBase,
    token: fake.token,
    phoneNumberId: fake.phoneNumberId,
    appSecret: fake.appSecret,
    verifyToken: fake.verifyToken,
  };
}

beforeAll(async () => {
  fake = await startFakeWhatsapp();
  t = await createTestApp({ delivery: { whatsapp: whatsappConfig(), sms: null, smtp: null } });
  dumai = await officeId('dumai');
  bekasi = await officeId('bekasi');
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

describe('WhatsApp webhook: registration handshake', () => {
  it('answers the challenge as text when the verify token matches', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `${URL}?hub.mode=subscribe&hub.verify_token=${encodeURIComponent(fake.verifyToken)}&hub.challenge=1158201444`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toBe('1158201444');
  });

  it('refuses a wrong token, a wrong mode, and any token when none is configured', async () => {
    for (const query of [
      'hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1',
      `hub.mode=unsubscribe&hub.verify_token=${encodeURIComponent(fake.verifyToken)}&hub.challenge=1`,
      'hub.mode=subscribe&hub.challenge=1',
    ]) {
      const response = await t.app.inject({ method: 'GET', url: `${URL}?${query}` });
      expect(response.statusCode, query).toBe(403);
      expect(response.body).not.toContain('"1"');
    }
    const bare = await appWith({ whatsapp: null, sms: null, smtp: null });
    const response = await bare.inject({
      method: 'GET',
      url: `${URL}?hub.mode=subscribe&hub.verify_token=&hub.challenge=1`,
    });
    expect(response.statusCode).toBe(403);
    await bare.close();
  });
});

describe('WhatsApp webhook: signature', () => {
  it('refuses a bad, a missing or an unverifiable signature with 401 and applies nothing', async () => {
    const { id, wamid } = await notice();
    const payload = status(wamid, 'delivered', unix('2026-03-02T03:00:00Z'));
    const raw = JSON.stringify(payload);
    const wrongSecret = await signedPost(t.app, payload, 'not-the-app-secret');
    expect(wrongSecret.statusCode).toBe(401);
    const missing = await t.app.inject({
      method: 'POST',
      url: URL,
      headers: { 'content-type': 'application/json' },
      payload: raw,
    });
    expect(missing.statusCode).toBe(401);
    // Signed over other bytes: the same JSON with a space more is not what Meta signed.
    const tampered = await t.app.inject({
      method: 'POST',
      url: URL,
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': signWebhook(raw, fake.appSecret),
      },
      payload: `${raw} `,
    });
    expect(tampered.statusCode).toBe(401);
    const noSecret = await appWith({
      whatsapp: { ...whatsappConfig(), appSecret: null },
      sms: null,
      smtp: null,
    });
    expect((await signedPost(noSecret, payload)).statusCode).toBe(401);
    await noSecret.close();
    expect((await outboxRow(id)).status).toBe('sent');
  });

  it('answers 400, not 500, to a signed body that is not JSON or not a webhook', async () => {
    const raw = '{"entry": [';
    const notJson = await t.app.inject({
      method: 'POST',
      url: URL,
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': signWebhook(raw, fake.appSecret),
      },
      payload: raw,
    });
    expect(notJson.statusCode).toBe(400);
    expect((await signedPost(t.app, { entry: 'nope' })).statusCode).toBe(400);
    expect(
      (await signedPost(t.app, { entry: [{ changes: [{ value: { statuses: [{ id: 5 }] } }] }] })).statusCode,
    ).toBe(400);
  });

  it('keeps its raw-body parser to itself: other routes still read JSON, and the API document lists it', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'nobody.here', password: 'salah-sekali-123' },
    });
    expect(login.statusCode).toBe(401);
    expect(login.json().code).toBe('LOGIN_FAILED');
    const openapi = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(openapi.statusCode).toBe(200);
    expect(Object.keys(openapi.json().paths)).toContain(URL);
  });

  it('takes fields it does not know and events it does not handle with a 200', async () => {
    const response = await signedPost(t.app, {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [{ field: 'message_template_status_update', value: { event: 'APPROVED', x: 1 } }],
        },
      ],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true });
  });
});

describe('WhatsApp webhook: delivery statuses', () => {
  it('moves a notice sent → delivered → read and never back', async () => {
    const { id, wamid } = await notice();
    const delivered = await signedPost(t.app, status(wamid, 'delivered', unix('2026-03-02T03:01:00Z')));
    expect(delivered.statusCode).toBe(200);
    expect(await outboxRow(id)).toMatchObject({
      status: 'delivered',
      deliveredAt: new Date('2026-03-02T03:01:00Z'),
      readAt: null,
    });
    await signedPost(t.app, status(wamid, 'read', unix('2026-03-02T03:05:00Z')));
    // Late and repeated webhooks: a "delivered" and a "sent" after the "read".
    await signedPost(t.app, status(wamid, 'delivered', unix('2026-03-02T03:02:00Z')));
    await signedPost(t.app, status(wamid, 'sent', unix('2026-03-02T03:00:30Z')));
    expect(await outboxRow(id)).toMatchObject({
      status: 'read',
      deliveredAt: new Date('2026-03-02T03:01:00Z'),
      readAt: new Date('2026-03-02T03:05:00Z'),
    });
  });

  it('keeps the furthest of two statuses of one message in one batch', async () => {
    const { id, wamid } = await notice();
    const read = status(wamid, 'read', unix('2026-03-02T03:06:00Z')) as {
      entry: { changes: { value: { statuses: unknown[] } }[] }[];
    };
    const deliveredStatus = (status(wamid, 'delivered', unix('2026-03-02T03:04:00Z')) as typeof read).entry[0]
      ?.changes[0]?.value.statuses[0];
    read.entry[0]?.changes[0]?.value.statuses.push(deliveredStatus);
    expect((await signedPost(t.app, read)).statusCode).toBe(200);
    expect((await outboxRow(id)).status).toBe('read');
  });

  it('marks a 131026 failure failed and remembers the number is not on WhatsApp', async () => {
    const other = '+6285200001111';
    const { id, wamid } = await notice({ recipient: other });
    expect(await recipientFlags(t.handle.db, dumai, other)).toEqual({ stopped: false, notOnWhatsapp: false });
    const response = await signedPost(
      t.app,
      status(wamid, 'failed', unix('2026-03-02T03:02:00Z'), [
        {
          code: 131026,
          title: 'Message undeliverable',
          details: 'Unable to deliver message. Reasons can include: the number is not on WhatsApp.',
        },
      ]),
    );
    expect(response.statusCode).toBe(200);
    const row = await outboxRow(id);
    expect(row.status).toBe('failed');
    expect(row.failedAt).toEqual(new Date('2026-03-02T03:02:00Z'));
    expect(row.lastError).toMatch(/^131026 Message undeliverable/);
    expect(await recipientFlags(t.handle.db, dumai, other)).toEqual({ stopped: false, notOnWhatsapp: true });
    // Only in the office whose notice failed.
    expect((await recipientFlags(t.handle.db, bekasi, other)).notOnWhatsapp).toBe(false);
  });

  it('marks another failure failed with its reason, without calling the number not on WhatsApp', async () => {
    const other = '+6285200002222';
    const { id, wamid } = await notice({ recipient: other });
    await signedPost(
      t.app,
      status(wamid, 'failed', unix('2026-03-02T03:02:00Z'), [
        { code: 131049, title: 'This message was not delivered to maintain healthy ecosystem engagement.' },
      ]),
    );
    expect(await outboxRow(id)).toMatchObject({
      status: 'failed',
      lastError: '131049 This message was not delivered to maintain healthy ecosystem engagement.',
    });
    expect((await recipientFlags(t.handle.db, dumai, other)).notOnWhatsapp).toBe(false);
  });

  it('takes a status the fake posts over HTTP, signed as Meta signs it', async () => {
    const live = await appWith({ whatsapp: whatsappConfig(), sms: null, smtp: null });
    try {
      const address = await live.listen({ port: 0, host: '127.0.0.1' });
      const { id, wamid } = await notice();
      expect(await fake.sendStatus(address, { wamid, status: 'delivered' })).toBe(200);
      expect((await outboxRow(id)).status).toBe('delivered');
    } finally {
      await live.close();
    }
  });
});

async function auditRows(office: string) {
  return t.handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.officeId, office), eq(auditLog.action, 'notice.stopped')));
}

describe('WhatsApp webhook: a citizen replies STOP', () => {
  it('stops pending notices to that number in the offices of the deployment’s number, audited', async () => {
    const waiting = await notice({ status: 'pending' });
    const waitingToo = await notice({ status: 'pending', office: bekasi });
    const sent = await notice();
    const someoneElse = await notice({ status: 'pending', recipient: OTHER_PHONE });
    const response = await signedPost(
      t.app,
      inboundTextPayload({
        phoneNumberId: fake.phoneNumberId,
        from: '6281234567890',
        body: '  Stop ',
        timestamp: 1,
      }),
    );
    expect(response.statusCode).toBe(200);
    expect((await outboxRow(waiting.id)).status).toBe('stopped');
    expect((await outboxRow(waitingToo.id)).status).toBe('stopped');
    expect((await outboxRow(sent.id)).status).toBe('sent');
    expect((await outboxRow(someoneElse.id)).status).toBe('pending');
    expect((await recipientFlags(t.handle.db, dumai, PHONE)).stopped).toBe(true);
    expect((await recipientFlags(t.handle.db, dumai, OTHER_PHONE)).stopped).toBe(false);
    const [audit] = await auditRows(dumai);
    expect(audit).toMatchObject({
      targetType: 'notice_recipient',
      actorUserId: null,
      after: { recipient: '+62812******90', source: 'reply', channel: 'whatsapp', stoppedPending: 1 },
    });
    expect(JSON.stringify({ ...audit, id: String(audit?.id) })).not.toContain('81234567890');
    expect(await auditRows(bekasi)).toHaveLength(1);
  });

  it('stops only in the office whose own WhatsApp number received the reply', async () => {
    const [row] = await t.handle.db.select().from(offices).where(eq(offices.id, bekasi));
    if (!row) throw new Error('bekasi');
    const ownNumber = '550011223344';
    await t.handle.db
      .update(offices)
      .set({
        notificationSettings: {
          ...effectiveNotificationSettings(row.notificationSettings, row.regionName),
          whatsappPhoneNumberId: ownNumber,
        },
      })
      .where(eq(offices.id, bekasi));
    const phone = '+6281377778888';
    const atDumai = await notice({ status: 'pending', recipient: phone });
    const atBekasi = await notice({ status: 'pending', recipient: phone, office: bekasi });
    await signedPost(
      t.app,
      inboundTextPayload({ phoneNumberId: ownNumber, from: phone, body: 'BERHENTI', timestamp: 1 }),
    );
    expect((await outboxRow(atBekasi.id)).status).toBe('stopped');
    expect((await outboxRow(atDumai.id)).status).toBe('pending');
    // Through the deployment's number, Bekasi (which has its own) is no longer served.
    const later = await notice({ status: 'pending', recipient: phone, office: bekasi });
    await signedPost(
      t.app,
      inboundTextPayload({
        phoneNumberId: fake.phoneNumberId,
        from: phone,
        body: 'stop semua',
        timestamp: 2,
      }),
    );
    expect((await outboxRow(atDumai.id)).status).toBe('stopped');
    expect((await outboxRow(later.id)).status).toBe('pending');
  });

  it('takes any other message with a 200 and changes nothing', async () => {
    const phone = '+6281355556666';
    const waiting = await notice({ status: 'pending', recipient: phone });
    for (const body of [
      'Terima kasih, kapan petugas datang?',
      'stop dulu ya pak nanti saya kabari',
      'tolong berhenti kirim?',
    ]) {
      const response = await signedPost(
        t.app,
        inboundTextPayload({ phoneNumberId: fake.phoneNumberId, from: phone, body, timestamp: 3 }),
      );
      expect(response.statusCode).toBe(200);
    }
    expect((await outboxRow(waiting.id)).status).toBe('pending');
    expect((await recipientFlags(t.handle.db, dumai, phone)).stopped).toBe(false);
  });
});
