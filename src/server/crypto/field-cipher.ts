import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  hash,
  type KeyObject,
  randomBytes,
} from 'node:crypto';

/**
 * Application-level encryption of personal fields (UU PDP's specific data): AES-256-GCM per value,
 * a random 96-bit IV each time, the column's name bound as additional data so a value copied into
 * another column (a NIK into `kk`) does not open. Text format, so columns stay `text`:
 *
 *   enc:v1:<keyId>:<base64(iv | ciphertext | tag)>
 *
 * Pure: the keys come in a Keyring built once at start (no key derivation per call).
 */
export const SEALED_PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export interface Keyring {
  /** The key new values are sealed with. */
  readonly currentId: string;
  /** Every key that may open a value: the current one and older ones until rotation is done. */
  readonly keys: ReadonlyMap<string, KeyObject>;
  /** The key of the keyed hashes (NIK/KK search, phone opt-outs, blind name index, match keys). */
  readonly hmacKey: Buffer;
  /** The same, imported once (an HMAC with a raw key re-imports it on every call). */
  readonly hmacKeyObject: KeyObject;
  /** A subkey of the hash key for the blind index's many short tokens (see `token`). */
  readonly tokenKey: string;
}

export class FieldCipherError extends Error {}

export function makeKeyring(input: {
  keys: readonly { id: string; key: Buffer }[];
  hmacKey: Buffer;
}): Keyring {
  const first = input.keys[0];
  if (!first) throw new FieldCipherError('no data key');
  const keys = new Map<string, KeyObject>();
  for (const { id, key } of input.keys) {
    if (!KEY_ID.test(id)) throw new FieldCipherError(`key id "${id}" must be 1-32 letters, digits, - or _`);
    if (key.length !== 32)
      throw new FieldCipherError(`key ${id} must be 32 bytes (base64 of 32 random bytes)`);
    if (keys.has(id)) throw new FieldCipherError(`key id ${id} given twice`);
    keys.set(id, createSecretKey(key));
  }
  if (input.hmacKey.length < 16) throw new FieldCipherError('the hash key must be at least 16 bytes');
  const hmacKeyObject = createSecretKey(input.hmacKey);
  const tokenKey = createHmac('sha256', hmacKeyObject).update('satu-atap blind index').digest('hex');
  return { currentId: first.id, keys, hmacKey: input.hmacKey, hmacKeyObject, tokenKey };
}

// IVs are taken from a pool refilled 4 KiB at a time: randomBytes(12) per value cost more than the
// encryption itself (~2.5 µs of ~6). Each IV is still fresh CSPRNG output, used once.
const IV_POOL_BYTES = IV_BYTES * 341;
let ivPool = Buffer.alloc(0);
let ivAt = 0;
function nextIv(): Buffer {
  if (ivAt + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_POOL_BYTES);
    ivAt = 0;
  }
  const iv = ivPool.subarray(ivAt, ivAt + IV_BYTES);
  ivAt += IV_BYTES;
  return iv;
}

export function isSealed(value: string): boolean {
  return value.startsWith(SEALED_PREFIX);
}

/** The id of the key a sealed value was written with; null for clear text. */
export function keyIdOf(value: string): string | null {
  if (!isSealed(value)) return null;
  const end = value.indexOf(':', SEALED_PREFIX.length);
  return end < 0 ? null : value.slice(SEALED_PREFIX.length, end);
}

/** Seals a value under the current key, bound to its column. */
export function seal(keyring: Keyring, value: string, column: string): string {
  const key = keyring.keys.get(keyring.currentId) as KeyObject;
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(column, 'utf8'));
  const body = Buffer.concat([iv, cipher.update(value, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${SEALED_PREFIX}${keyring.currentId}:${body.toString('base64')}`;
}

/**
 * Opens a sealed value. Clear text (rows written before encryption, not yet rewritten) passes
 * through unchanged; a sealed value that does not open (unknown key, wrong column, altered) throws.
 */
export function open(keyring: Keyring, value: string, column: string): string {
  if (!isSealed(value)) return value;
  const id = keyIdOf(value);
  const key = id ? keyring.keys.get(id) : undefined;
  if (!id || !key) throw new FieldCipherError(`a value of ${column} is sealed with an unknown key`);
  const body = Buffer.from(value.slice(SEALED_PREFIX.length + id.length + 1), 'base64');
  if (body.length < IV_BYTES + TAG_BYTES) throw new FieldCipherError(`a value of ${column} is cut short`);
  const decipher = createDecipheriv('aes-256-gcm', key, body.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(column, 'utf8'));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(body.subarray(IV_BYTES, body.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new FieldCipherError(`a value of ${column} does not open (wrong key or column, or altered)`);
  }
}

/** True when the value must be rewritten: clear, or sealed with an older key. */
export function needsRewrite(keyring: Keyring, value: string): boolean {
  return keyIdOf(value) !== keyring.currentId;
}

/** A keyed hash (hex), domain-separated by purpose so a name token never equals a NIK hash. */
export function keyedHash(keyring: Keyring, purpose: string | null, value: string): string {
  const mac = createHmac('sha256', keyring.hmacKeyObject);
  if (purpose) mac.update(`${purpose}:`);
  return mac.update(value).digest('hex');
}

/**
 * A short keyed token (64 bits) for the blind index: SHA-256 over the token subkey and the value. Cut
 * to 64 of 256 bits, it gives no length extension (that needs the whole state), and one hash is ~0.3 µs
 * where an HMAC is ~2.4 µs: a name has ~20 tokens and every report writes them.
 */
export function token(keyring: Keyring, purpose: string, value: string): string {
  return hash('sha256', `${keyring.tokenKey}:${purpose}:${value}`, 'hex').slice(0, 16);
}

/** A fingerprint of a key (never the key), so a database can tell an instance it has other keys. */
export function fingerprint(key: Buffer | KeyObject): string {
  return createHmac('sha256', key).update('satu-atap key fingerprint').digest('hex').slice(0, 16);
}
