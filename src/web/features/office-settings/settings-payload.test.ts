import { describe, expect, it } from 'vitest';
import type { TOfficeSettings } from '../../../domain/offices/settings';
import { normalizeClock, settingsUpdateOf, textOrNull } from './settings-payload';

describe('settings payload', () => {
  it('reads office-style clock times as HH:MM and leaves the unreadable for the check', () => {
    expect(normalizeClock('8.00')).toBe('08:00');
    expect(normalizeClock('0800')).toBe('08:00');
    expect(normalizeClock(' 16:30 ')).toBe('16:30');
    expect(normalizeClock('800')).toBe('08:00');
    expect(normalizeClock('8')).toBe('8');
  });

  it('treats blank optional text as none', () => {
    expect(textOrNull('  ')).toBeNull();
    expect(textOrNull(' Dumai ')).toBe('Dumai');
  });

  it('sends back only what the update schema takes', () => {
    const settings: TOfficeSettings = {
      code: '14.72',
      slug: 'dumai',
      regionName: 'Kota Dumai',
      hasLogo: true,
      name: 'Dinas Sosial Kota Dumai',
      shortName: 'Dinsos Dumai',
      programmeName: null,
      address: null,
      phone: null,
      email: null,
      website: null,
      timeZone: 'Asia/Jakarta',
      workingHours: { '1': { start: '08:00', end: '16:00' } },
      officials: [],
    };
    expect(Object.keys(settingsUpdateOf(settings)).sort()).toEqual([
      'address',
      'email',
      'name',
      'officials',
      'phone',
      'programmeName',
      'shortName',
      'timeZone',
      'website',
      'workingHours',
    ]);
  });
});
