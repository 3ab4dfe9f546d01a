import { buildApp } from './app';
import { readConfig } from './config';
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
import { seedDatabase } from './seed';
import { diskStorage } from './storage/file-storage';
import { readS3Config, s3Storage } from './storage/s3-storage';

async function main(): Promise<void> {
  const config = readConfig();
  const s3 = readS3Config();
  const handle = await openDatabase(config.database);
  await applyMigrations(handle);
  const seeded = await seedDatabase(handle.db, { demoAccounts: config.demoMode });
  const app = await buildApp({
    db: handle.db,
    dialect: handle.dialect,
    now: () => new Date(),
    storage: s3 ? s3Storage(s3) : diskStorage(config.storageDir),
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
  // Notices leave the outbox through the configured providers; every instance drains (SKIP LOCKED).
  const delivery = buildChannels(config.delivery);
  const notices = createNoticeWorker({
    db: handle.db,
    now: () => new Date(),
    publicBaseUrl: config.publicBaseUrl,
    delivery: config.delivery,
    channels: delivery.channels,
    log: app.log,
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
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
