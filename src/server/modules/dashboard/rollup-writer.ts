import { type SQL, sql } from 'drizzle-orm';
import {
  type Contribution,
  ROLLUPS,
  type RollupDelta,
  type RollupName,
} from '../../../domain/dashboard/facts';
import type { Database } from '../../db/client';

const TABLES: Record<RollupName, string> = {
  monthCases: 'dashboard_month_cases',
  monthCategories: 'dashboard_month_categories',
  monthIndicators: 'dashboard_month_indicators',
  monthDurations: 'dashboard_month_durations',
  monthServiceDurations: 'dashboard_month_service_durations',
  monthSteps: 'dashboard_month_steps',
  monthReferrals: 'dashboard_month_referrals',
  monthReferralTimes: 'dashboard_month_referral_times',
  openCases: 'dashboard_open_cases',
  openWorkload: 'dashboard_open_workload',
};

/** Every rollup table, for a rebuild. */
export const ROLLUP_TABLES: readonly string[] = Object.values(TABLES);

/** SQL types of the key columns that are not text; every measure is an integer. */
const KEY_TYPES: Record<string, string> = {
  officeId: 'uuid',
  month: 'date',
  dueDay: 'date',
  bucket: 'smallint',
  stepIndex: 'smallint',
  currentStep: 'smallint',
};

/** Rows per statement: one JSON parameter each. */
const CHUNK = 5_000;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The rows as a record set: `jsonb_to_recordset($1) as r("officeId" uuid, ...)`, names from ROLLUPS only. */
function recordSet(rollup: RollupName, rows: readonly Contribution[]): SQL {
  const { keys, measures } = ROLLUPS[rollup];
  const columns = [
    ...keys.map((k) => `"${k}" ${KEY_TYPES[k] ?? 'text'}`),
    ...measures.map((m) => `"${m}" integer`),
  ].join(', ');
  const records = rows.map((row) => ({ ...row.key, ...row.measures }));
  return sql`jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as r(${sql.raw(columns)})`;
}

/**
 * Adds the changes to one rollup table (insert, or add to the row with the same key), then removes
 * the rows those changes brought to zero, so the tables hold only what counts.
 */
async function writeChunk(tx: Database, rollup: RollupName, rows: readonly Contribution[]): Promise<void> {
  const { keys, measures } = ROLLUPS[rollup];
  const table = sql.raw(TABLES[rollup]);
  const keyColumns = keys.map(snake).join(', ');
  const insertColumns = sql.raw([...keys, ...measures].map(snake).join(', '));
  const selected = sql.raw([...keys, ...measures].map((c) => `r."${c}"`).join(', '));
  const added = sql.raw(measures.map((m) => `${snake(m)} = t.${snake(m)} + excluded.${snake(m)}`).join(', '));
  await tx.execute(sql`
    insert into ${table} as t (${insertColumns})
    select ${selected} from ${recordSet(rollup, rows)}
    on conflict (${sql.raw(keyColumns)}) do update set ${added}`);
  const sameKey = sql.raw(keys.map((k) => `t.${snake(k)} = r."${k}"`).join(' and '));
  const empty = sql.raw(measures.map((m) => `t.${snake(m)} = 0`).join(' and '));
  await tx.execute(
    sql`delete from ${table} as t using ${recordSet(rollup, rows)} where ${sameKey} and ${empty}`,
  );
}

/** Writes every change a batch of facts made, table by table. */
export async function writeRollupDelta(tx: Database, delta: RollupDelta): Promise<number> {
  let written = 0;
  for (const rollup of Object.keys(ROLLUPS) as RollupName[]) {
    const rows = delta.changes(rollup);
    for (let from = 0; from < rows.length; from += CHUNK) {
      await writeChunk(tx, rollup, rows.slice(from, from + CHUNK));
    }
    written += rows.length;
  }
  return written;
}
