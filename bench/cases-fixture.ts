import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client';

/** Indonesian first and last names for generated people (shared by the bench fixtures). */
export const FIRST = [
  'Siti',
  'Ahmad',
  'Nur',
  'Budi',
  'Dewi',
  'Rahmat',
  'Sri',
  'Joko',
  'Ani',
  'Hendra',
  'Yusuf',
  'Wati',
];
export const LAST = [
  'Aminah',
  'Saputra',
  'Hasibuan',
  'Lubis',
  'Siregar',
  'Nasution',
  'Rahman',
  'Harahap',
  'Putri',
  'Sembiring',
];

/**
 * A million cases (or `total`) of Dumai in bulk, spread as a real office's would be: every district and
 * village of the city, every service of its catalogue, the usual channels, statuses and categories,
 * officers holding some of them (each list cycles on its own period, so filters combine as in life),
 * Indonesian names (first and last name lists, so a name search finds a realistic share), a NIK hash on
 * a tenth, and the deadline sweep's warning and breach stamps on the open cases. Ends with VACUUM
 * ANALYZE and a CHECKPOINT, so nothing of the load lands in the measurement.
 */
export async function loadCases(db: Database, total: number, officerIds: string[] = []): Promise<number> {
  const started = performance.now();
  // Lists go in as array literals: drizzle would spread a JS array into a row of parameters.
  const officers = sql`${`{${officerIds.join(',')}}`}::uuid[]`;
  const first = sql`${`{${FIRST.join(',')}}`}::text[]`;
  const last = sql`${`{${LAST.join(',')}}`}::text[]`;
  const batch = 100_000;
  for (let from = 1; from <= total; from += batch) {
    const to = Math.min(total, from + batch - 1);
    await db.execute(sql`
      with office as (select id from offices where slug = 'dumai'),
           standards as (select array_agg(v.id order by s.code) as ids, array_agg(s.code order by s.code) as codes
                         from service_standard_versions v join service_standards s on s.id = v.standard_id
                         join office on office.id = s.office_id where v.version = s.current_version),
           villages as (select array_agg(code order by code) as codes from regions where level = 4 and code like '14.72.%')
      insert into cases (id, office_id, ticket, standard_version_id, service_code, kind, channel, status,
                         ppks_category, dtks_status, district_code, village_code, opened_at, due_at, assignee_user_id,
                         warned_at, breached_at)
      select md5('bench-' || i)::uuid, office.id, 'BLK-' || lpad(to_hex(i), 8, '0'),
             standards.ids[1 + i % cardinality(standards.ids)], standards.codes[1 + i % cardinality(standards.codes)],
             case when standards.codes[1 + i % cardinality(standards.codes)] = 'pengaduan' then 'complaint' else 'service' end,
             (array['web','walk_in','phone','outreach','whatsapp'])[1 + i % 5],
             c.status,
             (array['lansia-terlantar','anak-terlantar','penyandang-disabilitas','gelandangan','keluarga-fakir-miskin'])[1 + (i / 5) % 5],
             'tidak-tahu',
             substr(villages.codes[1 + i % cardinality(villages.codes)], 1, 8), villages.codes[1 + i % cardinality(villages.codes)],
             c.opened_at, c.opened_at + interval '3 days',
             case when cardinality(${officers}) > 0 and i % 3 > 0 then (${officers})[1 + i % cardinality(${officers})] end,
             -- The deadline sweep's stamps on open cases: warned at 75% of the 3 days, breached after them.
             case when c.open and now() >= c.opened_at + interval '54 hours' then c.opened_at + interval '54 hours' end,
             case when c.open and now() > c.opened_at + interval '3 days' then c.opened_at + interval '3 days' end
      from generate_series(${from}::int, ${to}::int) as i
      cross join lateral (
        select s.status, s.status not in ('closed', 'rejected') as open, now() - (i || ' minutes')::interval as opened_at
        from (select (array['new','verified','in_progress','referred','closed','closed','closed','rejected'])[1 + (i / 25) % 8] as status) s
      ) c, office, standards, villages`);
    await db.execute(sql`
      insert into case_subjects (case_id, full_name, nik_hash, aid, description, reporter_name, reporter_phone, consent_at)
      select md5('bench-' || i)::uuid,
             (${first})[1 + i % ${FIRST.length}] || ' ' || (${last})[1 + (i / ${FIRST.length}) % ${LAST.length}] || ' ' || i,
             case when i % 10 = 0 then md5('nik-' || i) end,
             '{"kinds":["belum-pernah"],"pbiScheme":null,"other":null}'::jsonb,
             'Laporan contoh nomor ' || i, 'Pelapor ' || i, '+628123' || lpad(i::text, 7, '0'), now()
      from generate_series(${from}::int, ${to}::int) as i`);
    await db.execute(sql`
      insert into case_events (case_id, at, type, public, message)
      select md5('bench-' || i)::uuid, now(), 'created', true, 'Laporan diterima.'
      from generate_series(${from}::int, ${to}::int) as i`);
  }
  await db.execute(sql`vacuum analyze`);
  await db.execute(sql`checkpoint`);
  return Math.round((performance.now() - started) / 1000);
}
