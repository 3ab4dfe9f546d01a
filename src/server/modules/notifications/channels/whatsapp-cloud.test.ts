import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WHATSAPP_TEMPLATES } from '../../../../domain/notifications/templates';
import { type FakeWhatsapp, graphError, startFakeWhatsapp } from '../../../testing/fake-whatsapp';
import type { WhatsappConfig } from '../delivery-config';
import type { OutgoingMessage } from './channel';
import { requestBody, whatsappCloudChannel } from './whatsapp-cloud';

let fake: FakeWhatsapp;
let config: WhatsappConfig;
let counter = 0;

function message(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    noticeId: id,
    idempotencyKey: `${id}:whatsapp`,
    to: '+6281234567890',
    text: 'Dinsos Dumai: laporan Anda diterima, tiket DUM-AB12-CD34.',
    whatsapp: {
      template: DEFAULT_WHATSAPP_TEMPLATES.received,
      values: ['Dinsos Dumai', 'DUM-AB12-CD34', '', 'https://layanan.example.go.id/t/DUM-AB12-CD34'],
      phoneNumberId: fake.phoneNumberId,
    },
    ...overrides,
  };
}

const signal = () => AbortSignal.timeout(5_000);

beforeAll(async () => {
  fake = await startFakeWhatsapp({ retryAfterSeconds: 7 });
  config = {
    apiBase: fake.apiBase,
    token: fake.token,
    phoneNumberId: fake.phoneNumberId,
    appSecret: fake.appSecret,
    verifyToken: fake.verifyToken,
  };
});
afterAll(() => fake.close());
beforeEach(() => fake.setBehaviour());

describe('whatsappCloudChannel against the fake Cloud API', () => {
  it('sends an approved template with its body parameters and returns the wamid', async () => {
    const channel = whatsappCloudChannel(config);
    const m = message();
    const before = fake.messages.length;
    const outcome = await channel.send(m, signal());
    expect(fake.messages).toHaveLength(before + 1);
    const received = fake.messages.at(-1);
    expect(outcome).toEqual({ kind: 'sent', providerMessageId: received?.wamid });
    expect(received?.wamid).toMatch(/^wamid\./);
    expect(received).toMatchObject({
      phoneNumberId: fake.phoneNumberId,
      to: '6281234567890',
      type: 'template',
      // The empty agenda value goes as "-": Meta refuses empty text parameters.
      template: {
        name: 'satu_atap_laporan_diterima',
        language: 'id',
        parameters: ['Dinsos Dumai', 'DUM-AB12-CD34', '-', 'https://layanan.example.go.id/t/DUM-AB12-CD34'],
      },
      bizOpaqueCallbackData: m.noticeId,
      idempotencyKey: m.idempotencyKey,
    });
    expect(received?.body).toMatchObject({ messaging_product: 'whatsapp', recipient_type: 'individual' });
  });

  it('flattens new lines and runs of spaces in a parameter, which Meta refuses', async () => {
    const channel = whatsappCloudChannel(config);
    const m = message();
    const values = ['Dinsos Dumai', 'DUM-AB12-CD34', 'Berkas diterima.\n\nSilakan    datang\tSenin.', 'x'];
    const outcome = await channel.send(
      { ...m, whatsapp: { ...(m.whatsapp as NonNullable<OutgoingMessage['whatsapp']>), values } },
      signal(),
    );
    expect(outcome.kind).toBe('sent');
    expect(fake.messages.at(-1)?.template?.parameters[2]).toBe('Berkas diterima. Silakan datang Senin.');
  });

  it('sends to the office’s own number id, and the deployment’s when the message has none', async () => {
    const channel = whatsappCloudChannel(config);
    const m = message();
    const wa = m.whatsapp as NonNullable<OutgoingMessage['whatsapp']>;
    await channel.send({ ...m, whatsapp: { ...wa, phoneNumberId: '987654321012345' } }, signal());
    expect(fake.messages.at(-1)?.phoneNumberId).toBe('987654321012345');
    const n = message();
    await channel.send({ ...n, whatsapp: { ...wa, phoneNumberId: '' } }, signal());
    expect(fake.messages.at(-1)?.phoneNumberId).toBe(fake.phoneNumberId);
  });

  it('sends plain text when the message has no template', async () => {
    const channel = whatsappCloudChannel(config);
    const { whatsapp: _, ...rest } = message();
    const outcome = await channel.send(rest, signal());
    expect(outcome.kind).toBe('sent');
    expect(fake.messages.at(-1)).toMatchObject({ type: 'text', text: rest.text, to: '6281234567890' });
  });

  it('retries a rate limit (429, 130429) after the Retry-After it gives', async () => {
    fake.failNext('rate_limit');
    const before = fake.messages.length;
    const outcome = await whatsappCloudChannel(config).send(message(), signal());
    expect(outcome).toEqual({
      kind: 'retry',
      reason: expect.stringMatching(/^130429 Rate limit hit/),
      retryAfterMs: 7_000,
    });
    expect(fake.messages).toHaveLength(before);
  });

  it('retries by error code even when the HTTP status says 400 (pair rate limit 131056)', async () => {
    fake.setBehaviour(() => ({
      status: 400,
      body: graphError(131056, 'Pair rate limit hit', 'Too many messages'),
    }));
    const outcome = await whatsappCloudChannel(config).send(message(), signal());
    expect(outcome).toEqual({ kind: 'retry', reason: '131056 Pair rate limit hit: Too many messages' });
  });

  it('retries a server error (500, 131000) and a 503 without a Graph body', async () => {
    fake.failNext('server_error');
    const outcome = await whatsappCloudChannel(config).send(message(), signal());
    expect(outcome).toMatchObject({
      kind: 'retry',
      reason: expect.stringMatching(/^131000 Something went wrong/),
    });
    fake.setBehaviour(() => ({ status: 503, body: 'not json' }));
    const second = await whatsappCloudChannel(config).send(message(), signal());
    expect(second).toEqual({ kind: 'retry', reason: 'HTTP 503 Service Unavailable' });
  });

  it('fails for good on an invalid number (100), without calling it "not on WhatsApp"', async () => {
    fake.failNext('invalid_number');
    const outcome = await whatsappCloudChannel(config).send(message(), signal());
    expect(outcome).toEqual({
      kind: 'failed',
      reason: '100 Invalid parameter: Invalid parameter value for the recipient phone number',
    });
  });

  it('fails for good and says so when the number has no WhatsApp (131026)', async () => {
    fake.failNext('not_on_whatsapp');
    const outcome = await whatsappCloudChannel(config).send(message(), signal());
    expect(outcome).toMatchObject({
      kind: 'failed',
      notOnWhatsapp: true,
      reason: expect.stringMatching(/^131026 Message undeliverable/),
    });
  });

  it('fails on a template problem and on an expired token, with the code and Meta’s words', async () => {
    fake.setBehaviour(() => ({
      status: 404,
      body: graphError(
        132001,
        'Template name does not exist in the translation',
        'template name (x) does not exist in id',
      ),
    }));
    const outcome = await whatsappCloudChannel(config).send(message(), signal());
    expect(outcome).toEqual({
      kind: 'failed',
      reason:
        '132001 Template name does not exist in the translation: template name (x) does not exist in id',
    });
    fake.setBehaviour();
    const expired = await whatsappCloudChannel({ ...config, token: 'EAAGexpired' }).send(message(), signal());
    expect(expired).toEqual({
      kind: 'failed',
      reason: '190 Invalid OAuth access token: Cannot parse access token',
    });
  });

  it('keeps phone numbers in a provider’s words out of the reason', async () => {
    fake.setBehaviour(() => ({
      status: 400,
      body: graphError(
        131030,
        'Recipient phone number not in allowed list',
        'Add +6281234567890 to the list',
      ),
    }));
    const outcome = await whatsappCloudChannel(config).send(message(), signal());
    expect(outcome).toEqual({
      kind: 'failed',
      reason: '131030 Recipient phone number not in allowed list: Add … to the list',
    });
  });

  it('gives up on a call that never answers when the signal ends it, and the retry is not sent twice', async () => {
    fake.failNext('timeout');
    const channel = whatsappCloudChannel(config);
    const m = message();
    const before = fake.messages.length;
    const started = Date.now();
    const outcome = await channel.send(m, AbortSignal.timeout(200));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(outcome).toMatchObject({
      kind: 'retry',
      reason: expect.stringMatching(/TimeoutError|AbortError/),
    });
    // Meta took it before the answer was lost: the retry with the same key gets the same wamid.
    const duplicates = fake.duplicatesRefused;
    const retried = await channel.send(m, signal());
    expect(retried).toEqual({ kind: 'sent', providerMessageId: fake.messages.at(-1)?.wamid });
    expect(fake.messages).toHaveLength(before + 1);
    expect(fake.duplicatesRefused).toBe(duplicates + 1);
  });

  it('sends a retry of a delivered message once: the same key answers the same wamid', async () => {
    const channel = whatsappCloudChannel(config);
    const m = message();
    const first = await channel.send(m, signal());
    const count = fake.messages.length;
    const second = await channel.send(m, signal());
    expect(second).toEqual(first);
    expect(fake.messages).toHaveLength(count);
  });

  it('retries when the provider cannot be reached', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
    const outcome = await whatsappCloudChannel({ ...config, apiBase: `http://127.0.0.1:${port}/v21.0` }).send(
      message(),
      signal(),
    );
    expect(outcome).toMatchObject({ kind: 'retry', reason: expect.stringContaining('fetch failed') });
  });

  it('runs against a fake that refuses what Meta refuses: an empty or multi-line parameter', async () => {
    const m = message();
    const post = (text: string) =>
      fetch(`${fake.apiBase}/${fake.phoneNumberId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${fake.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          ...requestBody(m),
          template: {
            name: 'satu_atap_laporan_diterima',
            language: { code: 'id' },
            components: [{ type: 'body', parameters: [{ type: 'text', text }] }],
          },
        }),
      });
    for (const text of ['', 'baris satu\nbaris dua']) {
      const response = await post(text);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatchObject({ code: 100, type: 'OAuthException' });
    }
    expect((await post('ada isinya')).status).toBe(200);
  });

  it('takes thousands of messages quickly', async () => {
    const channel = whatsappCloudChannel(config);
    const before = fake.messages.length;
    const batch = Array.from({ length: 2_000 }, () => message());
    const started = Date.now();
    for (let i = 0; i < batch.length; i += 50)
      await Promise.all(batch.slice(i, i + 50).map((m) => channel.send(m, signal())));
    expect(fake.messages).toHaveLength(before + 2_000);
    expect(new Set(fake.messages.slice(before).map((m) => m.wamid)).size).toBe(2_000);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
