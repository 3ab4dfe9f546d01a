import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Database, DatabaseHandle, Dialect } from '../db/client';
import { applyMigrations } from '../db/migrate';
import type { FileStorage } from '../storage/file-storage';
import { unpackArchive } from './archive';
import { migrationLevel } from './catalog';
import { hashTables } from './dump';
import { loadTables, nonEmptyTables } from './load';
import { compareManifest, type Difference, type FileEntry, type Manifest, ZManifest } from './manifest';
import { appMigrationCount, migrateTo } from './schema-level';

export class RestoreRefused extends Error {}

export interface RestoreResult {
  manifest: Manifest;
  differences: Difference[];
  /** Migrations run after the load: the archive came from an older version. */
  upgradedBy: number;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]*$/;

async function readManifest(dir: string): Promise<Manifest> {
  const parsed = ZManifest.safeParse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
  if (!parsed.success)
    throw new RestoreRefused('Arsip ini bukan backup Satu Atap (manifest.json tidak dikenali).');
  return parsed.data;
}

async function prepareSchema(target: DatabaseHandle, manifest: Manifest, force: boolean): Promise<boolean> {
  const shipped = await appMigrationCount();
  if (manifest.migrations > shipped)
    throw new RestoreRefused(
      `Arsip dibuat oleh versi yang lebih baru (${manifest.migrations} migrasi, versi ini ${shipped}): perbarui aplikasi dulu.`,
    );
  const occupied = await nonEmptyTables(target.db);
  if (occupied.length > 0 && !force)
    throw new RestoreRefused(
      `Database tujuan tidak kosong (${occupied.slice(0, 5).join(', ')}${occupied.length > 5 ? ', …' : ''}): ` +
        'pulihkan ke database kosong, atau tambahkan --force untuk menimpanya.',
    );
  const level = await migrationLevel(target.db);
  if (level > manifest.migrations)
    throw new RestoreRefused(
      `Database tujuan sudah di migrasi ${level}, arsip di ${manifest.migrations}: pulihkan ke database kosong yang baru.`,
    );
  if (level < manifest.migrations) await migrateTo(target.db, target.dialect, manifest.migrations);
  return occupied.length > 0;
}

/** Puts the files back and reads each again from the storage, hashing what it returns. */
async function restoreFiles(storage: FileStorage, dir: string, files: FileEntry[]): Promise<FileEntry[]> {
  const base = resolve(dir, 'files');
  const found: FileEntry[] = [];
  for (const file of files) {
    const path = resolve(base, file.key);
    if (!SAFE_KEY.test(file.key) || file.key.includes('..') || !path.startsWith(`${base}/`))
      throw new RestoreRefused(`Kunci berkas tidak aman di arsip: ${file.key}`);
    await storage.put(file.key, await readFile(path));
    const back = await storage.get(file.key);
    found.push({ key: file.key, size: back.length, sha256: createHash('sha256').update(back).digest('hex') });
  }
  return found;
}

/**
 * Restores an archive into an empty database and storage: the schema at the archive's migration level,
 * the rows, the sequences, the files; then recounts and rehashes everything against the manifest
 * before the remaining migrations upgrade it to this version.
 */
export async function restoreBackup(
  archive: string,
  target: DatabaseHandle & { dialect: Dialect },
  storage: FileStorage,
  options: { key: Buffer | null; force?: boolean },
): Promise<RestoreResult> {
  const dir = await mkdtemp(join(tmpdir(), 'satu-atap-restore-'));
  try {
    await unpackArchive(archive, dir, options.key);
    const manifest = await readManifest(dir);
    const truncateFirst = await prepareSchema(target, manifest, options.force === true);
    await loadTables(target.db, dir, manifest.tables, { truncateFirst });
    const files = await restoreFiles(storage, dir, manifest.files);
    const tables = await target.db.transaction(async (tx) => hashTables(tx as unknown as Database), {
      isolationLevel: 'repeatable read',
      accessMode: 'read only',
    });
    const differences = compareManifest(manifest, { tables, files });
    const before = await migrationLevel(target.db);
    if (differences.length === 0) await applyMigrations(target);
    return { manifest, differences, upgradedBy: (await migrationLevel(target.db)) - before };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The comparison as the operator reads it. */
export function describeRestore(result: RestoreResult): string {
  const lines = result.manifest.tables.map(
    (t) => `  ${t.name.padEnd(36)} ${String(t.rows).padStart(9)} baris`,
  );
  lines.push(`  berkas: ${result.manifest.files.length}`);
  if (result.differences.length === 0) {
    lines.push(
      `Pemulihan cocok dengan manifest (jumlah baris, sha256 tiap tabel dan berkas).${
        result.upgradedBy > 0 ? ` ${result.upgradedBy} migrasi baru dijalankan setelahnya.` : ''
      }`,
    );
  } else {
    lines.push('BERBEDA dari manifest:');
    for (const d of result.differences) lines.push(`  ${d.what}: manifest ${d.expected}, hasil ${d.actual}`);
  }
  return lines.join('\n');
}
