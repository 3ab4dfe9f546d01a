import { randomBytes } from 'node:crypto';
import { type Keyring, keyedHash, makeKeyring, open, seal } from './field-cipher';

/**
 * The process's keyring, installed once at start (`prepareKeys`), read by the Drizzle column type and
 * by the hand-written statements. Column types have no context to carry it, hence one per process.
 */
let installed: Keyring | null = null;

export function installKeyring(keyring: Keyring): void {
  installed = keyring;
}

export function keyring(): Keyring {
  if (installed) return installed;
  // Tests build apps and databases without main(): each test file gets keys of its own, in memory.
  if (process.env.VITEST) {
    installed = makeKeyring({ keys: [{ id: 't1', key: randomBytes(32) }], hmacKey: randomBytes(32) });
    return installed;
  }
  throw new Error('the data keys are not loaded (prepareKeys runs at start)');
}

/** Seals a value for its column (the column's name is the additional data). */
export function sealField(value: string, column: string): string {
  return seal(keyring(), value, column);
}

export function sealOrNull(value: string | null | undefined, column: string): string | null {
  return value === null || value === undefined ? null : seal(keyring(), value, column);
}

/** Opens a value of the column; clear text (not yet rewritten) passes through. */
export function openField(value: string, column: string): string {
  return open(keyring(), value, column);
}

export function openOrNull(value: string | null | undefined, column: string): string | null {
  return value === null || value === undefined ? null : open(keyring(), value, column);
}

/** The keyed hash of a NIK or KK (as before encryption: HMAC-SHA-256 of the digits, hex). */
export function identityHash(value: string): string {
  return keyedHash(keyring(), null, value);
}

/** The keyed hash of a phone number or e-mail address (opt-outs, "not on WhatsApp"). */
export function contactHash(address: string): string {
  return keyedHash(keyring(), 'address', address.trim().toLowerCase());
}
