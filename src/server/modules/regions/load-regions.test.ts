import { describe, expect, it } from 'vitest';
import { readRegionsFromPackage } from './load-regions';

describe('regions from idn-area-data', () => {
  it('reads every province, regency, district and village, parents before children', async () => {
    const rows = await readRegionsFromPackage();
    const perLevel = [1, 2, 3, 4].map((level) => rows.filter((r) => r.level === level).length);
    expect(perLevel).toEqual([38, 514, 7277, 83763]);
    const seen = new Set<string>();
    for (const row of rows) {
      if (row.parentCode) expect(seen.has(row.parentCode)).toBe(true);
      seen.add(row.code);
    }
  });

  it('keeps the four seed regencies with their Kemendagri codes', async () => {
    const rows = await readRegionsFromPackage({ provinceCodes: ['13', '14', '32'] });
    const names = Object.fromEntries(rows.filter((r) => r.level === 2).map((r) => [r.code, r.name]));
    expect(names['13.10']).toBe('KABUPATEN DHARMASRAYA');
    expect(names['14.71']).toBe('KOTA PEKANBARU');
    expect(names['14.72']).toBe('KOTA DUMAI');
    expect(names['32.75']).toBe('KOTA BEKASI');
  });
});
