import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseDetail } from '../../../domain/cases/views';
import { multipartBody } from '../../testing/multipart';
import { sampleReport, villageIn } from '../../testing/sample-report';
import {
  createStaff,
  createTestApp,
  loginAs,
  type Session,
  staffSession,
  type TestApp,
} from '../../testing/test-app';
import { caseEvents, cases } from '../cases/tables';
import { notificationOutbox, staffNotifications } from '../notifications/tables';
import { sweepDeadlines } from './sweep';

const assessment = {
  condition: 'Berbicara sendiri, tidak mengenali keluarga, dirantai di belakang rumah.',
  needs: { items: ['pendampingan_psikososial', 'rehabilitasi_sosial'], other: null },
  family: 'Tinggal dengan ibu (70 tahun) yang merawatnya.',
  identityDocumentsSeen: ['kk'],
  recommendedFollowUp: { outcome: 'rujukan', text: 'Dirujuk ke rumah sakit jiwa untuk perawatan.' },
  gps: { latitude: 1.67, longitude: 101.44, accuracyMetres: 15 },
  visitedAt: null,
};

async function file(t: TestApp, office: string, body: object): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/reports', payload: body });
  if (response.statusCode !== 201) throw new Error(response.body);
  void office;
  return response.json().ticket;
}

async function act(session: Session, ticket: string, action: object): Promise<TCaseDetail> {
  const response = await session.request({
    method: 'POST',
    url: `/api/v1/cases/${ticket}/actions`,
    payload: action,
  });
  if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
  return response.json();
}

/** A staff account whose session can be opened again after the test clock jumps past its expiry. */
/** A scan of a requirement document, as the front desk uploads it for an item of the checklist. */
async function uploadDocument(session: Session, ticket: string, item: string) {
  const scan = await sharp({ create: { width: 40, height: 60, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer();
  const { payload, contentType } = multipartBody(
    { document: JSON.stringify({ item }) },
    { name: 'kk.png', bytes: scan },
  );
  return session.request({
    method: 'POST',
    url: `/api/v1/cases/${ticket}/documents`,
    payload,
    headers: { 'content-type': contentType },
  });
}

async function account(t: TestApp, input: Parameters<typeof createStaff>[1]) {
  const staff = await createStaff(t, input);
  const login = async () => ({ ...(await loginAs(t, staff)), userId: staff.id });
  return { userId: staff.id, login };
}

async function track(t: TestApp, ticket: string) {
  return (await t.app.inject({ method: 'GET', url: `/api/v1/track/${ticket}` })).json();
}

describe('the life of a case, for three seed services', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2026-11-23T02:00:00Z'); // Monday 09:00 WIB
  });
  afterAll(async () => t.close());

  it('Dumai, ODGJ handling: assign, verify, documents (clock paused), assess, refer to the mental hospital, approve, close, dispute', async () => {
    const village = await villageIn(t, '14.72');
    const coordinatorAccount = await account(t, { office: 'dumai', role: 'coordinator' });
    let coordinator = await coordinatorAccount.login();
    const workerAccount = await account(t, { office: 'dumai', role: 'social_worker' });
    let worker = await workerAccount.login();
    const frontOffice = await staffSession(t, { office: 'dumai', role: 'front_office' });
    const ticket = await file(t, 'dumai', {
      ...sampleReport('dumai', village, {
        serviceCode: 'odgj',
        ppks: { category: 'penyandang-disabilitas', subcategory: 'tuna-laras', other: null },
      }),
    });

    // Confidential (ODGJ): the front office does not see it until it is theirs.
    const desk = (await frontOffice.request({ method: 'GET', url: '/api/v1/cases?open=true' })).json();
    expect(desk.items.map((c: { ticket: string }) => c.ticket)).not.toContain(ticket);
    const opened = (await coordinator.request({ method: 'GET', url: `/api/v1/cases/${ticket}` })).json();
    expect(opened).toMatchObject({ status: 'new', confidential: true, currentStep: 0 });
    expect(opened.steps).toHaveLength(7);

    await act(coordinator, ticket, { type: 'assign', to: { kind: 'officer', userId: worker.userId } });
    const verified = await act(coordinator, ticket, {
      type: 'verify',
      publicMessage: 'Tim kami segera menghubungi.',
    });
    expect(verified).toMatchObject({ status: 'verified', currentStep: 1 });

    const waiting = await act(worker, ticket, {
      type: 'request_documents',
      missing: ['Surat pengantar dari Kepolisian'],
      publicMessage: 'Mohon bawa surat pengantar.',
    });
    expect(waiting.status).toBe('awaiting_documents');
    expect((await track(t, ticket)).status).toBe('awaiting_documents');
    t.clock.now = new Date('2026-11-25T02:00:00Z'); // two working days later
    // Sessions end after a day without use: everyone signs in again.
    worker = await workerAccount.login();
    coordinator = await coordinatorAccount.login();
    const kadis = await staffSession(t, { office: 'dumai', role: 'kadis' });
    const hospital = await staffSession(t, {
      office: 'dumai',
      role: 'partner',
      partnerName: 'Rumah Sakit Jiwa Tampan',
    });
    const firstItem = opened.checklist[0]?.item ?? '';
    const first = await uploadDocument(worker, ticket, firstItem);
    expect(first.statusCode).toBe(201);
    const second = await uploadDocument(worker, ticket, firstItem);
    const unknown = await uploadDocument(worker, ticket, 'Surat dari bulan');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields.item).toBe('Pilih dokumen dari daftar persyaratan layanan ini');
    const resumed = await act(worker, ticket, { type: 'documents_received' });
    // The latest file for an item stands for it in the checklist; both stay among the attachments.
    expect(resumed.checklist[0]).toMatchObject({ received: true, attachmentId: second.json().id });
    expect(resumed.attachments.filter((a) => a.kind === 'requirement')).toHaveLength(2);
    expect(resumed.status).toBe('verified');
    // The two working days spent waiting are given back: due Friday (3-4 hari kerja from Monday)
    // becomes due Tuesday, past the weekend.
    expect(waiting.dueAt).toBe('2026-11-27T02:00:00.000Z');
    expect(resumed.dueAt).toBe('2026-12-01T01:30:00.000Z');

    // The assessment comes from the field with a photo of the person (multipart).
    const photo = await sharp({ create: { width: 48, height: 64, channels: 3, background: '#a0522d' } })
      .jpeg()
      .toBuffer();
    const withPhoto = multipartBody(
      { action: JSON.stringify({ type: 'assess', assessment }) },
      { name: 'photo1.jpg', bytes: photo, field: 'photo1' },
    );
    const assessedResponse = await worker.request({
      method: 'POST',
      url: `/api/v1/cases/${ticket}/actions`,
      payload: withPhoto.payload,
      headers: { 'content-type': withPhoto.contentType },
    });
    expect(assessedResponse.statusCode).toBe(200);
    const assessed = assessedResponse.json() as TCaseDetail;
    expect(assessed).toMatchObject({ status: 'in_progress', currentStep: 4 });
    expect(assessed.assessments[0]?.gps).toMatchObject({ latitude: 1.67 });

    const referred = await act(worker, ticket, {
      type: 'refer',
      referral: {
        target: { kind: 'partner', partnerKind: 'rumah_sakit_jiwa', partnerId: hospital.userId },
        reason: 'Perlu perawatan psikiatri.',
        fieldsShared: ['name', 'condition', 'assessment', 'photos'],
        consent: { given: true },
        dueDays: 3,
      },
    });
    expect(referred.status).toBe('referred');

    // The hospital sees its referral with only the fields shared, and answers it.
    const inbox = (await hospital.request({ method: 'GET', url: '/api/v1/referrals' })).json().items;
    expect(inbox).toHaveLength(1);
    expect(Object.keys(inbox[0].person).sort()).toEqual(['condition', 'name']);
    // The assessment and the person's photo are shared too; the photo opens for the hospital, audited.
    expect(inbox[0].assessment).toMatchObject({ condition: assessment.condition });
    expect(inbox[0].photoIds).toHaveLength(1);
    const shared = await hospital.request({
      method: 'GET',
      url: `/api/v1/referrals/${inbox[0].id}/photos/${inbox[0].photoIds[0]}`,
    });
    expect(shared.statusCode).toBe(200);
    expect(shared.headers['content-type']).toBe('image/jpeg');
    // A requirement document (the KK scan) is no photo of the person: not shared.
    const document = assessed.attachments.find((a) => a.kind === 'requirement');
    const notShared = await hospital.request({
      method: 'GET',
      url: `/api/v1/referrals/${inbox[0].id}/photos/${document?.id}`,
    });
    expect(notShared.statusCode).toBe(404);
    expect((await hospital.request({ method: 'GET', url: `/api/v1/cases/${ticket}` })).statusCode).toBe(403);
    const id = inbox[0].id;
    await hospital.request({
      method: 'POST',
      url: `/api/v1/referrals/${id}/actions`,
      payload: { type: 'accept' },
    });
    const done = await hospital.request({
      method: 'POST',
      url: `/api/v1/referrals/${id}/actions`,
      payload: { type: 'complete', report: 'Pasien dirawat 14 hari, kondisi stabil, kembali ke keluarga.' },
    });
    expect(done.json().status).toBe('done');

    await act(kadis, ticket, { type: 'approve' });
    const closed = await act(coordinator, ticket, {
      type: 'close',
      outcome: 'rujukan',
      deliveredAs: 'jasa',
      summary: 'Dirujuk dan dirawat di RSJ, kembali ke keluarga dengan pendampingan.',
      publicMessage: 'Terima kasih atas laporan Anda.',
    });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'rujukan', deliveredAs: 'jasa' });
    // A closed case has no step in hand: the step it ended on is done, at the closing.
    expect(closed.steps.some((step) => step.state === 'current')).toBe(false);
    expect(closed.steps[closed.currentStep]).toMatchObject({ state: 'done', doneAt: closed.closedAt });
    expect(closed.letters).toEqual([]);

    const publicView = await track(t, ticket);
    expect(publicView.status).toBe('closed');
    // The step's and the service's names as the case's own standard version gives them.
    expect(publicView.currentStep).toBe(closed.steps[closed.currentStep]?.name);
    expect(publicView.service?.name).toBe(closed.service?.name);
    expect(publicView.referrals).toEqual([{ text: 'Dirujuk ke rumah sakit jiwa — selesai' }]);
    expect(publicView.dispute?.until).toBeTruthy();
    expect(JSON.stringify(publicView)).not.toMatch(/Mak Ijah|Tampan|psikiatri|dirantai/);

    const wrongPhone = await t.app.inject({
      method: 'POST',
      url: `/api/v1/track/${ticket}/dispute`,
      payload: { phone: '0813 0000 0000', reason: 'Ibu saya belum dirawat sama sekali.' },
    });
    expect(wrongPhone.statusCode).toBe(400);
    const disputed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/track/${ticket}/dispute`,
      payload: { phone: '0812 3456 7890', reason: 'Ibu saya belum dirawat sama sekali.' },
    });
    expect(disputed.statusCode).toBe(200);
    expect(disputed.json().status).toBe('in_progress');
    const [row] = await t.handle.db.select().from(cases).where(eq(cases.ticket, ticket));
    expect(row?.assigneeUserId).toBe(worker.userId);
    // The officer hears of it in the app (no e-mail or phone on the profile: nothing in the outbox).
    const alerts = await t.handle.db
      .select()
      .from(staffNotifications)
      .where(eq(staffNotifications.caseId, row?.id ?? ''));
    expect(alerts.filter((a) => a.kind === 'disputed').map((a) => a.userId)).toEqual([worker.userId]);
    const notices = await t.handle.db
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.caseId, row?.id ?? ''));
    expect(notices.map((n) => n.recipient)).not.toContain(`user:${worker.userId}`);
  });

  it('Pekanbaru, PBI-JKN reactivation: verify, recommendation to BPJS without consent (recorded override), approve, deliver, close', async () => {
    const village = await villageIn(t, '14.71');
    const desk = await staffSession(t, { office: 'pekanbaru', role: 'front_office' });
    const officer = await staffSession(t, { office: 'pekanbaru', role: 'service_officer' });
    const coordinator = await staffSession(t, { office: 'pekanbaru', role: 'coordinator' });
    const ticket = await file(
      t,
      'pekanbaru',
      sampleReport('pekanbaru', village, { serviceCode: 'dtks-rekomendasi' }),
    );

    expect((await act(desk, ticket, { type: 'verify' })).currentStep).toBe(2);
    const refused = await officer.request({
      method: 'POST',
      url: `/api/v1/cases/${ticket}/actions`,
      payload: {
        type: 'refer',
        referral: {
          target: { kind: 'partner', partnerKind: 'bpjs_kesehatan', partnerId: null },
          reason: 'Reaktivasi PBI-JKN.',
          fieldsShared: ['name', 'nik'],
          consent: { given: false, overrideReason: 'singkat' },
        },
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields['referral.consent.overrideReason']).toMatch(/minimal 10 huruf/);
    const referred = await act(officer, ticket, {
      type: 'refer',
      referral: {
        target: { kind: 'partner', partnerKind: 'bpjs_kesehatan', partnerId: null },
        reason: 'Reaktivasi PBI-JKN: terdaftar di DTKS, nonaktif kurang dari 6 bulan.',
        fieldsShared: ['name', 'nik'],
        consent: { given: false, overrideReason: 'Pemohon dirawat inap, persetujuan diwakilkan keluarga.' },
      },
    });
    expect(referred.referrals[0]).toMatchObject({
      bodyKind: 'bpjs_kesehatan',
      status: 'sent',
      consent: { given: false },
    });
    await act(coordinator, ticket, { type: 'approve' });
    const delivered = await act(desk, ticket, { type: 'deliver', product: 'Surat reaktivasi PBI-JKN' });
    expect(delivered.currentStep).toBe(5);
    const closed = await act(coordinator, ticket, {
      type: 'close',
      outcome: 'terminasi',
      deliveredAs: 'administrasi',
      summary: 'Surat reaktivasi diserahkan kepada pemohon.',
    });
    expect(closed.status).toBe('closed');
    expect((await track(t, ticket)).status).toBe('closed');
  });

  it('Dharmasraya, outreach: the visit is due within a day; the sweep records the miss once; the assessment records the visit', async () => {
    t.clock.now = new Date('2026-11-26T03:00:00Z'); // Thursday 10:00 WIB
    const village = await villageIn(t, '13.10');
    const coordinator = await staffSession(t, { office: 'dharmasraya', role: 'coordinator' });
    const workerAccount = await account(t, { office: 'dharmasraya', role: 'social_worker' });
    const ticket = await file(
      t,
      'dharmasraya',
      sampleReport('dharmasraya', village, { serviceCode: 'jemput-bola' }),
    );
    const opened = (await coordinator.request({ method: 'GET', url: `/api/v1/cases/${ticket}` })).json();
    expect(opened.visitDueAt).toBe('2026-11-27T03:00:00.000Z');
    await act(coordinator, ticket, { type: 'assign', to: { kind: 'officer', userId: workerAccount.userId } });

    t.clock.now = new Date('2026-11-27T04:00:00Z');
    const worker = await workerAccount.login();
    const first = await sweepDeadlines(t.handle, t.clock.now);
    expect(first.visitsOverdue).toBe(1);
    expect((await sweepDeadlines(t.handle, t.clock.now)).visitsOverdue).toBe(0);
    const [row] = await t.handle.db.select().from(cases).where(eq(cases.ticket, ticket));
    const events = await t.handle.db
      .select()
      .from(caseEvents)
      .where(eq(caseEvents.caseId, row?.id ?? ''));
    expect(events.filter((e) => e.type === 'visit_overdue')).toHaveLength(1);
    const alerts = await t.handle.db
      .select()
      .from(staffNotifications)
      .where(eq(staffNotifications.caseId, row?.id ?? ''));
    expect(alerts.filter((a) => a.kind === 'visit_overdue').map((a) => a.userId)).toEqual(
      expect.arrayContaining([workerAccount.userId, coordinator.userId]),
    );

    const assessed = await act(worker, ticket, { type: 'assess', assessment: { ...assessment, gps: null } });
    expect(assessed.visitedAt).toBe(t.clock.now.toISOString());
    expect(assessed.status).toBe('in_progress');
  });
});
