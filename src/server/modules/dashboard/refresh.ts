import { eq, sql } from 'drizzle-orm';
import {
  type CaseFact,
  caseFact,
  contributionsOf,
  ROLLUP_VERSION,
  RollupDelta,
} from '../../../domain/dashboard/facts';
import { indicatorRulesFor } from '../../../domain/dashboard/indicators';
import type { Database, DatabaseHandle } from '../../db/client';
import { runEveryMinute } from '../../jobs/every-minute';
import { officeContext } from '../../reference/office-context';
import { rowsOf } from '../case-handling/case-record';
import { offices } from '../offices/tables';
import { jobCursors } from '../ppks-register/tables';
import { deleteFacts, loadCaseInputs, loadFacts, saveFacts, uuidList } from './case-facts';
import { ROLLUP_TABLES, writeRollupDelta } from './rollup-writer';

/** The advisory lock of the dashboard refresh (the sweep holds 51_002, the register's linking 51_003). */
export const DASHBOARD_LOCK_KEY = 51_004;
export const DASHBOARD_CURSOR = 'dashboard.rollups';

const DEFAULT_BATCH = 2_000;
/** One run stops after this long; the next minute's run goes on with the cases still waiting. */
const DEFAULT_BUDGET_MS = 20_000;

export interface DashboardCursor {
  version: number;
  /** When a run last took in every waiting change; null while a rebuild is still under way. */
  refreshedAt: string | null;
  /** New cases opened from this moment on (less NEW_CASES_MARGIN_MS) are still to be queued. */
  newCasesSince?: string;
}

/**
 * New cases reach the queue through the refresh itself, not a trigger, so that intake (the busiest
 * write) pays nothing for the dashboard. A run queues the cases opened since the last run began, less
 * this margin: it covers app clocks a little apart and intake statements still committing.
 */
export const NEW_CASES_MARGIN_MS = 10 * 60_000;

export interface RefreshResult {
  cases: number;
  batches: number;
  rebuilt: boolean;
  /** False when the time budget ran out with changes still waiting. */
  done: boolean;
}

export async function readDashboardCursor(db: Database): Promise<DashboardCursor | null> {
  const [row] = await db
    .select({ position: jobCursors.position })
    .from(jobCursors)
    .where(eq(jobCursors.name, DASHBOARD_CURSOR));
  return (row?.position as DashboardCursor | undefined) ?? null;
}

async function writeCursor(db: Database, cursor: DashboardCursor, now: Date): Promise<void> {
  await db
    .insert(jobCursors)
    .values({ name: DASHBOARD_CURSOR, position: { ...cursor }, updatedAt: now })
    .onConflictDoUpdate({ target: jobCursors.name, set: { position: { ...cursor }, updatedAt: now } });
}

/** Empties every rollup and queues every case again: on the first run, and when ROLLUP_VERSION moves. */
async function startRebuild(db: Database, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(
      sql.raw(`truncate ${[...ROLLUP_TABLES, 'dashboard_case_facts', 'dashboard_dirty_cases'].join(', ')}`),
    );
    await tx.execute(sql`insert into dashboard_dirty_cases (case_id) select id from cases`);
    await writeCursor(
      tx,
      { version: ROLLUP_VERSION, refreshedAt: null, newCasesSince: now.toISOString() },
      now,
    );
  });
}

/**
 * Queues the cases opened since the cursor's mark that have no facts yet and are not waiting already,
 * office by office along the inbox's (office_id, opened_at) index, and moves the mark to `now`.
 */
async function queueNewCases(db: Database, cursor: DashboardCursor, now: Date): Promise<void> {
  const mark = cursor.newCasesSince ?? cursor.refreshedAt ?? now.toISOString();
  const since = new Date(Date.parse(mark) - NEW_CASES_MARGIN_MS).toISOString();
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into dashboard_dirty_cases (case_id)
      select c.id from offices o
      join cases c on c.office_id = o.id and c.opened_at >= ${since}::timestamptz
      where not exists (select 1 from dashboard_case_facts f where f.case_id = c.id)
        and not exists (select 1 from dashboard_dirty_cases d where d.case_id = c.id)`);
    await writeCursor(tx, { ...cursor, newCasesSince: now.toISOString() }, now);
  });
}

/** How each office's cases are read: its calendar (office time) and its indicator mapping. */
async function officeSettings(db: Database, officeIds: readonly string[]) {
  const rows = await db
    .select({ id: offices.id, slug: offices.slug })
    .from(offices)
    .where(sql`${offices.id} = any(${uuidList(officeIds)})`);
  const settings = await Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      calendar: (await officeContext(db, row.slug)).calendar,
      indicatorRules: indicatorRulesFor(row.slug),
    })),
  );
  return new Map(settings.map((s) => [s.id, s]));
}

/**
 * One batch in one transaction: takes changed cases off the queue, makes their facts anew, and writes
 * the difference from their old facts into the rollups. Returns how many queue rows it took.
 */
async function refreshBatch(db: Database, now: Date, batchSize: number): Promise<number> {
  return db.transaction(async (tx) => {
    const taken = rowsOf<{ case_id: string }>(
      await tx.execute(sql`
        delete from dashboard_dirty_cases
        where id in (select id from dashboard_dirty_cases order by id limit ${batchSize})
        returning case_id`),
    );
    if (taken.length === 0) return 0;
    const ids = [...new Set(taken.map((row) => row.case_id))];
    const inputs = await loadCaseInputs(tx, ids);
    const oldFacts = await loadFacts(tx, ids);
    const settings = await officeSettings(tx, [...new Set([...inputs.values()].map((c) => c.officeId))]);
    const delta = new RollupDelta();
    const newFacts = new Map<string, CaseFact>();
    for (const [id, input] of inputs) {
      const office = settings.get(input.officeId);
      if (!office) continue;
      const fact = caseFact(input, { calendar: office.calendar, indicatorRules: office.indicatorRules, now });
      newFacts.set(id, fact);
      delta.add(contributionsOf(fact), 1);
    }
    for (const fact of oldFacts.values()) delta.add(contributionsOf(fact), -1);
    await writeRollupDelta(tx, delta);
    await saveFacts(tx, newFacts);
    await deleteFacts(
      tx,
      [...oldFacts.keys()].filter((id) => !newFacts.has(id)),
    );
    return taken.length;
  });
}

/** After a run this big (a rebuild), fresh statistics keep the page's plans right. */
const TIDY_AFTER = 10_000;

/**
 * The queue's dead rows are cleared and the rollups' statistics refreshed, so the planner aggregates
 * by hash rather than sorting rows it thinks are a handful. Outside any transaction (VACUUM).
 */
async function tidyUp(db: Database): Promise<void> {
  await db.execute(sql`vacuum dashboard_dirty_cases`);
  await db.execute(sql.raw(`analyze ${[...ROLLUP_TABLES, 'dashboard_case_facts'].join(', ')}`));
}

// PGlite has no advisory lock of its own (one connection): runs in this process also take turns here.
let previousRun: Promise<unknown> = Promise.resolve();

/**
 * The dashboard refresh: brings the rollups up to date with every case change queued since the last
 * run, batch by batch, under an advisory lock so that one instance refreshes at a time. Tests and the
 * benchmark call it directly; `rebuild` recounts everything from the cases.
 */
export function refreshDashboard(
  handle: Pick<DatabaseHandle, 'withAdvisoryLock'>,
  now: Date,
  options: { batchSize?: number; budgetMs?: number; rebuild?: boolean } = {},
): Promise<RefreshResult> {
  const run = previousRun.then(() => refreshUnderLock(handle, now, options));
  previousRun = run.catch(() => undefined);
  return run;
}

function refreshUnderLock(
  handle: Pick<DatabaseHandle, 'withAdvisoryLock'>,
  now: Date,
  options: { batchSize?: number; budgetMs?: number; rebuild?: boolean },
): Promise<RefreshResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const deadline = performance.now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
  return handle.withAdvisoryLock(DASHBOARD_LOCK_KEY, async (db) => {
    const cursor = await readDashboardCursor(db);
    const rebuilt = options.rebuild === true || cursor?.version !== ROLLUP_VERSION;
    if (rebuilt) await startRebuild(db, now);
    else if (cursor) await queueNewCases(db, cursor, now);
    const result: RefreshResult = { cases: 0, batches: 0, rebuilt, done: true };
    for (;;) {
      if (performance.now() > deadline) return { ...result, done: false };
      const taken = await refreshBatch(db, now, batchSize);
      if (taken > 0) result.batches += 1;
      result.cases += taken;
      if (taken < batchSize) break;
      // Let requests waiting for the (PGlite: only) connection in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const done = {
      version: ROLLUP_VERSION,
      refreshedAt: now.toISOString(),
      newCasesSince: now.toISOString(),
    };
    await writeCursor(db, done, now);
    if (result.cases >= TIDY_AFTER) await tidyUp(db);
    return result;
  });
}

/** Changes still waiting for a run, counted up to a limit (the page only says "still updating"). */
export async function pendingChanges(db: Database, limit = 100_000): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from (select 1 from dashboard_dirty_cases limit ${limit}) q`,
    ),
  );
  return Number(row?.n ?? 0);
}

/** Runs the refresh now and every minute; returns the function that stops it. */
export function startDashboardRefresh(
  handle: Pick<DatabaseHandle, 'withAdvisoryLock'>,
  log: { error: (details: object, message: string) => void },
): () => void {
  return runEveryMinute('dashboard refresh', () => refreshDashboard(handle, new Date()), log);
}
