import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable, Transform } from 'node:stream';

/**
 * An encrypted archive: MAGIC, an 8-byte key check (so a wrong key is named at once, not after
 * reading gigabytes), a random 12-byte IV, the AES-256-GCM ciphertext of the .tar.gz, the 16-byte tag.
 */
const MAGIC = Buffer.from('SATUBK1\n');
const CHECK_BYTES = 8;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const HEADER_BYTES = MAGIC.length + CHECK_BYTES + IV_BYTES;

export class BackupKeyError extends Error {}

/** BACKUP_ENCRYPTION_KEY: 32 bytes as 64 hex digits or base64. */
export function parseBackupKey(value: string | undefined): Buffer | null {
  const text = value?.trim();
  if (!text) return null;
  const bytes = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (bytes.length !== 32)
    throw new BackupKeyError('BACKUP_ENCRYPTION_KEY harus 32 byte (64 digit heksadesimal atau base64).');
  return bytes;
}

function keyCheck(key: Buffer): Buffer {
  return createHmac('sha256', key).update('satu-atap backup key check').digest().subarray(0, CHECK_BYTES);
}

/** The header to write first, and the cipher the archive flows through; the tag follows at the end. */
export function encryptor(key: Buffer): { header: Buffer; cipher: Transform & { getAuthTag(): Buffer } } {
  const iv = randomBytes(IV_BYTES);
  return {
    header: Buffer.concat([MAGIC, keyCheck(key), iv]),
    cipher: createCipheriv('aes-256-gcm', key, iv),
  };
}

export async function isEncrypted(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    await file.read(head, 0, MAGIC.length, 0);
    return head.equals(MAGIC);
  } finally {
    await file.close();
  }
}

/** The plaintext .tar.gz of an encrypted archive as a stream; it errors at the end if the tag fails. */
export async function decryptingStream(path: string, key: Buffer | null): Promise<Readable> {
  if (!key)
    throw new BackupKeyError(
      'Arsip ini terenkripsi: setel BACKUP_ENCRYPTION_KEY dengan kunci saat backup dibuat.',
    );
  const file = await open(path, 'r');
  let header: Buffer;
  let tag: Buffer;
  let size: number;
  try {
    size = (await file.stat()).size;
    if (size < HEADER_BYTES + TAG_BYTES) throw new BackupKeyError('Arsip terenkripsi ini terpotong.');
    header = Buffer.alloc(HEADER_BYTES);
    await file.read(header, 0, HEADER_BYTES, 0);
    tag = Buffer.alloc(TAG_BYTES);
    await file.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await file.close();
  }
  if (!header.subarray(MAGIC.length, MAGIC.length + CHECK_BYTES).equals(keyCheck(key)))
    throw new BackupKeyError('BACKUP_ENCRYPTION_KEY salah: arsip ini dienkripsi dengan kunci lain.');
  const decipher = createDecipheriv('aes-256-gcm', key, header.subarray(MAGIC.length + CHECK_BYTES));
  decipher.setAuthTag(tag);
  const source = createReadStream(path, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 });
  source.on('error', (error) => decipher.destroy(error));
  return source.pipe(decipher);
}
