import type { OfficeCalendar } from '../../../domain/calendar/due-at';
import { PARTNER_KINDS, PILLAR_KINDS } from '../../../domain/cases/referral';
import { OPEN_STATUSES } from '../../../domain/cases/status';
import type { TWorkloadRow } from '../../../domain/cases/views';
import { CHANNELS } from '../../../domain/catalogue/constants';
import { histogramOf, summarise } from '../../../domain/dashboard/durations';
import {
  INDICATOR_LABELS,
  type IndicatorRules,
  PERFORMANCE_INDICATORS,
} from '../../../domain/dashboard/indicators';
import { monthsBetween } from '../../../domain/dashboard/period';
import type { TDashboardFigures, TOnTime, TTimes } from '../../../domain/dashboard/schemas';
import { onTimeRate } from '../../../domain/dashboard/timing';
import { workloadFromGroups } from '../../../domain/dashboard/workload';
import { ppksCategory } from '../../../domain/intake/ppks';
import { CASE_STATUSES, type CaseStatus } from '../../../domain/intake/report';
import type { CaseCountRow, IndicatorCountRow } from './figure-queries';
import type { OfficerInfo, ServiceInfo, VersionSteps } from './reference-data';

type Figures = TDashboardFigures;

const BODY_KIND_LABELS = new Map<string, string>(
  [...PARTNER_KINDS, ...PILLAR_KINDS].map((kind) => [kind.code, kind.label]),
);

/** Sums of a set of count rows. */
interface Tally {
  received: number;
  open: number;
  closed: number;
  declined: number;
  onTime: number;
  late: number;
  noDue: number;
  byStatus: Map<string, number>;
}

const emptyTally = (): Tally => ({
  received: 0,
  open: 0,
  closed: 0,
  declined: 0,
  onTime: 0,
  late: 0,
  noDue: 0,
  byStatus: new Map(),
});

function addToTally(
  tally: Tally,
  row: { status: string; cases: number; on_time: number; late: number; no_due: number },
): void {
  tally.received += row.cases;
  if ((OPEN_STATUSES as readonly string[]).includes(row.status)) tally.open += row.cases;
  if (row.status === 'closed') tally.closed += row.cases;
  if (row.status === 'rejected' || row.status === 'out_of_scope') tally.declined += row.cases;
  tally.onTime += row.on_time;
  tally.late += row.late;
  tally.noDue += row.no_due;
  tally.byStatus.set(row.status, (tally.byStatus.get(row.status) ?? 0) + row.cases);
}

function tallyBy<R extends { status: string; cases: number; on_time: number; late: number; no_due: number }>(
  rows: readonly R[],
  keyOf: (row: R) => string,
): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const row of rows) {
    const key = keyOf(row);
    const tally = tallies.get(key) ?? emptyTally();
    addToTally(tally, row);
    tallies.set(key, tally);
  }
  return tallies;
}

export function onTimeOf(t: Pick<Tally, 'onTime' | 'late' | 'noDue'>): TOnTime {
  return { onTime: t.onTime, late: t.late, noDue: t.noDue, rate: onTimeRate(t.onTime, t.late) };
}

const statusCounts = (byStatus: Map<string, number>) =>
  CASE_STATUSES.map((status) => ({ status, cases: byStatus.get(status) ?? 0 }));

/** Received, open, closed and on time: totals, per month, status, channel and district. */
export function caseSections(
  rows: readonly CaseCountRow[],
  months: { from: string; to: string },
  districts: ReadonlyMap<string, string>,
  times: TTimes,
): Pick<Figures, 'totals' | 'byMonth' | 'byStatus' | 'byChannel' | 'byDistrict'> {
  const ofSet = (set: CaseCountRow['grouping_set']) => rows.filter((row) => row.grouping_set === set);
  const byMonth = tallyBy(ofSet('month'), (row) => (row.month ?? '').slice(0, 7));
  const total = emptyTally();
  for (const row of ofSet('month')) addToTally(total, row);
  const byChannel = tallyBy(ofSet('channel'), (row) => row.channel ?? '');
  const byDistrict = tallyBy(ofSet('district'), (row) => row.district_code ?? '');
  const districtCodes = new Set([...districts.keys(), ...byDistrict.keys()]);
  return {
    totals: {
      received: total.received,
      open: total.open,
      closed: total.closed,
      declined: total.declined,
      onTime: onTimeOf(total),
      times,
    },
    byMonth: monthsBetween(months.from, months.to).map((month) => {
      const tally = byMonth.get(month) ?? emptyTally();
      return { month, received: tally.received, closed: tally.closed, onTime: onTimeOf(tally) };
    }),
    byStatus: statusCounts(total.byStatus),
    byChannel: [...new Set<string>([...CHANNELS, ...byChannel.keys()])]
      .map((channel) => ({ channel, cases: byChannel.get(channel)?.received ?? 0 }))
      .sort((a, b) => b.cases - a.cases),
    byDistrict: [...districtCodes]
      .map((code) => {
        const tally = byDistrict.get(code) ?? emptyTally();
        return {
          districtCode: code,
          districtName: districts.get(code) ?? code,
          received: tally.received,
          onTime: onTimeOf(tally),
        };
      })
      .sort((a, b) => b.received - a.received || a.districtName.localeCompare(b.districtName)),
  };
}

/** Name of a service code; '' is a report filed without a service (a general complaint). */
export function serviceNameOf(code: string, services: ReadonlyMap<string, ServiceInfo>): string {
  if (code === '') return 'Pengaduan umum (tanpa layanan)';
  return services.get(code)?.name ?? code;
}

type Histograms = Map<string, Map<number, number>>;

/** Histograms per key from count rows. */
export function histogramsBy<R>(
  rows: readonly R[],
  keyOf: (row: R) => string,
  bucketOf: (row: R) => number,
  countOf: (row: R) => number,
): Histograms {
  const groups = new Map<string, { bucket: number; count: number }[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key) ?? [];
    list.push({ bucket: bucketOf(row), count: countOf(row) });
    groups.set(key, list);
  }
  return new Map([...groups].map(([key, list]) => [key, histogramOf(list)]));
}

/** Every active service, and any other with cases in the period, with its counts and times. */
export function serviceSection(
  rows: readonly CaseCountRow[],
  services: readonly ServiceInfo[],
  durations: Histograms,
): Figures['byService'] {
  const counted = tallyBy(
    rows.filter((row) => row.grouping_set === 'service'),
    (row) => row.service_code ?? '',
  );
  const kinds = new Map(
    rows.filter((r) => r.grouping_set === 'service').map((r) => [r.service_code ?? '', r.kind]),
  );
  const byCode = new Map(services.map((s) => [s.code, s]));
  const codes = [...services.filter((s) => s.active).map((s) => s.code), ...counted.keys()];
  return [...new Set(codes)].map((code) => {
    const tally = counted.get(code) ?? emptyTally();
    const service = byCode.get(code);
    return {
      serviceCode: code,
      serviceName: serviceNameOf(code, byCode),
      kind: service?.kind ?? kinds.get(code) ?? 'complaint',
      completionTime: service?.completionTime ?? null,
      received: tally.received,
      open: tally.open,
      closed: tally.closed,
      onTime: onTimeOf(tally),
      times: summarise(durations.get(code) ?? new Map()),
    };
  });
}

/** Time per step, per service: the step names and time standards of the versions the cases ran under. */
export function stepSection(
  rows: readonly {
    service_code: string;
    version_id: string;
    step_index: number;
    bucket: number;
    steps: number;
  }[],
  versions: ReadonlyMap<string, VersionSteps>,
  services: ReadonlyMap<string, ServiceInfo>,
): Figures['steps'] {
  const byService = new Map<
    string,
    Map<
      string,
      { index: number; name: string; timeStandard: string | null; rows: { bucket: number; count: number }[] }
    >
  >();
  for (const row of rows) {
    const step = versions.get(row.version_id)?.[row.step_index];
    const name = step?.name ?? `Langkah ${row.step_index + 1}`;
    const steps = byService.get(row.service_code) ?? new Map();
    const key = `${row.step_index}|${name}`;
    const entry = steps.get(key) ?? {
      index: row.step_index,
      name,
      timeStandard: step?.timeStandard ?? null,
      rows: [],
    };
    entry.rows.push({ bucket: row.bucket, count: row.steps });
    steps.set(key, entry);
    byService.set(row.service_code, steps);
  }
  return [...byService]
    .map(([code, steps]) => ({
      serviceCode: code,
      serviceName: serviceNameOf(code, services),
      steps: [...steps.values()]
        .sort((a, b) => a.index - b.index)
        .map((s) => ({
          index: s.index,
          name: s.name,
          timeStandard: s.timeStandard,
          times: summarise(histogramOf(s.rows)),
        })),
    }))
    .sort((a, b) => stepCount(b) - stepCount(a) || a.serviceName.localeCompare(b.serviceName));
}

/** The service with the most timed steps comes first: the page shows it unless another is chosen. */
function stepCount(service: { steps: { times: TTimes }[] }): number {
  return service.steps.reduce((sum, step) => sum + step.times.count, 0);
}

/** Referrals per body: how many, where they stand, and how long the body took to answer and to finish. */
export function referralSection(
  counts: readonly {
    target_kind: string;
    body_kind: string;
    body_name: string;
    status: string;
    referrals: number;
  }[],
  times: readonly {
    body_kind: string;
    body_name: string;
    measure: string;
    bucket: number;
    referrals: number;
  }[],
): Figures['referrals'] {
  const histograms = histogramsBy(
    times,
    (row) => `${row.body_kind}|${row.body_name}|${row.measure}`,
    (row) => row.bucket,
    (row) => row.referrals,
  );
  const bodies = new Map<string, Figures['referrals'][number]>();
  for (const row of counts) {
    const key = `${row.body_kind}|${row.body_name}`;
    const body = bodies.get(key) ?? {
      targetKind: row.target_kind,
      bodyKind: row.body_kind,
      bodyKindLabel: BODY_KIND_LABELS.get(row.body_kind) ?? row.body_kind,
      bodyName: row.body_name === '' ? null : row.body_name,
      total: 0,
      pending: 0,
      accepted: 0,
      declined: 0,
      done: 0,
      response: summarise(histograms.get(`${key}|response`) ?? new Map()),
      completion: summarise(histograms.get(`${key}|completion`) ?? new Map()),
    };
    body.total += row.referrals;
    if (row.status === 'sent') body.pending += row.referrals;
    if (row.status === 'accepted') body.accepted += row.referrals;
    if (row.status === 'declined') body.declined += row.referrals;
    if (row.status === 'done') body.done += row.referrals;
    bodies.set(key, body);
  }
  return [...bodies.values()].sort((a, b) => b.total - a.total);
}

/** Open cases now: by status and service, overdue, and those nobody holds. */
export function backlogSection(
  open: readonly { service_code: string; status: string; holder: string; open: number; overdue: number }[],
  today: readonly { service_code: string; overdue: number }[],
  services: ReadonlyMap<string, ServiceInfo>,
): Figures['backlog'] {
  const byService = new Map<string, { open: number; overdue: number }>();
  const byStatus = new Map<string, number>();
  let unassigned = 0;
  for (const row of open) {
    const entry = byService.get(row.service_code) ?? { open: 0, overdue: 0 };
    entry.open += row.open;
    entry.overdue += row.overdue;
    byService.set(row.service_code, entry);
    byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + row.open);
    if (row.holder === 'none') unassigned += row.open;
  }
  for (const row of today) {
    const entry = byService.get(row.service_code) ?? { open: row.overdue, overdue: 0 };
    entry.overdue += row.overdue;
    byService.set(row.service_code, entry);
  }
  const list = [...byService].map(([code, entry]) => ({
    serviceCode: code,
    serviceName: serviceNameOf(code, services),
    open: entry.open,
    overdue: Math.min(entry.open, entry.overdue),
  }));
  return {
    open: list.reduce((sum, s) => sum + s.open, 0),
    overdue: list.reduce((sum, s) => sum + s.overdue, 0),
    unassigned,
    byStatus: OPEN_STATUSES.map((status: CaseStatus) => ({ status, cases: byStatus.get(status) ?? 0 })),
    byService: list.sort((a, b) => b.overdue - a.overdue || b.open - a.open),
  };
}

/** Each officer's open cases weighed by their remaining steps (the coordinator's board rules). */
export function workloadSection(
  rows: readonly { assignee_user_id: string; version_id: string; current_step: number; cases: number }[],
  officers: readonly OfficerInfo[],
  versions: ReadonlyMap<string, VersionSteps>,
  calendar: OfficeCalendar,
): TWorkloadRow[] {
  const groups = rows.map((row) => ({
    officerId: row.assignee_user_id,
    remainingSteps: (versions.get(row.version_id) ?? []).slice(row.current_step),
    cases: row.cases,
  }));
  const board = workloadFromGroups(
    officers.map((o) => o.userId),
    groups,
    { calendar },
  );
  const names = new Map(officers.map((o) => [o.userId, o]));
  return board.map((row) => ({
    userId: row.officerId,
    name: names.get(row.officerId)?.name ?? '',
    role: names.get(row.officerId)?.role ?? '',
    openCases: row.openCases,
    weightMinutes: Math.round(row.weightMinutes),
    capacityMinutes: Math.round(row.capacityMinutes),
    ratio: Number.isFinite(row.ratio) ? Math.round(row.ratio * 100) / 100 : 99,
    level: row.level,
  }));
}

/** The office's performance indicators with the cases that count for each. */
export function indicatorSection(
  rows: readonly IndicatorCountRow[],
  rules: IndicatorRules,
): Figures['indicators'] {
  const tallies = tallyBy(rows, (row) => row.indicator);
  return PERFORMANCE_INDICATORS.flatMap((code) => {
    const rule = rules[code];
    if (!rule) return [];
    const tally = tallies.get(code) ?? emptyTally();
    return [
      {
        code,
        name: INDICATOR_LABELS[code],
        basis: rule.basis,
        received: tally.received,
        open: tally.open,
        closed: tally.closed,
        onTime: onTimeOf(tally),
      },
    ];
  });
}

export function categorySection(
  rows: readonly { ppks_category: string; cases: number }[],
): Figures['byCategory'] {
  return rows
    .filter((row) => row.cases > 0)
    .map((row) => ({
      category: row.ppks_category,
      name: ppksCategory(row.ppks_category)?.name ?? row.ppks_category,
      cases: row.cases,
    }))
    .sort((a, b) => b.cases - a.cases);
}
