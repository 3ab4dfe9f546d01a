import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { rowsOf } from '../case-handling/case-record';

/**
 * The dashboard's counts straight from `cases` and `case_referrals`, in plain SQL and without the
 * rollups: the reference the integration tests hold the rollups to. Reads every case of the office,
 * so it is for tests, not for a page.
 */
export interface DirectScope {
  officeId: string;
  timeZone: string;
  from: string;
  to: string;
  serviceCode?: string;
  channel?: string;
  districtCode?: string;
}

export interface DirectCaseRow {
  month: string;
  service_code: string;
  channel: string;
  district_code: string;
  ppks_category: string;
  status: string;
  open: boolean;
  on_time: boolean;
  late: boolean;
  no_due: boolean;
  overdue: boolean;
  unassigned: boolean;
  referred: boolean;
}

function filters(scope: DirectScope) {
  return sql.join(
    [
      sql`cases.office_id = ${scope.officeId}::uuid`,
      scope.serviceCode !== undefined
        ? sql`coalesce(cases.service_code, '') = ${scope.serviceCode}`
        : sql`true`,
      scope.channel !== undefined ? sql`cases.channel = ${scope.channel}` : sql`true`,
      scope.districtCode !== undefined ? sql`cases.district_code = ${scope.districtCode}` : sql`true`,
    ],
    sql` and `,
  );
}

/** Every case of the office (filters applied, not the period) with what each figure asks of it. */
export async function directCaseRows(db: Database, scope: DirectScope, now: Date): Promise<DirectCaseRow[]> {
  return rowsOf<DirectCaseRow>(
    await db.execute(sql`
      select to_char(opened_at at time zone ${scope.timeZone}, 'YYYY-MM') as month,
             coalesce(service_code, '') as service_code, channel, district_code, ppks_category, status,
             status in ('new', 'verified', 'awaiting_documents', 'in_progress', 'referred') as open,
             status = 'closed' and due_at is not null and closed_at <= due_at as on_time,
             status = 'closed' and due_at is not null and closed_at > due_at as late,
             status = 'closed' and due_at is null as no_due,
             status in ('new', 'verified', 'in_progress', 'referred') and due_at < ${now.toISOString()}::timestamptz
               as overdue,
             assignee_user_id is null and assigned_division is null and assigned_district_code is null as unassigned,
             exists (select 1 from case_referrals r where r.case_id = cases.id) as referred
      from cases where ${filters(scope)}`),
  );
}

/** Rows opened in the period. */
export function inPeriod(rows: readonly DirectCaseRow[], scope: DirectScope): DirectCaseRow[] {
  return rows.filter((row) => row.month >= scope.from && row.month <= scope.to);
}

/** How many rows fall under each value of a column (zeros left out). */
export function countBy(rows: readonly DirectCaseRow[], column: keyof DirectCaseRow): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const key = String(row[column]);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Referrals of the period's cases, by body and status. */
export async function directReferrals(
  db: Database,
  scope: DirectScope,
): Promise<{ body_kind: string; body_name: string; status: string; n: number }[]> {
  return rowsOf(
    await db.execute(sql`
      select r.body_kind, coalesce(r.body_name, '') as body_name, r.status, count(*)::int as n
      from case_referrals r join cases on cases.id = r.case_id
      where ${filters(scope)}
        and to_char(cases.opened_at at time zone ${scope.timeZone}, 'YYYY-MM') between ${scope.from} and ${scope.to}
      group by 1, 2, 3`),
  );
}
