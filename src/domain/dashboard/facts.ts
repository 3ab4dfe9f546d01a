import { type OfficeCalendar, workingMinutesBetween } from '../calendar/due-at';
import { fromLocal, toLocal } from '../calendar/zoned-time';
import { OPEN_STATUSES } from '../cases/status';
import type { CaseStatus } from '../intake/report';
import { durationBucket, MAX_BUCKET } from './durations';
import { type IndicatorRules, indicatorMask, indicatorsIn } from './indicators';
import { type Closure, closureOf, completedStepSpans, type StepMove } from './timing';

/**
 * What one case adds to the dashboard's rollups. The refresh job keeps each case's fact; when the
 * case changes it subtracts the old fact's contributions and adds the new one's, so the rollups stay
 * exact without recounting. Bump ROLLUP_VERSION whenever a fact or a contribution changes meaning:
 * the job then rebuilds every rollup from the cases.
 */
export const ROLLUP_VERSION = 1;

/** Open cases that can never be overdue: no time standard, or waiting for documents (clock stopped). */
export const NO_DUE_DAY = '9999-12-31';
/**
 * Open cases due before the day their fact was made: overdue for good (until the case changes), so
 * they share one day and the backlog rollup stays small however old the cases are.
 */
export const PAST_DUE_DAY = '1970-01-01';

export type CaseHolder = 'officer' | 'division' | 'district_unit' | 'none';

export interface ReferralInput {
  targetKind: string;
  bodyKind: string;
  bodyName: string | null;
  status: string;
  sentAt: Date;
  respondedAt: Date | null;
  completedAt: Date | null;
}

/** A case as the refresh job reads it: its row, the step moves of its timeline, its referrals. */
export interface CaseInput {
  officeId: string;
  serviceCode: string | null;
  kind: string;
  channel: string;
  status: CaseStatus;
  ppksCategory: string;
  districtCode: string;
  openedAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  currentStep: number;
  assigneeUserId: string | null;
  assignedDivision: string | null;
  assignedDistrictCode: string | null;
  standardVersionId: string | null;
  stepMoves: readonly StepMove[];
  referrals: readonly ReferralInput[];
}

export interface ReferralFact {
  targetKind: string;
  bodyKind: string;
  /** '' when the referral went to "any body of this kind". */
  bodyName: string;
  status: string;
  responseBucket: number | null;
  completionBucket: number | null;
}

export interface CaseFact {
  officeId: string;
  /** The month the case was opened, office time: 'YYYY-MM-01'. */
  month: string;
  /** '' for a case filed without a service (a general complaint). */
  serviceCode: string;
  kind: string;
  channel: string;
  districtCode: string;
  ppksCategory: string;
  status: CaseStatus;
  closure: Closure | null;
  /** Working minutes from opening to closure, as a histogram bucket; null unless closed. */
  durationBucket: number | null;
  /** Per step index before the current step: the bucket of its working minutes, -1 when unknown. */
  stepBuckets: number[];
  /** '' when the case has no standard version. */
  versionId: string;
  currentStep: number;
  holder: CaseHolder;
  /** The officer holding the case, '' otherwise. */
  assigneeUserId: string;
  /** For open cases: the day (office time) it is due, NO_DUE_DAY or PAST_DUE_DAY; null when not open. */
  dueDay: string | null;
  indicators: number;
  referrals: ReferralFact[];
}

export interface FactContext {
  calendar: OfficeCalendar;
  indicatorRules: IndicatorRules;
  now: Date;
}

function holderOf(c: CaseInput): CaseHolder {
  if (c.assigneeUserId) return 'officer';
  if (c.assignedDistrictCode) return 'district_unit';
  if (c.assignedDivision) return 'division';
  return 'none';
}

function dueDayOf(c: CaseInput, ctx: FactContext): string | null {
  if (!OPEN_STATUSES.includes(c.status)) return null;
  if (!c.dueAt || c.status === 'awaiting_documents') return NO_DUE_DAY;
  const { timeZone } = ctx.calendar;
  const today = toLocal(ctx.now, timeZone).date;
  // Most open cases of a big office are long past due: no need to read their own day.
  if (c.dueAt.getTime() < fromLocal(today, 0, timeZone).getTime()) return PAST_DUE_DAY;
  return toLocal(c.dueAt, timeZone).date;
}

/** Longer than the calendar can count (ten years): a record this old is counted in the last bucket. */
const LONGEST_SPAN_MS = 3600 * 86_400_000;

function workingBucket(ctx: FactContext, from: Date, to: Date): number {
  if (to.getTime() - from.getTime() > LONGEST_SPAN_MS) return MAX_BUCKET;
  return durationBucket(workingMinutesBetween(ctx.calendar, from, to));
}

function minutesBucket(ctx: FactContext, from: Date, to: Date | null): number | null {
  return to ? workingBucket(ctx, from, to) : null;
}

/** The fact of a case: everything the rollups count about it, as of `ctx.now`. */
export function caseFact(c: CaseInput, ctx: FactContext): CaseFact {
  const closure = closureOf(c);
  const stepBuckets = Array.from({ length: Math.max(0, c.currentStep) }, () => -1);
  for (const span of completedStepSpans(c.openedAt, c.stepMoves, c.currentStep)) {
    stepBuckets[span.index] = workingBucket(ctx, span.startedAt, span.doneAt);
  }
  const holder = holderOf(c);
  return {
    officeId: c.officeId,
    month: `${toLocal(c.openedAt, ctx.calendar.timeZone).date.slice(0, 7)}-01`,
    serviceCode: c.serviceCode ?? '',
    kind: c.kind,
    channel: c.channel,
    districtCode: c.districtCode,
    ppksCategory: c.ppksCategory,
    status: c.status,
    closure,
    durationBucket: closure ? minutesBucket(ctx, c.openedAt, c.closedAt) : null,
    stepBuckets,
    versionId: c.standardVersionId ?? '',
    currentStep: c.currentStep,
    holder,
    assigneeUserId: holder === 'officer' ? (c.assigneeUserId ?? '') : '',
    dueDay: dueDayOf(c, ctx),
    indicators: indicatorMask(ctx.indicatorRules, { ...c, referred: c.referrals.length > 0 }),
    referrals: c.referrals.map((r) => ({
      targetKind: r.targetKind,
      bodyKind: r.bodyKind,
      bodyName: r.bodyName ?? '',
      status: r.status,
      responseBucket: minutesBucket(ctx, r.sentAt, r.respondedAt),
      completionBucket: minutesBucket(ctx, r.sentAt, r.completedAt),
    })),
  };
}

/** The rollup tables: the key columns and the counted columns of each (names as in the fact). */
export const ROLLUPS = {
  monthCases: {
    keys: ['officeId', 'month', 'serviceCode', 'kind', 'channel', 'districtCode', 'status'],
    measures: ['cases', 'onTime', 'late', 'noDue'],
  },
  monthCategories: {
    keys: ['officeId', 'month', 'serviceCode', 'channel', 'districtCode', 'ppksCategory'],
    measures: ['cases'],
  },
  monthIndicators: {
    keys: ['officeId', 'month', 'indicator', 'serviceCode', 'channel', 'districtCode', 'status'],
    measures: ['cases', 'onTime', 'late', 'noDue'],
  },
  monthDurations: {
    keys: ['officeId', 'month', 'serviceCode', 'channel', 'districtCode', 'bucket'],
    measures: ['cases'],
  },
  // The same without channel and district: what the page reads when neither filter is set.
  monthServiceDurations: {
    keys: ['officeId', 'month', 'serviceCode', 'bucket'],
    measures: ['cases'],
  },
  monthSteps: {
    keys: ['officeId', 'month', 'serviceCode', 'versionId', 'stepIndex', 'bucket'],
    measures: ['steps'],
  },
  monthReferrals: {
    keys: [
      'officeId',
      'month',
      'serviceCode',
      'channel',
      'districtCode',
      'targetKind',
      'bodyKind',
      'bodyName',
      'status',
    ],
    measures: ['referrals'],
  },
  // Per body and month only: with every filter dimension, this histogram would hold a row per referral.
  monthReferralTimes: {
    keys: ['officeId', 'month', 'bodyKind', 'bodyName', 'measure', 'bucket'],
    measures: ['referrals'],
  },
  openCases: {
    keys: ['officeId', 'serviceCode', 'channel', 'districtCode', 'status', 'holder', 'dueDay'],
    measures: ['cases'],
  },
  openWorkload: {
    keys: ['officeId', 'assigneeUserId', 'versionId', 'currentStep', 'serviceCode'],
    measures: ['cases'],
  },
} as const satisfies Record<string, { keys: readonly string[]; measures: readonly string[] }>;

export type RollupName = keyof typeof ROLLUPS;
export type RollupKey = Record<string, string | number>;

export interface Contribution {
  rollup: RollupName;
  key: RollupKey;
  measures: Record<string, number>;
}

function closureMeasures(closure: Closure | null) {
  return {
    cases: 1,
    onTime: closure === 'on_time' ? 1 : 0,
    late: closure === 'late' ? 1 : 0,
    noDue: closure === 'no_due' ? 1 : 0,
  };
}

function referralContributions(f: CaseFact, where: RollupKey): Contribution[] {
  return f.referrals.flatMap((r) => {
    const body = { bodyKind: r.bodyKind, bodyName: r.bodyName };
    const times = (['response', 'completion'] as const).flatMap((measure): Contribution[] => {
      const bucket = measure === 'response' ? r.responseBucket : r.completionBucket;
      if (bucket === null) return [];
      const key = { officeId: f.officeId, month: f.month, ...body, measure, bucket };
      return [{ rollup: 'monthReferralTimes', key, measures: { referrals: 1 } }];
    });
    return [
      {
        rollup: 'monthReferrals' as const,
        key: { ...where, targetKind: r.targetKind, ...body, status: r.status },
        measures: { referrals: 1 },
      },
      ...times,
    ];
  });
}

function openContributions(f: CaseFact): Contribution[] {
  if (f.dueDay === null) return [];
  const open: Contribution = {
    rollup: 'openCases',
    key: {
      officeId: f.officeId,
      serviceCode: f.serviceCode,
      channel: f.channel,
      districtCode: f.districtCode,
      status: f.status,
      holder: f.holder,
      dueDay: f.dueDay,
    },
    measures: { cases: 1 },
  };
  if (f.holder !== 'officer') return [open];
  const key = {
    officeId: f.officeId,
    assigneeUserId: f.assigneeUserId,
    versionId: f.versionId,
    currentStep: f.currentStep,
    serviceCode: f.serviceCode,
  };
  return [open, { rollup: 'openWorkload', key, measures: { cases: 1 } }];
}

/** Every rollup row a fact adds one to. */
export function contributionsOf(f: CaseFact): Contribution[] {
  const where = {
    officeId: f.officeId,
    month: f.month,
    serviceCode: f.serviceCode,
    channel: f.channel,
    districtCode: f.districtCode,
  };
  const measures = closureMeasures(f.closure);
  const list: Contribution[] = [
    { rollup: 'monthCases', key: { ...where, kind: f.kind, status: f.status }, measures },
    { rollup: 'monthCategories', key: { ...where, ppksCategory: f.ppksCategory }, measures: { cases: 1 } },
    ...indicatorsIn(f.indicators).map(
      (indicator): Contribution => ({
        rollup: 'monthIndicators',
        key: { ...where, indicator, status: f.status },
        measures,
      }),
    ),
  ];
  if (f.durationBucket !== null) {
    const bucket = f.durationBucket;
    const key = { officeId: f.officeId, month: f.month, serviceCode: f.serviceCode, bucket };
    list.push({ rollup: 'monthDurations', key: { ...where, bucket }, measures: { cases: 1 } });
    list.push({ rollup: 'monthServiceDurations', key, measures: { cases: 1 } });
  }
  f.stepBuckets.forEach((bucket, stepIndex) => {
    if (bucket < 0) return;
    const key = { officeId: f.officeId, month: f.month, serviceCode: f.serviceCode, versionId: f.versionId };
    list.push({ rollup: 'monthSteps', key: { ...key, stepIndex, bucket }, measures: { steps: 1 } });
  });
  return [...list, ...referralContributions(f, where), ...openContributions(f)];
}

/**
 * Sums of contributions per rollup row: add the new facts, subtract the old ones, and what is left
 * is the change to write. Rows whose change is zero are dropped.
 */
export class RollupDelta {
  private readonly rows = new Map<RollupName, Map<string, Contribution>>();

  add(contributions: readonly Contribution[], sign: 1 | -1): void {
    for (const c of contributions) {
      let table = this.rows.get(c.rollup);
      if (!table) {
        table = new Map();
        this.rows.set(c.rollup, table);
      }
      // A rebuild adds millions of these: a plain loop, not map/join.
      let id = '';
      for (const k of ROLLUPS[c.rollup].keys) id += `${c.key[k]}|`;
      let row = table.get(id);
      if (!row) {
        row = { rollup: c.rollup, key: c.key, measures: {} };
        table.set(id, row);
      }
      for (const name in c.measures)
        row.measures[name] = (row.measures[name] ?? 0) + sign * (c.measures[name] ?? 0);
    }
  }

  /** The changed rows of one rollup, every measure present (0 when unchanged). */
  changes(rollup: RollupName): Contribution[] {
    const measures = ROLLUPS[rollup].measures;
    return [...(this.rows.get(rollup)?.values() ?? [])]
      .filter((row) => Object.values(row.measures).some((v) => v !== 0))
      .map((row) => ({
        ...row,
        measures: Object.fromEntries(measures.map((m) => [m, row.measures[m] ?? 0])),
      }));
  }
}
