import { createHmac, createSecretKey, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCaseSearch } from '../../domain/cases/views';
import { ZRegisterSearch } from '../../domain/ppks-register/schemas';
import { dumpTables } from '../backup/dump';
import type { Database } from '../db/client';
import type { Actor } from '../http/actor';
import { users } from '../modules/auth/tables';
import { listCases } from '../modules/case-handling/inbox';
import { caseSubjects, cases } from '../modules/cases/tables';
import { offices } from '../modules/offices/tables';
import { linkPendingCases } from '../modules/ppks-register/link-job';
import { searchRegister } from '../modules/ppks-register/search';
import { appSecrets } from '../modules/system/secrets';
import { diskStorage } from '../storage/file-storage';
import { sealedFiles } from '../storage/sealed-files';
import { importRegistry, registryCsv } from '../testing/registry-sample';
import { sampleReport, villageIn } from '../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../testing/test-app';
import { isSealed } from './field-cipher';
import { KeySetupError } from './key-source';
import { identityHash, installKeyring, keyring } from './keys';
import { reencryptAll, reencryptUnlessDone, SEALED_UNDER_ROW } from './reencrypt';
import { prepareKeys } from './startup';

// What must never be found in clear: a NIK, a KK, phones (any format holds these digits), an e-mail,
// a name, an address and a confidential story.
const NIK = '1472015203750002';
const KK = '1472010503150007';
const NEEDLES = [
  NIK,
  KK,
  '81377771234',
  '81299994321',
  'pelapor.rahasia',
  'Rahmawati',
  'Kenanga Rahasia',
  'ZQXW',
];
const OFFICER_PHONE = '81155556666';

function leaks(text: string): string[] {
  return [...NEEDLES, OFFICER_PHONE].filter((needle) => text.includes(needle));
}

async function everyTable(db: Database): Promise<Record<string, unknown[]>> {
  const names = (
    (await db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    )) as unknown as { rows: { table_name: string }[] }
  ).rows.map((r) => r.table_name);
  const out: Record<string, unknown[]> = {};
  for (const name of names)
    out[name] = (
      (await db.execute(sql`select * from ${sql.identifier(name)}`)) as unknown as { rows: unknown[] }
    ).rows;
  return out;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('personal data at rest', () => {
  let t: TestApp;
  let admin: Session;
  let coordinator: Session & { userId: string };
  let actor: Actor;
  let ticket: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await staffSession(t, { office: 'dumai', role: 'admin' });
    coordinator = await staffSession(t, { office: 'dumai', role: 'coordinator' });
    const village = await villageIn(t, '14.72');
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village, {
        serviceCode: 'pengaduan',
        ppks: { category: 'korban-tindak-kekerasan', subcategory: null, other: null },
        description: 'Cerita rahasia ZQXW: korban kekerasan dalam rumah tangga.',
        reporter: {
          name: 'Pelapor Rahmawati',
          phone: '0812-9999-4321',
          email: 'pelapor.rahasia@example.com',
        },
        person: {
          fullName: 'Siti Aminah Rahmawati',
          nik: NIK,
          kk: KK,
          birthDate: '1975-03-12',
          phone: '0813-7777-1234',
          address: 'Jalan Kenanga Rahasia 17',
        },
      }),
    });
    expect(filed.statusCode, filed.body).toBe(201);
    ticket = filed.json().ticket;
    const imported = await importRegistry(admin, {
      name: 'dtks.csv',
      bytes: Buffer.from(
        registryCsv([
          {
            kk: KK,
            nik: NIK,
            name: 'Siti Aminah Rahmawati',
            birthDate: '12-03-1975',
            address: 'Jalan Kenanga Rahasia 17',
          },
        ]),
      ),
    });
    expect(imported).toMatchObject({ status: 'done', inserted: 1 });
    await linkPendingCases(t.handle, t.clock.now);
    const desk = await staffSession(t, { office: 'dumai', role: 'front_office' });
    const guest = await desk.request({
      method: 'POST',
      url: '/api/v1/guest-book',
      payload: { visitorName: 'Ibu Rahmawati', visitorPhone: '0813 7777 1234', purpose: 'Melapor' },
    });
    expect(guest.statusCode, guest.body).toBe(201);
    await t.handle.db
      .update(users)
      .set({ phone: `+62${OFFICER_PHONE}`, email: 'petugas@example.com' })
      .where(eq(users.id, coordinator.userId));
    const [office] = await t.handle.db.select().from(offices).where(eq(offices.slug, 'dumai'));
    if (!office) throw new Error('no office');
    actor = {
      userId: coordinator.userId,
      username: 'k',
      fullName: 'K',
      role: 'coordinator',
      officeId: office.id,
      officeCode: office.code,
      officeSlug: office.slug,
      officeName: office.name,
      officeTimeZone: office.timeZone,
      districtCode: null,
      mustChangePassword: false,
      sessionTokenHash: '',
      csrfToken: '',
    };
  });
  afterAll(async () => t.close());

  it('holds no NIK, KK, phone, e-mail, name, address or story in clear in any table', async () => {
    const tables = await everyTable(t.handle.db);
    const found = Object.entries(tables).flatMap(([name, rows]) =>
      leaks(JSON.stringify(rows)).map((n) => `${name}: ${n}`),
    );
    expect(found).toEqual([]);
    // The rows are there, sealed: the data was written, not lost.
    expect(tables.case_subjects?.length).toBe(1);
    expect(tables.registry_members?.length).toBe(1);
    expect(tables.ppks_persons?.length).toBe(1);
    expect(tables.guest_book_entries?.length).toBe(1);
    const [subject] = (tables.case_subjects ?? []) as { nik: string; full_name: string }[];
    expect(isSealed(subject?.nik ?? '')).toBe(true);
    expect(isSealed(subject?.full_name ?? '')).toBe(true);
    // No key in the database either.
    expect(tables.app_secrets?.some((r) => (r as { name: string }).name === 'nik-hmac')).toBe(false);
  });

  it('and neither does the backup dump of every table', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'satu-atap-at-rest-'));
    try {
      await t.handle.db.transaction(async (tx) => dumpTables(tx as unknown as Database, dir));
      const files = await filesUnder(dir);
      expect(files.length).toBeGreaterThan(10);
      const found: string[] = [];
      for (const file of files)
        found.push(...leaks(await readFile(file, 'utf8')).map((n) => `${file}: ${n}`));
      expect(found).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads the values back through the ordinary queries, and finds them by hash and by name', async () => {
    const [subject] = await t.handle.db.select().from(caseSubjects);
    expect(subject).toMatchObject({
      nik: NIK,
      kk: KK,
      fullName: 'Siti Aminah Rahmawati',
      reporterPhone: '+6281299994321',
    });
    expect(subject?.nikHash).toBe(identityHash(NIK));
    const inbox = await listCases(t.handle.db, actor, ZCaseSearch.parse({ q: 'siti rahma' }), t.clock.now);
    expect(inbox.items.map((i) => i.ticket)).toEqual([ticket]);
    const none = await listCases(t.handle.db, actor, ZCaseSearch.parse({ q: 'aminah budi' }), t.clock.now);
    expect(none.items).toEqual([]);
    const register = await searchRegister(
      t.handle.db,
      actor,
      ZRegisterSearch.parse({ q: 'Rahmawati' }),
      null,
    );
    expect(register.items).toHaveLength(1);
    const byNik = await searchRegister(t.handle.db, actor, ZRegisterSearch.parse({}), identityHash(NIK));
    expect(byNik.items).toHaveLength(1);
    const check = await coordinator.request({
      method: 'POST',
      url: '/api/v1/registry/checks',
      payload: { ticket, by: 'name', name: 'Siti Aminah Rahmawaty', birthDate: '1975-03-12' },
    });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({ registered: true });
    const [officer] = await t.handle.db.select().from(users).where(eq(users.id, coordinator.userId));
    expect(officer?.phone).toBe(`+62${OFFICER_PHONE}`);
  });

  it('seals rows written in clear before encryption, with their blind index', async () => {
    const [row] = await t.handle.db.select({ id: cases.id }).from(cases).where(eq(cases.ticket, ticket));
    const caseId = row?.id ?? '';
    await t.handle.db.execute(
      sql`update case_subjects set full_name = 'Budi Lama Santoso', phone = '+6281300001111', name_words = null where case_id = ${caseId}`,
    );
    expect(
      (await listCases(t.handle.db, actor, ZCaseSearch.parse({ q: 'budi' }), t.clock.now)).items,
    ).toEqual([]);
    const [clear] = await t.handle.db.select().from(caseSubjects).where(eq(caseSubjects.caseId, caseId));
    expect(clear?.fullName).toBe('Budi Lama Santoso'); // clear text still reads
    const counts = await reencryptAll(t.handle.db);
    expect(counts.case_subjects).toBe(1);
    expect(await reencryptAll(t.handle.db)).toMatchObject({
      case_subjects: 0,
      registry_members: 0,
      users: 0,
    });
    const raw = (await t.handle.db.execute(
      sql`select full_name, phone from case_subjects where case_id = ${caseId}`,
    )) as unknown as {
      rows: { full_name: string; phone: string }[];
    };
    expect(raw.rows[0]?.full_name).toMatch(/^enc:v1:/);
    expect(raw.rows[0]?.phone).toMatch(/^enc:v1:/);
    expect(
      (await listCases(t.handle.db, actor, ZCaseSearch.parse({ q: 'budi sant' }), t.clock.now)).items,
    ).toHaveLength(1);
  });

  it('skips the start-up pass once a pass found everything sealed under the current key', async () => {
    // Nothing is left in clear after the test above: this pass records it, the next one skips.
    expect(Object.values((await reencryptUnlessDone(t.handle.db)) ?? {}).every((n) => n === 0)).toBe(true);
    expect(await reencryptUnlessDone(t.handle.db)).toBeNull();
    // Under a new current key the mark no longer holds, and the pass runs again.
    const before = keyring();
    const other = { id: 's9', key: randomBytes(32) };
    const withOther = new Map([...before.keys, [other.id, createSecretKey(other.key)]]);
    const moved = await reencryptUnlessDone(t.handle.db, { ...before, currentId: other.id, keys: withOther });
    expect(moved).not.toBeNull();
    // Put the values back under the process's key, and the mark away, for the tests below.
    await reencryptAll(t.handle.db, { ...before, keys: withOther });
    await t.handle.db.delete(appSecrets).where(eq(appSecrets.name, SEALED_UNDER_ROW));
  });

  it('rotates: values under an older key are rewritten under the current one and still read', async () => {
    const before = keyring();
    const next = { id: 'r2', key: randomBytes(32) };
    const rotated = {
      ...before,
      currentId: next.id,
      keys: new Map([[next.id, createSecretKey(next.key)], ...before.keys]),
    };
    installKeyring(rotated);
    try {
      const counts = await reencryptAll(t.handle.db);
      expect(counts.case_subjects).toBe(1);
      expect(counts.registry_members).toBe(1);
      const raw = (await t.handle.db.execute(sql`select nik from case_subjects`)) as unknown as {
        rows: { nik: string }[];
      };
      expect(raw.rows[0]?.nik).toMatch(/^enc:v1:r2:/);
      installKeyring({ ...rotated, keys: new Map([[next.id, createSecretKey(next.key)]]) }); // the old key gone
      const [subject] = await t.handle.db.select().from(caseSubjects);
      expect(subject?.nik).toBe(NIK);
    } finally {
      installKeyring({ ...rotated }); // keep r2 readable for the tests below
    }
  });

  it('stores files sealed, readable by the app user only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'satu-atap-sealed-files-'));
    try {
      const storage = sealedFiles(diskStorage(dir));
      const bytes = Buffer.from(`KTP ${NIK} ${KK}`);
      await storage.put('cases/ab/photo.jpg', bytes);
      const raw = await readFile(join(dir, 'cases/ab/photo.jpg'));
      expect(raw.includes(Buffer.from(NIK))).toBe(false);
      expect((await stat(join(dir, 'cases/ab/photo.jpg'))).mode & 0o777).toBe(0o600);
      expect((await stat(join(dir, 'cases/ab'))).mode & 0o777).toBe(0o700);
      expect(await storage.get('cases/ab/photo.jpg')).toEqual(bytes);
      // A file stored before sealing is read as it is.
      await diskStorage(dir).put('cases/ab/old.jpg', bytes);
      expect(await storage.get('cases/ab/old.jpg')).toEqual(bytes);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('moves the hash key out of the database into the key file, and refuses other keys later', async () => {
    const current = keyring();
    const dir = await mkdtemp(join(tmpdir(), 'satu-atap-keys-'));
    const legacy = randomBytes(32);
    try {
      await t.handle.db.insert(appSecrets).values({ name: 'nik-hmac', value: legacy.toString('hex') });
      const settings = {
        dataKeys: null,
        keyFile: null,
        hmacKey: null,
        legacyHmac: null,
        generatedFile: join(dir, 'data.keys.json'),
      };
      const lines: string[] = [];
      const ring = await prepareKeys(t.handle.db, settings, (line) => lines.push(line));
      expect(lines.join('\n')).toMatch(/generated the key file/);
      expect(ring.hmacKey.equals(legacy)).toBe(true);
      expect(identityHash(NIK)).toBe(createHmac('sha256', legacy).update(NIK).digest('hex'));
      expect((await stat(settings.generatedFile)).mode & 0o777).toBe(0o600);
      const file = JSON.parse(await readFile(settings.generatedFile, 'utf8'));
      expect(file.hmacKey).toBe(legacy.toString('base64'));
      const stored = await t.handle.db.select().from(appSecrets);
      expect(stored.map((r) => r.name)).toEqual(['key-fingerprints']);
      expect(JSON.stringify(stored)).not.toContain(legacy.toString('hex'));
      // Same file again: starts. Another instance with keys of its own: refused.
      await prepareKeys(t.handle.db, settings, () => {});
      await expect(
        prepareKeys(t.handle.db, { ...settings, generatedFile: join(dir, 'other.keys.json') }, () => {}),
      ).rejects.toThrow(KeySetupError);
    } finally {
      installKeyring(current);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
