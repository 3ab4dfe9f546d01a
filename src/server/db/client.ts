import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import {
  databaseAddress,
  isDatabaseUnavailable,
  type RetryOptions,
  untilDatabaseAnswers,
} from './availability';
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

export interface OpenOptions {
  /**
   * The server's start: wait for a PostgreSQL that refuses connections (down, starting up), one log
   * line per attempt with backoff, instead of failing. The CLI and tests fail at once.
   */
  retry?: Pick<RetryOptions, 'log' | 'sleep'>;
  /** Server-side limit per statement (the server: requests must not hang); 0 or absent: none. */
  statementTimeoutMs?: number;
}

/** How long a request waits for a PostgreSQL connection before it is answered 503. */
const CONNECT_TIMEOUT_MS = Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5000);

/** Opens PGlite (a directory, or memory for tests) or a PostgreSQL pool. */
export async function openDatabase(
  config: DatabaseConfig,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  if ('databaseUrl' in config) return openPostgres(config.databaseUrl, options);
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

async function openPostgres(url: string, options: OpenOptions): Promise<DatabaseHandle> {
  const statementTimeout = options.statementTimeoutMs || undefined;
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // A server that does not answer (network gone) must not hold a request forever.
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    ...(statementTimeout
      ? { statement_timeout: statementTimeout, query_timeout: statementTimeout + CONNECT_TIMEOUT_MS }
      : {}),
  });
  // An idle connection closed by the server (restart, failover, a dropped test database) must not
  // crash the process: the pool replaces it on next use, and queries in flight get their own error.
  pool.on('error', () => {});
  const probe = () => pool.query('select 1');
  try {
    if (options.retry) await untilDatabaseAnswers(probe, { ...options.retry, address: databaseAddress(url) });
    else await probe();
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  registerPool(db, pool);
  return {
    db,
    dialect: 'postgresql',
    async withAdvisoryLock(key, fn) {
      const connection = await pool.connect();
      // A connection that failed (the server went away) is thrown out, not handed to the next caller.
      let broken: Error | undefined;
      try {
        await connection.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn(drizzlePg(connection, { schema }) as unknown as Database);
        } finally {
          // Destroying the connection ends its session, which lets go of the lock in any case.
          await connection.query('select pg_advisory_unlock($1)', [key]).catch((error: Error) => {
            broken = error;
          });
        }
      } catch (error) {
        if (isDatabaseUnavailable(error)) broken ??= error as Error;
        throw error;
      } finally {
        connection.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
