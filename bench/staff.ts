import { sql } from 'drizzle-orm';
import type { Role } from '../src/domain/auth/roles';
import type { Database } from '../src/server/db/client';
import { hashPassword } from '../src/server/modules/auth/password';
import { users } from '../src/server/modules/auth/tables';
import { rowsOf } from '../src/server/modules/case-handling/case-record';

export const BENCH_PASSWORD = 'bench-password-123';

/**
 * Dumai's staff for a benchmark: twenty officers who hold cases (answered as ids, for the fixture) and
 * the one account the benchmark signs in with.
 */
export async function createBenchStaff(
  db: Database,
  reader: { username: string; fullName: string; role: Role },
): Promise<string[]> {
  const [office] = rowsOf<{ id: string }>(await db.execute(sql`select id from offices where slug = 'dumai'`));
  if (!office) throw new Error('no Dumai office');
  const passwordHash = await hashPassword(BENCH_PASSWORD, 10);
  const officers = await db
    .insert(users)
    .values(
      Array.from({ length: 20 }, (_, i) => ({
        officeId: office.id,
        username: `bench.officer.${i}`,
        fullName: `Petugas ${i}`,
        role: i % 2 ? 'social_worker' : 'service_officer',
        passwordHash,
      })),
    )
    .returning({ id: users.id });
  await db.insert(users).values({ officeId: office.id, ...reader, passwordHash });
  return officers.map((o) => o.id);
}
