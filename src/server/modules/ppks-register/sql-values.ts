import { type SQL, sql } from 'drizzle-orm';

/**
 * A list as one array parameter (`'{"a","b"}'::text[]`): drizzle would spread a JS array into a row of
 * parameters, and one text parameter travels the same on PGlite and PostgreSQL.
 */
export function arrayParam(values: readonly string[], type: 'text' | 'uuid'): SQL {
  const literal = `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
  return sql`${literal}::${sql.raw(type)}[]`;
}

/** Rows as one jsonb parameter, for `jsonb_to_recordset(...)`. */
export function rowsParam(rows: readonly object[]): SQL {
  return sql`${JSON.stringify(rows)}::jsonb`;
}
