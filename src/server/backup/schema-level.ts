import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database, Dialect } from '../db/client';
import { MIGRATIONS_FOLDER } from '../db/migrate';

interface Journal {
  entries: { tag: string }[];
}

async function journal(): Promise<Journal> {
  return JSON.parse(await readFile(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** How many migrations this version of the app ships. */
export async function appMigrationCount(): Promise<number> {
  return (await journal()).entries.length;
}

/**
 * Brings an empty database to exactly the first `level` migrations: the schema the archive's rows were
 * written under. The later migrations run after the load, as an upgrade would run them on the old
 * server, so an archive from an older version restores into a newer one.
 */
export async function migrateTo(db: Database, dialect: Dialect, level: number): Promise<void> {
  const full = await journal();
  const folder = await mkdtemp(join(tmpdir(), 'satu-atap-migrations-'));
  try {
    await mkdir(join(folder, 'meta'));
    const entries = full.entries.slice(0, level);
    await writeFile(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...full, entries }));
    for (const entry of entries)
      await copyFile(join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
    if (dialect === 'pglite')
      await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder: folder });
    else await migratePg(db as unknown as NodePgDatabase, { migrationsFolder: folder });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
