import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../testing/pdf-text';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit/tables';
import { regions } from '../regions/tables';

describe('the complaint form of Lampiran 1 as a PDF', () => {
  let t: TestApp;
  let officer: Session;
  let ticket: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await staffSession(t, { office: 'dumai', role: 'complaint_officer' });
    const [village] = await t.handle.db
      .select({ code: regions.code })
      .from(regions)
      .where(and(eq(regions.level, 4), like(regions.code, '14.72.%')))
      .limit(1);
    const created = await officer.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        details: { channel: 'phone', contact: '0812 5555 6666' },
        report: {
          office: 'dumai',
          serviceCode: null,
          person: {
            fullName: 'Siti Aminah',
            birthPlace: null,
            birthDate: null,
            kk: '1472010503150007',
            nik: '1472015708020003',
            education: null,
            phone: null,
            villageCode: village?.code,
            address: 'Jl. Kenanga 5',
          },
          ppks: { category: 'lansia-terlantar', subcategory: 'tinggal-sendiri', other: null },
          dtksStatus: 'masuk',
          aid: { kinds: ['pkh'], pbiScheme: null, other: null },
          description: 'Lansia tinggal sendiri dan sakit-sakitan.',
          reporter: { name: 'Pak RT', phone: '081377778888' },
          consent: true,
        },
      },
    });
    ticket = created.json().ticket;
  });
  afterAll(async () => t.close());

  it('serves the blank form publicly, with the office letterhead and every field of the printed form', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/offices/dumai/forms/complaint.pdf' });
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(response.rawPayload);
    expect(text).toContain('DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT KOTA DUMAI');
    for (const label of [
      'FORMULIR PENGADUAN MASYARAKAT',
      'No KK',
      'NIK',
      'Alamat',
      'Nomor HP yg bisa dihubungi',
      'Jenis PPKS',
      'a. Sudah',
      'b. Belum',
      'c. Tidak Tahu',
      'Hal yang diadukan',
      'Rekomendasi/ Tindak Lanjut',
      'Petugas,',
      'Pelapor,',
    ])
      expect(text).toContain(label);
  });

  it('fills the form from a case for staff of the office, and records that it was printed', async () => {
    const response = await officer.request({
      method: 'GET',
      url: `/api/v1/cases/${ticket}/complaint-form.pdf`,
    });
    expect(response.statusCode).toBe(200);
    const text = await pdfText(response.rawPayload);
    for (const value of [
      'Siti Aminah',
      '1472015708020003',
      '1472010503150007',
      'Lanjut usia terlantar — Tinggal sendiri',
      '[a. Sudah]',
      'Lansia tinggal sendiri dan sakit-sakitan.',
      'Pak RT',
      '+6281377778888',
      ticket,
    ])
      expect(text).toContain(value);
    const audit = await t.handle.db.select().from(auditLog).where(eq(auditLog.action, 'case.form_printed'));
    expect(audit.map((a) => a.targetId)).toContain(ticket);

    const other = await staffSession(t, { office: 'bekasi', role: 'complaint_officer' });
    expect(
      (await other.request({ method: 'GET', url: `/api/v1/cases/${ticket}/complaint-form.pdf` })).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/cases/${ticket}/complaint-form.pdf` })).statusCode,
    ).toBe(401);
  });
});
