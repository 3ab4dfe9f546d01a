import { sql } from 'drizzle-orm';
import { OPEN_STATUSES } from '../../../domain/cases/status';
import {
  addMonths,
  lastMonths,
  type MonthPeriod,
  monthDate,
  monthStart,
  yearToDate,
} from '../../../domain/dashboard/period';
import type { TTransparency } from '../../../domain/dashboard/schemas';
import { MIN_PUBLIC_COUNT, publicRate, suppressSmallCounts } from '../../../domain/dashboard/small-cells';
import { onTimeRate } from '../../../domain/dashboard/timing';
import type { Database } from '../../db/client';
import { officeContext } from '../../reference/office-context';
import { rowsOf } from '../case-handling/case-record';
import { ikmSummary } from '../survey/ikm-summary';
import { ikmOf } from './figures';
import { officeServices, type ServiceInfo } from './reference-data';
import { serviceNameOf } from './sections';

type Period = TTransparency['periods'][number];
type CountRow = { service_code: string; status: string; cases: number; on_time: number; late: number };

/** Received, closed, in progress, declined: the columns of the public table (received is their sum). */
function columnsOf(rows: readonly CountRow[]): [number, number, number, number] {
  const sum = (statuses: readonly string[]) =>
    rows.filter((r) => statuses.includes(r.status)).reduce((total, r) => total + r.cases, 0);
  const closed = sum(['closed']);
  const inProgress = sum(OPEN_STATUSES);
  const declined = sum(['rejected', 'out_of_scope']);
  return [closed + inProgress + declined, closed, inProgress, declined];
}

function rateOf(rows: readonly CountRow[]): number | null {
  const onTime = rows.reduce((sum, r) => sum + r.on_time, 0);
  const late = rows.reduce((sum, r) => sum + r.late, 0);
  return publicRate(onTimeRate(onTime, late), onTime + late);
}

async function periodCounts(db: Database, officeId: string, period: MonthPeriod): Promise<CountRow[]> {
  return rowsOf<CountRow>(
    await db.execute(sql`
      select service_code, status, sum(cases)::int as cases, sum(on_time)::int as on_time, sum(late)::int as late
      from dashboard_month_cases
      where office_id = ${officeId}::uuid and month between ${monthDate(period.from)}::date and ${monthDate(period.to)}::date
      group by 1, 2`),
  );
}

/** One period of the page: counts per service with small counts hidden, on-time rates, the IKM. */
async function periodFigures(
  db: Database,
  office: { id: string; timeZone: string },
  services: readonly ServiceInfo[],
  key: Period['key'],
  period: MonthPeriod,
): Promise<Period> {
  const [rows, ikm] = await Promise.all([
    periodCounts(db, office.id, period),
    ikmSummary(db, {
      officeId: office.id,
      from: monthStart(period.from, office.timeZone),
      to: monthStart(addMonths(period.to, 1), office.timeZone),
    }),
  ]);
  const byCode = new Map(services.map((s) => [s.code, s]));
  const codes = [
    ...new Set([...services.filter((s) => s.active).map((s) => s.code), ...rows.map((r) => r.service_code)]),
  ];
  const serviceRows = codes.map((code) => rows.filter((r) => r.service_code === code));
  const table = suppressSmallCounts([...serviceRows.map(columnsOf), columnsOf(rows)]);
  const counts = (cells: (number | null)[] | undefined, rate: number | null) => ({
    received: cells?.[0] ?? null,
    closed: cells?.[1] ?? null,
    inProgress: cells?.[2] ?? null,
    declined: cells?.[3] ?? null,
    onTimeRate: rate,
  });
  const shownIkm = (result: Parameters<typeof ikmOf>[0]) =>
    result.respondents >= MIN_PUBLIC_COUNT ? ikmOf(result) : null;
  return {
    key,
    ...period,
    totals: counts(table[codes.length], rateOf(rows)),
    services: codes.map((code, i) => ({
      serviceCode: code,
      serviceName: serviceNameOf(code, byCode),
      kind: byCode.get(code)?.kind ?? 'complaint',
      completionTime: byCode.get(code)?.completionTime ?? null,
      ...counts(table[i], rateOf(serviceRows[i] ?? [])),
    })),
    ikm: ikm.overall ? shownIkm(ikm.overall) : null,
    ikmByService: ikm.byService.flatMap((s) => {
      const shown = shownIkm(s.result);
      return shown ? [{ serviceCode: s.serviceCode, serviceName: s.serviceName, ...shown }] : [];
    }),
  };
}

/** What anyone may see of an office's work: no names, no tickets, no places below the regency. */
export async function officeTransparency(
  db: Database,
  slugOrCode: string,
  now: Date,
): Promise<TTransparency> {
  const { office } = await officeContext(db, slugOrCode);
  const services = await officeServices(db, office.id);
  const periods = await Promise.all([
    periodFigures(db, office, services, 'this_year', yearToDate(now, office.timeZone)),
    periodFigures(db, office, services, 'last_12_months', lastMonths(now, office.timeZone, 12)),
  ]);
  return {
    office: { slug: office.slug, name: office.name, timeZone: office.timeZone },
    generatedAt: now.toISOString(),
    minimumCount: MIN_PUBLIC_COUNT,
    periods,
  };
}

/** The page may be opened by many at once: one answer per office serves everyone for a minute. */
export const TRANSPARENCY_CACHE_SECONDS = 60;
const cache = new Map<string, { at: number; answer: Promise<TTransparency> }>();

export function cachedTransparency(db: Database, slugOrCode: string, now: Date): Promise<TTransparency> {
  const hit = cache.get(slugOrCode);
  if (hit && now.getTime() - hit.at >= 0 && now.getTime() - hit.at < TRANSPARENCY_CACHE_SECONDS * 1000)
    return hit.answer;
  const answer = officeTransparency(db, slugOrCode, now);
  cache.set(slugOrCode, { at: now.getTime(), answer });
  answer.catch(() => cache.delete(slugOrCode));
  return answer;
}
