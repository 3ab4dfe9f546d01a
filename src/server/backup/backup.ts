import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database, Dialect } from '../db/client';
import type { FileStorage } from '../storage/file-storage';
import { packArchive } from './archive';
import { dumpFiles, dumpTables } from './dump';
import { BACKUP_FORMAT, type Manifest } from './manifest';

export interface BackupSource {
  db: Database;
  dialect: Dialect;
  storage: FileStorage;
  appVersion: string;
}

export interface BackupResult {
  path: string;
  name: string;
  bytes: number;
  manifest: Manifest;
}

const ARCHIVE_NAME = /^satu-atap-(\d{8})T(\d{6})Z\.tar\.gz(\.enc)?$/;

/** `satu-atap-20261207T020000Z.tar.gz`: sortable by name, and the name says when. */
export function archiveName(at: Date, encrypted: boolean): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
  return `satu-atap-${stamp}.tar.gz${encrypted ? '.enc' : ''}`;
}

/** When an archive was taken, read back from its name; null for any other file. */
export function archiveDate(name: string): Date | null {
  const match = ARCHIVE_NAME.exec(name);
  if (!match?.[1] || !match[2]) return null;
  const [d, t] = [match[1], match[2]];
  return new Date(
    `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}Z`,
  );
}

/**
 * One consistent backup: every table read in one REPEATABLE READ, read-only transaction (one snapshot
 * while the app keeps writing on PostgreSQL; on PGlite the transaction holds the single connection, so
 * the app's requests wait instead of interleaving), then the files that snapshot names, then the archive.
 */
export async function takeBackup(
  source: BackupSource,
  outDir: string,
  key: Buffer | null,
  now = new Date(),
): Promise<BackupResult> {
  const staging = await mkdtemp(join(tmpdir(), 'satu-atap-backup-'));
  try {
    const dumped = await source.db.transaction(async (tx) => dumpTables(tx as unknown as Database, staging), {
      isolationLevel: 'repeatable read',
      accessMode: 'read only',
    });
    const { files, missing } = await dumpFiles(source.storage, dumped.storageKeys, staging);
    await mkdir(join(staging, 'files'), { recursive: true });
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      appVersion: source.appVersion,
      dialect: source.dialect,
      migrations: dumped.migrations,
      tables: dumped.tables,
      files,
      missingFiles: missing,
    };
    await writeFile(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
    await mkdir(outDir, { recursive: true });
    const name = archiveName(now, key !== null);
    const path = join(outDir, name);
    await packArchive(staging, path, key);
    return { path, name, bytes: (await stat(path)).size, manifest };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** One line for the operator: what the archive holds. */
export function describeBackup(result: BackupResult): string {
  const cases = result.manifest.tables.find((t) => t.name === 'cases')?.rows ?? 0;
  const rows = result.manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  const missing = result.manifest.missingFiles.length;
  return (
    `Backup selesai: ${result.path} (${(result.bytes / 1024 / 1024).toFixed(1)} MB; ` +
    `${cases} kasus, ${rows} baris dalam ${result.manifest.tables.length} tabel, ${result.manifest.files.length} berkas` +
    `${missing > 0 ? `, ${missing} berkas hilang dari penyimpanan` : ''}).`
  );
}
