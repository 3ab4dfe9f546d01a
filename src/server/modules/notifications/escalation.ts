import { and, asc, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { OfficeCalendar } from '../../../domain/calendar/due-at';
import type { ClockPause } from '../../../domain/cases/sla';
import { isTerminal } from '../../../domain/cases/status';
import {
  type EscalationTarget,
  escalationMessage,
  escalationStep,
  firstEscalationAt,
  type TEscalationSettings,
} from '../../../domain/notifications/escalation';
import { effectiveNotificationSettings } from '../../../domain/notifications/settings';
import type { Database, DatabaseHandle } from '../../db/client';
import { officeContext } from '../../reference/office-context';
import { caseEvents, cases } from '../cases/tables';
import { offices } from '../offices/tables';
import { alertStaffMany, type StaffAlert, usersWithRolesByOffice } from './staff-alerts';

/**
 * The advisory lock key of the escalation job (the sweep holds 51_002, the register's linking
 * 51_003, the dashboard 51_004).
 */
export const ESCALATION_LOCK_KEY = 51_005;

const BATCH = 500;
// Each case escalates at most twice and is cleared at most once: a few rounds empty any backlog.
const MAX_ROUNDS = 20;

export interface EscalationPolicy {
  settings: TEscalationSettings;
  calendar: OfficeCalendar;
}

/** Each office's escalation hours (its notification settings) and its calendar. */
export async function escalationPolicies(
  db: Database,
  officeIds: readonly string[],
): Promise<Map<string, EscalationPolicy>> {
  const policies = new Map<string, EscalationPolicy>();
  const ids = [...new Set(officeIds)];
  if (ids.length === 0) return policies;
  const rows = await db
    .select({ id: offices.id, slug: offices.slug })
    .from(offices)
    .where(inArray(offices.id, ids));
  for (const row of rows) {
    const { office, calendar } = await officeContext(db, row.slug);
    const settings = effectiveNotificationSettings(office.notificationSettings, office.regionName).escalation;
    policies.set(row.id, { settings, calendar });
  }
  return policies;
}

/**
 * Called by the deadline sweep for the cases it has just found breached: the Kabid's escalation is
 * due `kabidAfterHours` working hours after the breach, on the office's calendar; the level starts
 * again at 0 (a case whose breach was lifted by a resumed clock and then breached again is new).
 */
export async function scheduleEscalations(
  tx: Database,
  breached: readonly { id: string; officeId: string }[],
  breachedAt: Date,
): Promise<void> {
  if (breached.length === 0) return;
  const policies = await escalationPolicies(
    tx,
    breached.map((b) => b.officeId),
  );
  const plan = breached.flatMap((b) => {
    const policy = policies.get(b.officeId);
    return policy
      ? [{ id: b.id, at: firstEscalationAt(breachedAt, policy.settings, policy.calendar).toISOString() }]
      : [];
  });
  await tx.execute(sql`
    update cases set escalate_at = p.at, escalation_level = 0
    from jsonb_to_recordset(${JSON.stringify(plan)}::jsonb) as p(id uuid, at timestamptz)
    where cases.id = p.id`);
}

export interface EscalationResult {
  kabid: number;
  kadis: number;
  /** Cases closed (or no longer breached) before their escalation came: cleared, nobody told. */
  cleared: number;
  /** Cases whose clock stood still after the breach: their escalation moved later. */
  postponed: number;
}

type DueCase = Pick<
  typeof cases.$inferSelect,
  'id' | 'officeId' | 'ticket' | 'status' | 'breachedAt' | 'escalationLevel'
>;

interface Decision {
  id: string;
  level: number;
  at: string | null;
  notify: EscalationTarget | null;
  message: string | null;
}

function decide(
  row: DueCase,
  policy: EscalationPolicy | undefined,
  now: Date,
  pauses: readonly ClockPause[],
): Decision {
  // A case that is over, or whose breach a resumed clock lifted, is never escalated.
  if (isTerminal(row.status) || !row.breachedAt || !policy)
    return {
      id: row.id,
      level: row.breachedAt ? row.escalationLevel : 0,
      at: null,
      notify: null,
      message: null,
    };
  const step = escalationStep(row.escalationLevel, row.breachedAt, policy.settings, policy.calendar, {
    now,
    pauses,
  });
  return {
    id: row.id,
    level: step.nextLevel,
    at: step.nextEscalateAt?.toISOString() ?? null,
    notify: step.notify,
    message: step.notify ? escalationMessage(row.ticket, step.notify, step.waitedHours ?? 0) : null,
  };
}

/**
 * The pauses of each case (waiting for documents), from its timeline: each `documents_received`
 * event holds when the clock stopped and restarted.
 */
async function pausesOf(tx: Database, caseIds: string[]): Promise<Map<string, ClockPause[]>> {
  const rows = await tx
    .select({ caseId: caseEvents.caseId, data: caseEvents.data })
    .from(caseEvents)
    .where(and(inArray(caseEvents.caseId, caseIds), eq(caseEvents.type, 'documents_received')));
  const byCase = new Map<string, ClockPause[]>();
  for (const { caseId, data } of rows) {
    const from = typeof data.pausedAt === 'string' ? new Date(data.pausedAt) : null;
    const to = typeof data.resumedAt === 'string' ? new Date(data.resumedAt) : null;
    if (!from || !to || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) continue;
    byCase.set(caseId, [...(byCase.get(caseId) ?? []), { from, to }]);
  }
  return byCase;
}

/** One batch in one transaction: the due cases, locked (a case being acted on waits for the next run). */
async function escalateBatch(tx: Database, now: Date): Promise<EscalationResult & { count: number }> {
  const due: DueCase[] = await tx
    .select({
      id: cases.id,
      officeId: cases.officeId,
      ticket: cases.ticket,
      status: cases.status,
      breachedAt: cases.breachedAt,
      escalationLevel: cases.escalationLevel,
    })
    .from(cases)
    // A paused case (waiting for the reporter's documents) waits: its clock does not run.
    .where(and(isNotNull(cases.escalateAt), lte(cases.escalateAt, now), isNull(cases.pausedAt)))
    .orderBy(asc(cases.escalateAt))
    .limit(BATCH)
    .for('update', { skipLocked: true });
  const result = { kabid: 0, kadis: 0, cleared: 0, postponed: 0, count: due.length };
  if (due.length === 0) return result;
  const officeIds = due.map((d) => d.officeId);
  // One after another: a transaction is one connection, which runs one query at a time.
  const policies = await escalationPolicies(tx, officeIds);
  const pauses = await pausesOf(
    tx,
    due.map((d) => d.id),
  );
  const heads = {
    kabid: await usersWithRolesByOffice(tx, officeIds, ['kabid']),
    kadis: await usersWithRolesByOffice(tx, officeIds, ['kadis']),
  };
  const decisions = due.map((row) => ({
    row,
    decision: decide(row, policies.get(row.officeId), now, pauses.get(row.id) ?? []),
  }));
  const alerts: StaffAlert[] = [];
  const events: { case_id: string; message: string; level: number; target: string; told: number }[] = [];
  for (const { row, decision } of decisions) {
    if (!decision.notify || !decision.message) {
      if (decision.at) result.postponed += 1;
      else result.cleared += 1;
      continue;
    }
    result[decision.notify] += 1;
    const holders = heads[decision.notify].get(row.officeId) ?? [];
    alerts.push({
      officeId: row.officeId,
      caseId: row.id,
      ticket: row.ticket,
      kind: 'escalated',
      userIds: holders,
      message: decision.message,
    });
    events.push({
      case_id: row.id,
      message: decision.message,
      level: decision.level,
      target: decision.notify,
      // How many heads were told: 0 says on the timeline that the office has no such account.
      told: holders.length,
    });
  }
  const plan = decisions.map(({ decision }) => ({ id: decision.id, level: decision.level, at: decision.at }));
  await tx.execute(sql`
    update cases set escalation_level = p.level, escalate_at = p.at
    from jsonb_to_recordset(${JSON.stringify(plan)}::jsonb) as p(id uuid, level int, at timestamptz)
    where cases.id = p.id`);
  if (events.length > 0)
    await tx.execute(sql`
      insert into case_events (case_id, at, type, public, message, data)
      select e.case_id, ${now.toISOString()}::timestamptz, 'escalated', false, e.message,
        jsonb_build_object('level', e.level, 'to', e.target, 'told', e.told)
      from jsonb_to_recordset(${JSON.stringify(events)}::jsonb) as e(case_id uuid, message text, level int, target text, told int)`);
  await alertStaffMany(tx, alerts, now);
  return result;
}

/**
 * The escalation job: each open, unpaused case whose escalation time has come is raised to the
 * Kabid, and later to the Kadis, with an internal timeline entry; closed cases are cleared. Under
 * its own advisory lock, so with several instances one runs at a time; a backlog (after downtime)
 * is taken in batches, and a case due for both levels gets both.
 */
export function escalateBreaches(
  handle: Pick<DatabaseHandle, 'withAdvisoryLock'>,
  now: Date,
): Promise<EscalationResult> {
  return handle.withAdvisoryLock(ESCALATION_LOCK_KEY, async (db) => {
    const total: EscalationResult = { kabid: 0, kadis: 0, cleared: 0, postponed: 0 };
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const batch = await db.transaction((tx) => escalateBatch(tx, now));
      total.kabid += batch.kabid;
      total.kadis += batch.kadis;
      total.cleared += batch.cleared;
      total.postponed += batch.postponed;
      if (batch.count === 0) break;
    }
    return total;
  });
}
