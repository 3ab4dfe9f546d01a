import { buildApp } from './app';
import { startBackupSchedule } from './backup/schedule';
import { readConfig } from './config';
import { KeySetupError } from './crypto/key-source';
import { reencryptInBackground } from './crypto/reencrypt';
import { prepareKeys } from './crypto/startup';
import { databaseAddress, oncePerOutage, untilDatabaseAnswers } from './db/availability';
import { openDatabase } from './db/client';
import { DataDirLockedError } from './db/data-dir-lock';
import { applyMigrations } from './db/migrate';
import { runEveryMinute } from './jobs/every-minute';
import { sweepDeadlines } from './modules/case-handling/sweep';
import { startDashboardRefresh } from './modules/dashboard/refresh';
import { buildChannels } from './modules/notifications/channels';
import { escalateBreaches } from './modules/notifications/escalation';
import { createNoticeWorker } from './modules/notifications/worker';
import { startRegisterLinking } from './modules/ppks-register/link-job';
import { startRetentionJob } from './modules/privacy/retention-job';
import { runtimeWarning } from './runtime';
import { seedDatabase } from './seed';
import { diskStorage } from './storage/file-storage';
import { readS3Config, s3Storage } from './storage/s3-storage';
import { sealedFiles } from './storage/sealed-files';

/** A request's statement may run this long on PostgreSQL (DATABASE_STATEMENT_TIMEOUT_MS; 0: no limit). */
const STATEMENT_TIMEOUT_MS = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 60_000);

async function main(): Promise<void> {
  const config = readConfig();
  const oldRuntime = runtimeWarning();
  if (oldRuntime) console.error(oldRuntime);
  const s3 = readS3Config();
  // A PostgreSQL that is down or still starting is waited for (one line per attempt, backoff up to
  // 30 s), as is one that goes away during the migrations: systemd need not restart-loop us.
  const retry = { log: (line: string) => console.error(line) };
  const handle = await openDatabase(config.database, { retry, statementTimeoutMs: STATEMENT_TIMEOUT_MS });
  const address = 'databaseUrl' in config.database ? databaseAddress(config.database.databaseUrl) : 'PGlite';
  await untilDatabaseAnswers(() => applyMigrations(handle), { ...retry, address });
  // The data keys (environment or key file, never the database) before anything reads personal data.
  await prepareKeys(handle.db, config.keys);
  const seeded = await untilDatabaseAnswers(
    () => seedDatabase(handle.db, { demoAccounts: config.demoMode }),
    { ...retry, address },
  );
  // Stored files are sealed with the data keys, in a folder (0700/0600) or a bucket.
  const storage = sealedFiles(s3 ? s3Storage(s3) : diskStorage(config.storageDir));
  const app = await buildApp({
    db: handle.db,
    dialect: handle.dialect,
    now: () => new Date(),
    storage,
    config: { ...config, webDistDir: config.webDistDir },
  });
  app.log.info({ dialect: handle.dialect, demoMode: config.demoMode, ...seeded }, 'database ready');

  // The deadline sweep, every minute; with several instances only one sweeps at a time (advisory lock).
  const stopSweep = runEveryMinute('deadline sweep', () => sweepDeadlines(handle, new Date()), app.log);
  // Breaches still open after the office's working hours go to the Kabid, then the Kadis (advisory lock 51 005).
  const stopEscalations = runEveryMinute('escalation', () => escalateBreaches(handle, new Date()), app.log);
  // The dashboard's rollups take in each minute's case changes (advisory lock, as the sweep).
  const stopDashboard = startDashboardRefresh(handle, app.log);
  // The PPKS register links new cases to their person in the background (never during intake).
  const stopLinking = startRegisterLinking(handle, app.log);
  // The daily backup with its retention, when BACKUP_SCHEDULE and BACKUP_DIR say so (advisory lock).
  const stopBackups = startBackupSchedule(handle, storage, config, app.log);
  // Retention periods (office settings) anonymise what is past them, every hour (advisory lock 51 016).
  const stopRetention = startRetentionJob(handle, storage, app.log);
  // Values still in clear (data from before issue 16) or under an older key are sealed anew (advisory lock).
  void reencryptInBackground(handle, app.log);
  // Notices leave the outbox through the configured providers; every instance drains (SKIP LOCKED).
  const delivery = buildChannels(config.delivery);
  const notices = createNoticeWorker({
    db: handle.db,
    now: () => new Date(),
    publicBaseUrl: config.publicBaseUrl,
    delivery: config.delivery,
    channels: delivery.channels,
    ...(config.delivery.maxPerSecond ? { maxPerSecond: config.delivery.maxPerSecond } : {}),
    // The worker polls every second: an outage is reported once, not sixty times a minute.
    log: oncePerOutage(app.log, 'notice delivery'),
  });
  notices.start();
  app.log.info(
    {
      whatsapp: Boolean(config.delivery.whatsapp),
      sms: config.delivery.sms?.provider ?? null,
      email: Boolean(config.delivery.smtp),
    },
    'notice delivery started',
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    stopSweep();
    stopEscalations();
    stopDashboard();
    stopLinking();
    stopBackups();
    stopRetention();
    await notices.stop();
    delivery.close();
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError || error instanceof KeySetupError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
