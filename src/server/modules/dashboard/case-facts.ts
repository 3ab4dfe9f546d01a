import { asc, type SQL, sql } from 'drizzle-orm';
import type { CaseFact, CaseInput, ReferralInput } from '../../../domain/dashboard/facts';
import type { StepMove } from '../../../domain/dashboard/timing';
import type { Database } from '../../db/client';
import { caseReferrals } from '../case-handling/tables';
import { caseEvents, cases } from '../cases/tables';
import { dashboardCaseFacts } from './tables';

/** A list of ids as one array parameter: drizzle would spread a JS array into a row of parameters. */
export function uuidList(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

function group<T extends { caseId: string }>(rows: readonly T[]): Map<string, T[]> {
  const byCase = new Map<string, T[]>();
  for (const row of rows) {
    const list = byCase.get(row.caseId) ?? [];
    list.push(row);
    byCase.set(row.caseId, list);
  }
  return byCase;
}

/** The cases of a batch as the facts need them: row, step moves from the timeline, referrals. */
export async function loadCaseInputs(tx: Database, ids: readonly string[]): Promise<Map<string, CaseInput>> {
  const rows = await tx
    .select({
      id: cases.id,
      officeId: cases.officeId,
      serviceCode: cases.serviceCode,
      kind: cases.kind,
      channel: cases.channel,
      status: cases.status,
      ppksCategory: cases.ppksCategory,
      districtCode: cases.districtCode,
      openedAt: cases.openedAt,
      dueAt: cases.dueAt,
      closedAt: cases.closedAt,
      currentStep: cases.currentStep,
      assigneeUserId: cases.assigneeUserId,
      assignedDivision: cases.assignedDivision,
      assignedDistrictCode: cases.assignedDistrictCode,
      standardVersionId: cases.standardVersionId,
    })
    .from(cases)
    .where(sql`${cases.id} = any(${uuidList(ids)})`);
  const moves = await tx
    .select({
      caseId: caseEvents.caseId,
      at: caseEvents.at,
      toStep: sql<number>`(${caseEvents.data}->>'toStep')::int`,
    })
    .from(caseEvents)
    .where(
      sql`${caseEvents.caseId} = any(${uuidList(ids)}) and jsonb_typeof(${caseEvents.data}->'toStep') = 'number'`,
    )
    .orderBy(asc(caseEvents.at));
  const referrals = await tx
    .select({
      caseId: caseReferrals.caseId,
      targetKind: caseReferrals.targetKind,
      bodyKind: caseReferrals.bodyKind,
      bodyName: caseReferrals.bodyName,
      status: caseReferrals.status,
      sentAt: caseReferrals.sentAt,
      respondedAt: caseReferrals.respondedAt,
      completedAt: caseReferrals.completedAt,
    })
    .from(caseReferrals)
    .where(sql`${caseReferrals.caseId} = any(${uuidList(ids)})`);
  const movesByCase = group(moves);
  const referralsByCase = group(referrals);
  return new Map(
    rows.map(({ id, ...row }) => [
      id,
      {
        ...row,
        stepMoves: (movesByCase.get(id) ?? []).map((m): StepMove => ({ at: m.at, toStep: Number(m.toStep) })),
        referrals: (referralsByCase.get(id) ?? []).map(({ caseId: _, ...r }): ReferralInput => r),
      },
    ]),
  );
}

type FactRow = typeof dashboardCaseFacts.$inferSelect;

function factOf(row: FactRow): CaseFact {
  return {
    officeId: row.officeId,
    month: row.month,
    serviceCode: row.serviceCode,
    kind: row.kind,
    channel: row.channel,
    districtCode: row.districtCode,
    ppksCategory: row.ppksCategory,
    status: row.status as CaseFact['status'],
    closure: row.closure as CaseFact['closure'],
    durationBucket: row.durationBucket,
    stepBuckets: row.stepBuckets,
    versionId: row.versionId,
    currentStep: row.currentStep,
    holder: row.holder as CaseFact['holder'],
    assigneeUserId: row.assigneeUserId,
    dueDay: row.dueDay,
    indicators: row.indicators,
    referrals: row.referrals,
  };
}

export async function loadFacts(tx: Database, ids: readonly string[]): Promise<Map<string, CaseFact>> {
  const rows = await tx
    .select()
    .from(dashboardCaseFacts)
    .where(sql`${dashboardCaseFacts.caseId} = any(${uuidList(ids)})`);
  return new Map(rows.map((row) => [row.caseId, factOf(row)]));
}

/** Stores the batch's new facts in one statement, replacing the old ones. */
export async function saveFacts(tx: Database, facts: ReadonlyMap<string, CaseFact>): Promise<void> {
  if (facts.size === 0) return;
  const records = [...facts].map(([caseId, fact]) => ({ caseId, ...fact }));
  await tx.execute(sql`
    insert into dashboard_case_facts (case_id, office_id, month, service_code, kind, channel, district_code,
      ppks_category, status, closure, duration_bucket, step_buckets, version_id, current_step, holder,
      assignee_user_id, due_day, indicators, referrals)
    select "caseId", "officeId", "month", "serviceCode", "kind", "channel", "districtCode", "ppksCategory",
      "status", "closure", "durationBucket", "stepBuckets", "versionId", "currentStep", "holder",
      "assigneeUserId", "dueDay", "indicators", "referrals"
    from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as r("caseId" uuid, "officeId" uuid,
      "month" date, "serviceCode" text, "kind" text, "channel" text, "districtCode" text,
      "ppksCategory" text, "status" text, "closure" text, "durationBucket" smallint,
      "stepBuckets" smallint[], "versionId" text, "currentStep" smallint, "holder" text,
      "assigneeUserId" text, "dueDay" date, "indicators" smallint, "referrals" jsonb)
    on conflict (case_id) do update set office_id = excluded.office_id, month = excluded.month,
      service_code = excluded.service_code, kind = excluded.kind, channel = excluded.channel,
      district_code = excluded.district_code, ppks_category = excluded.ppks_category,
      status = excluded.status, closure = excluded.closure, duration_bucket = excluded.duration_bucket,
      step_buckets = excluded.step_buckets, version_id = excluded.version_id,
      current_step = excluded.current_step, holder = excluded.holder,
      assignee_user_id = excluded.assignee_user_id, due_day = excluded.due_day,
      indicators = excluded.indicators, referrals = excluded.referrals`);
}

/** Facts of cases that are gone (deleted rows): their contributions were already subtracted. */
export async function deleteFacts(tx: Database, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.delete(dashboardCaseFacts).where(sql`${dashboardCaseFacts.caseId} = any(${uuidList(ids)})`);
}
