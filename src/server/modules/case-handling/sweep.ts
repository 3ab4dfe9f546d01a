import { type SQL, sql } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '../../db/client';
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

/**
 * Records each case that crossed a line on its timeline (internal) and puts a notice in the outbox
 * for its officer and the office's coordinators: in-app recipients `user:<id>`.
 */
async function record(db: Database, rows: Flagged[], type: string, message: string, at: Date) {
  if (rows.length === 0) return;
  const iso = at.toISOString();
  await db.execute(sql`
    with flagged as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as f(id uuid, office_id uuid, ticket text, assignee_user_id uuid)
    ), events as (
      insert into case_events (case_id, at, type, public, message, data)
      select id, ${iso}::timestamptz, ${type}, false, ${message} || ticket, '{}'::jsonb from flagged
    )
    insert into notification_outbox (office_id, case_id, channel, recipient, template, body)
    select f.office_id, f.id, 'whatsapp', 'user:' || u.id, ${`case.${type}`}, ${message} || f.ticket
    from flagged f
    join users u on u.office_id = f.office_id and u.active
      and (u.id = f.assignee_user_id or u.role = 'coordinator')`);
}

/**
 * The deadline sweep: warnings at 75% of the time, breaches of the case's and the step's due time,
 * and outreach visits not made within their day. Safe with several app instances: it runs under a
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
      await record(tx, warned, 'sla_warning', 'Tenggat hampir habis (75% waktu terpakai): tiket ', now);
      await record(tx, breached, 'sla_breached', 'Tenggat layanan terlewati: tiket ', now);
      await record(tx, steps, 'step_breached', 'Waktu langkah terlewati: tiket ', now);
      await record(
        tx,
        visits,
        'visit_overdue',
        'Kunjungan jemput bola belum dilakukan dalam 1 hari: tiket ',
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
