import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS } from '../../../domain/notifications/status';
import { openDatabase } from '../../db/client';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { offices } from '../offices/tables';
import type { DeliveryChannel, OutgoingMessage, SendOutcome } from './channels/channel';
import { NO_PROVIDERS } from './delivery-config';
import { claimDueNotices, recordNoticeOutcomes } from './queue';
import { recipientFlags, recordStop } from './recipients';
import { notificationOutbox } from './tables';
import { type Channels, createNoticeWorker, PARKED_UNTIL } from './worker';

/** A channel that keeps what it was given and answers as told; a repeated idempotency key is not delivered twice. */
function recordingChannel(name: 'whatsapp' | 'sms' | 'email') {
  const delivered = new Map<string, OutgoingMessage>();
  const calls: OutgoingMessage[] = [];
  let answer: (m: OutgoingMessage) => SendOutcome = () => ({
    kind: 'sent',
    providerMessageId: `${name}-${delivered.size + 1}`,
  });
  const channel: DeliveryChannel = {
    name,
    async send(message) {
      calls.push(message);
      const outcome = answer(message);
      if (outcome.kind === 'sent') delivered.set(message.idempotencyKey, message);
      return outcome;
    },
  };
  return {
    channel,
    delivered,
    calls,
    answerWith(fn: (m: OutgoingMessage) => SendOutcome) {
      answer = fn;
    },
  };
}

const silentLog = { info: () => {}, error: () => {} };

describe('the outbox worker', () => {
  let t: TestApp;
  let village: string;
  let dumaiId: string;

  beforeAll(async () => {
    t = await createTestApp();
    village = await villageIn(t, '14.72');
    const [dumai] = await t.handle.db.select().from(offices).where(eq(offices.slug, 'dumai'));
    dumaiId = dumai?.id as string;
  });
  afterAll(async () => t.close());
  beforeEach(async () => {
    t.clock.now = new Date('2026-09-01T09:00:00+07:00');
    // Each test starts from an empty queue: earlier tests' notices are parked out of the way.
    await t.handle.db.update(notificationOutbox).set({ status: 'failed' });
  });

  const worker = (channels: Channels, instance = 'test-a', db = t.handle.db) =>
    createNoticeWorker({
      db,
      now: () => t.clock.now,
      publicBaseUrl: 'https://layanan.example.go.id',
      delivery: {
        ...NO_PROVIDERS,
        whatsapp: { apiBase: 'x', token: 'x', phoneNumberId: '1234567', appSecret: null, verifyToken: null },
      },
      channels,
      log: silentLog,
      instance,
      random: () => 0.5,
    });

  async function fileReport(phone = '0812-3456-7890', email: string | null = null): Promise<string> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village, { reporter: { name: 'Tetangga', phone, email } }),
    });
    expect(response.statusCode).toBe(201);
    return response.json().ticket as string;
  }

  async function noticesOf(ticket: string) {
    const rows = await t.handle.db.select().from(notificationOutbox);
    return rows.filter((r) => r.params?.ticket === ticket);
  }

  async function queueNotices(n: number): Promise<void> {
    await t.handle.db.insert(notificationOutbox).values(
      Array.from({ length: n }, (_, i) => ({
        officeId: dumaiId,
        channel: 'whatsapp' as const,
        recipient: `+628123400${String(i).padStart(4, '0')}`,
        template: 'case.received',
        body: 'x',
        params: { ticket: `DUM-TEST-${String(i).padStart(4, '0')}`, agendaNumber: null },
        nextAttemptAt: t.clock.now,
      })),
    );
  }

  it('sends the intake notice by WhatsApp with the approved template, the ticket, the agenda number and the short link', async () => {
    const wa = recordingChannel('whatsapp');
    const ticket = await fileReport();
    const result = await worker({ whatsapp: wa.channel }).drainOnce();
    expect(result).toMatchObject({ claimed: 1, sent: 1 });
    const [message] = wa.calls;
    expect(message?.to).toBe('+6281234567890');
    expect(message?.whatsapp?.template.name).toBe('satu_atap_laporan_diterima');
    expect(message?.whatsapp?.phoneNumberId).toBe('1234567');
    expect(message?.whatsapp?.values[1]).toBe(ticket);
    expect(message?.whatsapp?.values[2]).toMatch(/^\(agenda \d{4}\/ADU\/2026\)$/);
    expect(message?.whatsapp?.values[3]).toBe(`https://layanan.example.go.id/t/${ticket}`);
    expect(message?.idempotencyKey).toMatch(/:whatsapp$/);
    const [row] = await noticesOf(ticket);
    expect(row).toMatchObject({
      status: 'sent',
      channel: 'whatsapp',
      attempts: 1,
      providerMessageId: 'whatsapp-1',
    });
    expect(row?.body).toContain(ticket);
    expect(row?.sentAt).not.toBeNull();
  });

  it('without any provider parks each notice for an officer to send by hand, with its text', async () => {
    const ticket = await fileReport();
    const result = await worker({}).drainOnce();
    expect(result).toMatchObject({ claimed: 1, manual: 1 });
    const [row] = await noticesOf(ticket);
    expect(row).toMatchObject({ status: 'pending', channel: 'manual', attempts: 0 });
    expect(row?.nextAttemptAt.getTime()).toBe(PARKED_UNTIL.getTime());
    expect(row?.body).toContain(`/t/${ticket}`);
    expect(await worker({}).drainOnce()).toMatchObject({ claimed: 0 });
  });

  it('also e-mails a reporter who gave an address, with the whole story and the way to stop', async () => {
    const mail = recordingChannel('email');
    const wa = recordingChannel('whatsapp');
    const ticket = await fileReport('0812-3456-7000', 'pelapor@contoh.id');
    await worker({ whatsapp: wa.channel, email: mail.channel }).drainOnce();
    expect(wa.calls).toHaveLength(1);
    expect(mail.calls).toHaveLength(1);
    expect(mail.calls[0]?.to).toBe('pelapor@contoh.id');
    expect(mail.calls[0]?.subject).toContain(ticket);
    expect(mail.calls[0]?.text).toContain('#berhenti');
  });

  it('retries with backoff, then falls back to SMS where the office allows it', async () => {
    const wa = recordingChannel('whatsapp');
    const sms = recordingChannel('sms');
    wa.answerWith(() => ({ kind: 'retry', reason: '131000 Something went wrong' }));
    const ticket = await fileReport();
    const w = worker({ whatsapp: wa.channel, sms: sms.channel });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      expect(await w.drainOnce()).toMatchObject({ claimed: 1 });
      const [row] = await noticesOf(ticket);
      if (row && attempt < MAX_ATTEMPTS) {
        expect(row).toMatchObject({ status: 'pending', channel: 'whatsapp', attempts: attempt });
        delays.push(row.nextAttemptAt.getTime() - t.clock.now.getTime());
        // Not due before its time.
        expect(await w.drainOnce()).toMatchObject({ claimed: 0 });
        t.clock.now = row.nextAttemptAt;
      }
    }
    // 30 s, 1, 2, 4, 8 minutes (random fixed at the middle: no jitter).
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    const [fellBack] = await noticesOf(ticket);
    expect(fellBack).toMatchObject({
      status: 'pending',
      channel: 'sms',
      attempts: 0,
      fallbackFrom: 'whatsapp',
    });
    expect(fellBack?.lastError).toBe('131000 Something went wrong');
    await w.drainOnce();
    expect(sms.calls).toHaveLength(1);
    expect(sms.calls[0]?.text.length).toBeLessThanOrEqual(160);
    expect(sms.calls[0]?.text).toContain(ticket);
    const [sent] = await noticesOf(ticket);
    expect(sent).toMatchObject({ status: 'sent', channel: 'sms', fallbackFrom: 'whatsapp' });
  });

  it('fails for good with the provider reason when there is nowhere to fall back', async () => {
    const wa = recordingChannel('whatsapp');
    wa.answerWith(() => ({ kind: 'failed', reason: '132001 Template name does not exist' }));
    const ticket = await fileReport();
    await worker({ whatsapp: wa.channel }).drainOnce();
    const [row] = await noticesOf(ticket);
    expect(row).toMatchObject({ status: 'failed', lastError: '132001 Template name does not exist' });
    expect(row?.failedAt).not.toBeNull();
  });

  it('remembers a number that is not on WhatsApp and sends its next notices straight by SMS', async () => {
    const wa = recordingChannel('whatsapp');
    const sms = recordingChannel('sms');
    wa.answerWith(() => ({ kind: 'failed', reason: '131026 Message undeliverable', notOnWhatsapp: true }));
    const phone = '0813-1111-2222';
    const first = await fileReport(phone);
    const w = worker({ whatsapp: wa.channel, sms: sms.channel });
    await w.drainOnce();
    expect((await recipientFlags(t.handle.db, dumaiId, '+6281311112222')).notOnWhatsapp).toBe(true);
    await w.drainOnce();
    expect((await noticesOf(first))[0]).toMatchObject({ status: 'sent', channel: 'sms' });
    const second = await fileReport(phone);
    await w.drainOnce();
    expect(wa.calls).toHaveLength(1);
    expect((await noticesOf(second))[0]).toMatchObject({
      status: 'sent',
      channel: 'sms',
      fallbackFrom: null,
    });
  });

  it('sends nothing to a reporter who asked to stop', async () => {
    const wa = recordingChannel('whatsapp');
    const ticket = await fileReport('0813-9999-0000');
    await recordStop(t.handle.db, dumaiId, '+6281399990000', 'link', t.clock.now);
    const again = await fileReport('0813-9999-0000');
    await worker({ whatsapp: wa.channel }).drainOnce();
    expect(wa.calls).toHaveLength(0);
    expect((await noticesOf(ticket))[0]?.status).toBe('stopped');
    expect((await noticesOf(again))[0]?.status).toBe('stopped');
  });

  it('takes an opt-out at the provider (Twilio 21610) as the reporter stopping', async () => {
    const sms = recordingChannel('sms');
    sms.answerWith(() => ({
      kind: 'failed',
      reason: '21610 Attempt to send to unsubscribed recipient',
      recipientStopped: true,
    }));
    const ticket = await fileReport('0813-7777-0000');
    await worker({ sms: sms.channel }).drainOnce();
    expect((await noticesOf(ticket))[0]?.status).toBe('stopped');
    expect((await recipientFlags(t.handle.db, dumaiId, '+6281377770000')).stopped).toBe(true);
  });

  it('loses no notice and sends none twice when an instance dies between claim and send', async () => {
    const wa = recordingChannel('whatsapp');
    const ticket = await fileReport();
    // Instance A claims and dies before it sends anything.
    const claimed = await claimDueNotices(t.handle.db, { now: t.clock.now, limit: 10, instance: 'dead-a' });
    expect(claimed).toHaveLength(1);
    const b = worker({ whatsapp: wa.channel }, 'alive-b');
    expect(await b.drainOnce()).toMatchObject({ claimed: 0 });
    t.clock.now = new Date(t.clock.now.getTime() + 2 * 60_000 + 1);
    expect(await b.drainOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(wa.calls).toHaveLength(1);
    expect((await noticesOf(ticket))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('re-sends with the same idempotency key when an instance dies after the provider took it, and a late writer changes nothing', async () => {
    const wa = recordingChannel('whatsapp');
    const ticket = await fileReport();
    const [claimed] = await claimDueNotices(t.handle.db, {
      now: t.clock.now,
      limit: 10,
      instance: 'stalled-a',
    });
    if (!claimed) throw new Error('nothing claimed');
    // A sends but stalls before it records the answer; its lease runs out and B takes the notice.
    await wa.channel.send(
      { noticeId: claimed.id, idempotencyKey: `${claimed.id}:whatsapp`, to: claimed.recipient, text: 'x' },
      AbortSignal.timeout(1000),
    );
    t.clock.now = new Date(t.clock.now.getTime() + 2 * 60_000 + 1);
    await worker({ whatsapp: wa.channel }, 'alive-b').drainOnce();
    expect(wa.calls).toHaveLength(2);
    expect(new Set(wa.calls.map((c) => c.idempotencyKey)).size).toBe(1);
    expect(wa.delivered.size).toBe(1);
    // A wakes up and records its stale outcome: nothing is written over B's.
    const written = await recordNoticeOutcomes(t.handle.db, 'stalled-a', [
      {
        id: claimed.id,
        status: 'failed',
        channel: 'whatsapp',
        body: 'stale',
        nextAttemptAt: t.clock.now,
        attempts: 1,
        providerMessageId: null,
        lastError: 'stale',
        fallbackFrom: null,
        sentAt: null,
        failedAt: t.clock.now,
      },
    ]);
    expect(written).toBe(0);
    expect((await noticesOf(ticket))[0]).toMatchObject({ status: 'sent' });
  });

  it('paces a backlog to its rate cap when it runs on its own', async () => {
    const wa = recordingChannel('whatsapp');
    await queueNotices(30);
    const w = createNoticeWorker({
      db: t.handle.db,
      now: () => t.clock.now,
      publicBaseUrl: 'https://layanan.example.go.id',
      delivery: NO_PROVIDERS,
      channels: { whatsapp: wa.channel },
      log: silentLog,
      batchSize: 10,
      maxPerSecond: 50,
    });
    const began = Date.now();
    w.start(10);
    while (wa.calls.length < 30) await new Promise((resolve) => setTimeout(resolve, 10));
    const elapsed = Date.now() - began;
    await w.stop();
    // Three batches of ten at 50 a second: the second and third wait for the first two's 200 ms each.
    expect(elapsed).toBeGreaterThanOrEqual(380);
    expect(new Set(wa.calls.map((c) => c.noticeId)).size).toBe(30);
  });

  it('two instances draining at once send each notice exactly once', async () => {
    const wa = recordingChannel('whatsapp');
    await queueNotices(300);
    // On PostgreSQL the second instance has its own connection pool, as a second process would.
    const second = t.handle.url ? await openDatabase({ databaseUrl: t.handle.url }) : null;
    try {
      const a = worker({ whatsapp: wa.channel }, 'pair-a');
      const b = worker({ whatsapp: wa.channel }, 'pair-b', second?.db ?? t.handle.db);
      const drainAll = async (w: typeof a) => {
        let total = 0;
        for (;;) {
          const r = await w.drainOnce();
          total += r.sent;
          if (r.claimed === 0) return total;
        }
      };
      const [sentA, sentB] = await Promise.all([drainAll(a), drainAll(b)]);
      expect(sentA + sentB).toBe(300);
      expect(wa.calls).toHaveLength(300);
      expect(new Set(wa.calls.map((c) => c.noticeId)).size).toBe(300);
      if (second) {
        expect(sentA).toBeGreaterThan(0);
        expect(sentB).toBeGreaterThan(0);
      }
    } finally {
      await second?.close();
    }
  });
});
