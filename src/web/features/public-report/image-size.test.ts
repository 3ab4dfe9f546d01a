import { describe, expect, it } from 'vitest';
import { fitWithin, formatBytes, keepOriginal } from './image-size';

describe('photo shrinking maths', () => {
  it('brings the longest side down to 1600 px and keeps the proportions', () => {
    expect(fitWithin({ width: 4000, height: 3000 })).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin({ width: 3000, height: 4000 })).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin({ width: 4160, height: 1872 })).toEqual({ width: 1600, height: 720 });
  });

  it('never enlarges a small photo', () => {
    expect(fitWithin({ width: 800, height: 600 })).toEqual({ width: 800, height: 600 });
    expect(fitWithin({ width: 20000, height: 1 })).toEqual({ width: 1600, height: 1 });
  });

  it('keeps a small JPEG that re-encoding would not shrink', () => {
    const small = { type: 'image/jpeg', bytes: 90_000, width: 1200, height: 900 };
    expect(keepOriginal(small, 120_000)).toBe(true);
    expect(keepOriginal(small, 60_000)).toBe(false);
    expect(keepOriginal({ ...small, type: 'image/png' }, 120_000)).toBe(false);
    expect(keepOriginal({ ...small, width: 4000 }, 120_000)).toBe(false);
  });

  it('says sizes the way people read them', () => {
    expect(formatBytes(250_880, 'id-ID')).toBe('245 KB');
    expect(formatBytes(1_258_291, 'id-ID')).toBe('1,2 MB');
    expect(formatBytes(1_258_291, 'en-GB')).toBe('1.2 MB');
    expect(formatBytes(10, 'id-ID')).toBe('1 KB');
  });
});
