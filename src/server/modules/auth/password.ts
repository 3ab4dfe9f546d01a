import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost as log2(N). OWASP recommends N=2^17, r=8, p=1; tests lower it through SCRYPT_LOG_N. */
export function defaultScryptLogN(): number {
  const fromEnv = Number(process.env.SCRYPT_LOG_N);
  return Number.isInteger(fromEnv) && fromEnv >= 10 && fromEnv <= 20 ? fromEnv : 17;
}

const KEY_LENGTH = 64;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;

function deriveKey(password: string, salt: Buffer, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { N, r: BLOCK_SIZE, p: PARALLELISM, maxmem: 256 * N * BLOCK_SIZE },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** Hashes a password as `scrypt$logN$salt$hash` (base64url), the cost stored with it. */
export async function hashPassword(password: string, logN = defaultScryptLogN()): Promise<string> {
  const salt = randomBytes(16);
  const key = await deriveKey(password, salt, logN);
  return `scrypt$${logN}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Checks a password against a stored hash in constant time; false for any malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logNText, saltText, keyText] = stored.split('$');
  const logN = Number(logNText);
  if (scheme !== 'scrypt' || !saltText || !keyText || !Number.isInteger(logN)) return false;
  const expected = Buffer.from(keyText, 'base64url');
  const actual = await deriveKey(password, Buffer.from(saltText, 'base64url'), logN);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

let dummyHash: Promise<string> | null = null;

/** Spends the same time as a real check, so a wrong username cannot be told from a wrong password. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('dummy-password-for-timing');
  await verifyPassword(password, await dummyHash);
}
