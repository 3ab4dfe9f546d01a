import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseAttachments, cases } from '../modules/cases/tables';
import { sampleReport, villageIn } from '../testing/sample-report';
import { createStaff, createTestApp, loginAs, type Session, type TestApp } from '../testing/test-app';
import { testDialect } from '../testing/test-database';
import { unpackArchive } from './archive';
import { type BackupResult, takeBackup } from './backup';
import { migrationLevel, rowsOf } from './catalog';
import { appOn, type EmptyTarget, emptyTarget, fileReportWithPhotos, SITI, signedLetter } from './drill';
import { BackupKeyError } from './encryption';
import { RestoreRefused, restoreBackup } from './restore';
import { appMigrationCount, migrateTo } from './schema-level';

const KEY = Buffer.alloc(32, 0x5a);

describe('backup and restore drill: data in, backup, restore into a fresh instance, compare', () => {
  let t: TestApp;
  let out: string;
  let ticket: string;
  let letter: { code: string; number: string };
  let officer: { username: string; password: string };
  let backup: BackupResult;
  const targets: EmptyTarget[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    out = await mkdtemp(join(tmpdir(), 'satu-atap-backups-'));
    ticket = await fileReportWithPhotos(t, SITI.nik);
    await fileReportWithPhotos(t, null);
    letter = await signedLetter(t, ticket);
    officer = await createStaff(t, { office: 'pekanbaru', role: 'service_officer' });
    backup = await takeBackup(
      { db: t.handle.db, dialect: t.handle.dialect, storage: t.storage, appVersion: 'test' },
      out,
      KEY,
    );
  }, 120_000);
  afterAll(async () => {
    for (const target of targets) await target.close();
    await t.close();
    await rm(out, { recursive: true, force: true });
  });

  async function freshTarget(dialect = testDialect()): Promise<EmptyTarget> {
    const target = await emptyTarget(dialect);
    targets.push(target);
    return target;
  }

  it('writes one timestamped, encrypted archive whose manifest counts every table and hashes every file', async () => {
    expect(backup.name).toMatch(/^satu-atap-\d{8}T\d{6}Z\.tar\.gz\.enc$/);
    expect(await readdir(out)).toEqual([backup.name]);
    const m = backup.manifest;
    expect(m).toMatchObject({ dialect: testDialect(), appVersion: 'test', missingFiles: [] });
    expect(m.migrations).toBeGreaterThan(15);
    expect(m.tables.find((x) => x.name === 'cases')?.rows).toBe(2);
    // The NIK hash key left the database (issue 16): the dump holds no key.
    expect(m.tables.find((x) => x.name === 'app_secrets')?.rows).toBe(0);
    // Two photos a report, and the signed letter's PDF.
    expect(m.files).toHaveLength(5);
    const attachments = await t.handle.db.select().from(caseAttachments);
    expect(m.files.map((f) => f.sha256).sort()).toEqual(attachments.map((a) => a.sha256).sort());
    // Encrypted: no readable gzip or JSON in it.
    const bytes = await readFile(backup.path);
    expect(bytes.subarray(0, 8).toString()).toBe('SATUBK1\n');
    expect(bytes.includes(Buffer.from('Siti Aminah'))).toBe(false);
  });

  it('refuses to open the archive without the key or with a wrong one', async () => {
    const target = await freshTarget();
    await expect(restoreBackup(backup.path, target.handle, target.storage, { key: null })).rejects.toThrow(
      BackupKeyError,
    );
    await expect(
      restoreBackup(backup.path, target.handle, target.storage, { key: Buffer.alloc(32, 1) }),
    ).rejects.toThrow(/kunci lain/);
  });

  it('restores into an empty database: counts and hashes equal the manifest, and the app serves the cases, files and letters', async () => {
    const target = await freshTarget();
    const restored = await restoreBackup(backup.path, target.handle, target.storage, { key: KEY });
    expect(restored.differences).toEqual([]);
    const app = await appOn(target);
    try {
      const tracked = await app.app.inject({ method: 'GET', url: `/api/v1/track/${ticket}` });
      expect(tracked.statusCode).toBe(200);
      expect(tracked.json().ticket).toBe(ticket);
      // The same account logs in (its password hash came back) and opens the photo from the new storage.
      const session: Session = await loginAs(app, officer);
      const detail = await session.request({ method: 'GET', url: `/api/v1/cases/${ticket}` });
      expect(detail.statusCode).toBe(200);
      const [row] = await target.handle.db.select().from(cases).where(eq(cases.ticket, ticket));
      const photos = await target.handle.db
        .select()
        .from(caseAttachments)
        .where(eq(caseAttachments.caseId, row?.id ?? ''));
      const photo = photos.find((p) => p.kind === 'ktp_photo');
      const served = await session.request({
        method: 'GET',
        url: `/api/v1/cases/${ticket}/attachments/${photo?.id}`,
      });
      expect(served.statusCode).toBe(200);
      expect(served.headers['content-type']).toBe('image/jpeg');
      expect(served.rawPayload.equals(await t.storage.get(photo?.storageKey ?? ''))).toBe(true);
      // The letter's QR code still verifies.
      const verified = await app.app.inject({ method: 'GET', url: `/api/v1/letters/verify/${letter.code}` });
      expect(verified.json()).toMatchObject({ number: letter.number, status: 'valid' });
      // An exact NIK search finds the person: the NIK's HMAC key came back with the data.
      const found = await session.request({
        method: 'POST',
        url: '/api/v1/cases/search-nik',
        payload: { nik: SITI.nik },
      });
      expect(found.json().items.map((c: { ticket: string }) => c.ticket)).toEqual([ticket]);
      // New work continues: the serial ids carry on after the restored ones.
      expect(await fileReportWithPhotos(app, null)).toMatch(/\w/);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('refuses a target that holds data, and overwrites it only when told (--force)', async () => {
    const target = await freshTarget();
    await restoreBackup(backup.path, target.handle, target.storage, { key: KEY });
    await expect(restoreBackup(backup.path, target.handle, target.storage, { key: KEY })).rejects.toThrow(
      RestoreRefused,
    );
    const again = await restoreBackup(backup.path, target.handle, target.storage, { key: KEY, force: true });
    expect(again.differences).toEqual([]);
  }, 120_000);

  it('restores an archive of an older version (fewer migrations), then runs the newer migrations', async () => {
    const older = await freshTarget();
    const level = (await appMigrationCount()) - 2;
    await migrateTo(older.handle.db, older.handle.dialect, level);
    await older.handle.db.execute(sql`insert into app_secrets (name, value) values ('nik-hmac', 'ab12')`);
    const archive = await takeBackup(
      { db: older.handle.db, dialect: older.handle.dialect, storage: older.storage, appVersion: 'old' },
      join(out, 'older'),
      null,
    );
    expect(archive.manifest.migrations).toBe(level);
    const dir = await mkdtemp(join(tmpdir(), 'satu-atap-unpacked-'));
    try {
      await unpackArchive(archive.path, dir, null);
      expect(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')).migrations).toBe(level);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const target = await freshTarget();
    const restored = await restoreBackup(archive.path, target.handle, target.storage, { key: null });
    expect(restored).toMatchObject({ differences: [], upgradedBy: 2 });
    expect(await migrationLevel(target.handle.db)).toBe(level + 2);
  }, 120_000);
});

async function readLines(
  dir: string,
  manifest: BackupResult['manifest'],
  table: string,
): Promise<Record<string, unknown>[]> {
  const entry = manifest.tables.find((x) => x.name === table);
  const text = await readFile(join(dir, entry?.file ?? 'missing'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

if (testDialect() === 'postgresql') {
  describe('backup and restore on PostgreSQL: while the app writes, and moving up from PGlite', () => {
    let t: TestApp;
    let out: string;
    const targets: EmptyTarget[] = [];

    beforeAll(async () => {
      t = await createTestApp();
      out = await mkdtemp(join(tmpdir(), 'satu-atap-backups-'));
    });
    afterAll(async () => {
      for (const target of targets) await target.close();
      await t.close();
      await rm(out, { recursive: true, force: true });
    });

    it('takes one snapshot while reports keep arriving: no lost and no half-written case', async () => {
      const village = await villageIn(t, '14.71');
      let stop = false;
      let filed = 0;
      const writer = async () => {
        while (!stop) {
          const response = await t.app.inject({
            method: 'POST',
            url: '/api/v1/reports',
            payload: sampleReport('pekanbaru', village),
            // A new address per report: the public intake's per-address limit is not what is tested.
            remoteAddress: `10.15.${Math.floor(filed / 250)}.${filed % 250}`,
          });
          if (response.statusCode !== 201) throw new Error(`report: ${response.statusCode}`);
          filed += 1;
        }
      };
      const writers = [writer(), writer(), writer(), writer(), fileReportWithPhotos(t, null)];
      const failed = Promise.all(writers).then(() => 'writers stopped');
      while (filed < 30) {
        const state = await Promise.race([failed, new Promise((done) => setTimeout(done, 20))]);
        if (state) throw new Error(String(state));
      }
      const before = filed;
      const backup = await takeBackup(
        { db: t.handle.db, dialect: t.handle.dialect, storage: t.storage, appVersion: 'test' },
        out,
        null,
      );
      const during = filed;
      stop = true;
      await Promise.all(writers);
      const dir = await mkdtemp(join(tmpdir(), 'satu-atap-unpacked-'));
      try {
        await unpackArchive(backup.path, dir, null);
        const archived = await readLines(dir, backup.manifest, 'cases');
        const subjects = new Set(
          (await readLines(dir, backup.manifest, 'case_subjects')).map((r) => r.case_id),
        );
        const events = new Set((await readLines(dir, backup.manifest, 'case_events')).map((r) => r.case_id));
        expect(archived.length).toBe(backup.manifest.tables.find((x) => x.name === 'cases')?.rows);
        expect(archived.length).toBeGreaterThanOrEqual(before);
        // Writers went on during the backup, and the archive took none of them half-way.
        expect(during).toBeGreaterThan(before);
        for (const row of archived) {
          expect(subjects.has(row.id)).toBe(true);
          expect(events.has(row.id)).toBe(true);
        }
        expect(subjects.size).toBe(archived.length);
        const attachments = await readLines(dir, backup.manifest, 'case_attachments');
        expect(backup.manifest.files.map((f) => f.key).sort()).toEqual(
          [...new Set(attachments.map((a) => a.storage_key as string))].sort(),
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      const [{ total } = { total: 0 }] = rowsOf<{ total: number }>(
        await t.handle.db.execute(sql`select count(*)::int as total from cases`),
      );
      expect(total).toBe(filed + 1);
    }, 120_000);

    it('restores a PGlite archive into PostgreSQL (an office moving up from the embedded default)', async () => {
      const dialect = process.env.TEST_DB_DIALECT;
      process.env.TEST_DB_DIALECT = 'pglite';
      const embedded = await createTestApp().finally(() => {
        process.env.TEST_DB_DIALECT = dialect;
      });
      try {
        expect(embedded.handle.dialect).toBe('pglite');
        const ticket = await fileReportWithPhotos(embedded, SITI.nik);
        const staff = await createStaff(embedded, { office: 'pekanbaru', role: 'service_officer' });
        const archive = await takeBackup(
          { db: embedded.handle.db, dialect: 'pglite', storage: embedded.storage, appVersion: 'test' },
          join(out, 'embedded'),
          KEY,
        );
        const target = await emptyTarget('postgresql');
        targets.push(target);
        const restored = await restoreBackup(archive.path, target.handle, target.storage, { key: KEY });
        expect(restored.manifest.dialect).toBe('pglite');
        expect(restored.differences).toEqual([]);
        const app = await appOn(target);
        try {
          expect(
            (await app.app.inject({ method: 'GET', url: `/api/v1/track/${ticket}` })).json().ticket,
          ).toBe(ticket);
          const session = await loginAs(app, staff);
          const found = await session.request({
            method: 'POST',
            url: '/api/v1/cases/search-nik',
            payload: { nik: SITI.nik },
          });
          expect(found.json().items.map((c: { ticket: string }) => c.ticket)).toEqual([ticket]);
        } finally {
          await app.close();
        }
      } finally {
        await embedded.close();
      }
    }, 120_000);
  });
}
