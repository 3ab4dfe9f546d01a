import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smsLength } from '../../../../domain/notifications/sms-segments';
import { type FakeTwilio, startFakeTwilio } from '../../../testing/fake-sms';
import type { OutgoingMessage } from './channel';
import { smsChannel } from './sms';
import { isTwilioSigned, type TwilioConfig, twilioOutcome, twilioSignature } from './sms-twilio';

const CALLBACK = 'https://layanan.example.go.id/api/v1/webhooks/sms/twilio/status';

function message(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    noticeId: '0d3c1c56-8f5e-4a57-9d2a-6a0cbb7f0a11',
    idempotencyKey: '0d3c1c56-8f5e-4a57-9d2a-6a0cbb7f0a11:sms',
    to: '+6281234567890',
    text: 'Dinsos: laporan Anda diterima, tiket DHA-2501-0042. Lacak: https://layanan.example.go.id/t/DHA25010042',
    ...overrides,
  };
}

let twilio: FakeTwilio;
let config: TwilioConfig;
const signal = () => new AbortController().signal;

beforeAll(async () => {
  twilio = await startFakeTwilio();
  config = {
    provider: 'twilio',
    apiBase: twilio.baseUrl,
    accountSid: twilio.accountSid,
    authToken: twilio.authToken,
    from: twilio.from,
    statusCallbackUrl: CALLBACK,
  };
});
afterAll(() => twilio.close());

describe('Twilio channel against the fake Messages API', () => {
  it('creates the message with To, From, Body and StatusCallback, and keeps the SM sid', async () => {
    const outcome = await smsChannel(config).send(message(), signal());
    expect(outcome).toMatchObject({
      kind: 'sent',
      providerMessageId: expect.stringMatching(/^SM[0-9a-f]{32}$/),
    });
    const sent = twilio.messages.at(-1);
    expect(sent).toMatchObject({
      to: '+6281234567890',
      from: twilio.from,
      body: message().text,
      statusCallback: CALLBACK,
    });
    expect(outcome.kind === 'sent' && outcome.providerMessageId).toBe(sent?.sid);
  });

  it('sends a one-segment text exactly as rendered, GSM-7 or UCS-2', async () => {
    const gsm = `Tiket DHA-2501-0042: ${'x'.repeat(139)}`;
    const ucs2 = `Tiket ✅ DHA-2501-0042 ${'é'.repeat(30)}`.padEnd(70, 'a');
    expect(smsLength(gsm)).toMatchObject({ segments: 1, units: 160 });
    expect(smsLength(ucs2)).toMatchObject({ encoding: 'ucs2', segments: 1 });
    for (const text of [gsm, ucs2]) {
      await smsChannel(config).send(message({ text }), signal());
      expect(twilio.messages.at(-1)?.body).toBe(text);
    }
  });

  it('leaves StatusCallback out when none is configured', async () => {
    await smsChannel({ ...config, statusCallbackUrl: null }).send(message(), signal());
    expect(twilio.messages.at(-1)?.statusCallback).toBeNull();
  });

  it('retries a 429 (code 20429) after Retry-After, and a 5xx', async () => {
    twilio.failNext('rate_limit');
    expect(await smsChannel(config).send(message(), signal())).toEqual({
      kind: 'retry',
      reason: '20429 Too Many Requests',
      retryAfterMs: 1000,
    });
    twilio.failNext('server_error');
    expect(await smsChannel(config).send(message(), signal())).toEqual({
      kind: 'retry',
      reason: '20500 Internal Server Error',
    });
  });

  it('fails for good on 21211, 21614, 21610 and 21408, with the code and a masked number', async () => {
    const before = twilio.messages.length;
    const invalid = await smsChannel(config).send(message({ to: '+62812' }), signal());
    expect(invalid).toEqual({
      kind: 'failed',
      reason: "21211 The 'To' number +62812 is not a valid phone number.",
    });
    twilio.failNext('invalid_number');
    const echoed = await smsChannel(config).send(message(), signal());
    expect(echoed).toEqual({
      kind: 'failed',
      reason: "21211 The 'To' number +62812******90 is not a valid phone number.",
    });
    for (const [kind, code] of [
      ['not_mobile', 21614],
      ['unsubscribed', 21610],
      ['region_disabled', 21408],
    ] as const) {
      twilio.failNext(kind);
      const outcome = await smsChannel(config).send(message(), signal());
      expect(outcome.kind).toBe('failed');
      expect(outcome.kind === 'failed' && outcome.reason).toMatch(new RegExp(`^${code} `));
      expect(outcome.kind === 'failed' && outcome.reason).not.toContain('81234567890');
    }
    expect(twilio.messages.length).toBe(before);
  });

  it('fails with 20003 when the credentials are wrong', async () => {
    const outcome = await smsChannel({ ...config, authToken: 'salah' }).send(message(), signal());
    expect(outcome).toEqual({ kind: 'failed', reason: '20003 Authenticate' });
  });

  it('retries when Twilio does not answer in time, or cannot be reached', async () => {
    twilio.failNext('timeout');
    const slow = await smsChannel(config, fetch, 200).send(message(), signal());
    expect(slow.kind).toBe('retry');
    expect(slow.kind === 'retry' && slow.reason).toMatch(/TimeoutError|aborted/i);
    const down = await smsChannel({ ...config, apiBase: 'http://127.0.0.1:9' }).send(message(), signal());
    expect(down.kind).toBe('retry');
  });

  it('stops when the worker gives up (its signal aborts)', async () => {
    twilio.failNext('timeout');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const outcome = await smsChannel(config).send(message(), controller.signal);
    expect(outcome.kind).toBe('retry');
  });
});

describe('Twilio answers and signatures', () => {
  it('reads a non-JSON error page as HTTP status and text', () => {
    expect(twilioOutcome(502, null, '<html>Bad Gateway</html>')).toEqual({
      kind: 'retry',
      reason: 'HTTP 502 <html>Bad Gateway</html>',
    });
    expect(twilioOutcome(201, null, '{"status":"queued"}')).toEqual({
      kind: 'sent',
      providerMessageId: null,
    });
  });

  it("computes Twilio's documented example signature", () => {
    // The example of https://www.twilio.com/docs/usage/webhooks/webhooks-security.
    const params = {
      CallSid: 'CA1234567890ABCDE',
      Caller: '+12349013030',
      Digits: '1234',
      From: '+12349013030',
      To: '+18005551212',
    };
    const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
    expect(twilioSignature('12345', url, params)).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
    expect(
      isTwilioSigned('12345', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', ['https://other.example', url], params),
    ).toBe(true);
    expect(
      isTwilioSigned('12345', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', [url], { ...params, Digits: '1235' }),
    ).toBe(false);
    expect(isTwilioSigned('12345', undefined, [url], params)).toBe(false);
  });
});
