import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { appSecrets } from '../modules/system/secrets';
import { fingerprint, type Keyring, makeKeyring } from './field-cipher';
import { type KeySettings, KeySetupError, loadKeyMaterial, readKeyFile, writeKeyFile } from './key-source';
import { installKeyring } from './keys';

/** The row where the hash key lived before issue 16 (read once to move it out, then deleted). */
export const LEGACY_HMAC_ROW = 'nik-hmac';
/** Fingerprints of the keys the data was written with: not keys, so they may sit in a dump. */
const FINGERPRINT_ROW = 'key-fingerprints';

type Fingerprints = { hmac: string; keys: Record<string, string> };

async function storedLegacyKey(db: Database): Promise<Buffer | null> {
  const [row] = await db.select().from(appSecrets).where(eq(appSecrets.name, LEGACY_HMAC_ROW));
  return row ? Buffer.from(row.value, 'hex') : null;
}

/**
 * An instance with other keys than the ones the data was written with (a second instance that
 * generated its own file, a lost SATU_ATAP_HMAC_KEY) must not start: its hashes would find nothing
 * and its values would not open elsewhere.
 */
async function checkFingerprints(db: Database, keyring: Keyring): Promise<void> {
  const mine: Fingerprints = {
    hmac: fingerprint(keyring.hmacKey),
    keys: Object.fromEntries([...keyring.keys].map(([id, key]) => [id, fingerprint(key)])),
  };
  await db
    .insert(appSecrets)
    .values({ name: FINGERPRINT_ROW, value: JSON.stringify(mine) })
    .onConflictDoNothing();
  const [row] = await db.select().from(appSecrets).where(eq(appSecrets.name, FINGERPRINT_ROW));
  const known = JSON.parse(row?.value ?? '{}') as Fingerprints;
  if (known.hmac !== mine.hmac)
    throw new KeySetupError(
      'This database was written with another NIK hash key than the one configured (SATU_ATAP_HMAC_KEY or the key file): use the keys of its first instance.',
    );
  for (const [id, print] of Object.entries(mine.keys))
    if (known.keys[id] && known.keys[id] !== print)
      throw new KeySetupError(
        `Data key ${id} is not the key this database knows under that id: give a new key a new id.`,
      );
  const merged = { ...known, keys: { ...known.keys, ...mine.keys } };
  if (Object.keys(merged.keys).length !== Object.keys(known.keys).length)
    await db
      .update(appSecrets)
      .set({ value: JSON.stringify(merged) })
      .where(eq(appSecrets.name, FINGERPRINT_ROW));
}

/** The hash key: configured, or moved from the database into the key file, or new in the key file. */
async function hashKey(
  db: Database,
  material: ReturnType<typeof loadKeyMaterial>,
  log: (line: string) => void,
): Promise<{ key: Buffer; legacy: Buffer | null }> {
  const legacy = await storedLegacyKey(db);
  if (material.hmacKey) {
    // The old SATU_ATAP_SECRET_NIK_HMAC always won over the stored key, which was then never used.
    if (legacy && material.hmacFrom !== 'legacy-env' && !legacy.equals(material.hmacKey))
      throw new KeySetupError(
        'The database still holds its own NIK hash key (app_secrets), not the configured one: its hashes were made with it. ' +
          'Unset SATU_ATAP_HMAC_KEY to move it into the key file, or set it to what `npm run cli -- keys:hmac-export` prints.',
      );
    return { key: material.hmacKey, legacy };
  }
  if (!material.file)
    throw new KeySetupError(
      legacy
        ? 'With SATU_ATAP_DATA_KEYS set SATU_ATAP_HMAC_KEY too: `npm run cli -- keys:hmac-export` prints the key the database holds today.'
        : 'With SATU_ATAP_DATA_KEYS set SATU_ATAP_HMAC_KEY too (openssl rand -base64 32).',
    );
  const key = legacy ?? randomBytes(32);
  writeKeyFile(material.file, { ...readKeyFile(material.file), hmacKey: key.toString('base64') });
  log(
    legacy
      ? `KEYS: the NIK hash key moved from the database into ${material.file}`
      : `KEYS: a new NIK hash key written to ${material.file}`,
  );
  return { key, legacy };
}

/**
 * At start, before anything reads personal data: loads the keys (environment or key file), moves the
 * hash key out of the database if it is still there (then deletes it, so a dump holds no key), checks
 * the keys against the database's fingerprints and installs the keyring for the process.
 */
export async function prepareKeys(
  db: Database,
  settings: KeySettings,
  log: (line: string) => void = (line) => console.error(line),
): Promise<Keyring> {
  const material = loadKeyMaterial(settings, log);
  const { key, legacy } = await hashKey(db, material, log);
  const keyring = makeKeyring({ keys: material.keys, hmacKey: key });
  await checkFingerprints(db, keyring);
  if (legacy) await db.delete(appSecrets).where(eq(appSecrets.name, LEGACY_HMAC_ROW));
  installKeyring(keyring);
  return keyring;
}

/** The hash key still kept in the database (before its move), base64, for SATU_ATAP_HMAC_KEY; null if none. */
export async function exportLegacyHashKey(db: Database): Promise<string | null> {
  return (await storedLegacyKey(db))?.toString('base64') ?? null;
}
