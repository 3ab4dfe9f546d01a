import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSmtp, startFakeSmtp } from '../../../testing/fake-smtp';
import type { OutgoingMessage } from './channel';
import { messageIdFor, type SmtpChannel, smtpChannel, smtpFailure, verifySmtp } from './smtp';

const FROM = 'Dinas Sosial Dharmasraya <layanan@dinsos.example.go.id>';

function message(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    noticeId: '7a4f0f62-0c3e-4a0e-8b8f-1d2e3c4b5a69',
    idempotencyKey: '7a4f0f62-0c3e-4a0e-8b8f-1d2e3c4b5a69:email',
    to: 'warga@example.id',
    subject: 'Laporan Anda diterima: DHA-2501-0042',
    text: 'Laporan Anda diterima.\nTiket: DHA-2501-0042\nLacak: https://layanan.example.go.id/t/DHA25010042',
    ...overrides,
  };
}

const signal = () => new AbortController().signal;
let smtp: FakeSmtp;
let channel: SmtpChannel;

beforeAll(async () => {
  smtp = await startFakeSmtp();
  channel = smtpChannel({ url: smtp.url, from: FROM });
});
afterAll(async () => {
  channel.close();
  await smtp.close();
});

describe('SMTP channel over the real protocol', () => {
  it('delivers the mail with subject, text, Message-ID from the idempotency key and the notice header', async () => {
    const outcome = await channel.send(message(), signal());
    expect(outcome).toEqual({
      kind: 'sent',
      providerMessageId: '<7a4f0f62-0c3e-4a0e-8b8f-1d2e3c4b5a69.email@satu-atap>',
    });
    const mail = smtp.mails.at(-1);
    expect(mail).toMatchObject({
      envelope: { from: 'layanan@dinsos.example.go.id', to: ['warga@example.id'] },
      to: 'warga@example.id',
      subject: 'Laporan Anda diterima: DHA-2501-0042',
      text: message().text,
      messageId: '<7a4f0f62-0c3e-4a0e-8b8f-1d2e3c4b5a69.email@satu-atap>',
    });
    expect(mail?.from).toContain('layanan@dinsos.example.go.id');
    expect(mail?.headers['x-satu-atap-notice']).toBe('7a4f0f62-0c3e-4a0e-8b8f-1d2e3c4b5a69');
  });

  it('sends a retry as the same message (same Message-ID)', async () => {
    await channel.send(message(), signal());
    await channel.send(message(), signal());
    const ids = smtp.mails.slice(-2).map((m) => m.messageId);
    expect(ids[0]).toBe(ids[1]);
  });

  it('retries a 451 (at RCPT or after DATA) and fails a 550 or 553 with the server reply', async () => {
    smtp.failNextWith(451);
    expect(await channel.send(message(), signal())).toEqual({
      kind: 'retry',
      reason: '451 Requested action aborted: local error in processing, try again later',
    });
    smtp.failNextWith(451, 1, 'data');
    expect(await channel.send(message(), signal())).toMatchObject({
      kind: 'retry',
      reason: expect.stringMatching(/^451 /),
    });
    smtp.failNextWith(550);
    expect(await channel.send(message(), signal())).toEqual({
      kind: 'failed',
      reason: '550 Requested action not taken: mailbox unavailable',
    });
    smtp.failNextWith(553, 1, 'data');
    expect(await channel.send(message(), signal())).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/^553 /),
    });
    // The pool is still good after the refusals.
    expect((await channel.send(message(), signal())).kind).toBe('sent');
  });

  it('fails an address nodemailer cannot use, without a round trip', async () => {
    const outcome = await channel.send(message({ to: 'bukan alamat' }), signal());
    expect(outcome.kind).toBe('failed');
  });

  it('fails wrong credentials with the 535 reply and never says the password', async () => {
    const wrong = smtpChannel({ url: smtp.url.replace(smtp.pass, 'sandi-salah-sekali'), from: FROM });
    const outcome = await wrong.send(message(), signal());
    wrong.close();
    expect(outcome).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/^535 /) });
    expect(JSON.stringify(outcome)).not.toContain('sandi-salah-sekali');
  });

  it('retries when the server cannot be reached', async () => {
    const down = smtpChannel({ url: 'smtp://u:rahasia-sekali@127.0.0.1:9', from: FROM }, { timeoutMs: 2000 });
    const outcome = await down.send(message(), signal());
    down.close();
    expect(outcome.kind).toBe('retry');
    expect(JSON.stringify(outcome)).not.toContain('rahasia-sekali');
  });

  it('verifies the configuration for a readiness check', async () => {
    expect(await verifySmtp({ url: smtp.url, from: FROM })).toEqual({ ok: true });
    const bad = await verifySmtp({ url: smtp.url.replace(smtp.pass, 'sandi-salah-sekali'), from: FROM });
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).not.toContain('sandi-salah-sekali');
  });

  it('sends a thousand mails through the pool quickly', async () => {
    const before = smtp.mails.length;
    const started = Date.now();
    const outcomes = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        channel.send(message({ noticeId: `n-${i}`, idempotencyKey: `n-${i}:email` }), signal()),
      ),
    );
    expect(outcomes.every((o) => o.kind === 'sent')).toBe(true);
    expect(smtp.mails.length - before).toBe(1000);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});

describe('SMTP failures and ids', () => {
  it('maps reply codes: 4xx and 503 retry, other 5xx fail, no reply retries', () => {
    expect(smtpFailure({ responseCode: 452, response: '452 4.2.2 Mailbox full' })).toEqual({
      kind: 'retry',
      reason: '452 4.2.2 Mailbox full',
    });
    expect(smtpFailure({ responseCode: 503, response: '503 Bad sequence' }).kind).toBe('retry');
    expect(smtpFailure({ responseCode: 554, response: '554 Transaction failed' }).kind).toBe('failed');
    expect(smtpFailure({ code: 'ETIMEDOUT', message: 'Timeout' })).toEqual({
      kind: 'retry',
      reason: 'ETIMEDOUT: Timeout',
    });
    expect(smtpFailure({ code: 'EAUTH', message: 'login pw=rahasia1' }, ['rahasia1'])).toEqual({
      kind: 'retry',
      reason: 'EAUTH: login pw=***',
    });
  });

  it('makes a valid Message-ID from a key with a colon', () => {
    expect(messageIdFor('abc:email')).toBe('<abc.email@satu-atap>');
  });
});
