import { type SQL, sql } from 'drizzle-orm';
import type { TStaffAlertKind } from '../../../domain/notifications/kinds';
import type { Database, DatabaseHandle } from '../../db/client';
import { scheduleEscalations } from '../notifications/escalation';
import { alertStaffMany, usersWithRolesByOffice } from '../notifications/staff-alerts';
import { rowsOf } from './case-record';

/** The advisory lock key of the deadline sweep: one instance sweeps at a time. */
export const SWEEP_LOCK_KEY = 51_002;

export interface SweepResult {
  warned: number;
  breached: number;
  stepsBreached: number;
  visitsOverdue: number;
}

type Flagged = { id: string; office_id: string; ticket: string; assignee_user_id: string | null };

const OPEN = sql`status not in ('closed', 'rejected', 'out_of_scope') and paused_at is null`;

/** Flags the cases that crossed a line since the last sweep, each once, and returns them. */
async function flag(db: Database, column: string, condition: SQL, at: SQL): Promise<Flagged[]> {
  return rowsOf<Flagged>(
    await db.execute(sql`
      update cases set ${sql.raw(column)} = ${at}
      where ${sql.raw(column)} is null and ${OPEN} and ${condition}
      returning id, office_id, ticket, assignee_user_id`),
  );
}

type SweepKind = Extract<TStaffAlertKind, 'sla_warning' | 'sla_breached' | 'step_breached' | 'visit_overdue'>;

/**
 * Records each case that crossed a line on its timeline (internal) and alerts its officer and the
 * office's coordinators (their notifications list, and e-mail or WhatsApp where their profile has it).
 */
async function record(
  db: Database,
  rows: Flagged[],
  kind: SweepKind,
  message: string,
  at: Date,
  coordinators: Map<string, string[]>,
) {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into case_events (case_id, at, type, public, message, data)
    select f.id, ${at.toISOString()}::timestamptz, ${kind}, false, ${message} || f.ticket, '{}'::jsonb
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as f(id uuid, ticket text)`);
  await alertStaffMany(
    db,
    rows.map((row) => ({
      officeId: row.office_id,
      caseId: row.id,
      ticket: row.ticket,
      kind,
      userIds: [row.assignee_user_id, ...(coordinators.get(row.office_id) ?? [])],
    })),
    at,
  );
}

/**
 * The deadline sweep: warnings at 75% of the time, breaches of the case's and the step's due time,
 * and outreach visits not made within their day. A breach also sets when it is escalated. Safe with several app instances: it runs under a
 * PostgreSQL advisory lock, and each line is flagged on the case so it is recorded only once.
 */
export async function sweepDeadlines(
  handle: Pick<DatabaseHandle, 'withAdvisoryLock'>,
  now: Date,
): Promise<SweepResult> {
  return handle.withAdvisoryLock(SWEEP_LOCK_KEY, (db) =>
    db.transaction(async (tx) => {
      const at = sql`${now.toISOString()}::timestamptz`;
      const warned = await flag(
        tx,
        'warned_at',
        sql`due_at is not null and ${at} <= due_at and ${at} >= opened_at + (due_at - opened_at) * 0.75`,
        at,
      );
      const breached = await flag(tx, 'breached_at', sql`due_at is not null and ${at} > due_at`, at);
      const steps = await flag(
        tx,
        'step_breached_at',
        sql`step_due_at is not null and ${at} > step_due_at`,
        at,
      );
      const visits = await flag(
        tx,
        'visit_breached_at',
        sql`visit_due_at is not null and visited_at is null and ${at} > visit_due_at`,
        at,
      );
      const flagged = [...warned, ...breached, ...steps, ...visits];
      const coordinators = await usersWithRolesByOffice(
        tx,
        flagged.map((row) => row.office_id),
        ['coordinator'],
      );
      const lines: [SweepKind, Flagged[], string][] = [
        ['sla_warning', warned, 'Tenggat hampir habis (75% waktu terpakai): tiket '],
        ['sla_breached', breached, 'Tenggat layanan terlewati: tiket '],
        ['step_breached', steps, 'Waktu langkah terlewati: tiket '],
        ['visit_overdue', visits, 'Kunjungan jemput bola belum dilakukan dalam 1 hari: tiket '],
      ];
      for (const [kind, rows, message] of lines) await record(tx, rows, kind, message, now, coordinators);
      // A breach starts the escalation clock: the Kabid, then the Kadis, after working hours.
      await scheduleEscalations(
        tx,
        breached.map((row) => ({ id: row.id, officeId: row.office_id })),
        now,
      );
      return {
        warned: warned.length,
        breached: breached.length,
        stepsBreached: steps.length,
        visitsOverdue: visits.length,
      };
    }),
  );
}
