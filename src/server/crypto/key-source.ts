import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';

/**
 * Where the keys come from (README "Keys"), never the database:
 * - SATU_ATAP_DATA_KEYS="k2:<base64>,k1:<base64>": data keys, the first is current;
 * - SATU_ATAP_KEY_FILE: a JSON key file of the app's user, mode 0600 (checked);
 * - the NIK/KK hash key: SATU_ATAP_HMAC_KEY (base64), the older SATU_ATAP_SECRET_NIK_HMAC (text), or
 *   the key file;
 * - none of these, outside NODE_ENV=production: a key file generated beside the data folder.
 */
export interface KeySettings {
  dataKeys: string | null;
  keyFile: string | null;
  hmacKey: string | null;
  legacyHmac: string | null;
  /** The file generated when nothing is configured; null where generating is refused (production). */
  generatedFile: string | null;
}

export function readKeySettings(env: NodeJS.ProcessEnv, dataDir: string): KeySettings {
  const trimmed = (name: string) => env[name]?.trim() || null;
  return {
    dataKeys: trimmed('SATU_ATAP_DATA_KEYS'),
    keyFile: trimmed('SATU_ATAP_KEY_FILE'),
    hmacKey: trimmed('SATU_ATAP_HMAC_KEY'),
    legacyHmac: env.SATU_ATAP_SECRET_NIK_HMAC || null,
    generatedFile: env.NODE_ENV === 'production' ? null : `${dataDir.replace(/\/+$/, '')}.keys.json`,
  };
}

export interface KeyFile {
  format: 'satu-atap-keys/1';
  /** Data keys, newest first: the first is current. */
  dataKeys: { id: string; key: string }[];
  hmacKey?: string;
}

export interface KeyMaterial {
  keys: { id: string; key: Buffer }[];
  hmacKey: Buffer | null;
  hmacFrom: 'env' | 'legacy-env' | 'file' | null;
  /** The key file in use, where a hash key moved out of the database is written. */
  file: string | null;
  generated: boolean;
}

export class KeySetupError extends Error {}

function decodeKey(text: string, what: string): Buffer {
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32)
    throw new KeySetupError(`${what}: expected base64 of 32 bytes (openssl rand -base64 32)`);
  return key;
}

export function parseKeyList(text: string): { id: string; key: Buffer }[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const at = item.indexOf(':');
      if (at < 1) throw new KeySetupError('SATU_ATAP_DATA_KEYS: write id:base64,id:base64 (newest first)');
      const id = item.slice(0, at);
      return { id, key: decodeKey(item.slice(at + 1), `SATU_ATAP_DATA_KEYS key ${id}`) };
    });
}

export function readKeyFile(path: string): KeyFile {
  const mode = statSync(path).mode & 0o777;
  if (mode & 0o077)
    throw new KeySetupError(`${path} is readable by others (mode ${mode.toString(8)}): chmod 600 ${path}`);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  if (parsed.format !== 'satu-atap-keys/1' || !Array.isArray(parsed.dataKeys))
    throw new KeySetupError(`${path} is not a Satu Atap key file`);
  return parsed;
}

/** Writes a key file whole (a temporary file renamed over it), readable by the app's user only. */
export function writeKeyFile(path: string, file: KeyFile): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

export function newKeyFile(): KeyFile {
  return { format: 'satu-atap-keys/1', dataKeys: [{ id: 'k1', key: randomBytes(32).toString('base64') }] };
}

function hmacFromSettings(settings: KeySettings): Pick<KeyMaterial, 'hmacKey' | 'hmacFrom'> | null {
  if (settings.hmacKey)
    return { hmacKey: decodeKey(settings.hmacKey, 'SATU_ATAP_HMAC_KEY'), hmacFrom: 'env' };
  if (settings.legacyHmac)
    return { hmacKey: Buffer.from(settings.legacyHmac, 'utf8'), hmacFrom: 'legacy-env' };
  return null;
}

/** Reads the configured keys (or generates the development key file); throws what to set. */
export function loadKeyMaterial(settings: KeySettings, log: (line: string) => void): KeyMaterial {
  const fromEnv = hmacFromSettings(settings);
  const path = settings.keyFile ?? (settings.dataKeys ? null : settings.generatedFile);
  let file: KeyFile | null = null;
  let generated = false;
  if (path && existsSync(path)) file = readKeyFile(path);
  else if (settings.keyFile) throw new KeySetupError(`SATU_ATAP_KEY_FILE ${settings.keyFile} does not exist`);
  else if (path) {
    file = newKeyFile();
    writeKeyFile(path, file);
    generated = true;
    log(
      `!!! KEYS: no SATU_ATAP_DATA_KEYS or SATU_ATAP_KEY_FILE set: generated the key file ${path} (mode 0600). ` +
        'Without it the personal data in this database cannot be read: keep it, back it up apart from the data, ' +
        'and set SATU_ATAP_KEY_FILE in production (README "Keys").',
    );
  }
  const keys = settings.dataKeys
    ? parseKeyList(settings.dataKeys)
    : (file?.dataKeys ?? []).map((k) => ({ id: k.id, key: decodeKey(k.key, `${path} key ${k.id}`) }));
  if (keys.length === 0)
    throw new KeySetupError(
      'No data keys: set SATU_ATAP_DATA_KEYS or SATU_ATAP_KEY_FILE (NODE_ENV=production never generates one)',
    );
  const hmac =
    fromEnv ??
    (file?.hmacKey
      ? { hmacKey: decodeKey(file.hmacKey, `${path} hmacKey`), hmacFrom: 'file' as const }
      : null);
  return {
    keys,
    hmacKey: hmac?.hmacKey ?? null,
    hmacFrom: hmac?.hmacFrom ?? null,
    file: file ? path : null,
    generated,
  };
}
