// Measures a backup and a restore at scale on PostgreSQL (docs/operations-backup.md):
//   BENCH_CASES=1000000 npx tsx src/server/backup/measure.ts
// Loads the bench's generated cases (bench/cases-fixture.ts) into a new database, backs it up, restores
// it into another new database and prints the times, the archive's size and the comparison.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCases } from '../../../bench/cases-fixture';
import { applyMigrations } from '../db/migrate';
import { seedDatabase } from '../seed';
import { diskStorage } from '../storage/file-storage';
import { takeBackup } from './backup';
import { emptyTarget } from './drill';
import { restoreBackup } from './restore';

const total = Number(process.env.BENCH_CASES ?? 100_000);
const seconds = (from: number) => Number(((performance.now() - from) / 1000).toFixed(1));

const source = await emptyTarget('postgresql');
const target = await emptyTarget('postgresql');
const out = await mkdtemp(join(tmpdir(), 'satu-atap-measure-'));
try {
  await applyMigrations(source.handle);
  await seedDatabase(source.handle.db, { demoAccounts: false, regions: { provinceCodes: ['14'] } });
  const loadSeconds = await loadCases(source.handle.db, total);
  let started = performance.now();
  const backup = await takeBackup(
    {
      db: source.handle.db,
      dialect: 'postgresql',
      storage: diskStorage(source.storageDir),
      appVersion: 'measure',
    },
    out,
    null,
  );
  const backupSeconds = seconds(started);
  started = performance.now();
  const restored = await restoreBackup(backup.path, target.handle, target.storage, { key: null });
  const restoreSeconds = seconds(started);
  const rows = backup.manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    JSON.stringify({
      cases: total,
      loadSeconds,
      rows,
      archiveMB: Number((backup.bytes / 1024 / 1024).toFixed(1)),
      backupSeconds,
      restoreSeconds,
      differences: restored.differences.length,
      rss: Math.round(process.memoryUsage().rss / 1024 / 1024),
    }),
  );
} finally {
  await source.close();
  await target.close();
  await rm(out, { recursive: true, force: true });
}
