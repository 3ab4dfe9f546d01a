import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeSmsGateway,
  type FakeTwilio,
  startFakeSmsGateway,
  startFakeTwilio,
} from '../../testing/fake-sms';
import { appOn, createTestApp, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit/tables';
import { offices } from '../offices/tables';
import { smsChannel } from './channels/sms';
import { twilioSignature } from './channels/sms-twilio';
import type { DeliveryConfig } from './delivery-config';
import { recipientFlags } from './recipients';
import { notificationOutbox } from './tables';

/** One test database, and an app on it per provider setting (Twilio, a generic gateway, none). */
const PUBLIC = 'https://layanan.example.go.id';
const STATUS = '/api/v1/webhooks/sms/twilio/status';
const INBOUND = '/api/v1/webhooks/sms/twilio/inbound';
const GENERIC = '/api/v1/webhooks/sms/generic';
const TOKEN = 'token-gateway-uji-1234567890';
const PHONE = '+6281298765432';

let t: TestApp;
let twilio: FakeTwilio;
let gateway: FakeSmsGateway;
const apps: Record<'twilio' | 'generic' | 'none', FastifyInstance> = {} as never;
let appUrl: string;
let officeIds: string[];

const appWith = (delivery: DeliveryConfig | undefined) =>
  appOn(t, { ...(delivery ? { delivery } : {}), publicBaseUrl: PUBLIC });

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2025-03-03T03:00:00Z');
  twilio = await startFakeTwilio({ publicBaseUrl: PUBLIC });
  gateway = await startFakeSmsGateway();
  apps.twilio = await appWith({
    whatsapp: null,
    smtp: null,
    sms: {
      provider: 'twilio',
      apiBase: twilio.baseUrl,
      accountSid: twilio.accountSid,
      authToken: twilio.authToken,
      from: twilio.from,
      statusCallbackUrl: `${PUBLIC}${STATUS}`,
    },
  });
  apps.generic = await appWith({
    whatsapp: null,
    smtp: null,
    sms: {
      provider: 'generic',
      url: gateway.url,
      format: 'json',
      toField: 'to',
      textField: 'message',
      extraFields: {},
      authorization: null,
      idPath: 'data.id',
      numberFormat: 'international',
      inboundToken: TOKEN,
    },
  });
  apps.none = await appWith(undefined);
  appUrl = await apps.twilio.listen({ port: 0, host: '127.0.0.1' });
  officeIds = (await t.handle.db.select({ id: offices.id }).from(offices)).map((o) => o.id);
});

afterAll(async () => {
  await Promise.all(Object.values(apps).map((app) => app.close()));
  await twilio.close();
  await gateway.close();
  await t.close();
});

async function notice(values: {
  officeId?: string;
  recipient?: string;
  status?: 'pending' | 'sent';
  providerMessageId?: string | null;
}): Promise<string> {
  const [row] = await t.handle.db
    .insert(notificationOutbox)
    .values({
      officeId: values.officeId ?? (officeIds[0] as string),
      channel: 'sms',
      recipient: values.recipient ?? PHONE,
      template: 'case.received',
      body: 'Laporan Anda diterima.',
      status: values.status ?? 'sent',
      providerMessageId: values.providerMessageId ?? null,
    })
    .returning({ id: notificationOutbox.id });
  return (row as { id: string }).id;
}

async function outboxRow(id: string) {
  const [row] = await t.handle.db.select().from(notificationOutbox).where(eq(notificationOutbox.id, id));
  return row;
}

/** A sid Twilio really gave: the channel sends through the fake, which keeps the StatusCallback. */
async function sentByTwilio(): Promise<string> {
  const config = { provider: 'twilio' as const, apiBase: twilio.baseUrl, accountSid: twilio.accountSid };
  const outcome = await smsChannel({
    ...config,
    authToken: twilio.authToken,
    from: twilio.from,
    statusCallbackUrl: `${PUBLIC}${STATUS}`,
  }).send(
    { noticeId: 'n', idempotencyKey: 'n:sms', to: PHONE, text: 'Tiket DHA-2501-0042 diterima.' },
    new AbortController().signal,
  );
  if (outcome.kind !== 'sent' || !outcome.providerMessageId) throw new Error(JSON.stringify(outcome));
  return outcome.providerMessageId;
}

function form(params: Record<string, string>) {
  return new URLSearchParams(params).toString();
}

describe('Twilio status callback', () => {
  it('applies delivered and undelivered statuses signed by Twilio', async () => {
    const delivered = await sentByTwilio();
    const undelivered = await sentByTwilio();
    const a = await notice({ providerMessageId: delivered });
    const b = await notice({ providerMessageId: undelivered });
    expect((await twilio.sendStatus(appUrl, { sid: delivered, status: 'sent' })).status).toBe(204);
    expect((await twilio.sendStatus(appUrl, { sid: delivered, status: 'delivered' })).status).toBe(204);
    const result = await twilio.sendStatus(appUrl, {
      sid: undelivered,
      status: 'undelivered',
      errorCode: '30003',
    });
    expect(result.status).toBe(204);
    expect(await outboxRow(a)).toMatchObject({ status: 'delivered', deliveredAt: t.clock.now });
    expect(await outboxRow(b)).toMatchObject({
      status: 'failed',
      failedAt: t.clock.now,
      lastError: '30003 Unreachable destination handset',
    });
  });

  it('accepts a signature over the public address of the request too', async () => {
    const id = await notice({ providerMessageId: 'SM00000000000000000000000000000001' });
    const params = {
      MessageSid: 'SM00000000000000000000000000000001',
      MessageStatus: 'failed',
      ErrorCode: '30007',
    };
    const response = await apps.twilio.inject({
      method: 'POST',
      url: `${STATUS}?attempt=1`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilioSignature(twilio.authToken, `${PUBLIC}${STATUS}?attempt=1`, params),
      },
      payload: form(params),
    });
    expect(response.statusCode).toBe(204);
    expect(await outboxRow(id)).toMatchObject({ status: 'failed', lastError: '30007 Message filtered' });
  });

  it('refuses a bad, missing or foreign signature with 403 and applies nothing', async () => {
    const id = await notice({ providerMessageId: 'SM00000000000000000000000000000002' });
    const params = { MessageSid: 'SM00000000000000000000000000000002', MessageStatus: 'delivered' };
    const signatures = [
      twilioSignature('token-lain', `${PUBLIC}${STATUS}`, params),
      twilioSignature(twilio.authToken, `https://penipu.example${STATUS}`, params),
      twilioSignature(twilio.authToken, `${PUBLIC}${STATUS}`, { ...params, MessageStatus: 'sent' }),
      undefined,
    ];
    for (const signature of signatures) {
      const response = await apps.twilio.inject({
        method: 'POST',
        url: STATUS,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...(signature ? { 'x-twilio-signature': signature } : {}),
        },
        payload: form(params),
      });
      expect(response.statusCode).toBe(403);
    }
    const json = await apps.twilio.inject({
      method: 'POST',
      url: STATUS,
      headers: { 'x-twilio-signature': twilioSignature(twilio.authToken, `${PUBLIC}${STATUS}`, params) },
      payload: params,
    });
    expect(json.statusCode).toBe(403);
    expect(await outboxRow(id)).toMatchObject({ status: 'sent', deliveredAt: null });
  });

  it('answers 404 where Twilio is not the provider', async () => {
    for (const app of [apps.generic, apps.none]) {
      const response = await app.inject({
        method: 'POST',
        url: STATUS,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: form({ MessageSid: 'SM1', MessageStatus: 'delivered' }),
      });
      expect(response.statusCode).toBe(404);
    }
  });

  it('keeps the form parser to the SMS webhooks', async () => {
    const response = await apps.twilio.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({ username: 'a', password: 'b' }),
    });
    expect(response.statusCode).toBe(415);
  });
});

describe('Twilio incoming SMS', () => {
  it('records a STOP in every office, stops pending notices, and audits without the number', async () => {
    const pending = await Promise.all(
      officeIds.slice(0, 2).map((officeId) => notice({ officeId, status: 'pending' })),
    );
    const other = await notice({ status: 'pending', recipient: '+6281311112222' });
    const response = await twilio.sendInbound(appUrl, { from: PHONE, body: ' Stop ' });
    expect(response.status).toBe(200);
    expect(response.body).toContain('<Response/>');
    for (const id of pending) expect((await outboxRow(id))?.status).toBe('stopped');
    expect((await outboxRow(other))?.status).toBe('pending');
    for (const officeId of officeIds) {
      expect(await recipientFlags(t.handle.db, officeId, PHONE)).toMatchObject({ stopped: true });
    }
    const audits = await t.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'notice.stopped'), inArray(auditLog.officeId, officeIds)));
    expect(audits).toHaveLength(officeIds.length);
    expect(JSON.stringify(audits.map((a) => [a.after, a.targetId]))).not.toContain('81298765432');
    expect(audits[0]?.after).toMatchObject({ source: 'reply', channel: 'sms', recipient: '+62812******32' });
  });

  it('takes BERHENTI as STOP and leaves other replies alone', async () => {
    const thanks = '+6285200001111';
    await twilio.sendInbound(appUrl, { from: thanks, body: 'Terima kasih, berhenti dulu ya' });
    expect(await recipientFlags(t.handle.db, officeIds[0] as string, thanks)).toMatchObject({
      stopped: false,
    });
    await twilio.sendInbound(appUrl, { from: thanks, body: 'berhenti' });
    expect(await recipientFlags(t.handle.db, officeIds[0] as string, thanks)).toMatchObject({
      stopped: true,
    });
  });

  it('refuses an unsigned STOP', async () => {
    const phone = '+6285277778888';
    const response = await apps.twilio.inject({
      method: 'POST',
      url: INBOUND,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'AAAA' },
      payload: form({ From: phone, Body: 'STOP', To: twilio.from }),
    });
    expect(response.statusCode).toBe(403);
    expect(await recipientFlags(t.handle.db, officeIds[0] as string, phone)).toMatchObject({
      stopped: false,
    });
  });
});

describe('generic gateway webhook', () => {
  const post = (app: FastifyInstance, payload: unknown, token: string | null = TOKEN) =>
    app.inject({
      method: 'POST',
      url: GENERIC,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      payload: payload as object,
    });

  it('answers 404 without a configured token, 403 with a wrong one', async () => {
    expect((await post(apps.none, { id: 'x', status: 'delivered' })).statusCode).toBe(404);
    expect((await post(apps.twilio, { id: 'x', status: 'delivered' })).statusCode).toBe(404);
    expect((await post(apps.generic, { id: 'x', status: 'delivered' }, 'salah')).statusCode).toBe(403);
    expect((await post(apps.generic, { id: 'x', status: 'delivered' }, null)).statusCode).toBe(403);
  });

  it('applies delivery reports, one or many', async () => {
    const a = await notice({ providerMessageId: 'gw-report-a' });
    const b = await notice({ providerMessageId: 'gw-report-b' });
    const one = await post(apps.generic, { id: 'gw-report-a', status: 'delivered' });
    expect(one.json()).toEqual({ statuses: 1, stops: 0 });
    const many = await post(apps.generic, [
      { id: 'gw-report-b', status: 'failed', reason: 'EXPIRED nomor tidak aktif' },
      { id: 'gw-unknown', status: 'delivered' },
    ]);
    expect(many.statusCode).toBe(200);
    expect(await outboxRow(a)).toMatchObject({ status: 'delivered' });
    expect(await outboxRow(b)).toMatchObject({ status: 'failed', lastError: 'EXPIRED nomor tidak aktif' });
  });

  it('records a STOP reply, the number in any local form, through the fake gateway', async () => {
    const genericUrl = await apps.generic.listen({ port: 0, host: '127.0.0.1' });
    const response = await gateway.sendReport(genericUrl, TOKEN, { from: '0812-5555-4444', text: 'UNREG' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ statuses: 0, stops: 1 });
    expect(await recipientFlags(t.handle.db, officeIds[1] as string, '+6281255554444')).toMatchObject({
      stopped: true,
    });
  });

  it('is in the OpenAPI document; the Twilio form webhooks are not', async () => {
    const paths = (await apps.generic.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths;
    expect(paths[GENERIC]?.post).toBeDefined();
    expect(paths[STATUS]).toBeUndefined();
  });

  it('refuses a report that is neither a status nor a reply', async () => {
    expect((await post(apps.generic, { id: 'x', status: 'dibaca' })).statusCode).toBe(400);
  });
});
