import { describe, expect, it } from 'vitest';
import { locateBlocker, locateProblemOf } from './use-geolocation';

describe('why "Ambil lokasi" found no point', () => {
  it('names the GeolocationPositionError codes', () => {
    expect(locateProblemOf(1)).toBe('denied');
    expect(locateProblemOf(2)).toBe('unavailable');
    expect(locateProblemOf(3)).toBe('timeout');
  });

  it('says so before asking when the page is plain http or the browser has no GPS', () => {
    expect(locateBlocker({ hasGeolocation: true, secureContext: false })).toBe('insecure');
    expect(locateBlocker({ hasGeolocation: false, secureContext: true })).toBe('unsupported');
    expect(locateBlocker({ hasGeolocation: true, secureContext: true })).toBeNull();
  });
});
