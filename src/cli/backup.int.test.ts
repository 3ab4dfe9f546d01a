import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app';
import { type DatabaseHandle, openDatabase } from '../server/db/client';
import { applyMigrations } from '../server/db/migrate';
import { auditLog } from '../server/modules/audit/tables';
import { backupRoutes } from '../server/modules/system/backup-routes';
import { seedDatabase } from '../server/seed';
import { diskStorage } from '../server/storage/file-storage';
import { staffSession, TEST_PROVINCES, type TestApp } from '../server/testing/test-app';
import { backupCommand, restoreCommand } from './backup';

const TOKEN = 'token-uji-cadangan-0123456789abcdef';

describe('backup of the embedded database while the app holds its folder: the app takes it', () => {
  let dir: string;
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let t: TestApp;
  const saved = { ...process.env };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'satu-atap-cli-backup-'));
    process.env.SCRYPT_LOG_N = '10';
    // The running app: it holds the data folder's lock, as `npm start` does.
    handle = await openDatabase({ dataDir: join(dir, 'data') });
    await applyMigrations(handle);
    await seedDatabase(handle.db, { demoAccounts: false, regions: { provinceCodes: TEST_PROVINCES } });
    const storage = diskStorage(join(dir, 'data', 'files'));
    const deps = {
      db: handle.db,
      dialect: handle.dialect,
      now: () => new Date(),
      storage,
      config: { version: 'test', demoMode: false, cookieSecure: false, webDistDir: null, logLevel: 'silent' },
    };
    app = await buildApp(deps);
    // Until app.ts registers it among the system routes, the test adds it to the same app.
    if (!app.hasRoute({ method: 'POST', url: '/api/v1/admin/backup' }))
      await app.register(backupRoutes, deps);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    Object.assign(process.env, {
      DATA_DIR: join(dir, 'data'),
      PORT: String(typeof address === 'object' && address ? address.port : 0),
      BACKUP_DIR: join(dir, 'app-backups'),
      BACKUP_TOKEN: TOKEN,
    });
    delete process.env.DATABASE_URL;
    delete process.env.BACKUP_ENCRYPTION_KEY;
    t = { app, handle: { ...handle, url: null }, clock: { now: new Date() }, storage, close: async () => {} };
  }, 120_000);
  afterAll(async () => {
    process.env = saved;
    await app.close();
    await handle.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses without the token or an admin session, and a staff member who is not an admin', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/v1/admin/backup' })).statusCode).toBe(401);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/backup',
      headers: { authorization: `Bearer ${TOKEN.replace('0', '1')}` },
    });
    expect(wrong.statusCode).toBe(401);
    const officer = await staffSession(t, { office: 'pekanbaru', role: 'service_officer' });
    expect((await officer.request({ method: 'POST', url: '/api/v1/admin/backup' })).statusCode).toBe(403);
  });

  it('an admin takes one from the admin page: the archive is in BACKUP_DIR and the audit log says who', async () => {
    const admin = await staffSession(t, { office: 'pekanbaru', role: 'admin' });
    const taken = await admin.request({ method: 'POST', url: '/api/v1/admin/backup' });
    expect(taken.statusCode).toBe(200);
    expect(await readdir(join(dir, 'app-backups'))).toContain(taken.json().name);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'system.backup_taken'));
    expect(audit.map((a) => [a.targetId, a.actorUserId])).toContainEqual([taken.json().name, admin.userId]);
  });

  it('the CLI finds the folder locked, asks the running app with BACKUP_TOKEN, and restores the copy elsewhere', async () => {
    const message = await backupCommand({ out: join(dir, 'cli-out') });
    expect(message).toContain('aplikasi yang berjalan');
    const [archive] = await readdir(join(dir, 'cli-out'));
    expect(archive).toMatch(/^satu-atap-.*\.tar\.gz$/);
    // Restore into another folder, as onto a new server.
    process.env.DATA_DIR = join(dir, 'restored');
    process.env.STORAGE_DIR = join(dir, 'restored-files');
    try {
      const report = await restoreCommand(join(dir, 'cli-out', archive ?? ''), {});
      expect(report).toContain('cocok dengan manifest');
      await expect(restoreCommand(join(dir, 'cli-out', archive ?? ''), {})).rejects.toThrow(/tidak kosong/);
    } finally {
      process.env.DATA_DIR = join(dir, 'data');
      delete process.env.STORAGE_DIR;
    }
  }, 120_000);
});
