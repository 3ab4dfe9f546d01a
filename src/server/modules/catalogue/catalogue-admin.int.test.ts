import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  standardInputOf,
  type TServiceStandard,
  type TServiceStandardInput,
} from '../../../domain/catalogue/standard';
import { seedCatalogues } from '../../seed/catalogue';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { cases } from '../cases/tables';
import { regions } from '../regions/tables';

/** The editable part of a standard, as the admin page sends it back (a copy: tests change it). */
function inputOf(standard: TServiceStandard): TServiceStandardInput {
  return structuredClone(standardInputOf(standard));
}

describe('catalogue administration', () => {
  let t: TestApp;
  let admin: Session;
  let odgj: TServiceStandard;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await staffSession(t, { office: 'dumai', role: 'admin' });
    odgj = (await admin.request({ method: 'GET', url: '/api/v1/catalogue/services/odgj' })).json();
  });
  afterAll(async () => t.close());

  it('saves an edit as a new version and keeps the old one as it was', async () => {
    const edited = inputOf(odgj);
    edited.components.completionTime = '3 - 5 Hari kerja';
    const saved = await admin.request({
      method: 'PUT',
      url: '/api/v1/catalogue/services/odgj',
      payload: edited,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 2,
      completionTime: { limit: { amount: 5, unit: 'working_day' } },
    });

    const v1 = (
      await admin.request({ method: 'GET', url: '/api/v1/catalogue/services/odgj/versions/1' })
    ).json();
    expect(v1.components.completionTime).toBe('3 – 4 Hari kerja');
    expect(v1.completionTime.limit).toEqual({ amount: 4, unit: 'working_day' });
    const versions = (
      await admin.request({ method: 'GET', url: '/api/v1/catalogue/services/odgj/versions' })
    ).json();
    expect(
      versions.items.map((v: { version: number; createdBy: string | null }) => [
        v.version,
        v.createdBy !== null,
      ]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
    // The public page shows the current version.
    const published = await t.app.inject({ method: 'GET', url: '/api/v1/offices/dumai/services/odgj' });
    expect(published.json().version).toBe(2);

    // Saving the same content again adds no version.
    const again = await admin.request({
      method: 'PUT',
      url: '/api/v1/catalogue/services/odgj',
      payload: edited,
    });
    expect(again.json().version).toBe(2);
  });

  it('refuses a time the deadline rules cannot read, naming the field in Indonesian', async () => {
    const bad = inputOf(odgj);
    bad.components.completionTime = 'sebentar';
    const [firstStep] = bad.steps;
    if (!firstStep) throw new Error('ODGJ has steps');
    bad.steps = [...bad.steps, { ...firstStep, timeStandard: 'kapan-kapan' }];
    const response = await admin.request({
      method: 'PUT',
      url: '/api/v1/catalogue/services/odgj',
      payload: bad,
    });
    expect(response.statusCode).toBe(400);
    const { fields } = response.json();
    expect(fields['components.completionTime']).toMatch(/tidak dikenali/);
    expect(fields[`steps.${bad.steps.length - 1}.timeStandard`]).toMatch(/tidak dikenali/);
  });

  it('refuses an unknown division and a conditional requirement without its condition', async () => {
    const bad = inputOf(odgj);
    bad.divisionCode = 'tidak-ada';
    const unknownDivision = await admin.request({
      method: 'PUT',
      url: '/api/v1/catalogue/services/odgj',
      payload: bad,
    });
    expect(unknownDivision.json().fields).toEqual({
      divisionCode: 'Bidang tidak dikenal atau sudah nonaktif',
    });

    const noCondition = inputOf(odgj);
    noCondition.requirementChecklist = [{ name: 'Surat polisi', mandatory: false, condition: null }];
    const response = await admin.request({
      method: 'PUT',
      url: '/api/v1/catalogue/services/odgj',
      payload: noCondition,
    });
    expect(response.json().fields['requirementChecklist.0.condition']).toMatch(/keterangan/);
  });

  it('adds a service, reorders, deactivates it (gone from the public list) and audits each change', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/catalogue/services',
      payload: {
        code: 'konsultasi',
        standard: { ...inputOf(odgj), name: 'Konsultasi Kesejahteraan Sosial' },
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'konsultasi', version: 1, sortOrder: 13 });
    const taken = await admin.request({
      method: 'POST',
      url: '/api/v1/catalogue/services',
      payload: { code: 'konsultasi', standard: inputOf(odgj) },
    });
    expect(taken.statusCode).toBe(409);

    const codes: string[] = (await admin.request({ method: 'GET', url: '/api/v1/catalogue/services' }))
      .json()
      .items.map((s: { code: string }) => s.code);
    const reordered = ['konsultasi', ...codes.filter((c) => c !== 'konsultasi')];
    const order = await admin.request({
      method: 'PUT',
      url: '/api/v1/catalogue/order',
      payload: { codes: reordered },
    });
    expect(order.json().items[0].code).toBe('konsultasi');
    const incomplete = await admin.request({
      method: 'PUT',
      url: '/api/v1/catalogue/order',
      payload: { codes: ['odgj'] },
    });
    expect(incomplete.statusCode).toBe(400);

    const off = await admin.request({
      method: 'PATCH',
      url: '/api/v1/catalogue/services/konsultasi/status',
      payload: { active: false },
    });
    expect(off.json().active).toBe(false);
    const publicList = (await t.app.inject({ method: 'GET', url: '/api/v1/offices/dumai/services' })).json()
      .items;
    expect(publicList.map((s: { code: string }) => s.code)).not.toContain('konsultasi');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/offices/dumai/services/konsultasi' })).statusCode,
    ).toBe(404);
    // Staff still see it, to switch it back on.
    expect(
      (await admin.request({ method: 'GET', url: '/api/v1/catalogue/services/konsultasi' })).statusCode,
    ).toBe(200);

    const audit = (await admin.request({ method: 'GET', url: '/api/v1/audit?targetType=service' })).json();
    const actions = audit.items.map((a: { action: string }) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['service.created', 'service.version_added', 'service.deactivated']),
    );
  });

  it('lets only admins edit, and only their own office', async () => {
    const kadis = await staffSession(t, { office: 'dumai', role: 'kadis' });
    expect((await kadis.request({ method: 'GET', url: '/api/v1/catalogue/services/odgj' })).statusCode).toBe(
      200,
    );
    const put = await kadis.request({
      method: 'PUT',
      url: '/api/v1/catalogue/services/odgj',
      payload: inputOf(odgj),
    });
    expect(put.statusCode).toBe(403);

    const bekasiAdmin = await staffSession(t, { office: 'bekasi', role: 'admin' });
    const foreign = await bekasiAdmin.request({
      method: 'PUT',
      url: '/api/v1/catalogue/services/odgj',
      payload: inputOf(odgj),
    });
    expect(foreign.statusCode).toBe(404);
    expect(
      (await bekasiAdmin.request({ method: 'GET', url: '/api/v1/catalogue/services/odgj/versions' }))
        .statusCode,
    ).toBe(404);
    const status = await bekasiAdmin.request({
      method: 'PATCH',
      url: '/api/v1/catalogue/services/odgj/status',
      payload: { active: false },
    });
    expect(status.statusCode).toBe(404);
  });

  it('leaves open cases on the version they were opened under: an edit never moves their deadline', async () => {
    const [village] = await t.handle.db
      .select({ code: regions.code })
      .from(regions)
      .where(and(eq(regions.level, 4), like(regions.code, '14.72.%')))
      .limit(1);
    const file = async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: {
          office: 'dumai',
          serviceCode: 'odgj',
          person: { fullName: 'Klien ODGJ', villageCode: village?.code },
          ppks: { category: 'penyandang-disabilitas', subcategory: 'tuna-laras' },
          dtksStatus: 'tidak-tahu',
          aid: { kinds: ['belum-pernah'] },
          description: 'ODGJ terlantar di pasar, dikirim Satpol PP.',
          reporter: { name: 'Satpol PP', phone: '081211112222' },
          consent: true,
        },
      });
      const [row] = await t.handle.db.select().from(cases).where(eq(cases.ticket, response.json().ticket));
      if (!row) throw new Error('case not filed');
      return row;
    };
    const before = await file();
    const current = (await admin.request({ method: 'GET', url: '/api/v1/catalogue/services/odgj' })).json();
    const edited = inputOf(current);
    edited.components.completionTime = '10 Hari kerja';
    expect(
      (await admin.request({ method: 'PUT', url: '/api/v1/catalogue/services/odgj', payload: edited })).json()
        .version,
    ).toBe(current.version + 1);
    const [after] = await t.handle.db.select().from(cases).where(eq(cases.id, before.id));
    expect(after?.standardVersionId).toBe(before.standardVersionId);
    expect(after?.dueAt).toEqual(before.dueAt);
    const later = await file();
    expect(later.standardVersionId).not.toBe(before.standardVersionId);
    expect(later.dueAt && before.dueAt && later.dueAt > before.dueAt).toBe(true);
  });

  it('keeps versions immutable in the database, and a new seed run leaves admin edits alone', async () => {
    await expect(
      t.handle.db.execute(sql`update service_standard_versions set name = 'diubah'`),
    ).rejects.toThrow();
    await expect(t.handle.db.execute(sql`delete from service_standard_versions`)).rejects.toThrow();
    // Cases refer to their office and version, and their person, timeline and notices to them,
    // without foreign keys: none of them may go.
    for (const table of ['offices', 'cases'])
      await expect(t.handle.db.execute(sql.raw(`delete from ${table}`))).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/never deleted/) },
      });

    await seedCatalogues(t.handle.db);
    // A seed-born service the admin never touched gets no new version when nothing changed.
    const pengaduan = (
      await admin.request({ method: 'GET', url: '/api/v1/catalogue/services/pengaduan' })
    ).json();
    expect(pengaduan.version).toBe(1);
    const current = (await admin.request({ method: 'GET', url: '/api/v1/catalogue/services/odgj' })).json();
    expect(current.version).toBe(3);
    expect(current.components.completionTime).toBe('10 Hari kerja');
  });
});
