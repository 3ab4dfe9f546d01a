import { resolve } from 'node:path';
import { PROJECT_ROOT, type ServerConfig } from '../config';
import { parseBackupKey } from './encryption';

export interface BackupConfig {
  /** Where archives go (BACKUP_DIR); default `<data>/backups`. Mount another machine's disk here. */
  dir: string;
  /** Daily at this office time (BACKUP_SCHEDULE=HH:MM, e.g. 02:00); null = off. */
  dailyAt: { hour: number; minute: number } | null;
  keepDaily: number;
  keepMonthly: number;
  /** The office's time zone for the schedule and the retention's days (BACKUP_TIME_ZONE). */
  timeZone: string;
  /** AES-256-GCM key (BACKUP_ENCRYPTION_KEY); null = archives are not encrypted. */
  key: Buffer | null;
  /** For the CLI asking the running app (BACKUP_TOKEN); null = only an admin session may. */
  token: string | null;
}

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} harus bilangan bulat ≥ 0`);
  return n;
}

/** BACKUP_SCHEDULE: `off` (default), or `HH:MM` / `daily@HH:MM` in the office's time. */
export function parseSchedule(value: string | undefined): BackupConfig['dailyAt'] {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '' || text === 'off') return null;
  const match = /^(?:daily@)?([01]?\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) throw new Error('BACKUP_SCHEDULE harus "off" atau jam harian "HH:MM" (mis. 02:00)');
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

export function readBackupConfig(env: NodeJS.ProcessEnv, dataDir: string): BackupConfig {
  const token = env.BACKUP_TOKEN?.trim() || null;
  if (token && token.length < 24) throw new Error('BACKUP_TOKEN harus minimal 24 karakter');
  return {
    dir: resolve(env.BACKUP_DIR?.trim() || `${dataDir}/backups`),
    dailyAt: parseSchedule(env.BACKUP_SCHEDULE),
    keepDaily: count(env.BACKUP_KEEP_DAILY, 7, 'BACKUP_KEEP_DAILY'),
    keepMonthly: count(env.BACKUP_KEEP_MONTHLY, 12, 'BACKUP_KEEP_MONTHLY'),
    timeZone: env.BACKUP_TIME_ZONE?.trim() || 'Asia/Jakarta',
    key: parseBackupKey(env.BACKUP_ENCRYPTION_KEY),
    token,
  };
}

/** The local date and minute of the day in a time zone: `{ date: '2026-12-07', minutes: 120 }`. */
export function localClock(at: Date, timeZone: string): { date: string; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

/** The backup settings of a server: BACKUP_DIR defaults next to the embedded database's folder. */
export function backupConfigOf(
  config: Pick<ServerConfig, 'database'>,
  env: NodeJS.ProcessEnv = process.env,
): BackupConfig {
  const dataDir = 'dataDir' in config.database ? config.database.dataDir : `${PROJECT_ROOT}/data`;
  return readBackupConfig(env, dataDir);
}

/** As backupConfigOf, for code without the server's config (the admin route): DATA_DIR as readConfig reads it. */
export function backupConfigFromEnv(env: NodeJS.ProcessEnv = process.env): BackupConfig {
  return readBackupConfig(env, env.DATA_DIR?.trim() || `${PROJECT_ROOT}/data`);
}
