import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../server/db/client';
import { refreshDashboard } from '../server/modules/dashboard/refresh';
import { linkPendingCases, REGISTER_LINK_CURSOR } from '../server/modules/ppks-register/link-job';
import { jobCursors } from '../server/modules/ppks-register/tables';

/**
 * For operators after a bulk load of cases (an import of old records, a restored backup): the
 * dashboard's job queues only cases opened since its last run, and the register's linking job resumes
 * from its cursor, so neither sees old cases loaded behind their back. These run each job to the end
 * now, under the same advisory locks as the app's jobs (safe while the app runs).
 */
export async function rebuildDashboard(handle: DatabaseHandle): Promise<string> {
  let run = await refreshDashboard(handle, new Date(), { rebuild: true });
  let cases = run.cases;
  while (!run.done) {
    run = await refreshDashboard(handle, new Date());
    cases += run.cases;
  }
  return `Dasbor dihitung ulang dari ${cases.toLocaleString('id-ID')} kasus.`;
}

export async function relinkRegister(handle: DatabaseHandle): Promise<string> {
  await handle.db.delete(jobCursors).where(eq(jobCursors.name, REGISTER_LINK_CURSOR));
  let linked = 0;
  let created = 0;
  for (;;) {
    const run = await linkPendingCases(handle, new Date());
    linked += run.linked;
    created += run.created;
    if (run.done) break;
  }
  return `Register PPKS: ${linked.toLocaleString('id-ID')} kasus ditautkan, ${created.toLocaleString('id-ID')} orang baru.`;
}
