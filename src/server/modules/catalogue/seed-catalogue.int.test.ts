import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TServiceStandard, TServiceSummary } from '../../../domain/catalogue/standard';
import { createTestApp, type TestApp } from '../../testing/test-app';

// The demo catalogues as the public API serves them, checked against the source documents.
describe('seed catalogues, faithful to the documents', () => {
  let t: TestApp;
  const list = async (office: string): Promise<TServiceSummary[]> =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/offices/${office}/services` })).json().items;
  const get = async (office: string, code: string): Promise<TServiceStandard> =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/offices/${office}/services/${code}` })).json();

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('Kota Dumai: the 12 standards of the decree, in its order, by slug or by code', async () => {
    const services = await list('dumai');
    expect(services).toHaveLength(12);
    expect(services[0]?.name).toMatch(/Pengusulan dan Penginputan Data Terpadu Kesejahteraan Sosial/);
    expect(services[11]).toMatchObject({ code: 'pengaduan', kind: 'complaint' });
    expect((await list('14.72')).map((s) => s.code)).toEqual(services.map((s) => s.code));
    expect(services.map((s) => s.completionTime.text)).toContain(
      '14 hari sesuai jam kerja dan sesuai dengan proses Bank',
    );
  });

  it('Kota Dumai ODGJ: 3 – 4 working days, the documents, the steps', async () => {
    const odgj = await get('dumai', 'odgj');
    expect(odgj.name).toBe('Penanganan Orang Dengan Disabilitas Mental (ODGJ)');
    expect(odgj.completionTime).toMatchObject({
      kind: 'fixed',
      target: { amount: 3, unit: 'working_day' },
      limit: { amount: 4, unit: 'working_day' },
    });
    expect(odgj.components.staffCount).toBe('9 orang');
    expect(odgj.requirementChecklist.map((r) => r.name)).toContain('Berita Acara serah terima klien');
    expect(odgj.steps.map((s) => s.name).join(' | ')).toMatch(/Penelusuran Keluarga/i);
    expect(odgj.divisionName).toBe('Bidang Rehabilitasi Sosial');
  });

  it('Kota Dumai DTKS proposal takes 2 months; disaster aid 7 days', async () => {
    const services = await list('dumai');
    const byCode = new Map(services.map((s) => [s.code, s]));
    expect(byCode.get('dtks-pengusulan')?.completionTime).toMatchObject({
      target: { amount: 2, unit: 'month' },
    });
    expect(byCode.get('bantuan-bencana')?.completionTime).toMatchObject({
      target: { amount: 7, unit: 'day' },
    });
  });

  it('Kota Pekanbaru: DTKS check in 10 minutes with its three branches and four roles', async () => {
    const services = await list('pekanbaru');
    expect(services).toHaveLength(1);
    const dtks = await get('pekanbaru', 'dtks-rekomendasi');
    expect(dtks.completionTime).toMatchObject({ target: { amount: 10, unit: 'minute' } });
    expect(dtks.branches.map((b) => b.code)).toEqual(['kis-apbd', 'kip', 'pbi-jkn-reaktivasi']);
    expect(dtks.branches[2]?.description).toMatch(/6 bulan/);
    for (const role of ['Front Office', 'Back Office', 'Operator SIKS', 'Supervisor'])
      expect(dtks.components.staffCount).toMatch(new RegExp(role, 'i'));
    expect(dtks.requirementChecklist).toHaveLength(1);
  });

  it('Kota Bekasi: the 11 services of Plaza Pelayanan Sosial, borrowed parts marked to confirm', async () => {
    const services = await list('bekasi');
    expect(services).toHaveLength(11);
    expect(services.map((s) => s.code)).toEqual([
      'pengaduan-orang-terlantar',
      'adopsi',
      'surat-keterangan-terdaftar-lks',
      'dtks',
      'bantuan-sosial',
      'e-warung',
      'bpnt',
      'kebencanaan',
      'polling-masyarakat',
      'layanan-kesehatan-masyarakat',
      'sktm',
    ]);
    expect(services.every((s) => s.toConfirmCount > 0)).toBe(true);
    const terlantar = await get('bekasi', 'pengaduan-orang-terlantar');
    expect(terlantar.steps.some((s) => s.timeStandard === '1 hari')).toBe(true);
    expect(terlantar.steps.map((s) => s.actor).join(' ')).toMatch(/PSM|TKSK|Karang Taruna|TAGANA|PUSKESOS/);
  });

  it('Kabupaten Dharmasraya: one process per channel with the SOP step times', async () => {
    const services = await list('dharmasraya');
    expect(services.map((s) => s.channel).sort()).toEqual(['outreach', 'phone', 'walk_in', 'web']);
    const outreach = await get('dharmasraya', 'jemput-bola');
    expect(outreach.steps.map((s) => s.timeStandard)).toEqual([
      '3 menit',
      '30 menit',
      '30 menit',
      '5 Menit',
      '10 Menit',
      'menyesuaikan',
    ]);
    expect(outreach.steps[1]?.startWithin).toBe('1 hari');
    const walkIn = await get('dharmasraya', 'datang-langsung');
    expect(walkIn.steps.map((s) => s.timeStandard)).toEqual([
      '3 menit',
      '2 menit',
      '10 menit',
      '5 Menit',
      '5 Menit',
      '1 jam',
    ]);
    expect(walkIn.requirementChecklist.map((r) => r.name).join(' ')).toMatch(/Surat Keterangan Tidak Mampu/);
  });

  it('computes deadlines on the office calendar: a Friday-afternoon request skips the weekend and 17 August', async () => {
    const deadline = async (office: string, code: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/offices/${office}/services/${code}/deadline?from=2026-08-14T15:00:00%2B07:00`,
        })
      ).json();
    // 3 – 4 working days: Tuesday 18 is day 1, so Thursday 20 and Friday 21 at 15:00 WIB.
    expect(await deadline('dumai', 'odgj')).toMatchObject({
      targetAt: '2026-08-20T08:00:00.000Z',
      limitAt: '2026-08-21T08:00:00.000Z',
      timeZone: 'Asia/Jakarta',
    });
    expect((await deadline('dumai', 'pengaduan')).limitAt).toBe('2026-08-18T08:00:00.000Z');
    expect((await deadline('pekanbaru', 'dtks-rekomendasi')).limitAt).toBe('2026-08-14T08:10:00.000Z');
    // "Menyesuaikan" has no fixed deadline.
    expect(await deadline('dharmasraya', 'datang-langsung')).toMatchObject({ targetAt: null, limitAt: null });
  });

  it('answers 404 for an unknown office or service', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/offices/atlantis/services' })).statusCode).toBe(
      404,
    );
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/offices/dumai/services/sktm' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('SERVICE_NOT_FOUND');
  });
});
