import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPersonDetail, TRegisterListItem } from '../../../domain/ppks-register/schemas';
import { sampleReport } from '../../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit/tables';
import { caseReferrals } from '../case-handling/tables';
import { caseAttachments, cases } from '../cases/tables';
import { regions } from '../regions/tables';
import { linkPendingCases } from './link-job';
import { ppksPersons } from './tables';

type Changes = Parameters<typeof sampleReport>[2];
const NIK_A = '1472015708500001';
const NIK_B = '1472021203700003';
const NIK_C = '1472015708500002';

describe('the PPKS register: search, person page, merge', () => {
  let t: TestApp;
  let coordinator: Session;
  let frontOffice: Session;
  let operator: Session;
  const villages: Record<'d1' | 'd2', string> = { d1: '', d2: '' };
  const tickets: Record<string, string> = {};

  /** A report taken by phone; answers its ticket. */
  const intake = async (by: Session, village: string, changes: Changes) => {
    const response = await by.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        details: { channel: 'phone', contact: '0812 3456 7890' },
        report: sampleReport('dumai', village, changes),
      },
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json().ticket as string;
  };
  const caseId = async (ticket: string) => {
    const [row] = await t.handle.db.select({ id: cases.id }).from(cases).where(eq(cases.ticket, ticket));
    return row?.id ?? '';
  };
  const personIdOf = async (ticket: string) => {
    const [row] = await t.handle.db
      .select({ id: cases.personId })
      .from(cases)
      .where(eq(cases.ticket, ticket));
    return row?.id ?? '';
  };
  const search = async (by: Session, body: object) => {
    const response = await by.request({ method: 'POST', url: '/api/v1/ppks-persons/search', payload: body });
    expect(response.statusCode).toBe(200);
    return response.json() as { items: TRegisterListItem[]; next: string | null };
  };

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await staffSession(t, { office: 'dumai', role: 'coordinator' });
    frontOffice = await staffSession(t, { office: 'dumai', role: 'front_office' });
    operator = await staffSession(t, {
      office: 'dumai',
      role: 'district_operator',
      districtCode: '14.72.01',
    });
    for (const [key, district] of [
      ['d1', '14.72.01'],
      ['d2', '14.72.02'],
    ] as const) {
      const [row] = await t.handle.db
        .select({ code: regions.code })
        .from(regions)
        .where(eq(regions.parentCode, district))
        .orderBy(regions.code)
        .limit(1);
      villages[key] = row?.code ?? '';
    }
    tickets.a1 = await intake(frontOffice, villages.d1, { person: { fullName: 'Siti Aminah', nik: NIK_A } });
    tickets.a2 = await intake(frontOffice, villages.d1, {
      person: { fullName: 'Hj. Siti Aminah', birthDate: null },
      aid: { kinds: ['pkh', 'bpjs-pbi'], pbiScheme: 'daerah', other: null },
      ppks: { category: 'penyandang-disabilitas', subcategory: 'tuna-netra', other: null },
    });
    tickets.b = await intake(frontOffice, villages.d2, {
      person: { fullName: 'Budi Hartono', birthDate: '1970-03-12', nik: NIK_B },
      ppks: { category: 'gelandangan', subcategory: null, other: null },
    });
    tickets.c = await intake(frontOffice, villages.d1, { person: { fullName: 'Siti Aminah', nik: NIK_C } });
    tickets.d = await intake(coordinator, villages.d1, {
      person: { fullName: 'Rina Marlina', birthDate: '1999-01-01' },
      ppks: { category: 'korban-trafficking', subcategory: null, other: null },
    });
    await linkPendingCases(t.handle, t.clock.now);
  });
  afterAll(async () => t.close());

  it('searches by name words, exact NIK in a POST body, district and category; lists are masked', async () => {
    const byName = await search(coordinator, { q: 'siti ami' });
    expect(byName.items).toHaveLength(3);
    expect(JSON.stringify(byName)).not.toContain(NIK_A);
    expect(byName.items.map((i) => i.nikMasked)).toContain('1472**********01');

    const byNik = await search(coordinator, { nik: '1472 0157 0850 0001' });
    expect(byNik.items.map((i) => i.id)).toEqual([await personIdOf(tickets.a1 ?? '')]);
    const byDistrict = await search(coordinator, { districtCode: '14.72.02' });
    expect(byDistrict.items.map((i) => i.fullName)).toEqual(['Budi Hartono']);
    expect(byDistrict.items[0]).toMatchObject({
      districtName: expect.any(String),
      villageName: expect.any(String),
    });
    const confidential = await search(coordinator, { category: 'korban-trafficking' });
    expect(confidential.items.map((i) => i.fullName)).toEqual(['R*** M******']);

    const first = await search(coordinator, { limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await search(coordinator, { limit: 2, after: first.next });
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]?.id);
    const bad = await coordinator.request({
      method: 'POST',
      url: '/api/v1/ppks-persons/search',
      payload: { nik: '123' },
    });
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { nik: 'NIK harus 16 angka' } });
  });

  it('shows a district operator the people of their district, and confidential people only to those allowed', async () => {
    const own = await search(operator, {});
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((i) => i.districtCode === '14.72.01')).toBe(true);
    expect(own.items.map((i) => i.latestCategory)).not.toContain('korban-trafficking');
    const budi = await personIdOf(tickets.b ?? '');
    expect((await operator.request({ method: 'GET', url: `/api/v1/ppks-persons/${budi}` })).statusCode).toBe(
      404,
    );

    const rina = await personIdOf(tickets.d ?? '');
    expect((await search(frontOffice, { q: 'rina' })).items).toEqual([]);
    expect(
      (await frontOffice.request({ method: 'GET', url: `/api/v1/ppks-persons/${rina}` })).statusCode,
    ).toBe(404);
    expect(
      (await coordinator.request({ method: 'GET', url: `/api/v1/ppks-persons/${rina}` })).statusCode,
    ).toBe(200);
  });

  it('shows the person: identity masked, photos through the audited case route, categories, cases and aid', async () => {
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    const later = await intake(frontOffice, villages.d1, {
      person: { fullName: 'Siti Aminah', nik: NIK_A },
      ppks: { category: 'penyandang-disabilitas', subcategory: 'tuna-daksa', other: null },
      aid: { kinds: ['bpnt-sembako'], pbiScheme: null, other: null },
    });
    const laterId = await caseId(later);
    await t.storage.put('cases/dumai/photo-test.jpg', Buffer.from('photo bytes'));
    const [photo] = await t.handle.db
      .insert(caseAttachments)
      .values({
        caseId: laterId,
        kind: 'person_photo',
        storageKey: 'cases/dumai/photo-test.jpg',
        contentType: 'image/jpeg',
        size: 11,
        sha256: 'x',
      })
      .returning({ id: caseAttachments.id });
    const [office] = await t.handle.db
      .select({ id: cases.officeId })
      .from(cases)
      .where(eq(cases.id, laterId));
    await t.handle.db.insert(caseReferrals).values({
      caseId: laterId,
      officeId: office?.id ?? '',
      targetKind: 'partner',
      bodyKind: 'dinas_kesehatan',
      bodyName: 'Puskesmas Dumai Kota',
      reason: 'Pemeriksaan kesehatan',
      fieldsShared: [],
      consent: { given: true },
      status: 'done',
      dueAt: t.clock.now,
      sentAt: t.clock.now,
      completedAt: t.clock.now,
      report: 'Sudah diperiksa',
    });
    await linkPendingCases(t.handle, t.clock.now);

    const id = await personIdOf(tickets.a1 ?? '');
    const response = await coordinator.request({ method: 'GET', url: `/api/v1/ppks-persons/${id}` });
    expect(response.statusCode).toBe(200);
    const person = response.json() as TPersonDetail;
    expect(response.body).not.toContain(NIK_A);
    expect(person).toMatchObject({
      fullName: 'Siti Aminah',
      nikMasked: '1472**********01',
      identityTicket: later,
      latestCategory: 'penyandang-disabilitas',
      hiddenCases: 0,
      photos: [{ ticket: later, attachmentId: photo?.id, kind: 'person_photo' }],
    });
    expect(person.cases.map((c) => c.ticket)).toEqual([tickets.a1, later]);
    expect(person.timeline.map((p) => p.category)).toEqual(['lansia-terlantar', 'penyandang-disabilitas']);
    expect(person.aid.reported.map((a) => a.kind)).toEqual(['bpnt-sembako']);
    expect(person.aid.referrals).toEqual([
      expect.objectContaining({ bodyName: 'Puskesmas Dumai Kota', ticket: later }),
    ]);

    const file = await coordinator.request({
      method: 'GET',
      url: `/api/v1/cases/${later}/attachments/${photo?.id}`,
    });
    expect(file.statusCode).toBe(200);
    const opened = await t.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case.attachment_opened'), eq(auditLog.targetId, later)));
    expect(opened).toHaveLength(1);
    const reveal = await coordinator.request({ method: 'POST', url: `/api/v1/cases/${later}/reveal` });
    expect(reveal.json()).toMatchObject({ nik: NIK_A });
  });

  it('merges a duplicate into a record (cases move, audited with the reason) and refuses two NIKs', async () => {
    const a1 = await personIdOf(tickets.a1 ?? '');
    const a2 = await personIdOf(tickets.a2 ?? '');
    const c = await personIdOf(tickets.c ?? '');
    const duplicates = await coordinator.request({
      method: 'GET',
      url: `/api/v1/ppks-persons/${a1}/duplicates`,
    });
    const candidates = duplicates.json().items as { id: string; warnings: string[] }[];
    expect(candidates.map((d) => d.id)).toEqual([a2]);

    const refused = await coordinator.request({
      method: 'POST',
      url: `/api/v1/ppks-persons/${a1}/merge`,
      payload: { sourceId: c, reason: 'Nama sama persis' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields.sourceId).toMatch(/NIK berbeda/);
    const noReason = await coordinator.request({
      method: 'POST',
      url: `/api/v1/ppks-persons/${a1}/merge`,
      payload: { sourceId: a2, reason: '' },
    });
    expect(noReason.json().fields.reason).toMatch(/alasan/);

    const merged = await coordinator.request({
      method: 'POST',
      url: `/api/v1/ppks-persons/${a1}/merge`,
      payload: { sourceId: a2, reason: 'Orang yang sama, dilaporkan tanpa tanggal lahir' },
    });
    expect(merged.json()).toEqual({ id: a1, movedCases: 1 });
    expect(await personIdOf(tickets.a2 ?? '')).toBe(a1);
    const [source] = await t.handle.db.select().from(ppksPersons).where(eq(ppksPersons.id, a2));
    expect(source?.mergedIntoId).toBe(a1);
    const [target] = await t.handle.db.select().from(ppksPersons).where(eq(ppksPersons.id, a1));
    expect(target?.caseCount).toBe(3);
    expect((await search(coordinator, { q: 'siti' })).items.map((i) => i.id)).not.toContain(a2);
    const followed = await coordinator.request({ method: 'GET', url: `/api/v1/ppks-persons/${a2}` });
    expect(followed.json().id).toBe(a1);
    const [audit] = await t.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'ppks_person.merged'));
    expect(audit).toMatchObject({
      targetId: a1,
      after: { reason: 'Orang yang sama, dilaporkan tanpa tanggal lahir' },
    });
    const again = await coordinator.request({
      method: 'POST',
      url: `/api/v1/ppks-persons/${a1}/merge`,
      payload: { sourceId: a2, reason: 'Sekali lagi' },
    });
    expect(again.json().fields.sourceId).toMatch(/sudah digabung/);
  });

  it('opens the register to case staff only, and the merge to leaders only', async () => {
    const id = await personIdOf(tickets.b ?? '');
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/ppks-persons/search', payload: {} });
    expect(anonymous.statusCode).toBe(401);
    for (const role of ['admin', 'partner'] as const) {
      const session = await staffSession(t, { office: 'dumai', role });
      const response = await session.request({
        method: 'POST',
        url: '/api/v1/ppks-persons/search',
        payload: {},
      });
      expect({ role, status: response.statusCode }).toEqual({ role, status: 403 });
    }
    const merge = {
      method: 'POST' as const,
      url: `/api/v1/ppks-persons/${id}/merge`,
      payload: { sourceId: id, reason: 'Uji hak akses' },
    };
    expect((await frontOffice.request(merge)).statusCode).toBe(403);
    expect(
      (await frontOffice.request({ method: 'GET', url: `/api/v1/ppks-persons/${id}/duplicates` })).statusCode,
    ).toBe(403);
    const kabid = await staffSession(t, { office: 'dumai', role: 'kabid' });
    expect(
      (await kabid.request({ method: 'GET', url: `/api/v1/ppks-persons/${id}/duplicates` })).statusCode,
    ).toBe(200);
    const bekasi = await staffSession(t, { office: 'bekasi', role: 'coordinator' });
    expect((await bekasi.request({ method: 'GET', url: `/api/v1/ppks-persons/${id}` })).statusCode).toBe(404);
  });
});
