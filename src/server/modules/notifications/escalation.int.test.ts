import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/auth/roles';
import { effectiveNotificationSettings } from '../../../domain/notifications/settings';
import { forgetOfficeContext } from '../../reference/office-context';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createStaff, createTestApp, loginAs, type TestApp } from '../../testing/test-app';
import { users } from '../auth/tables';
import { sweepDeadlines } from '../case-handling/sweep';
import { caseEvents, cases } from '../cases/tables';
import { offices } from '../offices/tables';
import { escalateBreaches } from './escalation';
import { notificationOutbox, staffNotifications } from './tables';

// Dumai keeps the default hours: Monday-Thursday 08:00-16:00, Friday 08:00-16:30 WIB (UTC+7).
const FRIDAY_1359 = new Date('2026-11-27T06:59:00Z');
const FRIDAY_1400 = new Date('2026-11-27T07:00:00Z');

describe('escalation of a breach to the Kabid, then the Kadis', () => {
  let t: TestApp;
  const heads: Record<string, Record<'kabid' | 'kadis', string[]>> = {};

  const staff = async (office: string, role: Role, contact: { email?: string; phone?: string } = {}) => {
    const account = await createStaff(t, { office, role });
    if (contact.email || contact.phone)
      await t.handle.db
        .update(users)
        .set({ email: contact.email ?? null, phone: contact.phone ?? null })
        .where(eq(users.id, account.id));
    // Sessions end after a day without use: each action signs in again at the test clock's time.
    return { id: account.id, session: () => loginAs(t, account) };
  };

  /** A case of the office whose deadline is Friday 13:59, so the sweep at 14:00 finds it breached. */
  const breachOnFriday = async (office: string, region: string) => {
    t.clock.now = new Date('2026-11-26T03:00:00Z'); // Thursday 10:00 WIB
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport(office, await villageIn(t, region)),
    });
    const ticket = response.json().ticket as string;
    await t.handle.db
      .update(cases)
      .set({ dueAt: FRIDAY_1359, stepDueAt: null, visitDueAt: null })
      .where(eq(cases.ticket, ticket));
    const [row] = await t.handle.db.select().from(cases).where(eq(cases.ticket, ticket));
    return { ticket, id: row?.id ?? '' };
  };

  const caseRow = async (id: string) => (await t.handle.db.select().from(cases).where(eq(cases.id, id)))[0];
  const escalated = (caseId: string) =>
    t.handle.db
      .select()
      .from(staffNotifications)
      .where(and(eq(staffNotifications.caseId, caseId), eq(staffNotifications.kind, 'escalated')));
  const at = (iso: string) => escalateBreaches(t.handle, new Date(iso));

  beforeAll(async () => {
    t = await createTestApp();
    for (const office of ['dumai', 'pekanbaru']) {
      heads[office] = {
        kabid: [
          (await staff(office, 'kabid', { email: `kabid@${office}.example` })).id,
          (await staff(office, 'kabid')).id,
        ],
        kadis: [(await staff(office, 'kadis', { phone: '+6281200000001' })).id],
      };
      await createStaff(t, { office, role: 'kabid', active: false });
    }
    await staff('bekasi', 'kabid', { email: 'kabid@bekasi.example' });
  });
  afterAll(async () => t.close());

  it('a breach on Friday afternoon reaches the Kabid after 8 working hours (not over the weekend), the Kadis after 16', async () => {
    const { ticket, id } = await breachOnFriday('dumai', '14.72');
    await sweepDeadlines(t.handle, FRIDAY_1400);
    // 14:00-16:30 on Friday is 2.5 hours; the other 5.5 are Monday 08:00-13:30.
    expect(await caseRow(id)).toMatchObject({
      breachedAt: FRIDAY_1400,
      escalationLevel: 0,
      escalateAt: new Date('2026-11-30T06:30:00Z'),
    });

    for (const when of [
      '2026-11-27T09:30:00Z', // Friday closing
      '2026-11-28T05:00:00Z', // Saturday noon
      '2026-11-29T12:00:00Z', // Sunday evening
      '2026-11-30T06:29:00Z', // Monday 13:29
    ])
      await at(when);
    expect(await escalated(id)).toEqual([]);

    const monday = await at('2026-11-30T06:30:00Z');
    expect(monday.kabid).toBeGreaterThanOrEqual(1);
    const toKabid = await escalated(id);
    expect(toKabid.map((a) => a.userId).sort()).toEqual([...(heads.dumai?.kabid ?? [])].sort());
    expect(toKabid[0]?.message).toBe(
      `Eskalasi ke Kepala Bidang: tiket ${ticket} sudah 8 jam kerja melewati tenggat dan belum selesai.`,
    );
    // 2.5 hours Friday, 8 Monday, 5.5 Tuesday: the Kadis on Tuesday 13:30.
    expect(await caseRow(id)).toMatchObject({
      escalationLevel: 1,
      escalateAt: new Date('2026-12-01T06:30:00Z'),
    });
    const mail = await t.handle.db
      .select()
      .from(notificationOutbox)
      .where(and(eq(notificationOutbox.caseId, id), eq(notificationOutbox.template, 'staff.escalated')));
    expect(mail.map((m) => [m.recipient, m.channel])).toEqual([[`user:${heads.dumai?.kabid[0]}`, 'email']]);

    await at('2026-11-30T06:31:00Z');
    await at('2026-12-01T06:29:00Z');
    expect(await escalated(id)).toHaveLength(2);

    await at('2026-12-01T06:30:00Z');
    const all = await escalated(id);
    const toKadis = all.filter((a) => heads.dumai?.kadis.includes(a.userId));
    expect(toKadis).toHaveLength(1);
    expect(toKadis[0]?.message).toBe(
      `Eskalasi ke Kepala Dinas: tiket ${ticket} sudah 16 jam kerja melewati tenggat dan belum selesai.`,
    );
    expect(await caseRow(id)).toMatchObject({ escalationLevel: 2, escalateAt: null });
    await at('2026-12-10T06:30:00Z');
    expect(await escalated(id)).toHaveLength(3);

    // Each escalation is on the timeline, for staff only.
    const events = await t.handle.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, id), eq(caseEvents.type, 'escalated')));
    expect(events.map((e) => [e.public, e.data])).toEqual([
      [false, { level: 1, to: 'kabid', told: 2 }],
      [false, { level: 2, to: 'kadis', told: 1 }],
    ]);
    const tracking = (await t.app.inject({ method: 'GET', url: `/api/v1/track/${ticket}` })).json();
    expect(JSON.stringify(tracking)).not.toMatch(/Eskalasi/);
  });

  it('follows the hours in the office settings', async () => {
    const [office] = await t.handle.db.select().from(offices).where(eq(offices.slug, 'pekanbaru'));
    const settings = effectiveNotificationSettings(null, office?.regionName ?? '');
    await t.handle.db
      .update(offices)
      .set({ notificationSettings: { ...settings, escalation: { kabidAfterHours: 3, kadisAfterHours: 6 } } })
      .where(eq(offices.slug, 'pekanbaru'));
    forgetOfficeContext();
    const { id } = await breachOnFriday('pekanbaru', '14.71');
    await sweepDeadlines(t.handle, FRIDAY_1400);
    // 2.5 hours on Friday, half an hour on Monday.
    expect((await caseRow(id))?.escalateAt).toEqual(new Date('2026-11-30T01:30:00Z'));
    await at('2026-11-30T01:30:00Z');
    expect((await escalated(id)).map((a) => a.userId).sort()).toEqual(
      [...(heads.pekanbaru?.kabid ?? [])].sort(),
    );
    expect((await caseRow(id))?.escalateAt).toEqual(new Date('2026-11-30T04:30:00Z'));
    await at('2026-11-30T04:30:00Z');
    expect((await escalated(id)).map((a) => a.userId)).toEqual(
      expect.arrayContaining(heads.pekanbaru?.kadis ?? ['-']),
    );
  });

  it('never escalates a case rejected after its breach', async () => {
    const coordinator = await staff('dumai', 'coordinator');
    const { ticket, id } = await breachOnFriday('dumai', '14.72');
    await sweepDeadlines(t.handle, FRIDAY_1400);
    t.clock.now = new Date('2026-11-27T08:00:00Z');
    const rejected = await (await coordinator.session()).request({
      method: 'POST',
      url: `/api/v1/cases/${ticket}/actions`,
      payload: { type: 'reject', reason: 'Data tidak dapat diverifikasi.' },
    });
    expect(rejected.statusCode).toBe(200);
    const result = await at('2026-11-30T06:30:00Z');
    expect(result.cleared).toBeGreaterThanOrEqual(1);
    expect(await escalated(id)).toEqual([]);
    expect(await caseRow(id)).toMatchObject({ escalateAt: null, escalationLevel: 0 });
    await at('2026-12-05T06:30:00Z');
    expect(await escalated(id)).toEqual([]);
  });

  it('time spent waiting for the reporter’s documents after the breach does not count', async () => {
    const coordinator = await staff('dumai', 'coordinator');
    const { ticket, id } = await breachOnFriday('dumai', '14.72');
    await sweepDeadlines(t.handle, FRIDAY_1400);
    const act = async (payload: object) => {
      const response = await (await coordinator.session()).request({
        method: 'POST',
        url: `/api/v1/cases/${ticket}/actions`,
        payload,
      });
      expect(response.statusCode).toBe(200);
    };
    t.clock.now = new Date('2026-11-27T07:10:00Z'); // Friday 14:10: documents requested
    await act({ type: 'request_documents', missing: ['Fotokopi KK'] });
    // Paused when the Kabid's time comes: nobody is told.
    await at('2026-11-30T06:30:00Z');
    expect(await escalated(id)).toEqual([]);

    t.clock.now = new Date('2026-12-01T02:00:00Z'); // Tuesday 09:00: documents received
    await act({ type: 'documents_received' });
    expect((await caseRow(id))?.breachedAt).toEqual(FRIDAY_1400);
    const resumed = await at('2026-12-01T02:00:00Z');
    expect(resumed.postponed).toBeGreaterThanOrEqual(1);
    // 8 working hours plus the 11h20 paused (Friday 14:10-16:30, Monday, Tuesday 08:00-09:00): 19h20
    // from Friday 14:00 → Friday 2.5, Monday 8, Tuesday 8, Wednesday 0h50: Wednesday 08:50.
    expect(await caseRow(id)).toMatchObject({
      escalationLevel: 0,
      escalateAt: new Date('2026-12-02T01:50:00Z'),
    });
    expect(await escalated(id)).toEqual([]);
    await at('2026-12-02T01:50:00Z');
    expect((await escalated(id)).map((a) => a.userId).sort()).toEqual([...(heads.dumai?.kabid ?? [])].sort());
  });
});
