import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client';

/**
 * What the dashboard reads beyond bench/cases-fixture.ts, in bulk SQL: step moves on the timeline,
 * closing times (so some cases close late), and referrals to partners and social pillars with their
 * answers. Spread by a hash of each case's id, so durations vary within every service, channel and
 * district as they would in life rather than following the fixture's cycles.
 */
export async function addDashboardHistory(db: Database): Promise<number> {
  const started = performance.now();
  // h: a pseudo-random number per case; steps done by status; closed after 0 to 7 days of wall time.
  await db.execute(sql`
    update cases set
      current_step = case status
        when 'new' then 0
        when 'verified' then 1 + h % 2
        when 'in_progress' then 2 + h % 3
        when 'referred' then 3 + h % 2
        when 'closed' then 3 + h % 3
        else h % 2 end,
      closed_at = case when status = 'closed' then opened_at + (h % 10080) * interval '1 minute' end,
      step_started_at = opened_at
    from (select id as case_id, ('x' || substr(md5(id::text), 1, 7))::bit(28)::int as h from cases) hashed
    where hashed.case_id = cases.id`);
  // One move per step passed, spread over the time the case has had (to its closing, or 2 days).
  await db.execute(sql`
    insert into case_events (case_id, at, type, public, message, data)
    select c.id,
           least(now(), c.opened_at + (coalesce(c.closed_at, c.opened_at + interval '2 days') - c.opened_at)
             * (k::float / (c.current_step + 1))),
           'verified', false, 'Langkah selesai.', jsonb_build_object('toStep', k)
    from cases c, generate_series(1, c.current_step) as k
    where c.current_step > 0`);
  // Referred cases, and one closed case in four, went to a partner or a pillar of their district.
  await db.execute(sql`
    insert into case_referrals (case_id, office_id, target_kind, body_kind, body_name, district_code, reason,
                                fields_shared, consent, status, due_at, sent_at, responded_at, completed_at)
    select c.id, c.office_id, b.target_kind, b.body_kind, nullif(b.body_name, ''),
           case when b.target_kind = 'pillar' then c.district_code end,
           'Perlu penanganan lanjutan.', '["name"]'::jsonb, '{"given": true}'::jsonb,
           case when c.status = 'closed' then 'done' else (array['sent', 'accepted', 'done'])[1 + h % 3] end,
           c.opened_at + interval '4 days', c.opened_at + interval '1 day',
           case when c.status = 'closed' or h % 3 > 0 then c.opened_at + interval '1 day' + (h % 4320) * interval '1 minute' end,
           case when c.status = 'closed' or h % 3 = 2 then c.opened_at + interval '1 day' + (h % 14400) * interval '1 minute' end
    from (select id, ('x' || substr(md5(id::text), 9, 7))::bit(28)::int as h from cases) hashed
    join cases c on c.id = hashed.id
    join (values (0, 'partner', 'rumah_sakit_jiwa', 'RSJ Tampan'), (1, 'partner', 'rumah_sakit', 'RSUD Kota Dumai'),
                 (2, 'partner', 'disdukcapil', 'Disdukcapil Kota Dumai'), (3, 'partner', 'lks', 'Panti Sosial Tresna Werdha'),
                 (4, 'pillar', 'tksk', ''), (5, 'pillar', 'psm', '')) as b(n, target_kind, body_kind, body_name)
      on b.n = hashed.h % 6
    where c.status = 'referred' or (c.status = 'closed' and hashed.h % 4 = 0)`);
  await db.execute(sql`vacuum analyze`);
  await db.execute(sql`checkpoint`);
  return Math.round((performance.now() - started) / 1000);
}
