import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';

/** One table of the public schema as the backup sees it: its name and the columns it is ordered by. */
export interface TableInfo {
  name: string;
  /** Primary key columns (or every column when a table has none): a stable order, so the hash repeats. */
  orderBy: string[];
}

export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The tables of the public schema, parents before children (by their foreign keys), so a restore
 * inserts in this order without deferring constraints. Ties are broken by name, so the order repeats.
 */
export async function listTables(db: Database): Promise<TableInfo[]> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`),
  ).map((t) => t.name);
  const edges = rowsOf<{ child: string; parent: string }>(
    await db.execute(sql`
      select c.relname as child, p.relname as parent from pg_constraint k
      join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public' and c.oid <> p.oid`),
  );
  const keys = rowsOf<{ name: string; column: string }>(
    await db.execute(sql`
      select c.relname as name, a.attname as column from pg_index i
      join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
      join lateral unnest(i.indkey) with ordinality as k(attnum, position) on true
      join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
      where i.indisprimary and n.nspname = 'public' order by c.relname, k.position`),
  );
  const columns = rowsOf<{ name: string; column: string }>(
    await db.execute(sql`
      select table_name as name, column_name as column from information_schema.columns
      where table_schema = 'public' order by table_name, ordinal_position`),
  );
  const orderOf = (table: string): string[] => {
    const pk = keys.filter((k) => k.name === table).map((k) => k.column);
    return pk.length > 0 ? pk : columns.filter((c) => c.name === table).map((c) => c.column);
  };
  return dependencyOrder(tables, edges).map((name) => ({ name, orderBy: orderOf(name) }));
}

/** Kahn's sort: a table comes after every table it refers to. */
export function dependencyOrder(tables: string[], edges: { child: string; parent: string }[]): string[] {
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) if (parents.has(e.parent)) parents.get(e.child)?.add(e.parent);
  const done: string[] = [];
  const placed = new Set<string>();
  while (done.length < tables.length) {
    const ready = tables.filter(
      (t) => !placed.has(t) && [...(parents.get(t) ?? [])].every((p) => placed.has(p)),
    );
    if (ready.length === 0) throw new Error('foreign keys form a cycle between tables');
    for (const t of ready) {
      placed.add(t);
      done.push(t);
    }
  }
  return done;
}

/** The database's migration level: how many of the app's migrations it has (drizzle's own table). */
export async function migrationLevel(db: Database): Promise<number> {
  const exists = rowsOf<{ present: boolean }>(
    await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`),
  );
  if (!exists[0]?.present) return 0;
  const [row] = rowsOf<{ n: number | string }>(
    await db.execute(sql`select count(*) as n from drizzle.__drizzle_migrations`),
  );
  return Number(row?.n ?? 0);
}

/** Self-references would need rows in order; none exist today, and a dump refuses rather than guess. */
export async function selfReferencingTables(db: Database): Promise<string[]> {
  return rowsOf<{ name: string }>(
    await db.execute(sql`
      select distinct c.relname as name from pg_constraint k join pg_class c on c.oid = k.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public' and k.conrelid = k.confrelid`),
  ).map((r) => r.name);
}
