import { and, eq, gte, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseDetail } from '../../../domain/cases/views';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit/tables';
import { holidays, offices } from './tables';

// A made-up but complete-looking 2028 list (14 national days, 2 joint leave): test data, not an SKB.
const LIST_2028 = [
  'date;name;kind',
  '2028-01-01;Tahun Baru 2028 Masehi;national',
  '2028-01-26;"Tahun Baru Imlek; uji";nasional',
  '2028-01-27;Cuti bersama Imlek;cuti bersama',
  ...[
    '02-15',
    '03-26',
    '04-14',
    '04-16',
    '05-01',
    '05-25',
    '06-01',
    '06-04',
    '08-17',
    '10-03',
    '11-20',
    '12-25',
  ].map((d) => `2028-${d};Hari libur uji ${d};national`),
  '2028-12-26;Cuti bersama Natal;joint_leave',
].join('\n');

async function officeHolidays(t: TestApp, slug: string, year: number) {
  const [office] = await t.handle.db.select().from(offices).where(eq(offices.slug, slug));
  return t.handle.db
    .select({ date: holidays.date, name: holidays.name, kind: holidays.kind })
    .from(holidays)
    .where(
      and(
        eq(holidays.officeId, office?.id ?? ''),
        gte(holidays.date, `${year}-01-01`),
        lt(holidays.date, `${year + 1}-01-01`),
      ),
    );
}

describe('importing a year of holidays', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2026-12-07T03:00:00Z');
    admin = await staffSession(t, { office: 'dumai', role: 'admin' });
  });
  afterAll(async () => t.close());

  const importList = (session: Session, payload: object) =>
    session.request({ method: 'POST', url: '/api/v1/office/holidays/import', payload });

  it('refuses a file with bad rows, naming each line and its reason, and writes nothing', async () => {
    const bad = [
      'date,name,kind',
      '2028-01-01,Tahun Baru,national',
      '2028-13-01,Bulan ketiga belas,national',
      '',
      '2027-05-01,Hari Buruh,national',
      '2028-01-01,Tahun Baru lagi,national',
      '2028-02-02,Libur,liburan',
      '2028-03-03,X,local',
    ].join('\n');
    const response = await importList(admin, { year: 2028, text: bad });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual({
      'baris 3': 'Tanggal harus berbentuk TTTT-BB-HH',
      'baris 5': 'Tanggal 2027-05-01 bukan di tahun 2028',
      'baris 6': 'Tanggal 2028-01-01 sudah ada di baris 2',
      'baris 7': 'Jenis harus salah satu dari national, joint_leave, local',
      'baris 8': 'Nama hari libur minimal 2 karakter',
    });
    expect(await officeHolidays(t, 'dumai', 2028)).toEqual([]);

    const header = await importList(admin, { year: 2028, text: 'tanggal,nama\n2028-01-01,Tahun Baru' });
    expect(header.statusCode).toBe(400);
    expect(header.json().fields['baris 1']).toMatch(/date,name,kind/);
  });

  it('adds a good CSV (semicolons, quoted names, Indonesian kinds), skips dates already there, and audits it', async () => {
    const local = await admin.request({
      method: 'POST',
      url: '/api/v1/office/holidays',
      payload: { date: '2028-01-01', name: 'Tahun Baru (dicatat lebih dulu)', kind: 'national' },
    });
    expect(local.statusCode).toBe(201);

    const response = await importList(admin, { year: 2028, text: LIST_2028 });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.added).toHaveLength(15);
    expect(result.added).toContainEqual({
      date: '2028-01-26',
      name: 'Tahun Baru Imlek; uji',
      kind: 'national',
    });
    expect(result.added).toContainEqual({
      date: '2028-01-27',
      name: 'Cuti bersama Imlek',
      kind: 'joint_leave',
    });
    expect(result.skipped).toEqual([{ line: 2, date: '2028-01-01', name: 'Tahun Baru 2028 Masehi' }]);

    const stored = await officeHolidays(t, 'dumai', 2028);
    expect(stored).toHaveLength(16);
    // The date the admin had recorded keeps its name.
    expect(stored.find((h) => h.date === '2028-01-01')?.name).toBe('Tahun Baru (dicatat lebih dulu)');
    // Another office is untouched.
    expect(await officeHolidays(t, 'pekanbaru', 2028)).toEqual([]);

    const [audit] = await t.handle.db.select().from(auditLog).where(eq(auditLog.action, 'holiday.imported'));
    expect(audit).toMatchObject({ targetType: 'holiday', targetId: '2028' });
    const [dumai] = await t.handle.db.select().from(offices).where(eq(offices.slug, 'dumai'));
    expect(audit?.officeId).toBe(dumai?.id);
    const after = audit?.after as { added: string[]; skipped: string[] } | undefined;
    expect(after?.skipped).toEqual(['2028-01-01']);
    expect(after?.added).toHaveLength(15);

    // The same file again adds nothing.
    const again = (await importList(admin, { year: 2028, text: LIST_2028 })).json();
    expect(again.added).toEqual([]);
    expect(again.skipped).toHaveLength(16);
  });

  it('takes a JSON array, and the seed file shape', async () => {
    const list = [
      { date: '2029-01-01', name: 'Tahun Baru 2029 Masehi', kind: 'national' },
      { date: '2029-03-01', name: 'Libur daerah uji', kind: 'local' },
    ];
    const asArray = await importList(admin, { year: 2029, text: JSON.stringify(list) });
    expect(asArray.statusCode).toBe(200);
    expect(asArray.json().added).toHaveLength(2);
    const asSeed = await importList(admin, {
      year: 2029,
      format: 'json',
      text: JSON.stringify({
        year: 2029,
        holidays: [...list, { date: '2029-x', name: 'Salah', kind: 'national' }],
      }),
    });
    expect(asSeed.statusCode).toBe(400);
    expect(asSeed.json().fields).toEqual({ 'baris 3': 'Tanggal harus berbentuk TTTT-BB-HH' });
  });

  it('is for admins only', async () => {
    const kadis = await staffSession(t, { office: 'dumai', role: 'kadis' });
    expect((await importList(kadis, { year: 2028, text: LIST_2028 })).statusCode).toBe(403);
  });
});

describe('calendar coverage warnings', () => {
  let t: TestApp;
  let admin: Session;
  let coordinator: Session;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2026-12-31T03:00:00Z'); // Thursday 31 December 2026, 10:00 WIB
    admin = await staffSession(t, { office: 'dumai', role: 'admin' });
    coordinator = await staffSession(t, { office: 'dumai', role: 'coordinator' });
  });
  afterAll(async () => t.close());

  const coverage = async () =>
    (await admin.request({ method: 'GET', url: '/api/v1/office/holidays/coverage' })).json().warnings;

  it('warns the officer beside a deadline that falls in an incomplete year, and the admin in settings', async () => {
    // The seed's provisional 2027 holds 1 January: 3-4 working days from Thursday skip it.
    const village = await villageIn(t, '14.72');
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village, {
        serviceCode: 'odgj',
        ppks: { category: 'penyandang-disabilitas', subcategory: 'tuna-laras', other: null },
      }),
    });
    expect(filed.statusCode).toBe(201);
    const ticket = filed.json().ticket;
    const detail: TCaseDetail = (
      await coordinator.request({ method: 'GET', url: `/api/v1/cases/${ticket}` })
    ).json();
    expect(detail.dueAt).toBe('2027-01-07T03:00:00.000Z');
    expect(detail.calendarWarning).toBe(
      'Kalender libur 2027 belum lengkap; tenggat bisa bergeser. Minta admin mengimpor daftar libur 2027.',
    );
    expect(await coverage()).toEqual([
      {
        year: 2027,
        coverage: 'incomplete',
        message: detail.calendarWarning,
        deadlinesAffected: true,
      },
    ]);

    // With 2027 gone entirely, the warning says it is empty.
    const [office] = await t.handle.db.select().from(offices).where(eq(offices.slug, 'dumai'));
    await t.handle.db
      .delete(holidays)
      .where(and(eq(holidays.officeId, office?.id ?? ''), gte(holidays.date, '2027-01-01')));
    const missing: TCaseDetail = (
      await coordinator.request({ method: 'GET', url: `/api/v1/cases/${ticket}` })
    ).json();
    expect(missing.calendarWarning).toMatch(/^Kalender libur 2027 belum diisi/);

    // Once a full list is imported the warnings go.
    const full = LIST_2028.replaceAll('2028-', '2027-').replace('Tahun Baru 2027 Masehi', 'Tahun Baru 2027');
    expect(
      (
        await admin.request({
          method: 'POST',
          url: '/api/v1/office/holidays/import',
          payload: { year: 2027, text: full },
        })
      ).statusCode,
    ).toBe(200);
    const covered: TCaseDetail = (
      await coordinator.request({ method: 'GET', url: `/api/v1/cases/${ticket}` })
    ).json();
    expect(covered.calendarWarning).toBeNull();
    expect(await coverage()).toEqual([]);
  });

  it('tells the admin about next year from 1 October even without deadlines in it', async () => {
    const other = await staffSession(t, { office: 'bekasi', role: 'admin' });
    const [bekasi] = await t.handle.db.select().from(offices).where(eq(offices.slug, 'bekasi'));
    await t.handle.db
      .delete(holidays)
      .where(and(eq(holidays.officeId, bekasi?.id ?? ''), gte(holidays.date, '2027-01-01')));
    t.clock.now = new Date('2026-09-30T03:00:00Z');
    const before = (await other.request({ method: 'GET', url: '/api/v1/office/holidays/coverage' })).json();
    expect(before.warnings).toEqual([]);
    t.clock.now = new Date('2026-10-01T03:00:00Z');
    const after = (await other.request({ method: 'GET', url: '/api/v1/office/holidays/coverage' })).json();
    expect(after.warnings).toEqual([
      {
        year: 2027,
        coverage: 'missing',
        message:
          'Kalender libur 2027 belum diisi; tenggat bisa bergeser. Minta admin mengimpor daftar libur 2027.',
        deadlinesAffected: false,
      },
    ]);
  });
});
