import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { listTables, quoteIdent, rowsOf } from './catalog';
import type { TableEntry } from './manifest';

const BATCH_ROWS = 2000;
const BATCH_BYTES = 4 * 1024 * 1024;

/** Rows in each public table of the target: a restore refuses a target that holds anything. */
export async function nonEmptyTables(db: Database): Promise<string[]> {
  const found: string[] = [];
  for (const table of await listTables(db)) {
    const rows = rowsOf<{ any: boolean }>(
      await db.execute(sql.raw(`select exists (select 1 from ${quoteIdent(table.name)}) as any`)),
    );
    if (rows[0]?.any) found.push(table.name);
  }
  return found;
}

/** The columns a load writes: not the generated ones (the target computes them again). */
interface Target {
  table: string;
  columns: string;
  /** Identity columns that refuse a given value unless told (none today; cheap to handle). */
  overriding: boolean;
}

async function targetOf(tx: Database, table: string): Promise<Target> {
  const columns = rowsOf<{ name: string; identity: string }>(
    await tx.execute(sql`
      select a.attname as name, a.attidentity as identity from pg_attribute a
      where a.attrelid = ${quoteIdent(table)}::regclass and a.attnum > 0 and not a.attisdropped
        and a.attgenerated = '' order by a.attnum`),
  );
  return {
    table: quoteIdent(table),
    columns: columns.map((c) => quoteIdent(c.name)).join(', '),
    overriding: columns.some((c) => c.identity === 'a'),
  };
}

async function insertBatch(tx: Database, target: Target, lines: string[]): Promise<void> {
  const { table, columns } = target;
  await tx.execute(
    sql`insert into ${sql.raw(table)} (${sql.raw(columns)}) ${sql.raw(target.overriding ? 'overriding system value ' : '')}select ${sql.raw(columns)} from jsonb_populate_recordset(null::${sql.raw(table)}, ${`[${lines.join(',')}]`}::jsonb)`,
  );
}

async function loadTable(tx: Database, dir: string, entry: TableEntry): Promise<number> {
  const target = await targetOf(tx, entry.name);
  const lines = createInterface({
    input: createReadStream(join(dir, entry.file)),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let batch: string[] = [];
  let bytes = 0;
  let rows = 0;
  for await (const line of lines) {
    if (line.length === 0) continue;
    batch.push(line);
    bytes += line.length;
    if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) {
      await insertBatch(tx, target, batch);
      rows += batch.length;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) await insertBatch(tx, target, batch);
  return rows + batch.length;
}

/**
 * Loads every table of the archive in one transaction (all or nothing), parents first. The app's own
 * triggers (append-only audit log, immutable versions, the dashboard's change feed) are off for the
 * load: the rows are history being put back, not changes. Foreign keys stay checked.
 */
export async function loadTables(
  db: Database,
  dir: string,
  tables: TableEntry[],
  options: { truncateFirst: boolean },
): Promise<void> {
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    const names = tables.map((t) => quoteIdent(t.name));
    for (const name of names) await tx.execute(sql.raw(`alter table ${name} disable trigger user`));
    if (options.truncateFirst && names.length > 0)
      await tx.execute(sql.raw(`truncate ${names.join(', ')} cascade`));
    for (const entry of tables) {
      const loaded = await loadTable(tx, dir, entry);
      if (loaded !== entry.rows)
        throw new Error(`${entry.name}: ${loaded} baris dimuat, manifest ${entry.rows}`);
    }
    for (const name of names) await tx.execute(sql.raw(`alter table ${name} enable trigger user`));
    await resetSequences(tx);
  });
}

/** bigserial columns continue after the highest restored id, or the next insert would collide. */
async function resetSequences(tx: Database): Promise<void> {
  const serials = rowsOf<{ table: string; column: string; seq: string }>(
    await tx.execute(sql`
      select table_name as table, column_name as column,
             pg_get_serial_sequence(quote_ident(table_name), column_name) as seq
      from information_schema.columns where table_schema = 'public' and column_default like 'nextval(%'`),
  );
  for (const s of serials) {
    if (!s.seq) continue;
    await tx.execute(
      sql.raw(
        `select setval('${s.seq.replaceAll("'", "''")}', coalesce((select max(${quoteIdent(s.column)}) from ${quoteIdent(s.table)}), 0) + 1, false)`,
      ),
    );
  }
}
