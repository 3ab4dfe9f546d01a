import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSkmScores } from '../../../domain/survey/schemas';
import { sampleReport, villageIn } from '../../testing/sample-report';
import {
  createStaff,
  createTestApp,
  loginAs,
  type Session,
  staffSession,
  type TestApp,
} from '../../testing/test-app';
import { auditLog } from '../audit/tables';
import { cases } from '../cases/tables';
import { notificationOutbox } from '../notifications/tables';
import { surveyResponses } from './tables';

const PHONE = '0812-3456-7890';
const SERVICE = 'lansia-terlantar-lksl';

const atDesk = (session: Session, body: object) =>
  session.request({ method: 'POST', url: '/api/v1/surveys', payload: body });

/** Nine scores in the order of the elements. */
function scores(...values: number[]): TSkmScores {
  const [requirements, procedure, time, cost, product, competence, behaviour, complaints, facilities] =
    values as [number, number, number, number, number, number, number, number, number];
  return { requirements, procedure, time, cost, product, competence, behaviour, complaints, facilities };
}

describe('the satisfaction survey (SKM) and its index (IKM)', () => {
  let t: TestApp;
  let coordinator: Session;
  let frontOffice: Session & { userId: string };
  let village: string;

  /** A report filed on the public form, verified; closed (or otherwise ended) when asked. */
  async function openCase(serviceCode: string | null = SERVICE): Promise<string> {
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village, { serviceCode }),
    });
    if (filed.statusCode !== 201) throw new Error(filed.body);
    const ticket: string = filed.json().ticket;
    await act(ticket, { type: 'verify' });
    return ticket;
  }

  async function act(ticket: string, action: object): Promise<void> {
    const response = await coordinator.request({
      method: 'POST',
      url: `/api/v1/cases/${ticket}/actions`,
      payload: action,
    });
    if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
  }

  async function closedCase(serviceCode: string | null = SERVICE): Promise<string> {
    const ticket = await openCase(serviceCode);
    await act(ticket, {
      type: 'close',
      outcome: 'terminasi',
      deliveredAs: 'jasa',
      summary: 'Lansia diantar ke LKSLU dan diterima.',
    });
    return ticket;
  }

  const answer = (ticket: string, body: object) =>
    t.app.inject({ method: 'POST', url: `/api/v1/track/${ticket}/survey`, payload: body });
  const track = async (ticket: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/track/${ticket}` })).json();
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2026-11-23T02:00:00Z'); // Monday 09:00 WIB
    village = await villageIn(t, '14.72');
    coordinator = await staffSession(t, { office: 'dumai', role: 'coordinator' });
    frontOffice = await staffSession(t, { office: 'dumai', role: 'front_office' });
  });
  afterAll(async () => t.close());

  it('is offered once a case is closed: the closing notice links to it, the reporter answers once', async () => {
    const ticket = await openCase();
    expect((await track(ticket)).survey).toBe('unavailable');
    const early = await answer(ticket, { phone: PHONE, scores: scores(4, 4, 4, 4, 4, 4, 4, 4, 4) });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'SURVEY_NOT_OPEN' });

    await act(ticket, {
      type: 'close',
      outcome: 'terminasi',
      deliveredAs: 'jasa',
      summary: 'Lansia diantar ke LKSLU dan diterima.',
    });
    expect((await track(ticket)).survey).toBe('open');
    const [row] = await t.handle.db.select({ id: cases.id }).from(cases).where(eq(cases.ticket, ticket));
    const notices = await t.handle.db
      .select({ template: notificationOutbox.template, body: notificationOutbox.body })
      .from(notificationOutbox)
      .where(eq(notificationOutbox.caseId, row?.id ?? ''));
    expect(notices.find((n) => n.template === 'case.closed')?.body).toContain(
      `https://layanan.example.go.id/dumai/lacak?tiket=${ticket}&dari=pesan#survei`,
    );
    // Notices before the closing still only point at the tracking page.
    expect(notices.find((n) => n.template === 'case.verified')?.body).not.toContain('#survei');

    const wrongPhone = await answer(ticket, {
      phone: '0813 0000 0000',
      scores: scores(4, 4, 4, 4, 4, 4, 4, 4, 4),
    });
    expect(wrongPhone.statusCode).toBe(400);
    expect(wrongPhone.json().fields).toEqual({ phone: 'Nomor HP tidak sama dengan nomor saat melapor' });

    const answered = await answer(ticket, {
      phone: '+62 812 3456 7890',
      scores: scores(4, 3, 3, 4, 3, 4, 4, 3, 3),
      comment: 'Petugas ramah, tapi menunggu agak lama.',
      respondent: { sex: 'perempuan', ageBand: '40_49', education: 'sma', occupation: 'wirausaha' },
      via: 'notice_link',
    });
    expect(answered.statusCode).toBe(201);
    expect(answered.json()).toMatchObject({ ticket, status: 'closed', survey: 'answered' });
    expect(answered.body).not.toMatch(/0812|3456|Mak Ijah|Petugas ramah|wirausaha/);
    const [saved] = await t.handle.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.caseId, row?.id ?? ''));
    expect(saved).toMatchObject({
      source: 'notice_link',
      serviceCode: SERVICE,
      scoreRequirements: 4,
      scoreFacilities: 3,
      comment: 'Petugas ramah, tapi menunggu agak lama.',
      respondent: { sex: 'perempuan', ageBand: '40_49', education: 'sma', occupation: 'wirausaha' },
      recordedBy: null,
    });

    const again = await answer(ticket, { phone: PHONE, scores: scores(1, 1, 1, 1, 1, 1, 1, 1, 1) });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({
      code: 'SURVEY_ALREADY_ANSWERED',
      message: 'Survei kepuasan untuk tiket ini sudah diisi. Terima kasih atas penilaian Anda.',
    });
    // Reopened by the reporter's dispute, the case keeps its one answer.
    const disputed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/track/${ticket}/dispute`,
      payload: { phone: PHONE, reason: 'Ternyata bantuan belum diterima keluarga.' },
    });
    expect(disputed.json()).toMatchObject({ status: 'in_progress', survey: 'answered' });
  });

  it('is offered after a rejection but not when the matter is not the office’s, and names bad fields', async () => {
    const rejected = await openCase();
    await act(rejected, { type: 'reject', reason: 'Pemohon tidak berdomisili di Kota Dumai.' });
    expect((await track(rejected)).survey).toBe('open');
    const outOfScope = await openCase();
    await act(outOfScope, { type: 'out_of_scope', reason: 'Urusan sengketa tanah.', referTo: 'BPN' });
    expect((await track(outOfScope)).survey).toBe('unavailable');
    const refused = await answer(outOfScope, { phone: PHONE, scores: scores(2, 2, 2, 2, 2, 2, 2, 2, 2) });
    expect(refused.json().code).toBe('SURVEY_NOT_OPEN');

    const incomplete = await answer(rejected, {
      phone: PHONE,
      scores: { ...scores(2, 2, 2, 2, 2, 2, 2, 2, 2), cost: 5, time: undefined },
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().fields).toEqual({
      'scores.time': 'Pilih jawaban untuk unsur Waktu penyelesaian',
      'scores.cost': 'Jawaban untuk unsur Biaya/tarif harus bernilai 1 sampai 4',
    });
    const unknown = await answer('DUM-0000-0000', {
      phone: PHONE,
      scores: scores(2, 2, 2, 2, 2, 2, 2, 2, 2),
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('takes answers at the front desk for a ticket, a service or none, audited with the officer', async () => {
    const ticket = await closedCase();
    const forTicket = await atDesk(frontOffice, { ticket, scores: scores(3, 3, 3, 4, 3, 3, 3, 3, 3) });
    expect(forTicket.statusCode).toBe(201);
    expect(forTicket.json()).toMatchObject({ ticket, serviceCode: SERVICE });
    expect((await track(ticket)).survey).toBe('answered');
    const twice = await atDesk(frontOffice, { ticket, scores: scores(3, 3, 3, 4, 3, 3, 3, 3, 3) });
    expect(twice.statusCode).toBe(409);

    const forService = await atDesk(frontOffice, {
      serviceCode: 'rekom-dtks',
      scores: scores(4, 4, 4, 4, 4, 4, 4, 4, 4),
    });
    expect(forService.statusCode).toBe(201);
    const general = await atDesk(frontOffice, { scores: scores(2, 2, 2, 4, 2, 2, 2, 2, 2), comment: '' });
    expect(general.json()).toMatchObject({ ticket: null, serviceCode: null });
    const [saved] = await t.handle.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.id, forService.json().id));
    expect(saved).toMatchObject({ source: 'front_desk', recordedBy: frontOffice.userId, caseId: null });
    const audits = await t.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'survey.recorded'), eq(auditLog.actorUserId, frontOffice.userId)));
    expect(audits).toHaveLength(3);

    const unknownService = await atDesk(frontOffice, {
      serviceCode: 'tidak-ada',
      scores: scores(4, 4, 4, 4, 4, 4, 4, 4, 4),
    });
    expect(unknownService.json().fields).toEqual({ serviceCode: 'Layanan tidak ada di katalog kantor ini' });
    const running = await openCase();
    expect(
      (await atDesk(frontOffice, { ticket: running, scores: scores(4, 4, 4, 4, 4, 4, 4, 4, 4) })).statusCode,
    ).toBe(409);
    // Another office's case is not found from here.
    const bekasiDesk = await staffSession(t, { office: 'bekasi', role: 'front_office' });
    const elsewhere = await atDesk(bekasiDesk, { ticket, scores: scores(4, 4, 4, 4, 4, 4, 4, 4, 4) });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('lets only the leaders and the administrator read the IKM, for their own office', async () => {
    const query = '/api/v1/surveys/ikm?from=2026-01&to=2026-12';
    expect((await t.app.inject({ method: 'GET', url: query })).statusCode).toBe(401);
    const partner = await staffSession(t, { office: 'dumai', role: 'partner', partnerName: 'RSJ Tampan' });
    expect((await partner.request({ method: 'GET', url: query })).statusCode).toBe(403);
    expect((await frontOffice.request({ method: 'GET', url: query })).statusCode).toBe(403);
    const worker = await staffSession(t, { office: 'dumai', role: 'social_worker' });
    expect((await worker.request({ method: 'GET', url: query })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/surveys', payload: {} })).statusCode).toBe(
      401,
    );
    expect(
      (
        await partner.request({
          method: 'POST',
          url: '/api/v1/surveys',
          payload: { scores: scores(4, 4, 4, 4, 4, 4, 4, 4, 4) },
        })
      ).statusCode,
    ).toBe(403);
    for (const role of ['kadis', 'kabid', 'coordinator', 'admin'] as const) {
      const leader = await staffSession(t, { office: 'dumai', role });
      expect((await leader.request({ method: 'GET', url: query })).statusCode).toBe(200);
    }
    const badPeriod = await coordinator.request({
      method: 'GET',
      url: '/api/v1/surveys/ikm?from=2026-12&to=2026-01',
    });
    expect(badPeriod.json().fields).toEqual({ to: 'Bulan akhir tidak boleh sebelum bulan awal' });
  });
});

describe('the IKM report, against a hand computation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('gives the index overall, per service, per element and per month of the office (WIB)', async () => {
    const dumaiDesk = await createStaff(t, { office: 'dumai', role: 'front_office' });
    const pekanbaruDesk = await createStaff(t, { office: 'pekanbaru', role: 'front_office' });
    // Signed in afresh at each moment: a session ends after hours without use.
    const record = async (desk: typeof dumaiDesk, at: string, body: object) => {
      t.clock.now = new Date(at);
      const response = await atDesk(await loginAs(t, desk), body);
      if (response.statusCode !== 201) throw new Error(response.body);
    };
    // October (WIB): two answers for the elderly service.
    await record(dumaiDesk, '2026-10-05T03:00:00Z', {
      serviceCode: SERVICE,
      scores: scores(4, 3, 3, 4, 3, 4, 4, 3, 3),
    });
    await record(dumaiDesk, '2026-10-31T16:59:00Z', {
      serviceCode: SERVICE,
      scores: scores(3, 3, 2, 4, 3, 3, 4, 3, 2),
    });
    // 30 November 18:00 UTC is already 1 December 01:00 in Dumai: December.
    await record(dumaiDesk, '2026-11-30T18:00:00Z', {
      serviceCode: 'rekom-dtks',
      scores: scores(4, 4, 3, 4, 4, 4, 4, 4, 3),
    });
    await record(dumaiDesk, '2026-12-10T03:00:00Z', { scores: scores(3, 2, 2, 4, 3, 3, 3, 2, 3) });
    // Outside the period, and another office: neither counts.
    await record(dumaiDesk, '2026-09-30T16:59:00Z', { scores: scores(1, 1, 1, 1, 1, 1, 1, 1, 1) });
    await record(pekanbaruDesk, '2026-10-05T03:00:00Z', { scores: scores(1, 1, 1, 1, 1, 1, 1, 1, 1) });

    const kadis = await staffSession(t, { office: 'dumai', role: 'kadis' });
    const response = await kadis.request({
      method: 'GET',
      url: '/api/v1/surveys/ikm?from=2026-10&to=2026-12',
    });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.from).toBe('2026-09-30T17:00:00.000Z');
    expect(report.to).toBe('2026-12-31T17:00:00.000Z');
    // By hand, the four answers in the period: element sums 14, 12, 10, 16, 13, 14, 15, 12, 11 (117 in
    // all, the worked example of the domain's tests): NRR 3.5, 3, 2.5, 4, 3.25, 3.5, 3.75, 3, 2.75;
    // IKM = 25 × 29.25 / 9 = 81.25, B.
    expect(report.overall).toEqual({
      respondents: 4,
      elementAverages: {
        requirements: 3.5,
        procedure: 3,
        time: 2.5,
        cost: 4,
        product: 3.25,
        competence: 3.5,
        behaviour: 3.75,
        complaints: 3,
        facilities: 2.75,
      },
      index: 81.25,
      grade: { grade: 'B', label: 'Baik' },
    });
    // Per service: elderly 58 / 2 answers → 25 × 58 / 18 = 80.56 (B); DTKS 34 → 25 × 34 / 9 = 94.44 (A);
    // the general answer 25 → 25 × 25 / 9 = 69.44 (C).
    expect(
      report.byService.map(
        (s: {
          serviceCode: string | null;
          serviceName: string | null;
          result: { index: number; respondents: number; grade: { grade: string } };
        }) => [
          s.serviceCode,
          s.serviceName !== null,
          s.result.respondents,
          s.result.index,
          s.result.grade.grade,
        ],
      ),
    ).toEqual([
      [SERVICE, true, 2, 80.56, 'B'],
      ['rekom-dtks', true, 1, 94.44, 'A'],
      [null, false, 1, 69.44, 'C'],
    ]);
    expect(report.byService[0].result.elementAverages).toMatchObject({
      requirements: 3.5,
      time: 2.5,
      facilities: 2.5,
    });
    // Per month: October 58 / 2 → 80.56; December 34 + 25 = 59 / 2 → 25 × 59 / 18 = 81.94 (B).
    expect(
      report.byMonth.map((m: { month: string; result: { index: number; respondents: number } }) => [
        m.month,
        m.result.respondents,
        m.result.index,
      ]),
    ).toEqual([
      ['2026-10', 2, 80.56],
      ['2026-12', 2, 81.94],
    ]);

    const oneService = await kadis.request({
      method: 'GET',
      url: `/api/v1/surveys/ikm?from=2026-10&to=2026-12&serviceCode=${SERVICE}`,
    });
    expect(oneService.json().overall).toMatchObject({ respondents: 2, index: 80.56 });
    const empty = await kadis.request({ method: 'GET', url: '/api/v1/surveys/ikm?from=2025-01&to=2025-12' });
    expect(empty.json()).toMatchObject({ overall: null, byService: [], byMonth: [] });
  });
});
