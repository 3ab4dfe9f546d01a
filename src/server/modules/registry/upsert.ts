import { type SQL, sql } from 'drizzle-orm';
import type { RegistryRecord, RowError } from '../../../domain/registry/row';
import { seal } from '../../crypto/field-cipher';
import { keyring } from '../../crypto/keys';
import type { Database } from '../../db/client';
import { rowsOf } from '../case-handling/case-record';

/** A record ready to load: the row as read plus the keyed hashes of its NIK and KK. */
export interface HashedRecord extends RegistryRecord {
  nikHash: string;
  kkHash: string;
}

const NEEDS_ESCAPE = /["\\]/;

/**
 * A PostgreSQL array literal (`{"a","b",NULL}`) sent as one text parameter: a batch of thousands of
 * rows travels as a few parameters on both PGlite and node-postgres, and no SQL text is built from data.
 */
export function arrayLiteral(values: readonly (string | number | boolean | null)[]): string {
  const items = values.map((v) => {
    if (v === null) return 'NULL';
    if (typeof v === 'boolean') return v ? 't' : 'f';
    if (typeof v === 'number') return String(v);
    // Most values need no escaping; testing first spares two regex passes per cell of a million rows.
    return NEEDS_ESCAPE.test(v) ? `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `"${v}"`;
  });
  return `{${items.join(',')}}`;
}

const column = (
  batch: readonly HashedRecord[],
  pick: (r: HashedRecord) => string | number | boolean | null,
) => arrayLiteral(batch.map(pick));

export interface BatchTarget {
  officeId: string;
  importId: string;
  source: string;
  dataDate: string;
  now: Date;
}

/**
 * Loads a batch in one statement: new NIKs are inserted, known ones updated in place (a re-import
 * updates by NIK). Answers how many of each.
 */
export async function upsertMembers(
  db: Database,
  batch: readonly HashedRecord[],
  target: BatchTarget,
): Promise<{ inserted: number; updated: number }> {
  if (batch.length === 0) return { inserted: 0, updated: 0 };
  // The unnest statement bypasses the column type: NIK, KK, name and address are sealed here.
  const keys = keyring();
  const sealed = (value: string | null, name: string) => (value === null ? null : seal(keys, value, name));
  const arrays: SQL[] = [
    sql`${column(batch, (r) => sealed(r.nik, 'nik'))}::text[]`,
    sql`${column(batch, (r) => r.nikHash)}::text[]`,
    sql`${column(batch, (r) => sealed(r.kk, 'kk'))}::text[]`,
    sql`${column(batch, (r) => r.kkHash)}::text[]`,
    sql`${column(batch, (r) => sealed(r.householdRef, 'household_ref'))}::text[]`,
    sql`${column(batch, (r) => sealed(r.name, 'name'))}::text[]`,
    sql`${column(batch, (r) => r.birthPlace)}::text[]`,
    sql`${column(batch, (r) => r.birthDate)}::date[]`,
    sql`${column(batch, (r) => r.sex)}::text[]`,
    sql`${column(batch, (r) => r.relation)}::text[]`,
    sql`${column(batch, (r) => sealed(r.address, 'address'))}::text[]`,
    sql`${column(batch, (r) => r.villageCode)}::text[]`,
    sql`${column(batch, (r) => r.programmes.pkh)}::boolean[]`,
    sql`${column(batch, (r) => r.programmes.bpnt)}::boolean[]`,
    sql`${column(batch, (r) => r.programmes.pbiJkn)}::boolean[]`,
    sql`${column(batch, (r) => r.programmes.blt)}::boolean[]`,
    sql`${column(batch, (r) => r.decile)}::smallint[]`,
  ];
  const at = sql`${target.now.toISOString()}::timestamptz`;
  const result = await db.execute(sql`
    with up as (
      insert into registry_members (office_id, nik, nik_hash, kk, kk_hash, household_ref, name, birth_place,
        birth_date, sex, relation, address, village_code, pkh, bpnt, pbi_jkn, blt, decile, source, data_date,
        import_id, created_at, updated_at)
      select ${target.officeId}::uuid, t.*, ${target.source}, ${target.dataDate}::date, ${target.importId}::uuid,
        ${at}, ${at}
      from unnest(${sql.join(arrays, sql`, `)}) as t
      on conflict (office_id, nik_hash) do update set
        nik = excluded.nik, kk = excluded.kk, kk_hash = excluded.kk_hash, household_ref = excluded.household_ref,
        name = excluded.name, birth_place = excluded.birth_place, birth_date = excluded.birth_date,
        sex = excluded.sex, relation = excluded.relation, address = excluded.address,
        village_code = excluded.village_code, pkh = excluded.pkh, bpnt = excluded.bpnt,
        pbi_jkn = excluded.pbi_jkn, blt = excluded.blt, decile = excluded.decile, source = excluded.source,
        data_date = excluded.data_date, import_id = excluded.import_id, updated_at = excluded.updated_at
      returning (xmax = 0) as inserted
    )
    select (count(*) filter (where inserted))::int as inserted, (count(*) filter (where not inserted))::int as updated
    from up`);
  const [counts] = rowsOf<{ inserted: number; updated: number }>(result);
  return { inserted: Number(counts?.inserted ?? 0), updated: Number(counts?.updated ?? 0) };
}

/** Keeps the refused rows of an import, in one statement. */
export async function insertRowErrors(
  db: Database,
  importId: string,
  errors: readonly RowError[],
): Promise<void> {
  if (errors.length === 0) return;
  await db.execute(sql`
    insert into registry_import_errors (import_id, line, "column", reason, message)
    select ${importId}::uuid, t.* from unnest(
      ${arrayLiteral(errors.map((e) => e.line))}::int[],
      ${arrayLiteral(errors.map((e) => e.column))}::text[],
      ${arrayLiteral(errors.map((e) => e.reason))}::text[],
      ${arrayLiteral(errors.map((e) => e.message))}::text[]
    ) as t`);
}
