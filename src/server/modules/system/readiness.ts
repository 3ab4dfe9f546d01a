import { sql } from 'drizzle-orm';
import { z } from '../../../domain/zod';
import type { Database } from '../../db/client';
import { appliedMigrations, shippedMigrations } from '../../db/migrate';

export const ZReadiness = z.object({
  database: z.enum(['ok', 'unavailable']),
  migrations: z.enum(['ok', 'behind', 'ahead', 'unknown']),
  /** Applied / shipped migration counts, so an operator sees how far behind a database is. */
  applied: z.number().int().nullable(),
  expected: z.number().int(),
});
export type TReadiness = z.infer<typeof ZReadiness>;

/** A load balancer asks every few seconds: a database slower than this counts as not ready. */
export const READY_TIMEOUT_MS = 1000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether this instance may take traffic: the database answers a trivial query in time, and it has
 * applied exactly the migrations this release ships (an older release's schema, or a newer one's
 * during a rolling upgrade, is not ready for this code).
 */
export async function checkReadiness(db: Database): Promise<{ ready: boolean; body: TReadiness }> {
  const shipped = shippedMigrations();
  try {
    await within(db.execute(sql`select 1`), READY_TIMEOUT_MS);
  } catch {
    const body = {
      database: 'unavailable',
      migrations: 'unknown',
      applied: null,
      expected: shipped.count,
    } as const;
    return { ready: false, body };
  }
  const applied = await within(appliedMigrations(db), READY_TIMEOUT_MS).catch(() => null);
  const migrations = !applied
    ? 'behind' // no migrations table yet: nothing applied
    : applied.count === shipped.count && applied.lastCreatedAt === shipped.lastCreatedAt
      ? 'ok'
      : applied.lastCreatedAt > shipped.lastCreatedAt
        ? 'ahead'
        : 'behind';
  return {
    ready: migrations === 'ok',
    body: { database: 'ok', migrations, applied: applied?.count ?? 0, expected: shipped.count },
  };
}
