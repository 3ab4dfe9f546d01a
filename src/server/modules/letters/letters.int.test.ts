import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TLetterView } from '../../../domain/letters/schemas';
import { pdfText } from '../../testing/pdf-text';
import { importRegistry, registryCsv } from '../../testing/registry-sample';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { caseAttachments, cases } from '../cases/tables';

const KK = '1471010503150007';
const SITI = {
  kk: KK,
  nik: '1471015203750002',
  name: 'Siti Aminah',
  birthDate: '12-03-1975',
  sex: 'P',
  relation: '2',
  pbi: '1',
  village: '1471011002',
};
const AHMAD = {
  kk: KK,
  nik: '1471011708700001',
  name: 'Ahmad Yani',
  birthDate: '17-08-1970',
  sex: 'L',
  relation: '1',
  pkh: '1',
  village: '1471011002',
};

describe('recommendation letters: numbering, approval chain, PDF with QR, public verification', () => {
  let t: TestApp;
  let officer: Session;
  let kasi: Session;
  let kabid: Session;
  let kadis: Session;
  let admin: Session;
  let ticket: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2026-11-26T03:00:00Z');
    admin = await staffSession(t, { office: 'pekanbaru', role: 'admin' });
    officer = await staffSession(t, { office: 'pekanbaru', role: 'service_officer' });
    kasi = await staffSession(t, { office: 'pekanbaru', role: 'coordinator' });
    kabid = await staffSession(t, { office: 'pekanbaru', role: 'kabid' });
    kadis = await staffSession(t, { office: 'pekanbaru', role: 'kadis' });
    await importRegistry(admin, { name: 'dtks.csv', bytes: Buffer.from(registryCsv([AHMAD, SITI])) });
    const village = await villageIn(t, '14.71');
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('pekanbaru', village, { serviceCode: 'dtks-rekomendasi' }),
    });
    ticket = filed.json().ticket;
  });
  afterAll(async () => t.close());

  async function checkNik(nik: string): Promise<string> {
    const response = await officer.request({
      method: 'POST',
      url: '/api/v1/registry/checks',
      payload: { ticket, by: 'nik', nik },
    });
    return response.json().checkId;
  }

  async function issue(body: object) {
    return officer.request({ method: 'POST', url: '/api/v1/letters', payload: body });
  }

  async function act(session: Session, id: string, body: object) {
    return session.request({ method: 'POST', url: `/api/v1/letters/${id}/actions`, payload: body });
  }

  const pbi = async () => ({
    checkId: await checkNik(SITI.nik),
    programme: 'pbi_jkn_reactivation',
    pbiInactiveSince: '2026-09-01',
  });

  it('issues a PBI-JKN reactivation letter numbered per type and year, never reusing a number', async () => {
    const first = await issue(await pbi());
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      number: '400.9.2/0001/Dinsos-PBI/2026',
      type: 'pbi-jkn-reaktivasi',
      status: 'awaiting_approval',
      nextRole: 'coordinator',
      personName: 'Siti Aminah',
      nikMasked: '1471**********02',
      addressee: 'BPJS Kesehatan',
      rule: 'pbi.reactivate',
    });
    const returned = await act(kasi, first.json().id, {
      type: 'return',
      reason: 'Tanggal nonaktif perlu dicek ulang',
    });
    expect(returned.json().status).toBe('returned');
    const second = (await issue(await pbi())).json() as TLetterView;
    expect(second.number).toBe('400.9.2/0002/Dinsos-PBI/2026');
    const kip = await issue({ checkId: await checkNik(AHMAD.nik), programme: 'kip' });
    expect(kip.json().number).toBe('400.9.2/0001/Dinsos-KIP/2026');
  });

  it('refuses a letter where the rule gives directions (not registered, or PBI inactive too long)', async () => {
    const unknown = await issue({ checkId: await checkNik('1471011708709999'), programme: 'kip' });
    expect(unknown.statusCode).toBe(409);
    expect(unknown.json()).toMatchObject({
      code: 'LETTER_NOT_APPLICABLE',
      message: expect.stringContaining('sekolah terkait'),
    });
    const late = await issue({ ...(await pbi()), pbiInactiveSince: '2025-01-01' });
    expect(late.json().code).toBe('LETTER_NOT_APPLICABLE');
  });

  it('goes up the chain Kasi, Kabid, Kadis; the signed PDF (number, masked name, QR link) is archived with the case', async () => {
    const letter = (await issue(await pbi())).json() as TLetterView;
    const early = await act(kadis, letter.id, { type: 'approve' });
    expect(early.statusCode).toBe(403);
    expect(
      (await kasi.request({ method: 'GET', url: '/api/v1/letters?awaiting=mine' }))
        .json()
        .items.map((l: TLetterView) => l.id),
    ).toContain(letter.id);
    expect((await act(kasi, letter.id, { type: 'approve' })).json().nextRole).toBe('kabid');
    expect((await act(kabid, letter.id, { type: 'approve' })).json().nextRole).toBe('kadis');
    const signed = (await act(kadis, letter.id, { type: 'approve' })).json() as TLetterView;
    expect(signed).toMatchObject({ status: 'signed', nextRole: null, attachmentId: expect.any(String) });
    expect(signed.approvals.map((a) => a.kind)).toEqual(['paraf', 'paraf', 'sign']);

    const pdf = await officer.request({ method: 'GET', url: `/api/v1/letters/${letter.id}/pdf` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain(letter.number);
    expect(text).toContain('S*** A*****');
    expect(text).toContain(signed.verificationUrl);
    expect(text).toContain('BPJS Kesehatan');
    const [owner] = await t.handle.db.select().from(cases).where(eq(cases.ticket, ticket));
    const files = await t.handle.db
      .select()
      .from(caseAttachments)
      .where(and(eq(caseAttachments.caseId, owner?.id ?? ''), eq(caseAttachments.kind, 'letter')));
    expect(files.map((f) => f.label)).toContain(letter.number);
    // The case page lists the case's letters, signed ones with their status.
    const casePage = await officer.request({ method: 'GET', url: `/api/v1/cases/${ticket}` });
    expect(casePage.json().letters).toContainEqual(
      expect.objectContaining({ id: letter.id, number: letter.number, status: 'signed' }),
    );

    const code = signed.verificationUrl.split('/').at(-1);
    const verified = await t.app.inject({ method: 'GET', url: `/api/v1/letters/verify/${code}` });
    expect(verified.json()).toMatchObject({
      number: letter.number,
      date: '2026-11-26',
      typeLabel: 'Surat Rekomendasi Re-Aktivasi PBI JKN',
      officeName: 'Dinas Sosial Kota Pekanbaru',
      status: 'valid',
      personMasked: 'S*** A*****',
    });
    expect(verified.body).not.toContain(SITI.nik);
    expect(verified.body).not.toContain('Siti');

    const revoked = await act(kadis, letter.id, { type: 'revoke', reason: 'Data kepesertaan berubah' });
    expect(revoked.json().status).toBe('revoked');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/letters/verify/${code}` })).json().status).toBe(
      'revoked',
    );
  });

  it('lets the Kabid sign "a.n. Kepala Dinas" for an absent Kadis, with the reason', async () => {
    const letter = (await issue(await pbi())).json() as TLetterView;
    await act(kasi, letter.id, { type: 'approve' });
    await act(kabid, letter.id, { type: 'approve' });
    const missingReason = await act(kabid, letter.id, { type: 'sign_on_behalf' });
    expect(missingReason.json().fields).toHaveProperty('reason');
    const signed = await act(kabid, letter.id, {
      type: 'sign_on_behalf',
      reason: 'Kepala Dinas dinas luar kota',
    });
    expect(signed.json()).toMatchObject({
      status: 'signed',
      approvals: [{}, {}, { kind: 'sign_on_behalf', role: 'kadis' }],
    });
    const text = await pdfText(
      (await officer.request({ method: 'GET', url: `/api/v1/letters/${letter.id}/pdf` })).rawPayload,
    );
    expect(text).toContain('a.n. Kepala Dinas Sosial Kota Pekanbaru');
    const code = signed.json().verificationUrl.split('/').at(-1);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/letters/verify/${code}` })).json(),
    ).toMatchObject({
      status: 'valid',
      onBehalf: true,
    });
  });

  it('answers 404 for an unknown code, and a pending letter is not valid', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/letters/verify/AAAAAAAAAAAAAAAAAAAAAA' }))
        .statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/letters/verify/x' })).statusCode).toBe(404);
    const letter = (await issue(await pbi())).json() as TLetterView;
    const code = letter.verificationUrl.split('/').at(-1);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/letters/verify/${code}` })).json().status).toBe(
      'pending',
    );
  });

  it("lets the administrator change a template's number format, refusing a format without a sequence", async () => {
    const templates = (await admin.request({ method: 'GET', url: '/api/v1/letter-templates' })).json().items;
    expect(templates).toHaveLength(4);
    const current = templates.find((x: { type: string }) => x.type === 'kip');
    const { type: _type, typeLabel: _label, ...content } = current;
    const bad = await admin.request({
      method: 'PUT',
      url: '/api/v1/letter-templates/kip',
      payload: { ...content, numberFormat: 'KIP/{year}' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty('numberFormat');
    const taken = await admin.request({
      method: 'PUT',
      url: '/api/v1/letter-templates/kip',
      payload: { ...content, numberFormat: '400.9.2/{seq:4}/Dinsos-PBI/{year}' },
    });
    expect(taken.json().fields).toHaveProperty('numberFormat');
    const good = await admin.request({
      method: 'PUT',
      url: '/api/v1/letter-templates/kip',
      payload: { ...content, numberFormat: '{seq:3}/KIP/{roman}/{year}' },
    });
    expect(good.statusCode).toBe(200);
    const kip = await issue({ checkId: await checkNik(AHMAD.nik), programme: 'kip' });
    expect(kip.json().number).toBe('002/KIP/XI/2026');
    expect(
      (await officer.request({ method: 'PUT', url: '/api/v1/letter-templates/kip', payload: content }))
        .statusCode,
    ).toBe(403);
  });

  it("keeps another office's letters out of reach", async () => {
    const letter = (await issue(await pbi())).json() as TLetterView;
    const dumaiKadis = await staffSession(t, { office: 'dumai', role: 'kadis' });
    expect(
      (await dumaiKadis.request({ method: 'GET', url: `/api/v1/letters/${letter.id}` })).statusCode,
    ).toBe(404);
    expect((await act(dumaiKadis, letter.id, { type: 'approve' })).statusCode).toBe(404);
  });
});
