import { afterEach, describe, expect, it } from 'vitest';
import { type FakeSmsGateway, startFakeSmsGateway } from '../../../testing/fake-sms';
import type { OutgoingMessage } from './channel';
import { smsChannel } from './sms';
import { formatNumber, type GenericSmsConfig, genericOutcome, valueAtPath } from './sms-generic';

function message(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    noticeId: '5b0c8f0e-1f7a-4d2b-9a61-3f3c2b6e7d10',
    idempotencyKey: '5b0c8f0e-1f7a-4d2b-9a61-3f3c2b6e7d10:sms',
    to: '+6281234567890',
    text: 'Dinsos: dokumen kurang (KTP). Lacak: https://layanan.example.go.id/t/DHA25010042',
    ...overrides,
  };
}

function configFor(gateway: FakeSmsGateway, overrides: Partial<GenericSmsConfig> = {}): GenericSmsConfig {
  return {
    provider: 'generic',
    url: gateway.url,
    format: 'json',
    toField: 'msisdn',
    textField: 'content',
    extraFields: { sender: 'DINSOS', type: 'reguler' },
    authorization: 'Bearer kunci-gateway',
    idPath: 'data.id',
    numberFormat: 'international',
    inboundToken: null,
    ...overrides,
  };
}

const signal = () => new AbortController().signal;
let gateway: FakeSmsGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

describe('generic SMS gateway channel', () => {
  it('posts JSON with the configured fields, number format, auth and Idempotency-Key', async () => {
    gateway = await startFakeSmsGateway({ format: 'json', authorization: 'Bearer kunci-gateway' });
    const outcome = await smsChannel(configFor(gateway)).send(message(), signal());
    expect(outcome).toEqual({ kind: 'sent', providerMessageId: expect.stringMatching(/^gw-/) });
    const [request] = gateway.received;
    expect(request?.body).toEqual({
      msisdn: '6281234567890',
      content: message().text,
      sender: 'DINSOS',
      type: 'reguler',
    });
    expect(request?.headers['idempotency-key']).toBe(message().idempotencyKey);
  });

  it('posts a form with the number as e164 or national', async () => {
    gateway = await startFakeSmsGateway({ format: 'form' });
    const form = configFor(gateway, { format: 'form', authorization: null, idPath: null });
    expect(await smsChannel({ ...form, numberFormat: 'national' }).send(message(), signal())).toEqual({
      kind: 'sent',
      providerMessageId: null,
    });
    await smsChannel({ ...form, numberFormat: 'e164' }).send(message({ idempotencyKey: 'x:sms' }), signal());
    expect(gateway.received.map((r) => r.body.msisdn)).toEqual(['081234567890', '+6281234567890']);
    expect(gateway.received[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('sends a full one-segment text unchanged', async () => {
    gateway = await startFakeSmsGateway();
    const text =
      `Tiket DHA-2501-0042 selesai. Nilai layanan: https://layanan.example.go.id/t/DHA25010042/s ${'.'.repeat(160)}`.slice(
        0,
        160,
      );
    await smsChannel(configFor(gateway)).send(message({ text }), signal());
    expect(gateway.received[0]?.body.content).toBe(text);
  });

  it('retries 429 with Retry-After, 5xx, timeouts and refused connections', async () => {
    gateway = await startFakeSmsGateway({ authorization: 'Bearer kunci-gateway' });
    const channel = smsChannel(configFor(gateway), fetch, 200);
    gateway.failNext('rate_limit');
    expect(await channel.send(message(), signal())).toEqual({
      kind: 'retry',
      reason: 'HTTP 429 {"status":"error","message":"rate limit exceeded"}',
      retryAfterMs: 2000,
    });
    gateway.failNext('server_error');
    expect(await channel.send(message(), signal())).toMatchObject({
      kind: 'retry',
      reason: expect.stringMatching(/^HTTP 503/),
    });
    gateway.failNext('timeout');
    expect(await channel.send(message(), signal())).toMatchObject({ kind: 'retry' });
    const url = gateway.url;
    await gateway.close();
    gateway = undefined;
    expect(
      await smsChannel({ ...configFor({ url } as FakeSmsGateway) }).send(message(), signal()),
    ).toMatchObject({
      kind: 'retry',
    });
  });

  it("fails on another 4xx with the gateway's text", async () => {
    gateway = await startFakeSmsGateway({ authorization: 'Bearer kunci-gateway' });
    gateway.failNext('invalid_number');
    expect(await smsChannel(configFor(gateway)).send(message(), signal())).toEqual({
      kind: 'failed',
      reason: '{"status":"error","message":"invalid destination number"}',
    });
    expect(
      await smsChannel(configFor(gateway, { authorization: 'Bearer salah' })).send(message(), signal()),
    ).toEqual({
      kind: 'failed',
      reason: '{"status":"error","message":"invalid api key"}',
    });
  });

  it('a retry after a lost answer carries the same key: the gateway sends it once', async () => {
    gateway = await startFakeSmsGateway({ authorization: 'Bearer kunci-gateway' });
    const channel = smsChannel(configFor(gateway));
    gateway.failNext('lost_answer');
    const first = await channel.send(message(), signal());
    expect(first.kind).toBe('retry');
    const second = await channel.send(message(), signal());
    expect(second.kind).toBe('sent');
    expect(gateway.received).toHaveLength(1);
    expect(gateway.duplicates).toBe(1);
    expect(gateway.requests).toBe(2);
  });
});

describe('generic gateway settings', () => {
  it('formats Indonesian numbers three ways; foreign ones keep the country code', () => {
    expect(formatNumber('+6281234567890', 'e164')).toBe('+6281234567890');
    expect(formatNumber('+6281234567890', 'international')).toBe('6281234567890');
    expect(formatNumber('+6281234567890', 'national')).toBe('081234567890');
    expect(formatNumber('+60123456789', 'national')).toBe('60123456789');
  });

  it('reads the id at a dotted path, and none when it is missing', () => {
    expect(valueAtPath({ data: { id: 'abc' } }, 'data.id')).toBe('abc');
    expect(valueAtPath({ messages: [{ id: 42 }] }, 'messages.0.id')).toBe('42');
    expect(valueAtPath({ data: null }, 'data.id')).toBeNull();
    expect(genericOutcome({ idPath: 'data.id' }, 200, null, 'OK')).toEqual({
      kind: 'sent',
      providerMessageId: null,
    });
  });

  it('keeps 300 characters of a long refusal, the number masked', () => {
    const outcome = genericOutcome(
      { idPath: null },
      422,
      null,
      `nomor 6281234567890 ditolak ${'x'.repeat(400)}`,
    );
    expect(outcome.kind === 'failed' && outcome.reason).toMatch(/^nomor 6281\*+90 ditolak x+$/);
    expect(outcome.kind === 'failed' && outcome.reason.length).toBe(300);
  });
});
