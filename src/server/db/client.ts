import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import { registerPool } from './hot-query';
import * as schema from './schema';

export type Schema = typeof schema;
/** The database as every service sees it: PGlite and node-postgres share this type. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Dialect = 'pglite' | 'postgresql';

export interface DatabaseHandle {
  db: Database;
  dialect: Dialect;
  /** Runs fn holding a PostgreSQL advisory lock on one connection (migrations, sweeps). */
  withAdvisoryLock<T>(key: number, fn: (db: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseConfig = { databaseUrl: string } | { dataDir: string } | { inMemory: true };

/** Opens PGlite (a directory, or memory for tests) or a PostgreSQL pool. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if ('databaseUrl' in config) return openPostgres(config.databaseUrl);
  return openPglite('dataDir' in config ? config.dataDir : undefined);
}

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const client = await PGlite.create(dataDir);
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    return {
      db,
      dialect: 'pglite',
      // PGlite is one connection in one process: a lock is always held.
      withAdvisoryLock: (_key, fn) => fn(db),
      async close() {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle connection closed by the server (restart, failover, a dropped test database) must not
  // crash the process: the pool replaces it on next use, and queries in flight get their own error.
  pool.on('error', () => {});
  await pool.query('select 1');
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  registerPool(db, pool);
  return {
    db,
    dialect: 'postgresql',
    async withAdvisoryLock(key, fn) {
      const connection = await pool.connect();
      try {
        await connection.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn(drizzlePg(connection, { schema }) as unknown as Database);
        } finally {
          await connection.query('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}
