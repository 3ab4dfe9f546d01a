import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/auth/roles';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createStaff, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { users } from '../auth/tables';
import { sweepDeadlines } from '../case-handling/sweep';
import { cases } from '../cases/tables';
import { alertStaff } from './staff-alerts';
import { notificationOutbox, staffNotifications } from './tables';

type Account = { userId: string; session: Session };

describe('staff alerts', () => {
  let t: TestApp;
  let village: string;
  let coordinator: Account;

  const account = async (
    input: Omit<Parameters<typeof createStaff>[1], 'role'> & { role: Role },
    contact: { email?: string; phone?: string } = {},
  ): Promise<Account> => {
    const staff = await createStaff(t, input);
    if (contact.email || contact.phone)
      await t.handle.db
        .update(users)
        .set({ email: contact.email ?? null, phone: contact.phone ?? null })
        .where(eq(users.id, staff.id));
    return { userId: staff.id, session: await loginAs(t, staff) };
  };

  const file = async (office = 'dumai', villageCode = village) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport(office, villageCode),
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    const ticket = response.json().ticket as string;
    const [row] = await t.handle.db.select().from(cases).where(eq(cases.ticket, ticket));
    return { ticket, id: row?.id ?? '' };
  };

  const act = async (session: Session, ticket: string, payload: object) => {
    const response = await session.request({
      method: 'POST',
      url: `/api/v1/cases/${ticket}/actions`,
      payload,
    });
    if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
  };

  const alertsOf = (caseId: string, kind: string) =>
    t.handle.db
      .select()
      .from(staffNotifications)
      .where(and(eq(staffNotifications.caseId, caseId), eq(staffNotifications.kind, kind)));

  const staffNoticesOf = (caseId: string, template: string) =>
    t.handle.db
      .select()
      .from(notificationOutbox)
      .where(and(eq(notificationOutbox.caseId, caseId), eq(notificationOutbox.template, template)));

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2026-11-23T02:00:00Z'); // Monday 09:00 WIB
    village = await villageIn(t, '14.72.01');
    coordinator = await account({ office: 'dumai', role: 'coordinator' });
  });
  afterAll(async () => t.close());

  it('tells the officer a case is assigned to them: in the app, and by e-mail or WhatsApp only when the profile has one', async () => {
    const withEmail = await account(
      { office: 'dumai', role: 'social_worker' },
      { email: 'a@dinsos.example' },
    );
    const withPhone = await account({ office: 'dumai', role: 'social_worker' }, { phone: '+6281234500001' });
    const noContact = await account({ office: 'dumai', role: 'service_officer' });
    const { ticket, id } = await file();

    await act(coordinator.session, ticket, {
      type: 'assign',
      to: { kind: 'officer', userId: withEmail.userId },
    });
    const [first] = await alertsOf(id, 'assigned');
    expect(first).toMatchObject({
      userId: withEmail.userId,
      ticket,
      message: `Kasus ${ticket} ditugaskan kepada Anda.`,
    });
    const [mail] = await staffNoticesOf(id, 'staff.assigned');
    expect(mail).toMatchObject({
      recipient: `user:${withEmail.userId}`,
      channel: 'email',
      body: `Kasus ${ticket} ditugaskan kepada Anda.`,
      params: { ticket, message: `Kasus ${ticket} ditugaskan kepada Anda.` },
      status: 'pending',
    });

    const reassign = (userId: string) =>
      act(coordinator.session, ticket, {
        type: 'assign',
        to: { kind: 'officer', userId },
        reason: 'Pembagian beban kerja.',
      });
    await reassign(withPhone.userId);
    await reassign(noContact.userId);
    // The coordinator taking the case themselves is told nothing.
    await reassign(coordinator.userId);
    const alerted = (await alertsOf(id, 'assigned')).map((a) => a.userId);
    expect(alerted.sort()).toEqual([withEmail.userId, withPhone.userId, noContact.userId].sort());
    const notices = await staffNoticesOf(id, 'staff.assigned');
    expect(notices.map((n) => [n.recipient, n.channel]).sort()).toEqual(
      [
        [`user:${withEmail.userId}`, 'email'],
        [`user:${withPhone.userId}`, 'whatsapp'],
      ].sort(),
    );
  });

  it('tells exactly the partner accounts that may see a referral to their body', async () => {
    const hospital = await account(
      { office: 'dumai', role: 'partner', partnerName: 'RSJ Tampan' },
      { email: 'rsj@example.org' },
    );
    const hospitalDesk = await account({ office: 'dumai', role: 'partner', partnerName: 'RSJ Tampan' });
    await createStaff(t, { office: 'dumai', role: 'partner', partnerName: 'RSJ Tampan', active: false });
    const otherBody = await account({ office: 'dumai', role: 'partner', partnerName: 'Dinas Kesehatan' });
    const otherOffice = await account({ office: 'bekasi', role: 'partner', partnerName: 'RSJ Tampan' });
    // A social pillar is its kind (read from the account's name) in its district: the TKSK of the
    // case's district, not the PSM beside it nor the TKSK of another district.
    const pillarHere = await account({
      office: 'dumai',
      role: 'partner',
      districtCode: '14.72.01',
      partnerName: 'TKSK Kecamatan Dumai Kota',
    });
    const otherPillarHere = await account({
      office: 'dumai',
      role: 'partner',
      districtCode: '14.72.01',
      partnerName: 'PSM Kecamatan Dumai Kota',
    });
    const pillarElsewhere = await account({
      office: 'dumai',
      role: 'partner',
      districtCode: '14.72.02',
      partnerName: 'TKSK Kecamatan Dumai Barat',
    });
    const partners = [
      hospital,
      hospitalDesk,
      otherBody,
      otherOffice,
      pillarHere,
      otherPillarHere,
      pillarElsewhere,
    ];

    const toPartner = await file();
    await act(coordinator.session, toPartner.ticket, { type: 'verify' });
    await act(coordinator.session, toPartner.ticket, {
      type: 'refer',
      referral: {
        target: { kind: 'partner', partnerKind: 'rumah_sakit_jiwa', partnerId: hospital.userId },
        reason: 'Perlu perawatan psikiatri.',
        fieldsShared: ['name'],
        consent: { given: true },
      },
    });
    const toPillar = await file();
    await act(coordinator.session, toPillar.ticket, { type: 'verify' });
    await act(coordinator.session, toPillar.ticket, {
      type: 'refer',
      referral: {
        target: { kind: 'pillar', pillarKind: 'tksk' },
        reason: 'Pendampingan.',
        consent: { given: true },
      },
    });

    // Whoever sees the referral in their list was told of it, and nobody else.
    const seers = async (ticket: string) => {
      const out: string[] = [];
      for (const p of partners) {
        const items = (await p.session.request({ method: 'GET', url: '/api/v1/referrals' })).json().items;
        if (items.some((r: { ticket: string }) => r.ticket === ticket)) out.push(p.userId);
      }
      return out.sort();
    };
    for (const { ticket, id } of [toPartner, toPillar]) {
      const alerted = (await alertsOf(id, 'referral_received')).map((a) => a.userId).sort();
      expect(alerted).toEqual(await seers(ticket));
    }
    expect((await alertsOf(toPartner.id, 'referral_received')).map((a) => a.userId).sort()).toEqual(
      [hospital.userId, hospitalDesk.userId].sort(),
    );
    expect((await alertsOf(toPillar.id, 'referral_received')).map((a) => a.userId)).toEqual([
      pillarHere.userId,
    ]);
    const [mail] = await staffNoticesOf(toPartner.id, 'staff.referral_received');
    expect(mail).toMatchObject({ recipient: `user:${hospital.userId}`, channel: 'email' });
    expect(await staffNoticesOf(toPartner.id, 'staff.referral_received')).toHaveLength(1);
  });

  it('the deadline sweep tells the officer and the office coordinators of the warning and the breach, once', async () => {
    const officer = await account({ office: 'dumai', role: 'social_worker' }, { email: 'o@dinsos.example' });
    const secondCoordinator = await account(
      { office: 'dumai', role: 'coordinator' },
      { phone: '+6281234500002' },
    );
    await account({ office: 'dumai', role: 'kabid' }, { email: 'kabid@dinsos.example' });
    await account({ office: 'bekasi', role: 'coordinator' }, { email: 'bekasi@dinsos.example' });
    await createStaff(t, { office: 'dumai', role: 'coordinator', active: false });
    const { ticket, id } = await file();
    await act(coordinator.session, ticket, {
      type: 'assign',
      to: { kind: 'officer', userId: officer.userId },
    });
    // Opened eight hours ago, due in one: past 75% of its time.
    const now = t.clock.now.getTime();
    await t.handle.db
      .update(cases)
      .set({ openedAt: new Date(now - 8 * 3_600_000), dueAt: new Date(now + 3_600_000), stepDueAt: null })
      .where(eq(cases.id, id));
    const told = [officer.userId, coordinator.userId, secondCoordinator.userId].sort();

    expect((await sweepDeadlines(t.handle, t.clock.now)).warned).toBeGreaterThanOrEqual(1);
    await sweepDeadlines(t.handle, t.clock.now);
    const warnings = await alertsOf(id, 'sla_warning');
    expect(warnings.map((a) => a.userId).sort()).toEqual(told);
    expect(warnings[0]?.message).toBe(`Tenggat hampir habis (75% waktu terpakai): tiket ${ticket}.`);

    await sweepDeadlines(t.handle, new Date(now + 3_600_000 + 60_000));
    await sweepDeadlines(t.handle, new Date(now + 3_600_000 + 120_000));
    const breaches = await alertsOf(id, 'sla_breached');
    expect(breaches.map((a) => a.userId).sort()).toEqual(told);
    expect(breaches[0]?.message).toBe(`Tenggat layanan terlewati: tiket ${ticket}.`);

    // Outbox: the officer by e-mail, the second coordinator by WhatsApp; the first has no contact.
    for (const template of ['staff.sla_warning', 'staff.sla_breached'])
      expect((await staffNoticesOf(id, template)).map((n) => [n.recipient, n.channel]).sort()).toEqual(
        [
          [`user:${officer.userId}`, 'email'],
          [`user:${secondCoordinator.userId}`, 'whatsapp'],
        ].sort(),
      );
    const old = await t.handle.db
      .select()
      .from(notificationOutbox)
      .where(and(eq(notificationOutbox.caseId, id), like(notificationOutbox.template, 'case.sla%')));
    expect(old).toEqual([]);
  });

  it('the list API shows only the caller’s own notifications, 20 a page, and marks them read', async () => {
    const me = await account({ office: 'dumai', role: 'front_office' });
    const other = await account({ office: 'dumai', role: 'front_office' });
    const partner = await account({ office: 'dumai', role: 'partner', partnerName: 'Puskesos' });
    const { ticket, id } = await file();
    const base = Date.parse('2026-11-23T03:00:00Z');
    const officeId = await officeOf(me.userId);
    await t.handle.db.transaction(async (tx) => {
      for (let i = 0; i < 23; i++)
        await alertStaff(
          tx,
          { officeId, caseId: id, ticket, kind: 'assigned', userIds: [me.userId] },
          new Date(base + i * 60_000),
        );
      await alertStaff(
        tx,
        {
          officeId,
          caseId: id,
          ticket,
          kind: 'disputed',
          userIds: [other.userId],
        },
        new Date(base),
      );
    });
    const get = (session: Session, url: string) => session.request({ method: 'GET', url });
    const count = async (session: Session) =>
      (await get(session, '/api/v1/notifications/unread-count')).json().count as number;

    const first = (await get(me.session, '/api/v1/notifications')).json();
    expect(first.items).toHaveLength(20);
    expect(first.items[0]).toMatchObject({
      kind: 'assigned',
      ticket,
      readAt: null,
      createdAt: new Date(base + 22 * 60_000).toISOString(),
    });
    expect(first.next).toBeTruthy();
    const second = (await get(me.session, `/api/v1/notifications?cursor=${first.next}`)).json();
    expect(second.items).toHaveLength(3);
    expect(second.next).toBeNull();
    const mine = [...first.items, ...second.items].map((n: { id: string }) => n.id);
    expect(new Set(mine).size).toBe(23);
    expect(await count(me.session)).toBe(23);
    expect(await count(other.session)).toBe(1);
    expect(await count(partner.session)).toBe(0);

    // Another officer's notification is as good as absent.
    const [theirs] = (await get(other.session, '/api/v1/notifications')).json().items;
    expect(mine).not.toContain(theirs.id);
    const foreign = await me.session.request({
      method: 'POST',
      url: `/api/v1/notifications/${theirs.id}/read`,
    });
    expect(foreign.statusCode).toBe(404);
    expect(await count(other.session)).toBe(1);
    const malformed = await me.session.request({ method: 'POST', url: '/api/v1/notifications/abc/read' });
    expect(malformed.statusCode).toBe(400);

    const read = await me.session.request({ method: 'POST', url: `/api/v1/notifications/${mine[0]}/read` });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).toBe(t.clock.now.toISOString());
    expect(await count(me.session)).toBe(22);
    const unread = (await get(me.session, '/api/v1/notifications?unreadOnly=true')).json();
    expect(unread.items).toHaveLength(20);
    expect(unread.items.map((n: { id: string }) => n.id)).not.toContain(mine[0]);
    const unreadRest = (
      await get(me.session, `/api/v1/notifications?unreadOnly=true&cursor=${unread.next}`)
    ).json();
    expect(unreadRest.items).toHaveLength(2);

    const all = await me.session.request({ method: 'POST', url: '/api/v1/notifications/read-all' });
    expect(all.json()).toEqual({ marked: 22 });
    expect(await count(me.session)).toBe(0);
    expect(await count(other.session)).toBe(1);
    expect((await get(me.session, '/api/v1/notifications?unreadOnly=true')).json().items).toEqual([]);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/notifications/unread-count' })).statusCode,
    ).toBe(401);
    expect((await get(me.session, '/api/v1/notifications?cursor=zzz')).statusCode).toBe(400);
  });

  async function officeOf(userId: string): Promise<string> {
    const [row] = await t.handle.db
      .select({ officeId: users.officeId })
      .from(users)
      .where(eq(users.id, userId));
    return row?.officeId ?? '';
  }
});
