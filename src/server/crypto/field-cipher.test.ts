import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { matchKeyHash, nameQueryTokens, nameTokens } from './blind-index';
import {
  FieldCipherError,
  isSealed,
  keyedHash,
  keyIdOf,
  makeKeyring,
  needsRewrite,
  open,
  seal,
} from './field-cipher';

const hmacKey = randomBytes(32);
const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };
const NIK = '1471025507470002';

describe('field cipher', () => {
  const ring = makeKeyring({ keys: [k1], hmacKey });

  it('seals to the versioned text format and opens again', () => {
    const sealed = seal(ring, NIK, 'nik');
    expect(sealed).toMatch(/^enc:v1:k1:[A-Za-z0-9+/]+=*$/);
    expect(sealed).not.toContain(NIK);
    expect(open(ring, sealed, 'nik')).toBe(NIK);
    expect(open(ring, seal(ring, 'Siti Ña’ruf 🙂', 'full_name'), 'full_name')).toBe('Siti Ña’ruf 🙂');
    expect(open(ring, seal(ring, '', 'phone'), 'phone')).toBe('');
  });

  it('uses a new IV for every value', () => {
    expect(seal(ring, NIK, 'nik')).not.toBe(seal(ring, NIK, 'nik'));
  });

  it('refuses a value moved to another column (the column is bound as additional data)', () => {
    expect(() => open(ring, seal(ring, NIK, 'nik'), 'kk')).toThrow(FieldCipherError);
  });

  it('refuses the wrong key, an unknown key id and an altered value', () => {
    const other = makeKeyring({ keys: [{ id: 'k1', key: randomBytes(32) }], hmacKey });
    const sealed = seal(ring, NIK, 'nik');
    expect(() => open(other, sealed, 'nik')).toThrow(/does not open/);
    expect(() => open(makeKeyring({ keys: [k2], hmacKey }), sealed, 'nik')).toThrow(/unknown key/);
    const body = Buffer.from(sealed.slice('enc:v1:k1:'.length), 'base64');
    body[14] = (body[14] ?? 0) ^ 1;
    expect(() => open(ring, `enc:v1:k1:${body.toString('base64')}`, 'nik')).toThrow(/does not open/);
  });

  it('lets clear text through (rows written before encryption)', () => {
    expect(isSealed(NIK)).toBe(false);
    expect(open(ring, NIK, 'nik')).toBe(NIK);
    expect(keyIdOf(NIK)).toBeNull();
    expect(needsRewrite(ring, NIK)).toBe(true);
  });

  it('rotates: the old key still opens, new values take the current key, rewrite is told', () => {
    const old = seal(ring, NIK, 'nik');
    const rotated = makeKeyring({ keys: [k2, k1], hmacKey });
    expect(open(rotated, old, 'nik')).toBe(NIK);
    expect(needsRewrite(rotated, old)).toBe(true);
    const fresh = seal(rotated, open(rotated, old, 'nik'), 'nik');
    expect(keyIdOf(fresh)).toBe('k2');
    expect(needsRewrite(rotated, fresh)).toBe(false);
    expect(() => open(ring, fresh, 'nik')).toThrow(/unknown key/);
  });

  it('checks the keys it is given', () => {
    expect(() => makeKeyring({ keys: [], hmacKey })).toThrow(/no data key/);
    expect(() => makeKeyring({ keys: [{ id: 'k1', key: randomBytes(16) }], hmacKey })).toThrow(/32 bytes/);
    expect(() => makeKeyring({ keys: [k1, { ...k1 }], hmacKey })).toThrow(/twice/);
    expect(() => makeKeyring({ keys: [{ id: 'a:b', key: randomBytes(32) }], hmacKey })).toThrow(/key id/);
  });

  it('keeps the NIK hash of before (HMAC-SHA-256 of the digits) and separates purposes', () => {
    expect(keyedHash(ring, null, NIK)).toBe(createHmac('sha256', hmacKey).update(NIK).digest('hex'));
    expect(keyedHash(ring, 'address', '+62812')).toBe(
      createHmac('sha256', hmacKey).update('address:+62812').digest('hex'),
    );
    expect(keyedHash(ring, 'name', 'siti')).not.toBe(keyedHash(ring, null, 'siti'));
  });
});

describe('blind index of names', () => {
  const ring = makeKeyring({ keys: [k1], hmacKey });

  it('finds a name by the start of each word, in any case and without accents', () => {
    const stored = new Set(nameTokens(ring, 'Mak Ijah Sitompul'));
    for (const query of ['mak ij', 'IJAH', 'sito mak', 'M', 'Mák']) {
      const asked = nameQueryTokens(ring, query) ?? [];
      expect(
        asked.every((t) => stored.has(t)),
        query,
      ).toBe(true);
    }
    for (const query of ['jah', 'maki', 'sitompulx']) {
      const asked = nameQueryTokens(ring, query) ?? [];
      expect(
        asked.every((t) => stored.has(t)),
        query,
      ).toBe(false);
    }
    expect(nameQueryTokens(ring, ' ,. ')).toBeNull();
  });

  it('holds no clear word and depends on the key', () => {
    const tokens = nameTokens(ring, 'Siti Aminah');
    expect(tokens.join(' ')).not.toMatch(/siti|amin/i);
    expect(tokens.every((t) => /^[0-9a-f]{16}$/.test(t))).toBe(true);
    const other = makeKeyring({ keys: [k1], hmacKey: randomBytes(32) });
    expect(nameTokens(other, 'Siti Aminah')).not.toEqual(tokens);
  });

  it('hashes the register match key', () => {
    const key = matchKeyHash(ring, 'siti aminah|1948-02-03|13.10.01.2001');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(matchKeyHash(ring, null)).toBeNull();
  });
});
