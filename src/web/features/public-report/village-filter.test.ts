import { describe, expect, it } from 'vitest';
import { countVillageOptions, filterVillageOptions } from './village-filter';

const options = [
  {
    group: 'Kec. Dumai Barat',
    items: [
      { value: '14.72.01.1001', label: 'Purnama' },
      { value: '14.72.01.1002', label: 'Pangkalan Sesai' },
    ],
  },
  { group: 'Kec. Dumai Timur', items: [{ value: '14.72.02.1001', label: 'Kelurahan Bukit Batrem' }] },
];

describe('the village search', () => {
  it('keeps the villages whose name holds the words typed, ignoring case, accents and "kelurahan"', () => {
    expect(filterVillageOptions(options, 'PURN')).toEqual([
      { group: 'Kec. Dumai Barat', items: [{ value: '14.72.01.1001', label: 'Purnama' }] },
    ]);
    expect(countVillageOptions(filterVillageOptions(options, 'bukit'))).toBe(1);
    expect(countVillageOptions(filterVillageOptions(options, 'kelurahan bukit'))).toBe(1);
    expect(filterVillageOptions(options, 'zzz')).toEqual([]);
    expect(filterVillageOptions(options, '  ')).toEqual(options);
  });
});
