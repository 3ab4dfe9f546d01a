import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { PROJECT_ROOT } from '../config';
import type { Database, DatabaseHandle } from './client';

// From the project root, so that src/ (tsx, tests) and the bundle in dist/server find the same folder.
export const MIGRATIONS_FOLDER = `${PROJECT_ROOT}/migrations`;
const MIGRATION_LOCK_KEY = 727_001;

/** Applies the committed SQL migrations; safe when several instances start at once. */
export async function applyMigrations(handle: DatabaseHandle): Promise<void> {
  await handle.withAdvisoryLock(MIGRATION_LOCK_KEY, async (db) => {
    // A migration may rebuild an index over a million cases: the server's per-statement limit
    // is lifted on this one connection meanwhile, and restored before it goes back to the pool.
    await db.execute(sql`set statement_timeout = 0`);
    try {
      if (handle.dialect === 'pglite') {
        await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
      } else {
        await migratePg(db as unknown as NodePgDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
      }
    } finally {
      await db.execute(sql`reset statement_timeout`);
    }
  });
}

/** The newest migration this release ships (drizzle's journal): what a ready database has applied. */
export function shippedMigrations(): { count: number; lastCreatedAt: number } {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as {
    entries: { when: number }[];
  };
  return { count: journal.entries.length, lastCreatedAt: Math.max(...journal.entries.map((e) => e.when)) };
}

/** What the database has applied, from drizzle's own record (`drizzle.__drizzle_migrations`). */
export async function appliedMigrations(db: Database): Promise<{ count: number; lastCreatedAt: number }> {
  const result = await db.execute(
    sql`select count(*)::int as count, coalesce(max(created_at), 0)::text as last from drizzle.__drizzle_migrations`,
  );
  const row = (result as unknown as { rows: { count: number; last: string }[] }).rows[0];
  return { count: Number(row?.count ?? 0), lastCreatedAt: Number(row?.last ?? 0) };
}
