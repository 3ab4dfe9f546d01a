import { type SQL, sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Database } from './client';

const pools = new WeakMap<Database, pg.Pool>();

/** Remembers the PostgreSQL pool behind a database, so hot statements can run prepared. */
export function registerPool(db: Database, pool: pg.Pool): void {
  pools.set(db, pool);
}

/** The PostgreSQL pool behind a database (null on PGlite): the metrics read its use. */
export function poolOf(db: Database): pg.Pool | null {
  return pools.get(db) ?? null;
}

type Params = Record<string, unknown>;

export interface HotStatement<P extends Params, Row> {
  run(db: Database, params: P): Promise<Row[]>;
}

const PARAMETER = /(?<![:\w]):([a-zA-Z][a-zA-Z0-9]*)/g;

/**
 * A statement on the paths citizens hit most (intake, tracking), written once with `:name`
 * parameters. On a PostgreSQL pool it runs as a named prepared statement: each connection parses
 * and plans it once instead of on every request, and no query text is built per request. Inside a
 * transaction, or on PGlite (in-process, nothing to save), it runs as an ordinary query.
 * Casts are written `::type` right after a parameter (`:at::timestamptz`); `::` is never a parameter.
 */
export function hotStatement<P extends Params, Row>(name: string, text: string): HotStatement<P, Row> {
  const order: string[] = [];
  const pieces = text.split(PARAMETER); // text, name, text, name, …, text
  const compiled = pieces
    .map((piece, index) => {
      if (index % 2 === 0) return piece;
      let position = order.indexOf(piece);
      if (position < 0) position = order.push(piece) - 1;
      return `$${position + 1}`;
    })
    .join('');
  const valuesOf = (params: P) =>
    order.map((key) => {
      if (!(key in params)) throw new Error(`${name}: parameter :${key} missing`);
      return params[key];
    });
  const asSql = (params: P): SQL =>
    sql.join(
      pieces.map((piece, index) => (index % 2 === 0 ? sql.raw(piece) : sql`${params[piece]}`)),
      sql``,
    );
  return {
    async run(db, params) {
      const pool = pools.get(db);
      if (!pool) return ((await db.execute(asSql(params))) as unknown as { rows: Row[] }).rows;
      const result = await pool.query({ name, text: compiled, values: valuesOf(params) });
      return result.rows as Row[];
    },
  };
}
