import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseDetail } from '../../../domain/cases/views';
import { bucketMiddle, durationBucket } from '../../../domain/dashboard/durations';
import { indicatorMask, indicatorRulesFor, indicatorsIn } from '../../../domain/dashboard/indicators';
import type { TDashboardFigures } from '../../../domain/dashboard/schemas';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createStaff, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { offices } from '../offices/tables';
import { countBy, type DirectScope, directCaseRows, directReferrals, inPeriod } from './direct-counts';
import { refreshDashboard } from './refresh';

const assessment = {
  condition: 'Berbicara sendiri, tidak mengenali keluarga.',
  needs: { items: ['rehabilitasi_sosial'], other: null },
  family: 'Tinggal dengan ibu.',
  identityDocumentsSeen: ['kk'],
  recommendedFollowUp: { outcome: 'rujukan', text: 'Dirujuk ke rumah sakit jiwa.' },
  gps: null,
  visitedAt: null,
};

const closing = {
  type: 'close',
  outcome: 'rujukan',
  deliveredAs: 'jasa',
  summary: 'Kasus ditangani sampai selesai sesuai standar.',
};

/** An account whose session can be opened again after the test clock jumps past its idle expiry. */
async function account(t: TestApp, input: Parameters<typeof createStaff>[1]) {
  const staff = await createStaff(t, input);
  return { userId: staff.id, login: () => loginAs(t, staff) };
}

async function act(session: Session, ticket: string, action: object): Promise<void> {
  const response = await session.request({
    method: 'POST',
    url: `/api/v1/cases/${ticket}/actions`,
    payload: action,
  });
  if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
}

async function figuresOf(session: Session, query = ''): Promise<TDashboardFigures> {
  const response = await session.request({ method: 'GET', url: `/api/v1/dashboard${query}` });
  if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
  return response.json();
}

const nonZero = (entries: [string, number][]) => Object.fromEntries(entries.filter(([, n]) => n > 0));

/** Every count the dashboard shows equals the same count taken straight from the cases. */
async function expectRollupsMatchCases(t: TestApp, session: Session, scope: DirectScope, query: string) {
  const figures = await figuresOf(session, query);
  const all = await directCaseRows(t.handle.db, scope, t.clock.now);
  const rows = inPeriod(all, scope);
  expect(figures.totals.received).toBe(rows.length);
  expect(nonZero(figures.byStatus.map((s) => [s.status, s.cases]))).toEqual(countBy(rows, 'status'));
  expect(nonZero(figures.byChannel.map((c) => [c.channel, c.cases]))).toEqual(countBy(rows, 'channel'));
  expect(nonZero(figures.byService.map((s) => [s.serviceCode, s.received]))).toEqual(
    countBy(rows, 'service_code'),
  );
  expect(nonZero(figures.byDistrict.map((d) => [d.districtCode, d.received]))).toEqual(
    countBy(rows, 'district_code'),
  );
  expect(nonZero(figures.byCategory.map((c) => [c.category, c.cases]))).toEqual(
    countBy(rows, 'ppks_category'),
  );
  expect(nonZero(figures.byMonth.map((m) => [m.month, m.received]))).toEqual(countBy(rows, 'month'));
  const count = (test: (row: (typeof rows)[number]) => boolean, list = rows) => list.filter(test).length;
  expect(figures.totals).toMatchObject({
    open: count((r) => r.open),
    closed: count((r) => r.status === 'closed'),
    declined: count((r) => r.status === 'rejected' || r.status === 'out_of_scope'),
    onTime: { onTime: count((r) => r.on_time), late: count((r) => r.late), noDue: count((r) => r.no_due) },
  });
  // The backlog is now, whenever a case was opened.
  expect(figures.backlog).toMatchObject({
    open: count((r) => r.open, all),
    overdue: count((r) => r.overdue, all),
    unassigned: count((r) => r.open && r.unassigned, all),
  });
  const rules = indicatorRulesFor('dumai');
  const expected: Record<string, number> = {};
  for (const row of rows)
    for (const code of indicatorsIn(
      indicatorMask(rules, {
        serviceCode: row.service_code,
        ppksCategory: row.ppks_category,
        referred: row.referred,
      }),
    ))
      expected[code] = (expected[code] ?? 0) + 1;
  expect(nonZero(figures.indicators.map((i) => [i.code, i.received]))).toEqual(expected);
  const referrals = await directReferrals(t.handle.db, scope);
  expect(figures.referrals.reduce((sum, r) => sum + r.total, 0)).toBe(
    referrals.reduce((sum, r) => sum + r.n, 0),
  );
  for (const r of referrals) {
    const body = figures.referrals.find(
      (b) => b.bodyKind === r.body_kind && (b.bodyName ?? '') === r.body_name,
    );
    const field = r.status === 'sent' ? 'pending' : r.status;
    expect(body?.[field as 'pending' | 'accepted' | 'declined' | 'done']).toBe(r.n);
  }
  return figures;
}

describe('dashboard rollups against the cases', () => {
  let t: TestApp;
  let officeId: string;
  let village: string;
  let otherVillage: string;
  let coordinator: Awaited<ReturnType<typeof account>>;
  let worker: Awaited<ReturnType<typeof account>>;
  let desk: Awaited<ReturnType<typeof account>>;
  let hospital: Awaited<ReturnType<typeof account>>;
  let kadis: Awaited<ReturnType<typeof account>>;
  const tickets: Record<string, string> = {};

  const scope = (changes: Partial<DirectScope> = {}): DirectScope => ({
    officeId,
    timeZone: 'Asia/Jakarta',
    from: '2025-12',
    to: '2026-11',
    ...changes,
  });
  const refresh = () => refreshDashboard(t.handle, t.clock.now);
  const fileReport = async (name: string, changes: Parameters<typeof sampleReport>[2]) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village, changes),
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    tickets[name] = response.json().ticket;
  };

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2026-10-14T02:00:00Z'); // a Wednesday of the previous month
    const [dumai] = await t.handle.db.select().from(offices).where(eq(offices.slug, 'dumai'));
    officeId = dumai?.id ?? '';
    village = await villageIn(t, '14.72');
    otherVillage = await villageIn(t, '14.72.02');
    [coordinator, worker, desk, hospital, kadis] = await Promise.all([
      account(t, { office: 'dumai', role: 'coordinator' }),
      account(t, { office: 'dumai', role: 'social_worker' }),
      account(t, { office: 'dumai', role: 'front_office' }),
      account(t, { office: 'dumai', role: 'partner', partnerName: 'Rumah Sakit Jiwa Tampan' }),
      account(t, { office: 'dumai', role: 'kadis' }),
    ]);
    await fileReport('october', {
      serviceCode: 'pengaduan',
      ppks: { category: 'keluarga-fakir-miskin', subcategory: null, other: null },
    });
    t.clock.now = new Date('2026-11-23T02:00:00Z'); // Monday 09:00 WIB
  });
  afterAll(async () => t.close());

  it('counts what intake brings in, from every channel', async () => {
    await fileReport('odgj', {
      serviceCode: 'odgj',
      ppks: { category: 'penyandang-disabilitas', subcategory: 'tuna-laras', other: null },
    });
    await fileReport('elderly', { serviceCode: 'lansia-terlantar-lksl' });
    await fileReport('general', { serviceCode: null });
    const session = await desk.login();
    const whatsapp = await session.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        details: { channel: 'whatsapp', contact: '0812 1111 2222' },
        report: sampleReport('dumai', otherVillage, { serviceCode: 'rekom-dtks' }),
      },
    });
    expect(whatsapp.statusCode).toBe(201);
    tickets.dtks = whatsapp.json().ticket;
    const first = await refresh();
    expect(first).toMatchObject({ rebuilt: true, done: true });
    const figures = await expectRollupsMatchCases(t, await kadis.login(), scope(), '');
    expect(figures.totals.received).toBe(5);
    expect(figures.asOf).toMatchObject({ refreshedAt: t.clock.now.toISOString(), pendingChanges: 0 });
  });

  it('follows actions, referrals, closing, reopening and the clock, under every filter', async () => {
    let boss = await coordinator.login();
    await act(boss, tickets.odgj as string, {
      type: 'assign',
      to: { kind: 'officer', userId: worker.userId },
    });
    await act(boss, tickets.odgj as string, { type: 'verify' });
    await act(boss, tickets.odgj as string, { type: 'request_documents', missing: ['Surat pengantar'] });
    await act(boss, tickets.elderly as string, { type: 'assign', to: { kind: 'division', code: 'rehsos' } });
    await act(boss, tickets.elderly as string, {
      type: 'reject',
      reason: 'Bukan warga Kota Dumai, diarahkan ke daerah asal.',
    });
    await act(boss, tickets.dtks as string, { type: 'verify' });
    await act(boss, tickets.dtks as string, {
      ...closing,
      outcome: 'terminasi',
      deliveredAs: 'administrasi',
    });
    await refresh();
    await expectRollupsMatchCases(t, await kadis.login(), scope(), '');

    t.clock.now = new Date('2026-11-24T03:00:00Z'); // Tuesday 10:00 WIB
    boss = await coordinator.login();
    await act(boss, tickets.odgj as string, { type: 'documents_received' });
    await act(boss, tickets.odgj as string, { type: 'assess', assessment });
    await act(boss, tickets.odgj as string, {
      type: 'refer',
      referral: {
        target: { kind: 'partner', partnerKind: 'rumah_sakit_jiwa', partnerId: hospital.userId },
        reason: 'Perlu perawatan psikiatri.',
        fieldsShared: ['name', 'condition'],
        consent: { given: true },
        dueDays: 3,
      },
    });
    const partner = await hospital.login();
    const [referral] = (await partner.request({ method: 'GET', url: '/api/v1/referrals' })).json().items;
    await partner.request({
      method: 'POST',
      url: `/api/v1/referrals/${referral.id}/actions`,
      payload: { type: 'accept' },
    });
    await refresh();
    await expectRollupsMatchCases(t, await kadis.login(), scope(), '');

    t.clock.now = new Date('2026-11-25T03:00:00Z');
    boss = await coordinator.login();
    await (await hospital.login()).request({
      method: 'POST',
      url: `/api/v1/referrals/${referral.id}/actions`,
      payload: { type: 'complete', report: 'Pasien dirawat dan kembali ke keluarga dengan pendampingan.' },
    });
    await act(boss, tickets.odgj as string, closing);
    await act(boss, tickets.dtks as string, {
      type: 'reopen',
      reason: 'Surat rekomendasi salah nama, diperbaiki.',
    });
    await refresh();
    const head = await kadis.login();
    await expectRollupsMatchCases(t, head, scope(), '');

    // Past every due time: the reopened case and the untouched report are overdue; closing now is late.
    t.clock.now = new Date('2026-12-08T03:00:00Z');
    boss = await coordinator.login();
    await act(boss, tickets.dtks as string, {
      ...closing,
      outcome: 'terminasi',
      deliveredAs: 'administrasi',
    });
    await refresh();
    const later = await kadis.login();
    const december = scope({ to: '2026-12' });
    const figures = await expectRollupsMatchCases(t, later, december, '?from=2025-12&to=2026-12');
    expect(figures.totals.onTime).toMatchObject({ onTime: 1, late: 1 });
    expect(figures.backlog.overdue).toBeGreaterThan(0);
    await expectRollupsMatchCases(
      t,
      later,
      scope({ to: '2026-12', serviceCode: 'odgj' }),
      '?to=2026-12&serviceCode=odgj',
    );
    await expectRollupsMatchCases(
      t,
      later,
      scope({ to: '2026-12', channel: 'whatsapp' }),
      '?to=2026-12&channel=whatsapp',
    );
    const district = otherVillage.split('.').slice(0, 3).join('.');
    await expectRollupsMatchCases(
      t,
      later,
      scope({ to: '2026-12', districtCode: district }),
      `?to=2026-12&districtCode=${district}`,
    );
    // The October report is outside a period that starts in November.
    await expectRollupsMatchCases(
      t,
      later,
      scope({ from: '2026-11', to: '2026-12' }),
      '?from=2026-11&to=2026-12',
    );
  });

  it('gives times per service and per step within a bucket of the case page, and the board of the workload page', async () => {
    const head = await kadis.login();
    const figures = await figuresOf(head, '?to=2026-12');
    const boss = await coordinator.login();
    const detail: TCaseDetail = (
      await boss.request({ method: 'GET', url: `/api/v1/cases/${tickets.odgj}` })
    ).json();
    const odgjSteps = figures.steps.find((s) => s.serviceCode === 'odgj')?.steps ?? [];
    const done = detail.steps.filter((s) => s.state === 'done' && s.minutesTaken !== null);
    expect(odgjSteps.length).toBeGreaterThan(0);
    for (const step of odgjSteps) {
      const taken = done.find((s) => s.index === step.index)?.minutesTaken as number;
      expect(step.times.medianMinutes).toBe(Math.round(bucketMiddle(durationBucket(taken))));
    }
    const odgj = figures.byService.find((s) => s.serviceCode === 'odgj');
    expect(odgj?.times.count).toBe(1);
    const board = (await boss.request({ method: 'GET', url: '/api/v1/workload' })).json().items;
    const byId = (rows: { userId: string }[]) => [...rows].sort((a, b) => a.userId.localeCompare(b.userId));
    expect(byId(figures.workload)).toEqual(byId(board));
  });

  it('rebuilds to the same figures it kept up incrementally', async () => {
    const head = await kadis.login();
    const before = await figuresOf(head, '?to=2026-12');
    const rebuilt = await refreshDashboard(t.handle, t.clock.now, { rebuild: true });
    expect(rebuilt).toMatchObject({ rebuilt: true, done: true, cases: 5 });
    const after = await figuresOf(head, '?to=2026-12');
    expect({ ...after, asOf: null }).toEqual({ ...before, asOf: null });
  });

  it('lets heads, coordinators and the administrator in, each seeing their own office only', async () => {
    for (const role of ['front_office', 'social_worker', 'partner'] as const) {
      const session = await (await account(t, { office: 'dumai', role, partnerName: 'TKSK' })).login();
      expect((await session.request({ method: 'GET', url: '/api/v1/dashboard' })).statusCode).toBe(403);
    }
    const operator = await (
      await account(t, { office: 'dumai', role: 'district_operator', districtCode: '14.72.01' })
    ).login();
    expect((await operator.request({ method: 'GET', url: '/api/v1/dashboard' })).statusCode).toBe(403);
    const admin = await (await account(t, { office: 'dumai', role: 'admin' })).login();
    expect((await figuresOf(admin, '?to=2026-12')).totals.received).toBe(5);
    const bekasi = await (await account(t, { office: 'bekasi', role: 'kabid' })).login();
    const theirs = await figuresOf(bekasi, `?to=2026-12&officeId=${officeId}`);
    expect(theirs.office.slug).toBe('bekasi');
    expect(theirs.totals.received).toBe(0);
    expect(theirs.indicators.map((i) => i.code)).toEqual([
      'neglected_persons',
      'dtks',
      'cash_aid',
      'social_referrals',
    ]);
    const reversed = await bekasi.request({
      method: 'GET',
      url: '/api/v1/dashboard?from=2026-12&to=2026-01',
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().fields.from).toMatch(/Bulan awal/);
  });

  it('takes in a case filed after the last run on the next run, though intake has no trigger', async () => {
    const head = await kadis.login();
    await fileReport('late', { serviceCode: 'pengaduan' });
    expect((await figuresOf(head, '?to=2026-12')).totals.received).toBe(5);
    expect(await refresh()).toMatchObject({ rebuilt: false, done: true, cases: 1 });
    const figures = await expectRollupsMatchCases(t, head, scope({ to: '2026-12' }), '?to=2026-12');
    expect(figures.totals.received).toBe(6);
    // The case has its fact now: the next run finds nothing to queue.
    expect((await refresh()).cases).toBe(0);
  });
});
