import { describe, expect, it } from 'vitest';
import { readDeliveryConfig } from '../delivery-config';
import type { OutgoingMessage } from './channel';
import { smsChannel } from './sms';

const message: OutgoingMessage = {
  noticeId: 'a1',
  idempotencyKey: 'a1:sms',
  to: '+6281234567890',
  text: 'Tiket DHA-2501-0042 diterima.',
};

/** A fetch that records where each request went and answers like the provider would. */
function recordingFetch(status: number, body: string) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

describe('smsChannel', () => {
  it('goes to Twilio or to the generic gateway by the configured provider', async () => {
    const env = {
      TWILIO_ACCOUNT_SID: 'AC0123',
      TWILIO_AUTH_TOKEN: 'tok',
      SMS_FROM: '+15005550006',
    };
    const twilio = readDeliveryConfig(env).sms;
    if (!twilio) throw new Error('no sms config');
    const { calls, fetchImpl } = recordingFetch(201, '{"sid":"SMabc","status":"queued"}');
    expect(await smsChannel(twilio, fetchImpl).send(message, new AbortController().signal)).toEqual({
      kind: 'sent',
      providerMessageId: 'SMabc',
    });
    expect(calls[0]?.url).toBe('https://api.twilio.com/2010-04-01/Accounts/AC0123/Messages.json');

    const generic = readDeliveryConfig({
      SMS_API_BASE: 'https://sms.example.id/api/send',
      SMS_ID_PATH: 'id',
    }).sms;
    if (!generic) throw new Error('no sms config');
    const gateway = recordingFetch(200, '{"id":77}');
    expect(await smsChannel(generic, gateway.fetchImpl).send(message, new AbortController().signal)).toEqual({
      kind: 'sent',
      providerMessageId: '77',
    });
    expect(gateway.calls[0]?.url).toBe('https://sms.example.id/api/send');
    expect(JSON.parse(String(gateway.calls[0]?.init.body))).toEqual({
      to: '6281234567890',
      message: message.text,
    });
  });

  it("reads Twilio's status callback from PUBLIC_BASE_URL unless told otherwise", () => {
    const base = { TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't', SMS_FROM: '+1500' };
    const callback = (env: Record<string, string>) => {
      const sms = readDeliveryConfig({ ...base, ...env }).sms;
      return sms?.provider === 'twilio' ? sms.statusCallbackUrl : 'not twilio';
    };
    expect(callback({})).toBeNull();
    expect(callback({ PUBLIC_BASE_URL: 'https://layanan.example.go.id/' })).toBe(
      'https://layanan.example.go.id/api/v1/webhooks/sms/twilio/status',
    );
    expect(
      callback({ PUBLIC_BASE_URL: 'https://a.example', TWILIO_STATUS_CALLBACK_URL: 'https://b.example/cb' }),
    ).toBe('https://b.example/cb');
    expect(callback({ PUBLIC_BASE_URL: 'https://a.example', TWILIO_STATUS_CALLBACK_URL: 'none' })).toBeNull();
  });

  it("reads the generic gateway's inbound token", () => {
    const sms = readDeliveryConfig({
      SMS_API_BASE: 'https://sms.example.id/send',
      SMS_INBOUND_TOKEN: ' rahasia ',
    }).sms;
    expect(sms?.provider === 'generic' && sms.inboundToken).toBe('rahasia');
    const none = readDeliveryConfig({ SMS_API_BASE: 'https://sms.example.id/send' }).sms;
    expect(none?.provider === 'generic' && none.inboundToken).toBeNull();
  });
});
