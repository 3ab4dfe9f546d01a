import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OUTBOX_COUNT_CAP,
  type TManualLink,
  type TOutboxMessage,
  type TOutboxPage,
} from '../../../domain/notifications/schemas';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit/tables';
import { cases } from '../cases/tables';
import { offices } from '../offices/tables';
import { notificationOutbox } from './tables';

const PHONE = '+6281234567890';
const EMAIL = 'siti.aminah@contoh.id';

async function officeId(t: TestApp, slug: string): Promise<string> {
  const [office] = await t.handle.db.select({ id: offices.id }).from(offices).where(eq(offices.slug, slug));
  if (!office) throw new Error(slug);
  return office.id;
}

async function outboxPage(session: Session, query = ''): Promise<TOutboxPage> {
  const response = await session.request({ method: 'GET', url: `/api/v1/outbox${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** The audit rows of one action on one target (without the bigint id, so they print as JSON). */
async function auditOf(t: TestApp, action: string, targetId: string) {
  return t.handle.db
    .select({
      officeId: auditLog.officeId,
      actorUserId: auditLog.actorUserId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));
}

describe('the outbox page API', () => {
  let t: TestApp;
  let dumai: string;
  let coordinator: Session & { userId: string };
  let officer: Session & { userId: string };
  let elsewhere: Session;
  let ticket: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    dumai = await officeId(t, 'dumai');
    coordinator = await staffSession(t, { office: 'dumai', role: 'coordinator' });
    officer = await staffSession(t, { office: 'dumai', role: 'complaint_officer' });
    elsewhere = await staffSession(t, { office: 'dharmasraya', role: 'coordinator' });
    const village = await villageIn(t, '14.72');
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village, {
        reporter: { name: 'Siti Aminah', phone: '0812-3456-7890', email: EMAIL },
      }),
    });
    expect(filed.statusCode, filed.body).toBe(201);
    ticket = filed.json().ticket;
    const [found] = await t.handle.db.select({ id: cases.id }).from(cases).where(eq(cases.ticket, ticket));
    const caseId = found?.id ?? null;
    // What the worker leaves behind: a failure with the provider's reason, notices for a hand, a staff alert.
    const rows = await t.handle.db
      .insert(notificationOutbox)
      .values([
        {
          officeId: dumai,
          caseId,
          channel: 'sms',
          recipient: PHONE,
          template: 'case.verified',
          body: `Tiket ${ticket}: sudah diverifikasi.`,
          status: 'failed',
          attempts: 6,
          lastError: 'HTTP 400: invalid destination (code 21211)',
          failedAt: new Date(),
          fallbackFrom: 'whatsapp',
        },
        {
          officeId: dumai,
          caseId,
          channel: 'manual',
          recipient: PHONE,
          template: 'case.documents_requested',
          body: `Tiket ${ticket}: bawa KK & KTP ke kantor.`,
          nextAttemptAt: new Date('9999-01-01T00:00:00Z'),
        },
        {
          officeId: dumai,
          caseId,
          channel: 'manual',
          recipient: EMAIL,
          template: 'case.closed',
          body: `Tiket ${ticket} selesai.`,
          nextAttemptAt: new Date('9999-01-01T00:00:00Z'),
        },
        {
          officeId: dumai,
          caseId,
          channel: 'email',
          recipient: `user:${officer.userId}`,
          template: 'staff.sla_breached',
          body: `Tiket ${ticket} melewati batas waktu.`,
          status: 'delivered',
          sentAt: new Date(),
          deliveredAt: new Date(),
        },
      ])
      .returning({ id: notificationOutbox.id, template: notificationOutbox.template });
    for (const row of rows) ids[row.template] = row.id;
  });
  afterAll(async () => t?.close());

  it('lists the office notices newest first, each recipient masked and staff by name, with counts', async () => {
    const page = await outboxPage(coordinator);
    expect(page.total).toBe(6);
    expect(page.counts.byStatus).toMatchObject({ pending: 4, failed: 1, delivered: 1, sent: 0 });
    expect(page.counts.capped).toEqual([]);
    const raw = JSON.stringify(page);
    expect(raw).not.toContain('81234567890');
    expect(raw).not.toContain('siti.aminah');
    const byTemplate = (template: string) => page.items.filter((item) => item.template === template);
    expect(
      byTemplate('case.received')
        .map((item) => item.recipient)
        .sort(),
    ).toEqual(['+62812******90', 's***@c***.id']);
    const failed = byTemplate('case.verified')[0] as TOutboxMessage;
    expect(failed).toMatchObject({
      channel: 'sms',
      status: 'failed',
      attempts: 6,
      lastError: 'HTTP 400: invalid destination (code 21211)',
      fallbackFrom: 'whatsapp',
      kind: 'status',
      addressKind: 'mobile',
      ticket,
    });
    expect(failed.failedAt).not.toBeNull();
    const staff = byTemplate('staff.sla_breached')[0] as TOutboxMessage;
    expect(staff.recipient).toMatch(/^Petugas: Petugas Uji \d+$/);
    expect(staff).toMatchObject({ kind: 'staff', addressKind: 'staff', status: 'delivered' });
    // A manual notice waits for a hand, not a time; an ordinary pending one shows its next try.
    const received = byTemplate('case.received')[0] as TOutboxMessage;
    expect(received.nextAttemptAt).not.toBeNull();
    expect((byTemplate('case.documents_requested')[0] as TOutboxMessage).nextAttemptAt).toBeNull();
  });

  it('filters by status, channel, audience, kind and ticket, the counts following the other filters', async () => {
    const failed = await outboxPage(coordinator, '?status=failed');
    expect(failed.items.map((item) => item.template)).toEqual(['case.verified']);
    expect(failed.total).toBe(1);
    expect(failed.counts.byStatus.pending).toBe(4);

    const manual = await outboxPage(coordinator, '?channel=manual');
    expect(manual.items.map((item) => item.template).sort()).toEqual([
      'case.closed',
      'case.documents_requested',
    ]);
    expect(manual.counts.byStatus).toMatchObject({ pending: 2, failed: 0 });

    const staff = await outboxPage(coordinator, '?audience=staff');
    expect(staff.items.map((item) => item.template)).toEqual(['staff.sla_breached']);
    const reporters = await outboxPage(coordinator, '?audience=reporter');
    expect(reporters.total).toBe(5);

    const kinds = async (kind: string) =>
      (await outboxPage(coordinator, `?kind=${kind}`)).items.map((item) => item.template).sort();
    expect(await kinds('received')).toEqual(['case.received', 'case.received']);
    expect(await kinds('status')).toEqual(['case.verified']);
    expect(await kinds('documents_requested')).toEqual(['case.documents_requested']);
    expect(await kinds('closed')).toEqual(['case.closed']);
    expect(await kinds('staff')).toEqual(['staff.sla_breached']);
    expect(await kinds('dispute_answer')).toEqual([]);

    // A ticket however it is typed; one of no case, or another office's, matches nothing.
    const typed = ticket.toLowerCase().replaceAll('-', ' ');
    expect((await outboxPage(coordinator, `?ticket=${encodeURIComponent(typed)}`)).total).toBe(6);
    expect((await outboxPage(coordinator, `?ticket=${ticket}&status=pending&channel=email`)).total).toBe(1);
    expect((await outboxPage(coordinator, '?ticket=DUM-0000-0000')).total).toBe(0);
    expect((await outboxPage(elsewhere, `?ticket=${ticket}`)).total).toBe(0);

    const refused = await coordinator.request({ method: 'GET', url: '/api/v1/outbox?status=lost' });
    expect(refused.statusCode).toBe(400);
  });

  it('keeps each office to its own outbox, and the outbox to its roles', async () => {
    expect((await outboxPage(elsewhere)).items.some((item) => item.ticket === ticket)).toBe(false);
    for (const action of ['retry', 'manual-link', 'sent-by-hand'])
      expect(
        (
          await elsewhere.request({
            method: 'POST',
            url: `/api/v1/outbox/${ids['case.documents_requested']}/${action}`,
          })
        ).statusCode,
      ).toBe(404);
    const desk = await staffSession(t, { office: 'dumai', role: 'front_office' });
    expect((await desk.request({ method: 'GET', url: '/api/v1/outbox' })).statusCode).toBe(403);
  });

  it('pages by 50, newest first, with no row on two pages when many share a time', async () => {
    const at = new Date();
    await t.handle.db.insert(notificationOutbox).values(
      Array.from({ length: 60 }, (_, n) => ({
        officeId: dumai,
        channel: 'sms' as const,
        recipient: `+62813000000${String(n).padStart(2, '0')}`,
        template: 'case.note',
        body: `Pesan ${n}`,
        status: 'sent' as const,
        createdAt: at,
      })),
    );
    const first = await outboxPage(coordinator, '?status=sent');
    const second = await outboxPage(coordinator, '?status=sent&page=2');
    expect(first.total).toBe(60);
    expect(first.items).toHaveLength(50);
    expect(second.items).toHaveLength(10);
    const seen = new Set([...first.items, ...second.items].map((item) => item.id));
    expect(seen.size).toBe(60);
  });

  it('retries a failed notice as new, keeping its reason in the audit row; 409 for any other', async () => {
    const pending = await coordinator.request({
      method: 'POST',
      url: `/api/v1/outbox/${ids['case.documents_requested']}/retry`,
    });
    expect(pending.statusCode).toBe(409);
    expect(pending.json().message).toContain('gagal');

    t.clock.now = new Date();
    const retried = await coordinator.request({
      method: 'POST',
      url: `/api/v1/outbox/${ids['case.verified']}/retry`,
    });
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0, lastError: null, failedAt: null });
    const [row] = await t.handle.db
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.id, ids['case.verified'] as string));
    expect(row?.nextAttemptAt.getTime()).toBe(t.clock.now.getTime());
    const [audit] = await auditOf(t, 'notice.retried', ids['case.verified'] as string);
    expect(audit).toMatchObject({
      actorUserId: coordinator.userId,
      officeId: dumai,
      before: { status: 'failed', lastError: 'HTTP 400: invalid destination (code 21211)', attempts: 6 },
      after: { status: 'pending', attempts: 0 },
    });
    const again = await coordinator.request({
      method: 'POST',
      url: `/api/v1/outbox/${ids['case.verified']}/retry`,
    });
    expect(again.statusCode).toBe(409);
  });

  it('gives a manual notice its wa.me link once asked, never cached, audited without the number', async () => {
    const id = ids['case.documents_requested'] as string;
    const response = await officer.request({ method: 'POST', url: `/api/v1/outbox/${id}/manual-link` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const link: TManualLink = response.json();
    expect(link.kind).toBe('whatsapp');
    expect(link.text).toBe(`Tiket ${ticket}: bawa KK & KTP ke kantor.`);
    const url = new URL(link.url);
    expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/6281234567890');
    expect(url.searchParams.get('text')).toBe(link.text);
    const audits = await auditOf(t, 'notice.revealed', id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorUserId: officer.userId, after: { link: 'whatsapp', ticket } });
    expect(JSON.stringify(audits)).not.toContain('81234567890');

    const mail = await officer.request({
      method: 'POST',
      url: `/api/v1/outbox/${ids['case.closed']}/manual-link`,
    });
    expect(mail.statusCode).toBe(200);
    const mailto = new URL(mail.json().url);
    expect(mailto.protocol).toBe('mailto:');
    expect(mailto.pathname).toBe(EMAIL);
    expect(mailto.searchParams.get('subject')).toBe(`Laporan ${ticket}`);
    expect(JSON.stringify(await auditOf(t, 'notice.revealed', ids['case.closed'] as string))).not.toContain(
      'siti.aminah',
    );

    // Not a manual notice, or no longer waiting: no link.
    const [received] = (await outboxPage(coordinator, '?kind=received&channel=whatsapp')).items;
    const refused = await officer.request({
      method: 'POST',
      url: `/api/v1/outbox/${received?.id}/manual-link`,
    });
    expect(refused.statusCode).toBe(409);
    expect(await auditOf(t, 'notice.revealed', received?.id as string)).toEqual([]);
  });

  it('marks a manual notice sent by the officer who sent it, once', async () => {
    const id = ids['case.documents_requested'] as string;
    t.clock.now = new Date(Date.now() + 60_000);
    const response = await officer.request({ method: 'POST', url: `/api/v1/outbox/${id}/sent-by-hand` });
    expect(response.statusCode, response.body).toBe(200);
    const sent: TOutboxMessage = response.json();
    expect(sent.status).toBe('sent');
    expect(sent.sentAt).toBe(t.clock.now.toISOString());
    expect(sent.sentByHand).toMatch(/^Petugas Uji \d+$/);
    const [row] = await t.handle.db.select().from(notificationOutbox).where(eq(notificationOutbox.id, id));
    expect(row?.sentByHand).toBe(officer.userId);
    const [audit] = await auditOf(t, 'notice.sent_by_hand', id);
    expect(audit).toMatchObject({ actorUserId: officer.userId, after: { status: 'sent' } });
    expect((await outboxPage(coordinator, '?channel=manual&status=sent')).items[0]?.sentByHand).toBe(
      sent.sentByHand,
    );

    const twice = await officer.request({ method: 'POST', url: `/api/v1/outbox/${id}/sent-by-hand` });
    expect(twice.statusCode).toBe(409);
    expect(
      (await officer.request({ method: 'POST', url: `/api/v1/outbox/${id}/manual-link` })).statusCode,
    ).toBe(409);
  });

  it('counts each status among its newest 10,000 rows, and says when there are more', async () => {
    await t.handle.db.execute(sql`
      insert into notification_outbox (office_id, channel, recipient, template, body, status, created_at)
      select ${dumai}::uuid, 'sms', '+6281300000000', 'case.note', 'Pesan lama', 'read',
             now() - make_interval(secs => g)
      from generate_series(1, ${OUTBOX_COUNT_CAP + 1}) g`);
    const page = await outboxPage(coordinator, '?status=read');
    expect(page.counts.byStatus.read).toBe(OUTBOX_COUNT_CAP);
    expect(page.counts.capped).toEqual(['read']);
    expect(page).toMatchObject({ total: OUTBOX_COUNT_CAP, totalCapped: true });
    expect(page.items).toHaveLength(50);
    // Under a filter the newest 10,000 are what is counted: "at least" that many.
    const sms = await outboxPage(coordinator, '?channel=sms');
    expect(sms.counts.byStatus).toMatchObject({ read: OUTBOX_COUNT_CAP, pending: 1, sent: 60 });
    expect(sms.counts.capped).toEqual(['read']);
    const email = await outboxPage(coordinator, '?channel=email');
    expect(email.counts.byStatus.read).toBe(0);
    expect(email.counts.capped).toEqual(['read']);
    expect(email.totalCapped).toBe(true);
  });
});
