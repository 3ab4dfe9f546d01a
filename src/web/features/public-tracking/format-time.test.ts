import { describe, expect, it } from 'vitest';
import { formatLongDateTime } from './format-time';

describe('tracking times', () => {
  it('reads a due time in the office zone, as Indonesians write it', () => {
    expect(formatLongDateTime('2026-08-18T08:00:00.000Z', 'Asia/Jakarta', 'id-ID')).toBe(
      'Selasa, 18 Agustus 2026 pukul 15.00 WIB',
    );
    expect(formatLongDateTime('2026-08-18T08:00:00.000Z', 'Asia/Jayapura', 'id-ID')).toBe(
      'Selasa, 18 Agustus 2026 pukul 17.00 WIT',
    );
  });
});
