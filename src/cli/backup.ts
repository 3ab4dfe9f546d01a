import { copyFile, mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { describeBackup, takeBackup } from '../server/backup/backup';
import { backupConfigOf } from '../server/backup/config';
import { describeRestore, restoreBackup } from '../server/backup/restore';
import { readConfig, type ServerConfig } from '../server/config';
import { type DatabaseHandle, openDatabase } from '../server/db/client';
import { DataDirLockedError } from '../server/db/data-dir-lock';
import { diskStorage, type FileStorage } from '../server/storage/file-storage';
import { readS3Config, s3Storage } from '../server/storage/s3-storage';

type Values = Record<string, string | boolean | undefined>;

function storageOf(config: ServerConfig): FileStorage {
  const s3 = readS3Config();
  return s3 ? s3Storage(s3) : diskStorage(config.storageDir);
}

/**
 * The embedded database's folder is held by the running app: ask it to take the backup
 * (POST /api/v1/admin/backup with BACKUP_TOKEN), then copy the archive where --out says.
 */
async function askRunningApp(config: ServerConfig, token: string | null, out: string): Promise<string> {
  if (!token)
    throw new Error(
      'Aplikasi sedang berjalan dan memegang folder data: setel BACKUP_TOKEN (sama dengan aplikasi) agar CLI ' +
        'dapat memintanya membuat backup, atau buat backup dari halaman admin.',
    );
  const response = await fetch(`http://127.0.0.1:${config.port}/api/v1/admin/backup`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { path?: string; message?: string; cases?: number; files?: number };
  if (!response.ok || !body.path)
    throw new Error(`Aplikasi menolak backup (${response.status}): ${body.message ?? ''}`);
  let path = body.path;
  if (resolve(dirname(path)) !== resolve(out)) {
    await mkdir(out, { recursive: true });
    const copy = join(out, basename(path));
    await copyFile(path, copy);
    path = copy;
  }
  return `Backup dibuat oleh aplikasi yang berjalan: ${path} (${body.cases} kasus, ${body.files} berkas).`;
}

/** `backup [--out DIR]`: PostgreSQL directly (one snapshot while the app serves); PGlite directly or via the app. */
export async function backupCommand(values: Values): Promise<string> {
  const config = readConfig();
  const backup = backupConfigOf(config);
  const out = resolve(typeof values.out === 'string' ? values.out : backup.dir);
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase(config.database);
  } catch (error) {
    if (error instanceof DataDirLockedError) return askRunningApp(config, backup.token, out);
    throw error;
  }
  try {
    const result = await takeBackup(
      { db: handle.db, dialect: handle.dialect, storage: storageOf(config), appVersion: config.version },
      out,
      backup.key,
    );
    return describeBackup(result);
  } finally {
    await handle.close();
  }
}

/** `restore ARCHIVE [--force]`: into the database and storage configured as for the server. */
export async function restoreCommand(archive: string | undefined, values: Values): Promise<string> {
  if (!archive) throw new Error('Sebutkan arsipnya: restore <berkas .tar.gz atau .tar.gz.enc> [--force]');
  const config = readConfig();
  const backup = backupConfigOf(config);
  const started = Date.now();
  const handle = await openDatabase(config.database);
  try {
    const result = await restoreBackup(resolve(archive), handle, storageOf(config), {
      key: backup.key,
      force: values.force === true,
    });
    const report = `${describeRestore(result)}\nWaktu pemulihan: ${((Date.now() - started) / 1000).toFixed(1)} detik.`;
    if (result.differences.length > 0) throw new Error(report);
    return report;
  } finally {
    await handle.close();
  }
}
