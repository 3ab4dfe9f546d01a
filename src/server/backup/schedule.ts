import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerConfig } from '../config';
import type { DatabaseHandle } from '../db/client';
import { runEveryMinute } from '../jobs/every-minute';
import type { FileStorage } from '../storage/file-storage';
import { archiveDate, describeBackup, takeBackup } from './backup';
import { type BackupConfig, backupConfigOf, localClock } from './config';
import { archivesToDelete } from './retention';

const BACKUP_LOCK_KEY = 727_015;

interface Log {
  info: (details: object, message: string) => void;
  error: (details: object, message: string) => void;
}

async function archivesIn(dir: string): Promise<{ name: string; at: Date }[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.flatMap((name) => {
    const at = archiveDate(name);
    return at ? [{ name, at }] : [];
  });
}

/**
 * Whether the day's backup is due: past the scheduled minute of the office's day, and no archive in
 * the folder from that day yet. Checked every minute, so a server that was down at 02:00 catches up
 * when it comes back, and a restart never takes a second one.
 */
export function backupDue(now: Date, config: BackupConfig, existing: { at: Date }[]): boolean {
  if (!config.dailyAt) return false;
  const today = localClock(now, config.timeZone);
  if (today.minutes < config.dailyAt.hour * 60 + config.dailyAt.minute) return false;
  return !existing.some((a) => localClock(a.at, config.timeZone).date === today.date);
}

/** One run of the schedule: the backup if due, then the retention; under an advisory lock across instances. */
export async function runScheduledBackup(
  handle: DatabaseHandle,
  storage: FileStorage,
  config: BackupConfig & { appVersion: string },
  log: Log,
  now: Date,
): Promise<string | null> {
  return handle.withAdvisoryLock(BACKUP_LOCK_KEY, async () => {
    if (!backupDue(now, config, await archivesIn(config.dir))) return null;
    const result = await takeBackup(
      { db: handle.db, dialect: handle.dialect, storage, appVersion: config.appVersion },
      config.dir,
      config.key,
      now,
    );
    log.info({ archive: result.name, bytes: result.bytes }, describeBackup(result));
    const doomed = archivesToDelete(await archivesIn(config.dir), config);
    for (const name of doomed) await rm(join(config.dir, name), { force: true });
    if (doomed.length > 0) log.info({ deleted: doomed }, 'old backups deleted by retention');
    return result.name;
  });
}

/**
 * Starts the daily backup when BACKUP_SCHEDULE is set (BACKUP_* in the environment); returns the
 * function that stops it.
 */
export function startBackupSchedule(
  handle: DatabaseHandle,
  storage: FileStorage,
  config: Pick<ServerConfig, 'database' | 'version'>,
  log: Log,
): () => void {
  const backup = { ...backupConfigOf(config), appVersion: config.version };
  if (!backup.dailyAt) return () => {};
  log.info({ dir: backup.dir, at: backup.dailyAt, encrypted: backup.key !== null }, 'daily backup scheduled');
  return runEveryMinute('backup', () => runScheduledBackup(handle, storage, backup, log, new Date()), log);
}
