import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TProposalView } from '../../../domain/registry/proposal-schemas';
import { multipartBody } from '../../testing/multipart';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';

const NIK = '1472015203750002';
const KK = '1472010503150007';

describe('DTKS proposal (Dumai standard 1): documents, PSM, MUSKEL, SIKS-NG, final validation, export', () => {
  let t: TestApp;
  let officer: Session;
  let ticket: string;
  let photo: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2026-11-26T03:00:00Z');
    officer = await staffSession(t, { office: 'dumai', role: 'service_officer' });
    const village = await villageIn(t, '14.72');
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village, {
        serviceCode: 'dtks-pengusulan',
        person: { fullName: 'Siti Aminah', nik: NIK, kk: KK, birthDate: '1975-03-12', birthPlace: 'Dumai' },
      }),
    });
    ticket = filed.json().ticket;
    photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#88aa44' } })
      .jpeg()
      .toBuffer();
  });
  afterAll(async () => t.close());

  const stage = (body: object) =>
    officer.request({ method: 'POST', url: `/api/v1/registry/proposals/${ticket}/stages`, payload: body });

  async function upload(code: string): Promise<TProposalView> {
    const { payload, contentType } = multipartBody(
      { document: JSON.stringify({ code }) },
      { name: `${code}.jpg`, bytes: photo },
    );
    const response = await officer.request({
      method: 'POST',
      url: `/api/v1/registry/proposals/${ticket}/documents`,
      payload,
      headers: { 'content-type': contentType },
    });
    if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
    return response.json();
  }

  async function exported(which: string, format: string) {
    return officer.request({
      method: 'GET',
      url: `/api/v1/registry/proposals/export?which=${which}&format=${format}`,
    });
  }

  it('opens only for a case of the proposal service, due in two months', async () => {
    const response = await officer.request({
      method: 'POST',
      url: '/api/v1/registry/proposals',
      payload: { ticket },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'in_progress',
      stage: 'documents',
      startedOn: '2026-11-26',
      dueOn: '2027-01-26',
      nikMasked: '1472**********02',
    });
    const village = await villageIn(t, '14.72');
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village, { serviceCode: 'rekom-dtks' }),
    });
    const refused = await officer.request({
      method: 'POST',
      url: '/api/v1/registry/proposals',
      payload: { ticket: other.json().ticket },
    });
    expect(refused.statusCode).toBe(400);
  });

  it('takes the five documents (house photos front and inside apart) before the PSM', async () => {
    for (const code of ['kk_ktp', 'electricity', 'house_front', 'house_inside']) await upload(code);
    const early = await stage({ stage: 'psm_verification', eligible: true, psmName: 'Ibu Ani (PSM)' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('SKTM');
    const complete = await upload('sktm');
    expect(complete.stage).toBe('psm_verification');
    expect(complete.documents.every((d) => d.attachmentId)).toBe(true);
  });

  it('records PSM and MUSKEL in order; eligible proposals are exported for SIKS-NG entry with whole NIKs', async () => {
    expect(
      (await stage({ stage: 'village_deliberation', eligible: true, date: '2026-11-20' })).statusCode,
    ).toBe(409);
    expect(
      (await stage({ stage: 'psm_verification', eligible: true, psmName: 'Ibu Ani (PSM)' })).json().stage,
    ).toBe('village_deliberation');
    const muskel = await stage({
      stage: 'village_deliberation',
      eligible: true,
      date: '2026-11-25',
      reference: '045/BA-MUSKEL/2026',
    });
    expect(muskel.json().stage).toBe('siks_entry');

    const xlsx = await exported('awaiting_entry', 'xlsx');
    expect(xlsx.headers['content-disposition']).toContain('usulan-dtks-siks-ng.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0]?.getSheetValues() as unknown[][];
    expect(rows[1]?.slice(1, 5)).toEqual(['NO', 'NIK', 'NO_KK', 'NAMA']);
    expect(rows[2]?.slice(2, 8)).toEqual([NIK, KK, 'Siti Aminah', 'Dumai', '12-03-1975', 'P']);
    expect(rows[2]).toContain('045/BA-MUSKEL/2026');
    const csv = (await exported('awaiting_entry', 'csv')).body;
    expect(csv.split('\r\n')[0]).toContain('NO;NIK;NO_KK;NAMA');
    expect(csv).toContain(`;${NIK};${KK};Siti Aminah;`);
    expect((await exported('accepted', 'csv')).body.trim().split('\r\n')).toHaveLength(1);
  });

  it('is accepted after the SIKS-NG entry and the final validation, each told to the reporter', async () => {
    await stage({ stage: 'siks_entry', date: '2026-11-26', reference: 'USL-2026-0091' });
    const accepted = (await stage({ stage: 'final_validation', eligible: true })).json() as TProposalView;
    expect(accepted).toMatchObject({ status: 'accepted', stage: null, overdue: false });
    expect(accepted.stages.map((s) => s.record?.by)).toEqual(
      expect.arrayContaining([expect.stringContaining('Petugas Uji')]),
    );
    expect((await exported('accepted', 'csv')).body).toContain(NIK);
    const tracking = (await t.app.inject({ method: 'GET', url: `/api/v1/track/${ticket}` })).json();
    const messages = tracking.timeline.map((e: { message: string }) => e.message).join(' ');
    expect(messages).toContain('diverifikasi oleh PSM');
    expect(messages).toContain('divalidasi akhir');
    expect(JSON.stringify(tracking)).not.toContain(NIK);
  });

  it('lists the proposals of the office, and not of another', async () => {
    const list = (
      await officer.request({ method: 'GET', url: '/api/v1/registry/proposals?status=accepted' })
    ).json();
    expect(list.items.map((p: TProposalView) => p.ticket)).toEqual([ticket]);
    const pekanbaru = await staffSession(t, { office: 'pekanbaru', role: 'service_officer' });
    expect(
      (await pekanbaru.request({ method: 'GET', url: `/api/v1/registry/proposals/${ticket}` })).statusCode,
    ).toBe(404);
    expect(
      (await pekanbaru.request({ method: 'GET', url: '/api/v1/registry/proposals' })).json().items,
    ).toEqual([]);
  });
});
