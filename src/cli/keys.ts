import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { ServerConfig } from '../server/config';
import { KeySetupError, newKeyFile, readKeyFile, writeKeyFile } from '../server/crypto/key-source';
import { REENCRYPT_LOCK_KEY, reencryptAll } from '../server/crypto/reencrypt';
import { exportLegacyHashKey, prepareKeys } from '../server/crypto/startup';
import type { DatabaseHandle } from '../server/db/client';

/**
 * `keys:rotate`: rewrites every sealed value still under an older key (or in clear) with the current
 * key, under the job's advisory lock (safe while the app runs on PostgreSQL). When it says nothing is
 * left, the older keys may leave SATU_ATAP_DATA_KEYS or the key file.
 */
export async function rotateKeys(handle: DatabaseHandle, config: ServerConfig): Promise<string> {
  const keyring = await prepareKeys(handle.db, config.keys);
  const counts = await handle.withAdvisoryLock(REENCRYPT_LOCK_KEY, (db) => reencryptAll(db, keyring));
  const again = await handle.withAdvisoryLock(REENCRYPT_LOCK_KEY, (db) => reencryptAll(db, keyring));
  const done = Object.values(again).every((n) => n === 0);
  const lines = Object.entries(counts).map(
    ([table, n]) => `  ${table}: ${n.toLocaleString('id-ID')} baris ditulis ulang`,
  );
  return [
    `Kunci data sekarang: ${keyring.currentId}.`,
    ...lines,
    done
      ? 'Tidak ada lagi nilai di bawah kunci lama: kunci lama boleh dihapus dari konfigurasi.'
      : 'Sebagian baris berubah selama rotasi: jalankan keys:rotate sekali lagi.',
  ].join('\n');
}

/**
 * `keys:new --file <path>`: adds a fresh data key to a key file (last, so it only reads until every
 * instance has it; `--current` puts it first). Restart every instance, then `keys:rotate`.
 */
export function newDataKey(
  values: Record<string, string | boolean | undefined>,
  config: ServerConfig,
): string {
  const path = typeof values.file === 'string' ? values.file : config.keys.keyFile;
  if (!path) throw new KeySetupError('Pakai: keys:new --file <berkas kunci> (atau SATU_ATAP_KEY_FILE)');
  const file = existsSync(path) ? readKeyFile(path) : newKeyFile();
  const ids = new Set(file.dataKeys.map((k) => k.id));
  let n = file.dataKeys.length + 1;
  while (ids.has(`k${n}`)) n++;
  const entry = { id: `k${n}`, key: randomBytes(32).toString('base64') };
  const current = values.current === true;
  writeKeyFile(path, { ...file, dataKeys: current ? [entry, ...file.dataKeys] : [...file.dataKeys, entry] });
  return current
    ? `Kunci ${entry.id} ditambahkan di ${path} sebagai kunci sekarang. Mulai ulang setiap instans, lalu keys:rotate.`
    : `Kunci ${entry.id} ditambahkan di ${path} (baca saja). Mulai ulang setiap instans, lalu jalankan keys:new lagi dengan --current atau pindahkan ke depan.`;
}

/** `keys:hmac-export`: the NIK hash key still kept in the database (before its move), for SATU_ATAP_HMAC_KEY. */
export async function exportHashKey(handle: DatabaseHandle): Promise<string> {
  const key = await exportLegacyHashKey(handle.db);
  return key ?? 'Basis data tidak lagi menyimpan kunci hash NIK.';
}
