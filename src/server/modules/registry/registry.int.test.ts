import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRegistryCheckResult } from '../../../domain/registry/schemas';
import { identityHash } from '../../crypto/keys';
import { importRegistry, registryCsv, SAMPLE_HEADERS, sampleCells } from '../../testing/registry-sample';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit/tables';
import { offices } from '../offices/tables';
import { registryChecks, registryImports, registryMembers } from './tables';

const KK = '1472010503150007';
const HEAD = {
  id: 'DTKS-01',
  kk: KK,
  nik: '1472011708700001',
  name: 'Ahmad Yani',
  birthDate: '17-08-1970',
  sex: 'L',
  relation: '1',
  pkh: '1',
  bpnt: '1',
  decile: '2',
};
const WIFE = {
  kk: KK,
  nik: '1472015203750002',
  name: 'Siti Aminah',
  birthDate: '12-03-1975',
  sex: 'P',
  relation: '2',
  pbi: '1',
};
const CHILD = {
  kk: KK,
  nik: '1472010101100003',
  name: 'Rudi Hartono',
  birthDate: '01-01-2010',
  sex: 'L',
  relation: 'Anak',
};
const OTHER = {
  kk: '1472020203160008',
  nik: '1472024107800004',
  name: 'Mak Ijah',
  birthDate: '01-07-1980',
  sex: 'P',
  relation: '1',
  village: '1472021003',
  blt: 'Ya',
};

describe('social registry: import and check', () => {
  let t: TestApp;
  let admin: Session;
  let officer: Session & { userId: string };
  let ticket: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await staffSession(t, { office: 'dumai', role: 'admin' });
    officer = await staffSession(t, { office: 'dumai', role: 'service_officer' });
    const village = await villageIn(t, '14.72');
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village, { serviceCode: 'rekom-dtks' }),
    });
    ticket = filed.json().ticket;
  });
  afterAll(async () => t.close());

  async function check(body: object, session: Session = officer) {
    const response = await session.request({
      method: 'POST',
      url: '/api/v1/registry/checks',
      payload: { ticket, ...body },
    });
    return response;
  }

  it('loads a semicolon CSV, reporting the bad rows by line, column and reason while the good ones load', async () => {
    const csv = registryCsv([HEAD, WIFE, CHILD, OTHER], ';', [
      sampleCells({ kk: KK, nik: '1.31E+15', name: 'Angka Ilmiah' }),
      sampleCells({ kk: KK, nik: '1472011708709', name: 'Terlalu Pendek' }),
      sampleCells({ kk: KK, nik: '1472011708700005', name: 'Desa Asing', village: '1472019999' }),
      sampleCells({ ...WIFE, name: 'Siti Ganda' }),
    ]);
    const done = await importRegistry(admin, { name: 'dtks-dumai.csv', bytes: Buffer.from(csv) });
    expect(done).toMatchObject({
      status: 'done',
      format: 'csv',
      rowsRead: 8,
      inserted: 4,
      updated: 0,
      failed: 4,
    });
    expect(done.bytesRead).toBe(done.bytesTotal);
    const errors = (
      await admin.request({ method: 'GET', url: `/api/v1/registry/imports/${done.id}/errors` })
    ).json();
    expect(
      errors.items.map((e: { line: number; column: string; reason: string }) => [e.line, e.column, e.reason]),
    ).toEqual([
      [6, 'NIK', 'nik_scientific'],
      [7, 'NIK', 'nik_format'],
      [8, 'KODE_WILAYAH', 'region_unknown'],
      [9, 'NIK', 'duplicate'],
    ]);
    // The report names no NIK: it is personal data.
    expect(JSON.stringify(errors)).not.toContain(WIFE.nik);
  });

  it('re-imports by NIK (updates, no duplicates) and keeps the history of imports', async () => {
    const csv = registryCsv([{ ...WIFE, name: 'Siti Aminah Rahma', bpnt: '1' }, HEAD], ',');
    const done = await importRegistry(
      admin,
      { name: 'dtks-dumai-2.csv', bytes: Buffer.from(csv) },
      { dataDate: '2026-11-01', source: 'dtks' },
    );
    expect(done).toMatchObject({ status: 'done', inserted: 0, updated: 2, failed: 0, source: 'DTKS' });
    const members = await t.handle.db
      .select()
      .from(registryMembers)
      .where(eq(registryMembers.kkHash, identityHash(KK)));
    expect(members).toHaveLength(3);
    expect(members.find((m) => m.nik === WIFE.nik)).toMatchObject({
      name: 'Siti Aminah Rahma',
      bpnt: true,
      dataDate: '2026-11-01',
    });
    const history = (await admin.request({ method: 'GET', url: '/api/v1/registry/imports' })).json();
    expect(history.members).toBe(4);
    expect(history.items.map((i: { fileName: string }) => i.fileName)).toEqual([
      'dtks-dumai-2.csv',
      'dtks-dumai.csv',
    ]);
    expect(history.items[0]).toMatchObject({
      by: expect.stringContaining('dumai.admin'),
      inserted: 0,
      updated: 2,
    });
  });

  it('loads an XLSX export, NIKs as text or as exact numbers, with a mapping saved for the office', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DTKS');
    sheet.addRow(['No Induk', ...SAMPLE_HEADERS.filter((h) => h !== 'NIK')]);
    const row = (m: typeof HEAD | typeof OTHER, nik: string | number) => {
      const cells = sampleCells(m);
      cells.splice(2, 1);
      return [nik, ...cells];
    };
    sheet.addRow(
      row(
        { ...HEAD, nik: '', kk: '1472020203160008', id: 'X', name: 'Budi Santoso', birthDate: '1981-02-03' },
        1472020302810011,
      ),
    );
    sheet.addRow(row({ ...OTHER, nik: '' }, 1472024107800000)); // lost its 16th digit in a spreadsheet
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const done = await importRegistry(
      admin,
      { name: 'dtks.xlsx', bytes },
      {
        dataDate: '2026-11-02',
        source: 'DTKS',
        mapping: JSON.stringify({ nik: 'No Induk' }),
        saveMapping: 'true',
      },
    );
    expect(done).toMatchObject({ status: 'done', format: 'xlsx', inserted: 1, failed: 1 });
    const errors = (
      await admin.request({ method: 'GET', url: `/api/v1/registry/imports/${done.id}/errors` })
    ).json();
    expect(errors.items[0]).toMatchObject({ line: 3, column: 'No Induk', reason: 'nik_precision' });
    expect((await admin.request({ method: 'GET', url: '/api/v1/registry/mapping' })).json()).toEqual({
      nik: 'No Induk',
    });
  });

  it('fails an import whose file lacks a required column, saying which', async () => {
    const done = await importRegistry(admin, {
      name: 'kosong.csv',
      bytes: Buffer.from('NAMA;ALAMAT\nBudi;Jl. A\n'),
    });
    expect(done).toMatchObject({ status: 'failed', inserted: 0 });
    expect(done.message).toMatch(/Kolom tidak ditemukan: NIK, Nomor KK/);
  });

  it('settles an import whose process died (silent for over ten minutes) as failed, leaving live ones running', async () => {
    const [office] = await t.handle.db
      .select({ id: offices.id })
      .from(offices)
      .where(eq(offices.slug, 'dumai'));
    const running = (fileName: string, minutesSilent: number) => ({
      officeId: office?.id ?? '',
      fileName,
      format: 'csv' as const,
      fileSha256: '0'.repeat(64),
      source: 'DTKS',
      dataDate: '2026-10-01',
      mapping: {},
      status: 'running' as const,
      bytesTotal: 1000,
      startedAt: new Date(t.clock.now.getTime() - 60 * 60_000),
      heartbeatAt: new Date(t.clock.now.getTime() - minutesSilent * 60_000),
    });
    const [dead, alive] = await t.handle.db
      .insert(registryImports)
      .values([running('mati.csv', 11), running('jalan.csv', 1)])
      .returning({ id: registryImports.id });
    const history = (await admin.request({ method: 'GET', url: '/api/v1/registry/imports' })).json();
    const byId = (id: string | undefined) => history.items.find((i: { id: string }) => i.id === id);
    expect(byId(dead?.id)).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/server berhenti/),
    });
    expect(byId(alive?.id)).toMatchObject({ status: 'running' });
  });

  it('checks by NIK: registered, the household and its programmes, the source and date; audited for the case', async () => {
    const response = await check({ by: 'nik', nik: WIFE.nik });
    expect(response.statusCode).toBe(200);
    const result = response.json() as TRegistryCheckResult;
    expect(result).toMatchObject({
      registered: true,
      by: 'nik',
      ticket,
      source: 'DTKS',
      dataDate: '2026-11-01',
    });
    expect(result.people[0]).toMatchObject({
      name: 'Siti Aminah Rahma',
      nikMasked: '1472**********02',
      relation: 'spouse',
    });
    expect(result.household).toMatchObject({
      kkMasked: '1472**********07',
      householdRef: 'DTKS-01',
      villageName: 'Pangkalan Sesai',
      districtName: 'Dumai Barat',
      programmes: { pkh: true, bpnt: true, pbiJkn: true, blt: false },
      decile: 2,
    });
    expect(result.household?.members.map((m) => m.relation)).toEqual(['head', 'spouse', 'child']);
    expect(response.body).not.toContain(WIFE.nik);

    const [audit] = await t.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'registry.checked'), eq(auditLog.targetId, ticket)));
    expect(audit).toMatchObject({ actorUsername: expect.stringContaining('service-officer') });
    expect(JSON.stringify(audit?.after)).not.toContain(WIFE.nik);
    expect(audit?.after).toMatchObject({ by: 'nik', query: '1472**********02', found: true });
    const [stored] = await t.handle.db
      .select()
      .from(registryChecks)
      .where(eq(registryChecks.id, result.checkId));
    expect(stored).toMatchObject({ method: 'nik', found: true, userId: officer.userId });
  });

  it('checks by KK, and by name and birth date with a misspelt name', async () => {
    const byKk = (await check({ by: 'kk', kk: KK })).json() as TRegistryCheckResult;
    expect(byKk).toMatchObject({ registered: true, people: [] });
    expect(byKk.household?.members).toHaveLength(3);
    const byName = (
      await check({ by: 'name', name: 'Achmad Yani', birthDate: '1970-08-17' })
    ).json() as TRegistryCheckResult;
    expect(byName.registered).toBe(true);
    expect(byName.people[0]).toMatchObject({ name: 'Ahmad Yani', birthDate: '1970-08-17' });
    expect(byName.people[0]?.score).toBeGreaterThan(0.6);
    const nobody = (await check({ by: 'name', name: 'Budi Santoso', birthDate: '1970-08-17' })).json();
    expect(nobody).toMatchObject({ registered: false, people: [], household: null });
  });

  it('answers "not registered" for a NIK the registry does not hold', async () => {
    const result = (await check({ by: 'nik', nik: '1472011708709999' })).json();
    expect(result).toMatchObject({ registered: false, people: [], household: null, source: null });
  });

  it('decides from the stored check: PBI-JKN reactivation letter, or directions', async () => {
    const checked = (await check({ by: 'nik', nik: WIFE.nik })).json() as TRegistryCheckResult;
    const decide = (body: object) =>
      officer.request({
        method: 'POST',
        url: '/api/v1/registry/decisions',
        payload: { checkId: checked.checkId, ...body },
      });
    t.clock.now = new Date('2026-11-26T03:00:00Z');
    const letter = await decide({ programme: 'pbi_jkn_reactivation', pbiInactiveSince: '2026-08-01' });
    expect(letter.json()).toMatchObject({
      registered: true,
      rule: 'pbi.reactivate',
      letter: 'pbi-jkn-reaktivasi',
    });
    const late = await decide({ programme: 'pbi_jkn_reactivation', pbiInactiveSince: '2026-01-01' });
    expect(late.json()).toMatchObject({ rule: 'pbi.too_late', letter: null });
    const missing = await decide({ programme: 'pbi_jkn_reactivation' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toHaveProperty('pbiInactiveSince');
    const byName = (await check({ by: 'name', name: 'Ahmad Yani', birthDate: '1970-08-17' })).json();
    const unpicked = await officer.request({
      method: 'POST',
      url: '/api/v1/registry/decisions',
      payload: { checkId: byName.checkId, programme: 'kip' },
    });
    expect(unpicked.json().fields).toHaveProperty('memberId');
  });

  it('guards who may import and check, and which office and case', async () => {
    const desk = await staffSession(t, { office: 'dumai', role: 'front_office' });
    const pekanbaru = await staffSession(t, { office: 'pekanbaru', role: 'service_officer' });
    expect((await desk.request({ method: 'GET', url: '/api/v1/registry/imports' })).statusCode).toBe(403);
    expect((await check({ by: 'nik', nik: WIFE.nik }, admin)).statusCode).toBe(403);
    expect((await check({ by: 'nik', nik: WIFE.nik }, pekanbaru)).statusCode).toBe(404);
    const unauthenticated = await t.app.inject({
      method: 'POST',
      url: '/api/v1/registry/checks',
      payload: { ticket, by: 'nik', nik: WIFE.nik },
    });
    expect(unauthenticated.statusCode).toBe(401);
    const bad = await check({ by: 'nik', nik: '12345' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty('nik', 'NIK harus 16 angka');
    const imports = (await admin.request({ method: 'GET', url: '/api/v1/registry/imports' })).json();
    const otherAdmin = await staffSession(t, { office: 'pekanbaru', role: 'admin' });
    const foreign = await otherAdmin.request({
      method: 'GET',
      url: `/api/v1/registry/imports/${imports.items[0].id}`,
    });
    expect(foreign.statusCode).toBe(404);
    // Another office's registry is not this office's: Pekanbaru does not find a Dumai NIK.
    const pekanbaruMembers = await t.handle.db
      .select()
      .from(registryMembers)
      .where(eq(registryMembers.nikHash, identityHash(WIFE.nik)));
    expect(pekanbaruMembers.every((m) => m.officeId === pekanbaruMembers[0]?.officeId)).toBe(true);
  });
});
