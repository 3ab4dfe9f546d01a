import {
  bigserial,
  date,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ReferralFact } from '../../../domain/dashboard/facts';

/**
 * Cases changed since the dashboard's rollups last took them in. Triggers on updates and deletions of
 * `cases` and on `case_referrals` (migration 0013, hand-written part) add a row per changed case in the
 * statement that changes it; new cases are queued by the refresh job itself (migration 0016), so intake
 * pays nothing; the job takes rows out in batches. Duplicates are fine; no unique key, so the writers
 * never wait on each other or on the job.
 */
export const dashboardDirtyCases = pgTable('dashboard_dirty_cases', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  caseId: uuid('case_id').notNull(),
});

/** What each case adds to the rollups now, so a change subtracts exactly what the case added before. */
export const dashboardCaseFacts = pgTable('dashboard_case_facts', {
  caseId: uuid('case_id').primaryKey(),
  officeId: uuid('office_id').notNull(),
  month: date('month', { mode: 'string' }).notNull(),
  serviceCode: text('service_code').notNull(),
  kind: text('kind').notNull(),
  channel: text('channel').notNull(),
  districtCode: text('district_code').notNull(),
  ppksCategory: text('ppks_category').notNull(),
  status: text('status').notNull(),
  closure: text('closure'),
  durationBucket: smallint('duration_bucket'),
  stepBuckets: smallint('step_buckets').array().notNull(),
  versionId: text('version_id').notNull(),
  currentStep: smallint('current_step').notNull(),
  holder: text('holder').notNull(),
  assigneeUserId: text('assignee_user_id').notNull(),
  dueDay: date('due_day', { mode: 'string' }),
  indicators: smallint('indicators').notNull(),
  referrals: jsonb('referrals').$type<ReferralFact[]>().notNull(),
});

// The rollups. Text keys use '' for "none" so that every key is a plain unique index.
const officeId = () => uuid('office_id').notNull();
const month = () => date('month', { mode: 'string' }).notNull();
const key = (name: string) => text(name).notNull();
const count = (name: string) => integer(name).notNull().default(0);

/** Cases by opening month, service, kind, channel, district and status, with their closures. */
export const dashboardMonthCases = pgTable(
  'dashboard_month_cases',
  {
    officeId: officeId(),
    month: month(),
    serviceCode: key('service_code'),
    kind: key('kind'),
    channel: key('channel'),
    districtCode: key('district_code'),
    status: key('status'),
    cases: count('cases'),
    onTime: count('on_time'),
    late: count('late'),
    noDue: count('no_due'),
  },
  (t) => [
    uniqueIndex('dashboard_month_cases_key').on(
      t.officeId,
      t.month,
      t.serviceCode,
      t.kind,
      t.channel,
      t.districtCode,
      t.status,
    ),
  ],
);

export const dashboardMonthCategories = pgTable(
  'dashboard_month_categories',
  {
    officeId: officeId(),
    month: month(),
    serviceCode: key('service_code'),
    channel: key('channel'),
    districtCode: key('district_code'),
    ppksCategory: key('ppks_category'),
    cases: count('cases'),
  },
  (t) => [
    uniqueIndex('dashboard_month_categories_key').on(
      t.officeId,
      t.month,
      t.serviceCode,
      t.channel,
      t.districtCode,
      t.ppksCategory,
    ),
  ],
);

/** Cases of each performance indicator (a case may count for several). */
export const dashboardMonthIndicators = pgTable(
  'dashboard_month_indicators',
  {
    officeId: officeId(),
    month: month(),
    indicator: key('indicator'),
    serviceCode: key('service_code'),
    channel: key('channel'),
    districtCode: key('district_code'),
    status: key('status'),
    cases: count('cases'),
    onTime: count('on_time'),
    late: count('late'),
    noDue: count('no_due'),
  },
  (t) => [
    uniqueIndex('dashboard_month_indicators_key').on(
      t.officeId,
      t.month,
      t.indicator,
      t.serviceCode,
      t.channel,
      t.districtCode,
      t.status,
    ),
  ],
);

/** Histogram of working minutes from opening to closure (bucket: src/domain/dashboard/durations.ts). */
export const dashboardMonthDurations = pgTable(
  'dashboard_month_durations',
  {
    officeId: officeId(),
    month: month(),
    serviceCode: key('service_code'),
    channel: key('channel'),
    districtCode: key('district_code'),
    bucket: smallint('bucket').notNull(),
    cases: count('cases'),
  },
  (t) => [
    uniqueIndex('dashboard_month_durations_key').on(
      t.officeId,
      t.month,
      t.serviceCode,
      t.channel,
      t.districtCode,
      t.bucket,
    ),
  ],
);

/** The same per service only, for the page without channel and district filters (far fewer rows). */
export const dashboardMonthServiceDurations = pgTable(
  'dashboard_month_service_durations',
  {
    officeId: officeId(),
    month: month(),
    serviceCode: key('service_code'),
    bucket: smallint('bucket').notNull(),
    cases: count('cases'),
  },
  (t) => [
    uniqueIndex('dashboard_month_service_durations_key').on(t.officeId, t.month, t.serviceCode, t.bucket),
  ],
);

/** Histogram of working minutes per completed step of each standard version. */
export const dashboardMonthSteps = pgTable(
  'dashboard_month_steps',
  {
    officeId: officeId(),
    month: month(),
    serviceCode: key('service_code'),
    versionId: key('version_id'),
    stepIndex: smallint('step_index').notNull(),
    bucket: smallint('bucket').notNull(),
    steps: count('steps'),
  },
  (t) => [
    uniqueIndex('dashboard_month_steps_key').on(
      t.officeId,
      t.month,
      t.serviceCode,
      t.versionId,
      t.stepIndex,
      t.bucket,
    ),
  ],
);

/** Referrals of the month's cases by body and status. */
export const dashboardMonthReferrals = pgTable(
  'dashboard_month_referrals',
  {
    officeId: officeId(),
    month: month(),
    serviceCode: key('service_code'),
    channel: key('channel'),
    districtCode: key('district_code'),
    targetKind: key('target_kind'),
    bodyKind: key('body_kind'),
    bodyName: key('body_name'),
    status: key('status'),
    referrals: count('referrals'),
  },
  (t) => [
    uniqueIndex('dashboard_month_referrals_key').on(
      t.officeId,
      t.month,
      t.serviceCode,
      t.channel,
      t.districtCode,
      t.targetKind,
      t.bodyKind,
      t.bodyName,
      t.status,
    ),
  ],
);

/**
 * Histograms of a referral's working minutes to its answer (`response`) and to its report
 * (`completion`), per body and month: the period is the only filter they follow.
 */
export const dashboardMonthReferralTimes = pgTable(
  'dashboard_month_referral_times',
  {
    officeId: officeId(),
    month: month(),
    bodyKind: key('body_kind'),
    bodyName: key('body_name'),
    measure: key('measure'),
    bucket: smallint('bucket').notNull(),
    referrals: count('referrals'),
  },
  (t) => [
    uniqueIndex('dashboard_month_referral_times_key').on(
      t.officeId,
      t.month,
      t.bodyKind,
      t.bodyName,
      t.measure,
      t.bucket,
    ),
  ],
);

/** Open cases now, by who holds them and the day they are due (facts.ts NO_DUE_DAY, PAST_DUE_DAY). */
export const dashboardOpenCases = pgTable(
  'dashboard_open_cases',
  {
    officeId: officeId(),
    serviceCode: key('service_code'),
    channel: key('channel'),
    districtCode: key('district_code'),
    status: key('status'),
    holder: key('holder'),
    dueDay: date('due_day', { mode: 'string' }).notNull(),
    cases: count('cases'),
  },
  (t) => [
    uniqueIndex('dashboard_open_cases_key').on(
      t.officeId,
      t.serviceCode,
      t.channel,
      t.districtCode,
      t.status,
      t.holder,
      t.dueDay,
    ),
  ],
);

/** Open cases held by each officer, by standard version and current step (their remaining weight). */
export const dashboardOpenWorkload = pgTable(
  'dashboard_open_workload',
  {
    officeId: officeId(),
    assigneeUserId: key('assignee_user_id'),
    versionId: key('version_id'),
    currentStep: smallint('current_step').notNull(),
    serviceCode: key('service_code'),
    cases: count('cases'),
  },
  (t) => [
    uniqueIndex('dashboard_open_workload_key').on(
      t.officeId,
      t.assigneeUserId,
      t.versionId,
      t.currentStep,
      t.serviceCode,
    ),
  ],
);
