import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('kata-sandi-rahasia', 10);
    expect(hash).toMatch(/^scrypt\$10\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('kata-sandi-rahasia', hash)).toBe(true);
    expect(await verifyPassword('kata-sandi-salah', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('sama', 10)).not.toBe(await hashPassword('sama', 10));
  });

  it('treats a malformed stored hash as a mismatch', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$abc$$')).toBe(false);
  });
});
