import { sql } from 'drizzle-orm';
import { Gauge, type Registry } from 'prom-client';
import type { Database } from '../db/client';
import { poolOf } from '../db/hot-query';
import { rowsOf } from '../modules/case-handling/case-record';
import { queueDepth } from '../modules/notifications/queue';

interface RunningImport {
  office: string;
  rows_read: number;
  bytes_read: number;
  bytes_total: number;
}

const runningImports = (db: Database) =>
  db
    .execute(sql`
      select o.slug as office, sum(i.rows_read)::int as rows_read,
             sum(i.bytes_read)::float8 as bytes_read, sum(i.bytes_total)::float8 as bytes_total
      from registry_imports i join offices o on o.id = i.office_id
      where i.status = 'running' group by o.slug`)
    .then((result) => rowsOf<RunningImport>(result));

/**
 * Gauges read from the database when Prometheus scrapes: the outbox, the running imports, the pool.
 * Returns the function the route awaits before each answer (two queries per scrape).
 */
export function registerCollectors(registry: Registry, db: Database, now: () => Date): () => Promise<void> {
  const gauge = (name: string, help: string, labelNames: string[] = []) =>
    new Gauge({ name, help, labelNames, registers: [registry] });
  const waiting = gauge(
    'notification_outbox_waiting',
    'Notices not yet sent (pending or sending), manual ones excepted',
  );
  const due = gauge('notification_outbox_due', 'Notices whose next attempt is due now');
  const perOffice = [
    [
      gauge('registry_import_rows_read', 'Rows read so far by running registry imports', ['office']),
      'rows_read',
    ],
    [
      gauge('registry_import_bytes_read', 'Bytes of the file read so far by running imports', ['office']),
      'bytes_read',
    ],
    [
      gauge('registry_import_bytes_total', 'Size of the files running imports read', ['office']),
      'bytes_total',
    ],
  ] as const;

  const pool = poolOf(db);
  if (pool) {
    for (const [name, help, read] of [
      ['db_pool_total', 'PostgreSQL connections the pool holds', () => pool.totalCount],
      ['db_pool_idle', 'Idle PostgreSQL connections in the pool', () => pool.idleCount],
      ['db_pool_waiting', 'Queries waiting for a free connection', () => pool.waitingCount],
    ] as const) {
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(read());
        },
      });
    }
  }

  return async () => {
    const [depth, imports] = await Promise.all([queueDepth(db, now()), runningImports(db)]);
    waiting.set(depth.waiting);
    due.set(depth.due);
    for (const [metric, column] of perOffice) {
      metric.reset();
      for (const row of imports) metric.set({ office: row.office }, row[column]);
    }
  };
}
