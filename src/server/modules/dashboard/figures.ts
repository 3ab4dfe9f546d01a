import { fromLocal, toLocal } from '../../../domain/calendar/zoned-time';
import { histogramOf, summarise } from '../../../domain/dashboard/durations';
import { indicatorRulesFor } from '../../../domain/dashboard/indicators';
import {
  addMonths,
  type MonthPeriod,
  monthDate,
  monthStart,
  resolvePeriod,
} from '../../../domain/dashboard/period';
import type { TDashboardFigures, TDashboardQuery, TIkm } from '../../../domain/dashboard/schemas';
import { validationError } from '../../../domain/errors/app-error';
import type { IkmResult } from '../../../domain/survey/ikm';
import type { Database } from '../../db/client';
import { officeContext } from '../../reference/office-context';
import { ikmSummary } from '../survey/ikm-summary';
import {
  caseCounts,
  categoryCounts,
  durationCounts,
  indicatorCounts,
  openCounts,
  overdueToday,
  type RollupScope,
  referralCounts,
  referralTimeCounts,
  stepCounts,
  workloadCounts,
} from './figure-queries';
import {
  assignableOfficers,
  districtNames,
  type OfficeInfo,
  officeInfo,
  officeServices,
  stepsOfVersions,
} from './reference-data';
import { pendingChanges, readDashboardCursor } from './refresh';
import {
  backlogSection,
  caseSections,
  categorySection,
  histogramsBy,
  indicatorSection,
  referralSection,
  serviceSection,
  stepSection,
  workloadSection,
} from './sections';

export function ikmOf(result: IkmResult): TIkm {
  return {
    index: result.index,
    grade: result.grade.grade,
    label: result.grade.label,
    respondents: result.respondents,
  };
}

/** The period a request asks for, or a 400 naming the field. */
export function periodOf(
  query: Pick<TDashboardQuery, 'from' | 'to'>,
  now: Date,
  timeZone: string,
): MonthPeriod {
  const resolved = resolvePeriod(query, now, timeZone);
  if ('error' in resolved) throw validationError({ [resolved.error.field]: resolved.error.message });
  return resolved.period;
}

/** The IKM of the answers given in the period (by answer date, office time). */
async function periodIkm(db: Database, office: OfficeInfo, period: MonthPeriod, serviceCode: string | null) {
  const summary = await ikmSummary(db, {
    officeId: office.id,
    from: monthStart(period.from, office.timeZone),
    to: monthStart(addMonths(period.to, 1), office.timeZone),
    ...(serviceCode !== null ? { serviceCode } : {}),
  });
  return {
    overall: summary.overall ? ikmOf(summary.overall) : null,
    byService: summary.byService.map((s) => ({
      serviceCode: s.serviceCode,
      serviceName: s.serviceName,
      ...ikmOf(s.result),
    })),
  };
}

/**
 * Everything the dashboard shows for an office: received, closed and on time by month, channel,
 * service, PPKS category and district (cases opened in the period), times per service and step,
 * referrals per body, the performance indicators and the IKM; and, as of now, the backlog, overdue
 * cases and each officer's load. Read from the rollups, so it answers in the same time at any size.
 * The office comes from the caller (the session), never from the filters. The monthly report uses it.
 */
export async function dashboardFigures(
  db: Database,
  officeId: string,
  query: TDashboardQuery,
  now: Date,
): Promise<TDashboardFigures> {
  const office = await officeInfo(db, { id: officeId });
  const period = periodOf(query, now, office.timeZone);
  const scope: RollupScope = {
    officeId,
    fromMonth: monthDate(period.from),
    toMonth: monthDate(period.to),
    serviceCode: query.serviceCode ?? null,
    channel: query.channel ?? null,
    districtCode: query.districtCode ?? null,
  };
  const today = toLocal(now, office.timeZone).date;
  const [context, services, districts, officers, cursor, pending] = await Promise.all([
    officeContext(db, office.slug),
    officeServices(db, officeId),
    districtNames(db, office.code),
    assignableOfficers(db, officeId),
    readDashboardCursor(db),
    pendingChanges(db),
  ]);
  const [
    cases,
    categories,
    indicators,
    durations,
    steps,
    referrals,
    referralTimes,
    open,
    dueToday,
    workload,
    ikm,
  ] = await Promise.all([
    caseCounts(db, scope),
    categoryCounts(db, scope),
    indicatorCounts(db, scope),
    durationCounts(db, scope),
    stepCounts(db, scope),
    referralCounts(db, scope),
    referralTimeCounts(db, scope),
    openCounts(db, scope, today),
    overdueToday(db, scope, fromLocal(today, 0, office.timeZone), now),
    workloadCounts(db, scope),
    periodIkm(db, office, period, scope.serviceCode),
  ]);
  const versions = await stepsOfVersions(db, [
    ...new Set([...steps.map((s) => s.version_id), ...workload.map((w) => w.version_id)]),
  ]);
  const servicesByCode = new Map(services.map((s) => [s.code, s]));
  const serviceDurations = histogramsBy(
    durations,
    (r) => r.service_code,
    (r) => r.bucket,
    (r) => r.cases,
  );
  const allDurations = summarise(histogramOf(durations.map((r) => ({ bucket: r.bucket, count: r.cases }))));
  return {
    office: { slug: office.slug, name: office.name, timeZone: office.timeZone },
    period,
    filters: { serviceCode: scope.serviceCode, channel: scope.channel, districtCode: scope.districtCode },
    asOf: {
      generatedAt: now.toISOString(),
      refreshedAt: cursor?.refreshedAt ?? null,
      pendingChanges: pending,
    },
    ...caseSections(cases, period, districts, allDurations),
    byCategory: categorySection(categories),
    byService: serviceSection(cases, services, serviceDurations),
    steps: stepSection(steps, versions, servicesByCode),
    backlog: backlogSection(open, dueToday, servicesByCode),
    workload: workloadSection(workload, officers, versions, context.calendar),
    referrals: referralSection(referrals, referralTimes),
    indicators: indicatorSection(indicators, indicatorRulesFor(office.slug)),
    ikm,
  };
}
