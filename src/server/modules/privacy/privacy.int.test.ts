import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERASED } from '../../../domain/privacy/erasure';
import type { TWhoSawPage } from '../../../domain/privacy/schemas';
import { importRegistry, registryCsv } from '../../testing/registry-sample';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { rowsOf } from '../case-handling/case-record';
import { caseAttachments, caseSubjects, cases } from '../cases/tables';
import { refreshDashboard } from '../dashboard/refresh';
import { linkPendingCases } from '../ppks-register/link-job';
import { ppksPersons } from '../ppks-register/tables';
import { registryChecks } from '../registry/tables';
import { applyRetention } from './retention';

const NIK = '1472015708500001';
const KK = '1472010503150007';
const NAME = 'Zubaidah Ramlah';
const PHONE = '081277788899';

describe('privacy: audit of reading, who saw, erasure, retention', () => {
  let t: TestApp;
  let admin: Session & { userId: string };
  let kadis: Session & { userId: string };
  let coordinator: Session & { userId: string };
  let village: string;
  let ticket: string;
  let personId: string;

  const intake = async (changes: Parameters<typeof sampleReport>[2]) => {
    const response = await coordinator.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        details: { channel: 'phone', contact: PHONE },
        report: sampleReport('dumai', village, changes),
      },
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json().ticket as string;
  };
  const act = (tk: string, action: object) =>
    coordinator.request({ method: 'POST', url: `/api/v1/cases/${tk}/actions`, payload: action });
  const whoSaw = async (by: Session, body: object) =>
    by.request({ method: 'POST', url: '/api/v1/privacy/who-saw', payload: body });
  /** Every table's rows as text, the append-only audit log and the registry copy aside (see below). */
  const tablesContaining = async (value: string) => {
    const tables = rowsOf<{ table_name: string }>(
      await t.handle.db.execute(
        sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      ),
    ).map((r) => r.table_name);
    const found: string[] = [];
    for (const table of tables) {
      if (table === 'audit_log' || table === 'registry_members' || table === 'regions') continue;
      const [row] = rowsOf<{ n: number }>(
        await t.handle.db.execute(
          sql`select count(*)::int as n from ${sql.identifier(table)} x where x::text like ${`%${value}%`}`,
        ),
      );
      if (row && row.n > 0) found.push(table);
    }
    return found;
  };
  const dashboard = async () => {
    await refreshDashboard(t.handle, t.clock.now);
    const response = await kadis.request({ method: 'GET', url: '/api/v1/dashboard' });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await staffSession(t, { office: 'dumai', role: 'admin' });
    kadis = await staffSession(t, { office: 'dumai', role: 'kadis' });
    coordinator = await staffSession(t, { office: 'dumai', role: 'coordinator' });
    village = await villageIn(t, '14.72');
    await importRegistry(admin, {
      name: 'dtks.csv',
      bytes: Buffer.from(
        registryCsv([{ kk: KK, nik: '1472011708700001', name: 'Ahmad Yani', relation: '1' }], ';'),
      ),
    });
    ticket = await intake({
      person: { fullName: NAME, nik: NIK, kk: KK, phone: PHONE, address: 'Jalan Kenanga 7' },
      description: `${NAME} ditelantarkan keluarganya`,
      reporter: { name: 'Pelapor Rahasia', phone: '081311122233' },
    });
    await linkPendingCases(t.handle, t.clock.now);
    const [row] = await t.handle.db
      .select({ p: cases.personId, id: cases.id })
      .from(cases)
      .where(eq(cases.ticket, ticket));
    personId = row?.p ?? '';
    // A photo of the person, as intake stores one.
    await t.storage.put(`cases/${row?.id}/photo.jpg`, Buffer.from('jpeg bytes'));
    await t.handle.db.insert(caseAttachments).values({
      caseId: row?.id ?? '',
      kind: 'person_photo',
      storageKey: `cases/${row?.id}/photo.jpg`,
      contentType: 'image/jpeg',
      size: 10,
      sha256: 'x',
    });
  });
  afterAll(async () => t.close());

  it('audits opening a case, a register person and a registry check; who-saw lists them for admin and Kadis', async () => {
    expect((await coordinator.request({ method: 'GET', url: `/api/v1/cases/${ticket}` })).statusCode).toBe(
      200,
    );
    expect(
      (await coordinator.request({ method: 'GET', url: `/api/v1/ppks-persons/${personId}` })).statusCode,
    ).toBe(200);
    const check = await coordinator.request({
      method: 'POST',
      url: '/api/v1/registry/checks',
      payload: { ticket, by: 'nik', nik: NIK },
    });
    expect(check.statusCode).toBe(200);

    const byId = await whoSaw(admin, { personId });
    expect(byId.statusCode).toBe(200);
    expect(byId.headers['cache-control']).toBe('no-store');
    const page = byId.json() as TWhoSawPage;
    expect(page.tickets).toEqual([ticket]);
    const actions = page.items.map((i) => i.action);
    expect(actions.slice(0, 3)).toEqual(['registry.checked', 'ppks_person.viewed', 'case.viewed']);
    expect(page.items[2]).toMatchObject({ role: 'coordinator', purpose: 'membuka kasus', targetId: ticket });
    expect(page.items[1]).toMatchObject({ purpose: 'membuka data register PPKS', targetId: personId });
    expect(JSON.stringify(page)).not.toContain(NIK);

    // By NIK in the body (the Kadis): the same rows.
    // By NIK in the body (the Kadis): the same rows, and the admin's listing above (itself audited).
    const byNik = (await whoSaw(kadis, { nik: NIK })).json() as TWhoSawPage;
    expect(byNik.items[0]).toMatchObject({ action: 'privacy.who_saw_listed', role: 'admin' });
    expect(byNik.items.slice(1).map((i) => i.id)).toEqual(page.items.map((i) => i.id));

    // Only admin and Kadis, only of the same office.
    expect((await whoSaw(coordinator, { personId })).statusCode).toBe(403);
    const otherAdmin = await staffSession(t, { office: 'pekanbaru', role: 'admin' });
    expect((await whoSaw(otherAdmin, { personId })).statusCode).toBe(404);
    expect(((await whoSaw(otherAdmin, { nik: NIK })).json() as TWhoSawPage).items).toEqual([]);
  });

  it('refuses to erase while a case is open, needs a second officer, then erases every personal value', async () => {
    const requested = await admin.request({
      method: 'POST',
      url: '/api/v1/privacy/erasures',
      payload: {
        personId,
        requesterKind: 'subject',
        legalBasis: 'uu_pdp_art_8_erasure',
        referenceNumber: 'PDP/001/2026',
        reason: 'Permintaan penghapusan data oleh yang bersangkutan',
      },
    });
    expect(requested.statusCode).toBe(201);
    const request = requested.json();
    expect(request).toMatchObject({ status: 'pending', cases: 1, hold: [{ ticket, reason: 'open' }] });
    const confirm = (by: Session) =>
      by.request({ method: 'POST', url: `/api/v1/privacy/erasures/${request.id}/confirm` });
    expect((await confirm(kadis)).json().code).toBe('ERASURE_ON_HOLD');

    expect((await act(ticket, { type: 'reject', reason: `Bukan sasaran, kata ${NAME}` })).statusCode).toBe(
      200,
    );
    const before = await dashboard();
    expect((await confirm(admin)).json().code).toBe('ERASURE_SECOND_OFFICER');
    const done = await confirm(kadis);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'done',
      outcome: { persons: 1, cases: 1, files: 1, registryChecks: 1 },
    });

    for (const value of [
      NIK,
      KK,
      NAME,
      PHONE,
      'Jalan Kenanga',
      'Pelapor Rahasia',
      '081311122233',
      '1950-08-17',
    ])
      expect(await tablesContaining(value), value).toEqual([]);
    const [subject] = await t.handle.db.select().from(caseSubjects);
    expect(subject).toMatchObject({
      fullName: ERASED,
      nik: null,
      kk: null,
      phone: null,
      birthDate: null,
      nameWords: null,
    });
    const [person] = await t.handle.db.select().from(ppksPersons).where(eq(ppksPersons.id, personId));
    expect(person).toMatchObject({
      fullName: ERASED,
      nikHash: null,
      nameWords: null,
      address: null,
      districtCode: '14.72.01',
    });
    await expect(t.storage.get(`cases/${subject?.caseId}/photo.jpg`)).rejects.toThrow();
    expect(await dashboard()).toEqual(before);
    // The tracking page still shows the case's progress, and no name.
    const tracking = await t.app.inject({ method: 'GET', url: `/api/v1/track/${ticket}` });
    expect(tracking.body).not.toContain(NAME);
    // The audit trail stays, the erasure in it; who-saw by register id still answers.
    const trail = (await whoSaw(admin, { personId })).json() as TWhoSawPage;
    expect(trail.items.map((i) => i.action)).toContain('privacy.erasure_done');
    expect(trail.items.map((i) => i.action)).toContain('case.viewed');
  });

  it('retention, on the test clock, anonymises what is past its period and nothing else', async () => {
    const old = await intake({ person: { fullName: 'Sutan Lama', nik: '1472011203700003' } });
    const recent = await intake({ person: { fullName: 'Sutan Baru', nik: '1472011203700011' } });
    const open = await intake({ person: { fullName: 'Sutan Terbuka', nik: '1472011203700029' } });
    await linkPendingCases(t.handle, t.clock.now);
    await coordinator.request({
      method: 'POST',
      url: '/api/v1/registry/checks',
      payload: { ticket: open, by: 'kk', kk: KK },
    });
    const start = t.clock.now;
    expect((await act(old, { type: 'reject', reason: 'Data tidak lengkap sama sekali' })).statusCode).toBe(
      200,
    );
    t.clock.now = new Date(start.getTime() + 3 * 365 * 86_400_000);
    coordinator = await staffSession(t, { office: 'dumai', role: 'coordinator' });
    expect((await act(recent, { type: 'reject', reason: 'Data tidak lengkap sama sekali' })).statusCode).toBe(
      200,
    );
    // Ten years (the default) after the first rejection, not after the second.
    t.clock.now = new Date(start.getTime() + (10 * 365 + 5) * 86_400_000);
    const result = await applyRetention(t.handle, t.storage, t.clock.now);
    expect(result).toMatchObject({ cases: 1, persons: 1 });
    const names = await t.handle.db.select({ name: caseSubjects.fullName }).from(caseSubjects);
    expect(names.map((n) => n.name).sort()).toEqual([ERASED, ERASED, 'Sutan Baru', 'Sutan Terbuka'].sort());
    // The registry check of the open case is past 24 months: its answer goes, the case stays.
    const checks = await t.handle.db.select({ masked: registryChecks.queryMasked }).from(registryChecks);
    expect(checks.every((c) => c.masked === ERASED)).toBe(true);
    expect(await applyRetention(t.handle, t.storage, t.clock.now)).toMatchObject({ cases: 0, persons: 0 });
  });

  it('lets the admin set the retention periods, within bounds', async () => {
    const put = (by: Session, payload: object) =>
      by.request({ method: 'PUT', url: '/api/v1/privacy/retention', payload });
    admin = await staffSession(t, { office: 'dumai', role: 'admin' });
    kadis = await staffSession(t, { office: 'dumai', role: 'kadis' });
    const settings = { closedCaseYears: 5, registryCheckMonths: 12, outboxDays: 30, sessionDays: 7 };
    expect((await put(admin, settings)).statusCode).toBe(200);
    expect((await kadis.request({ method: 'GET', url: '/api/v1/privacy/retention' })).json()).toEqual(
      settings,
    );
    expect((await put(kadis, settings)).statusCode).toBe(403);
    const bad = await put(admin, { ...settings, outboxDays: 1 });
    expect(bad.json().fields.outboxDays).toBe('Paling sedikit 7 hari');
  });
});
