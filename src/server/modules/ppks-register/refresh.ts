import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { arrayParam } from './sql-values';

/**
 * Recomputes what a register record keeps from its cases (after linking or a merge): the number of
 * cases, the first and last, the latest category, district, village and name, the NIK and KK of the
 * latest case that has them, and the latest photo of the person. Sealed values and the name's blind
 * index are copied as they are (sealed per column name, and `full_name` is the same name in both tables). Each record's cases are found through
 * the `cases_person` index and folded into one row per record by one aggregate (joining per-record
 * subqueries instead is planned as nested loops, as the planner expects one row from `= any(array)`).
 */
export async function refreshPersons(db: Database, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  const ids = arrayParam(personIds, 'uuid');
  await db.execute(sql`
    with linked as (
      select c.person_id, c.opened_at, c.ppks_category, c.ppks_subcategory, c.district_code, c.village_code,
             s.full_name, s.name_words, s.birth_place, s.birth_date, s.address, s.nik, nullif(s.nik_hash, '') as nik_hash, s.kk,
             row_number() over (partition by c.person_id order by c.opened_at desc, c.id desc) as recency
      from cases c join case_subjects s on s.case_id = c.id
      where c.person_id = any(${ids})
    ), folded as (
      select person_id,
             count(*)::int as n,
             min(opened_at) as first_at,
             max(opened_at) as last_at,
             (array_agg(nik_hash order by recency) filter (where nik_hash is not null))[1] as nik_hash,
             (array_agg(nik order by recency) filter (where nik_hash is not null))[1] as nik,
             (array_agg(kk order by recency) filter (where kk is not null))[1] as kk,
             max(ppks_category) filter (where recency = 1) as ppks_category,
             max(ppks_subcategory) filter (where recency = 1) as ppks_subcategory,
             max(district_code) filter (where recency = 1) as district_code,
             max(village_code) filter (where recency = 1) as village_code,
             max(full_name) filter (where recency = 1) as full_name,
             max(name_words) filter (where recency = 1) as name_words,
             max(birth_place) filter (where recency = 1) as birth_place,
             max(birth_date) filter (where recency = 1) as birth_date,
             max(address) filter (where recency = 1) as address
      from linked group by person_id
    )
    update ppks_persons p set
      case_count = f.n,
      first_case_at = f.first_at,
      last_case_at = f.last_at,
      latest_category = f.ppks_category,
      latest_subcategory = f.ppks_subcategory,
      district_code = f.district_code,
      village_code = f.village_code,
      full_name = f.full_name,
      name_words = f.name_words,
      birth_place = coalesce(f.birth_place, p.birth_place),
      birth_date = coalesce(f.birth_date, p.birth_date),
      address = coalesce(f.address, p.address),
      nik_hash = coalesce(p.nik_hash, f.nik_hash),
      nik = case when f.nik_hash = coalesce(p.nik_hash, f.nik_hash) then f.nik else p.nik end,
      kk = coalesce(f.kk, p.kk),
      updated_at = now()
    from folded f
    where p.id = f.person_id`);
  // The latest photo of the person themself, from any of their cases.
  await db.execute(sql`
    update ppks_persons p set photo_attachment_id = photo.id
    from (
      select distinct on (c.person_id) c.person_id, a.id
      from cases c join case_attachments a on a.case_id = c.id
      where c.person_id = any(${ids}) and a.kind = 'person_photo'
      order by c.person_id, a.created_at desc, a.id desc
    ) photo
    where p.id = photo.person_id and p.photo_attachment_id is distinct from photo.id`);
}
