import { type SQL, sql } from 'drizzle-orm';
import { OPEN_STATUSES } from '../../../domain/cases/status';
import type { Database } from '../../db/client';
import { rowsOf } from '../case-handling/case-record';

/** What every rollup query is narrowed to: the office (from the session), the months, the filters. */
export interface RollupScope {
  officeId: string;
  /** First days of the first and last month: 'YYYY-MM-01'. */
  fromMonth: string;
  toMonth: string;
  serviceCode: string | null;
  channel: string | null;
  districtCode: string | null;
}

type Dimension = 'service' | 'channel' | 'district';
const COLUMNS: Record<Dimension, string> = {
  service: 'service_code',
  channel: 'channel',
  district: 'district_code',
};

function filterValue(scope: RollupScope, dimension: Dimension): string | null {
  if (dimension === 'service') return scope.serviceCode;
  return dimension === 'channel' ? scope.channel : scope.districtCode;
}

/** `office_id = … [and month between …] [and service_code = …]…` for the dimensions a table has. */
function where(scope: RollupScope, options: { months: boolean; dimensions: readonly Dimension[] }): SQL {
  const parts: SQL[] = [sql`office_id = ${scope.officeId}::uuid`];
  if (options.months) parts.push(sql`month between ${scope.fromMonth}::date and ${scope.toMonth}::date`);
  for (const dimension of options.dimensions) {
    const value = filterValue(scope, dimension);
    if (value !== null) parts.push(sql`${sql.raw(COLUMNS[dimension])} = ${value}`);
  }
  return sql.join(parts, sql` and `);
}

const ALL: readonly Dimension[] = ['service', 'channel', 'district'];

async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

export interface CaseCountRow {
  grouping_set: 'month' | 'channel' | 'service' | 'district';
  month: string | null;
  channel: string | null;
  service_code: string | null;
  kind: string | null;
  district_code: string | null;
  status: string;
  cases: number;
  on_time: number;
  late: number;
  no_due: number;
}

/** Cases by month, channel, service and district, each with its statuses, in one pass (grouping sets). */
export function caseCounts(db: Database, scope: RollupScope): Promise<CaseCountRow[]> {
  return rows(
    db,
    sql`
    select case when grouping(month) = 0 then 'month' when grouping(channel) = 0 then 'channel'
                when grouping(service_code) = 0 then 'service' else 'district' end as grouping_set,
           month::text as month, channel, service_code, kind, district_code, status,
           sum(cases)::int as cases, sum(on_time)::int as on_time, sum(late)::int as late, sum(no_due)::int as no_due
    from dashboard_month_cases
    where ${where(scope, { months: true, dimensions: ALL })}
    group by grouping sets ((month, status), (channel, status), (service_code, kind, status), (district_code, status))`,
  );
}

export function categoryCounts(
  db: Database,
  scope: RollupScope,
): Promise<{ ppks_category: string; cases: number }[]> {
  return rows(
    db,
    sql`select ppks_category, sum(cases)::int as cases from dashboard_month_categories
        where ${where(scope, { months: true, dimensions: ALL })} group by 1`,
  );
}

export interface IndicatorCountRow {
  indicator: string;
  status: string;
  cases: number;
  on_time: number;
  late: number;
  no_due: number;
}

export function indicatorCounts(db: Database, scope: RollupScope): Promise<IndicatorCountRow[]> {
  return rows(
    db,
    sql`select indicator, status, sum(cases)::int as cases, sum(on_time)::int as on_time, sum(late)::int as late,
               sum(no_due)::int as no_due
        from dashboard_month_indicators where ${where(scope, { months: true, dimensions: ALL })} group by 1, 2`,
  );
}

/** Closing times per service: from the per-service histogram unless a channel or district is chosen. */
export function durationCounts(
  db: Database,
  scope: RollupScope,
): Promise<{ service_code: string; bucket: number; cases: number }[]> {
  const detailed = scope.channel !== null || scope.districtCode !== null;
  const table = sql.raw(detailed ? 'dashboard_month_durations' : 'dashboard_month_service_durations');
  return rows(
    db,
    sql`select service_code, bucket, sum(cases)::int as cases from ${table}
        where ${where(scope, { months: true, dimensions: detailed ? ALL : ['service'] })} group by 1, 2`,
  );
}

/** Step times follow the period and the service; channel and district are not kept for them. */
export function stepCounts(
  db: Database,
  scope: RollupScope,
): Promise<
  { service_code: string; version_id: string; step_index: number; bucket: number; steps: number }[]
> {
  return rows(
    db,
    sql`select service_code, version_id, step_index, bucket, sum(steps)::int as steps from dashboard_month_steps
        where ${where(scope, { months: true, dimensions: ['service'] })} group by 1, 2, 3, 4`,
  );
}

export function referralCounts(
  db: Database,
  scope: RollupScope,
): Promise<
  { target_kind: string; body_kind: string; body_name: string; status: string; referrals: number }[]
> {
  return rows(
    db,
    sql`select target_kind, body_kind, body_name, status, sum(referrals)::int as referrals
        from dashboard_month_referrals where ${where(scope, { months: true, dimensions: ALL })} group by 1, 2, 3, 4`,
  );
}

/** Answer and report times per body follow the period only (see the rollup). */
export function referralTimeCounts(
  db: Database,
  scope: RollupScope,
): Promise<{ body_kind: string; body_name: string; measure: string; bucket: number; referrals: number }[]> {
  return rows(
    db,
    sql`select body_kind, body_name, measure, bucket, sum(referrals)::int as referrals
        from dashboard_month_referral_times where ${where(scope, { months: true, dimensions: [] })}
        group by 1, 2, 3, 4`,
  );
}

/**
 * Open cases now by service, status and holder, with those due before today (office time): every
 * day before today is wholly past. Cases due earlier today are counted from the cases themselves.
 */
export function openCounts(
  db: Database,
  scope: RollupScope,
  today: string,
): Promise<{ service_code: string; status: string; holder: string; open: number; overdue: number }[]> {
  return rows(
    db,
    sql`select service_code, status, holder, sum(cases)::int as open,
               coalesce(sum(cases) filter (where due_day < ${today}::date), 0)::int as overdue
        from dashboard_open_cases where ${where(scope, { months: false, dimensions: ALL })} group by 1, 2, 3`,
  );
}

/** Open, unpaused cases whose due time fell between the start of today (office time) and now. */
export function overdueToday(
  db: Database,
  scope: RollupScope,
  since: Date,
  now: Date,
): Promise<{ service_code: string; overdue: number }[]> {
  const working = OPEN_STATUSES.filter((status) => status !== 'awaiting_documents');
  const filters: SQL[] = [];
  if (scope.serviceCode !== null) filters.push(sql` and coalesce(service_code, '') = ${scope.serviceCode}`);
  if (scope.channel !== null) filters.push(sql` and channel = ${scope.channel}`);
  if (scope.districtCode !== null) filters.push(sql` and district_code = ${scope.districtCode}`);
  return rows(
    db,
    sql`select coalesce(service_code, '') as service_code, count(*)::int as overdue from cases
        where office_id = ${scope.officeId}::uuid and due_at >= ${since.toISOString()}::timestamptz
          and due_at < ${now.toISOString()}::timestamptz
          and status in (${sql.join(
            working.map((s) => sql`${s}`),
            sql`, `,
          )})${sql.join(filters, sql``)}
        group by 1`,
  );
}

/** Open cases held by each officer, by version and step: their remaining weight (service filter only). */
export function workloadCounts(
  db: Database,
  scope: RollupScope,
): Promise<{ assignee_user_id: string; version_id: string; current_step: number; cases: number }[]> {
  return rows(
    db,
    sql`select assignee_user_id, version_id, current_step, sum(cases)::int as cases from dashboard_open_workload
        where ${where(scope, { months: false, dimensions: ['service'] })} group by 1, 2, 3`,
  );
}
