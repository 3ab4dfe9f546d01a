import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTicket } from '../../../domain/intake/ticket';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit/tables';
import { cases } from '../cases/tables';
import { offices } from '../offices/tables';
import { recipientFlags } from './recipients';
import { notificationOutbox } from './tables';

const PHONE = '+6281234567890';
const EMAIL = 'siti.aminah@contoh.id';

describe('a reporter stops notices from the tracking page', () => {
  let t: TestApp;
  let dumai: string;
  let dharmasraya: string;
  let ticket: string;

  const stop = (forTicket: string, phone: string) =>
    t.app.inject({ method: 'POST', url: `/api/v1/track/${forTicket}/stop`, payload: { phone } });
  // Recipients are sealed (a new IV each time): compared after reading, never in SQL.
  const noticesTo = async (recipient: string, officeId?: string) =>
    (
      await t.handle.db
        .select({
          status: notificationOutbox.status,
          template: notificationOutbox.template,
          lastError: notificationOutbox.lastError,
          recipient: notificationOutbox.recipient,
          officeId: notificationOutbox.officeId,
        })
        .from(notificationOutbox)
    )
      .filter((n) => n.recipient === recipient && (!officeId || n.officeId === officeId))
      .map(({ status, template, lastError }) => ({ status, template, lastError }));
  const stopAudits = () =>
    t.handle.db
      .select({ targetId: auditLog.targetId, officeId: auditLog.officeId, after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.action, 'notice.stopped'));

  beforeAll(async () => {
    t = await createTestApp();
    const ids = await t.handle.db.select({ id: offices.id, slug: offices.slug }).from(offices);
    dumai = ids.find((o) => o.slug === 'dumai')?.id as string;
    dharmasraya = ids.find((o) => o.slug === 'dharmasraya')?.id as string;
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', await villageIn(t, '14.72'), {
        reporter: { name: 'Siti Aminah', phone: '0812-3456-7890', email: EMAIL },
      }),
    });
    expect(filed.statusCode, filed.body).toBe(201);
    ticket = filed.json().ticket;
    const [found] = await t.handle.db.select({ id: cases.id }).from(cases).where(eq(cases.ticket, ticket));
    // A notice already sent stays as it went; another office's notice to the same phone is its own.
    await t.handle.db.insert(notificationOutbox).values([
      {
        officeId: dumai,
        caseId: found?.id,
        channel: 'whatsapp',
        recipient: PHONE,
        template: 'case.verified',
        body: 'Sudah diverifikasi.',
        status: 'sent',
        sentAt: new Date(),
      },
      {
        officeId: dharmasraya,
        channel: 'whatsapp',
        recipient: PHONE,
        template: 'case.received',
        body: 'Laporan lain di kantor lain.',
      },
    ]);
  });
  afterAll(async () => t?.close());

  it('refuses another phone with a message on the field, and an unknown ticket with 404', async () => {
    const wrong = await stop(ticket, '0812-9999-0000');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields.phone).toBe('Nomor HP tidak sama dengan nomor saat melapor');
    const short = await stop(ticket, '0812');
    expect(short.statusCode).toBe(400);
    expect(short.json().fields.phone).toBe('Tulis nomor HP yang dipakai saat melapor');
    const unknown = generateTicket('DUM', (n) => new Uint8Array(n).fill(7));
    expect((await stop(unknown, '0812-3456-7890')).statusCode).toBe(404);
    expect((await stop('BUKAN-TIKET', '0812-3456-7890')).statusCode).toBe(404);
    expect((await noticesTo(PHONE)).filter((n) => n.status === 'stopped')).toEqual([]);
    expect((await recipientFlags(t.handle.db, dumai, PHONE)).stopped).toBe(false);
    expect(await stopAudits()).toEqual([]);
  });

  it('stops the waiting notices to the phone and the e-mail address, and marks both for later ones', async () => {
    t.clock.now = new Date();
    const response = await stop(ticket.toLowerCase(), '62 812 3456 7890');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ stopped: true });

    const toPhone = await noticesTo(PHONE, dumai);
    expect(toPhone.map((n) => n.status).sort()).toEqual(['sent', 'stopped']);
    expect(toPhone.find((n) => n.status === 'stopped')?.lastError).toBe('Penerima meminta berhenti');
    expect((await noticesTo(EMAIL)).map((n) => n.status)).toEqual(['stopped']);
    // The other office's notice to the same number waits on: the reporter asked this office.
    const [other] = await t.handle.db
      .select({ status: notificationOutbox.status })
      .from(notificationOutbox)
      .where(eq(notificationOutbox.officeId, dharmasraya));
    expect(other?.status).toBe('pending');

    // What the worker asks of each later notice.
    expect(await recipientFlags(t.handle.db, dumai, PHONE)).toEqual({ stopped: true, notOnWhatsapp: false });
    expect((await recipientFlags(t.handle.db, dumai, EMAIL)).stopped).toBe(true);
    expect((await recipientFlags(t.handle.db, dharmasraya, PHONE)).stopped).toBe(false);

    const audits = await stopAudits();
    expect(audits).toEqual([
      {
        targetId: ticket,
        officeId: dumai,
        after: { source: 'link', addresses: ['phone', 'email'], stoppedPending: 2 },
      },
    ]);
    expect(JSON.stringify(audits)).not.toMatch(/81234567890|siti\.aminah/);
  });
});
