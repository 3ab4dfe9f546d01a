import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import type { FileStorage } from '../storage/file-storage';
import {
  listTables,
  migrationLevel,
  quoteIdent,
  rowsOf,
  selfReferencingTables,
  type TableInfo,
} from './catalog';
import type { FileEntry, TableEntry } from './manifest';

/** Rows fetched per round trip: small enough to keep memory flat at a million cases. */
const FETCH_ROWS = 2000;

/** Receives each table's rows as JSON text lines, in primary key order. */
type LineSink = (line: string) => Promise<void> | void;

/**
 * Streams one table through a cursor (inside the caller's snapshot transaction), one JSON object a
 * line. Timestamps come out in UTC whatever the session's zone (set by the caller), so the text and
 * its hash repeat on any server.
 */
export async function streamTable(tx: Database, table: TableInfo, sink: LineSink): Promise<number> {
  const order = table.orderBy.map(quoteIdent).join(', ');
  const cursor = `backup_${table.name}`.slice(0, 60);
  await tx.execute(
    sql.raw(
      `declare ${quoteIdent(cursor)} no scroll cursor for select to_jsonb(t)::text as j from ${quoteIdent(table.name)} t order by ${order}`,
    ),
  );
  let rows = 0;
  for (;;) {
    const batch = rowsOf<{ j: string }>(
      await tx.execute(sql.raw(`fetch ${FETCH_ROWS} from ${quoteIdent(cursor)}`)),
    );
    for (const row of batch) await sink(`${row.j}\n`);
    rows += batch.length;
    if (batch.length < FETCH_ROWS) break;
  }
  await tx.execute(sql.raw(`close ${quoteIdent(cursor)}`));
  return rows;
}

/** Count and hash every table without writing it: what a restore compares with the manifest. */
export async function hashTables(tx: Database): Promise<TableEntry[]> {
  await tx.execute(sql`set local timezone = 'UTC'`);
  const entries: TableEntry[] = [];
  for (const [index, table] of (await listTables(tx)).entries()) {
    const hash = createHash('sha256');
    const rows = await streamTable(tx, table, (line) => {
      hash.update(line);
    });
    entries.push({ name: table.name, file: tableFile(index, table.name), rows, sha256: hash.digest('hex') });
  }
  return entries;
}

export function tableFile(index: number, name: string): string {
  return `tables/${String(index).padStart(3, '0')}-${name}.ndjson`;
}

export interface DumpResult {
  migrations: number;
  tables: TableEntry[];
  storageKeys: string[];
}

/** Writes every table into `dir/tables/` within the caller's snapshot transaction. */
export async function dumpTables(tx: Database, dir: string): Promise<DumpResult> {
  const selfRefs = await selfReferencingTables(tx);
  if (selfRefs.length > 0) throw new Error(`tables refer to themselves: ${selfRefs.join(', ')}`);
  await tx.execute(sql`set local timezone = 'UTC'`);
  const migrations = await migrationLevel(tx);
  const tables: TableEntry[] = [];
  for (const [index, table] of (await listTables(tx)).entries()) {
    const file = tableFile(index, table.name);
    const path = join(dir, file);
    await mkdir(dirname(path), { recursive: true });
    const out = createWriteStream(path);
    const hash = createHash('sha256');
    const rows = await streamTable(tx, table, (line) => {
      hash.update(line);
      // Respect back-pressure: a million rows must not pile up in memory.
      if (!out.write(line)) return new Promise<void>((done) => out.once('drain', () => done()));
    });
    await new Promise<void>((done, fail) =>
      out.end((error?: Error | null) => (error ? fail(error) : done())),
    );
    tables.push({ name: table.name, file, rows, sha256: hash.digest('hex') });
  }
  // The files are those the snapshot names: a file is stored before its row commits and never changes.
  const storageKeys = rowsOf<{ key: string }>(
    await tx.execute(sql`select distinct storage_key as key from case_attachments order by storage_key`),
  ).map((r) => r.key);
  return { migrations, tables, storageKeys };
}

/** Copies the named files out of the storage into `dir/files/`, hashing each. */
export async function dumpFiles(
  storage: FileStorage,
  keys: string[],
  dir: string,
): Promise<{ files: FileEntry[]; missing: string[] }> {
  const files: FileEntry[] = [];
  const missing: string[] = [];
  for (const key of keys) {
    let bytes: Buffer;
    try {
      bytes = await storage.get(key);
    } catch {
      missing.push(key);
      continue;
    }
    const path = join(dir, 'files', key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
    files.push({ key, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return { files, missing };
}
