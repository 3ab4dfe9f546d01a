import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { keyring } from '../crypto/keys';
import type { FileStorage } from './file-storage';

/**
 * Stored files (ID-card photos, documents, letters) sealed with the data keys, on disk or in S3:
 * `SAF1 | key id length | key id | iv | ciphertext | tag`, AES-256-GCM with the storage key as
 * additional data (a file copied under another key does not open). Files stored before are read as
 * they are. The bytes the app hands out, the backup's and their sha256 are those of the clear file.
 */
const MAGIC = Buffer.from('SAF1');
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function sealFile(bytes: Buffer, key: string): Buffer {
  const keys = keyring();
  const id = Buffer.from(keys.currentId, 'utf8');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(
    'aes-256-gcm',
    keys.keys.get(keys.currentId) as NonNullable<ReturnType<typeof keys.keys.get>>,
    iv,
  );
  cipher.setAAD(Buffer.from(key, 'utf8'));
  const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
  return Buffer.concat([MAGIC, Buffer.from([id.length]), id, iv, body, cipher.getAuthTag()]);
}

export function openFile(stored: Buffer, key: string): Buffer {
  if (stored.length < MAGIC.length + 1 || !stored.subarray(0, MAGIC.length).equals(MAGIC)) return stored;
  const idLength = stored[MAGIC.length] ?? 0;
  const start = MAGIC.length + 1;
  const id = stored.subarray(start, start + idLength).toString('utf8');
  const dataKey = keyring().keys.get(id);
  if (!dataKey) throw new Error(`stored file ${key} is sealed with an unknown key`);
  const iv = stored.subarray(start + idLength, start + idLength + IV_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', dataKey, iv);
  decipher.setAAD(Buffer.from(key, 'utf8'));
  decipher.setAuthTag(stored.subarray(stored.length - TAG_BYTES));
  return Buffer.concat([
    decipher.update(stored.subarray(start + idLength + IV_BYTES, stored.length - TAG_BYTES)),
    decipher.final(),
  ]);
}

/** The storage with its files sealed on the way in and opened on the way out. */
export function sealedFiles(inner: FileStorage): FileStorage {
  return {
    put: (key, bytes) => inner.put(key, sealFile(bytes, key)),
    get: async (key) => openFile(await inner.get(key), key),
    remove: (key) => inner.remove(key),
  };
}
