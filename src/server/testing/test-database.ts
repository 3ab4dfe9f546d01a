import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../db/client';
import { applyMigrations } from '../db/migrate';

/** Which database the integration tests run on: the vitest project sets TEST_DB_DIALECT. */
export function testDialect(): 'pglite' | 'postgresql' {
  return process.env.TEST_DB_DIALECT === 'postgresql' ? 'postgresql' : 'pglite';
}

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A freshly migrated database of its own for one test file: in-memory PGlite, or a new
 * PostgreSQL database that close() drops again, so parallel runs never collide.
 */
export type TestDatabaseHandle = DatabaseHandle & {
  /** The throw-away PostgreSQL database's address (a second pool = a second instance); null on PGlite. */
  url: string | null;
};

export async function createTestDatabase(): Promise<TestDatabaseHandle> {
  if (testDialect() === 'pglite') {
    const handle = await openDatabase({ inMemory: true });
    await applyMigrations(handle);
    return { ...handle, url: null };
  }
  const adminUrl = process.env.TEST_DATABASE_URL || DEFAULT_ADMIN_URL;
  const name = `satu_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  await applyMigrations(handle);
  return {
    ...handle,
    url: url.toString(),
    async close() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
