import { describe, expect, it } from 'vitest';
import { defaultPeriod, paramsOf, periodFromParams, periodProblems } from './ikm-period';

describe('the IKM report period', () => {
  it('defaults to this year so far, in the office time zone', () => {
    // 31 December 16:30 UTC is already 1 January in Jayapura (WIT, 01.30) but not in Jakarta (WIB, 23.30).
    const now = new Date('2026-12-31T16:30:00Z');
    expect(defaultPeriod(now, 'Asia/Jakarta')).toEqual({ from: '2026-01', to: '2026-12', serviceCode: '' });
    expect(defaultPeriod(now, 'Asia/Jayapura')).toEqual({ from: '2027-01', to: '2027-01', serviceCode: '' });
  });

  it('reads and writes the address, falling back for a month written wrongly', () => {
    const fallback = { from: '2026-01', to: '2026-06', serviceCode: '' };
    const period = periodFromParams(
      new URLSearchParams('dari=2025-07&sampai=2025-13&layanan=odgj'),
      fallback,
    );
    expect(period).toEqual({ from: '2025-07', to: '2026-06', serviceCode: 'odgj' });
    expect(paramsOf(period)).toEqual({ dari: '2025-07', sampai: '2026-06', layanan: 'odgj' });
    expect(paramsOf({ ...period, serviceCode: '' })).toEqual({ dari: '2025-07', sampai: '2026-06' });
  });

  it('names the field of a wrong period', () => {
    expect(periodProblems({ from: '2026-01', to: '2026-12', serviceCode: '' })).toEqual({});
    expect(periodProblems({ from: '', to: '2026-12', serviceCode: '' })).toEqual({ from: 'monthInvalid' });
    expect(periodProblems({ from: '2026-05', to: '2026-04', serviceCode: '' })).toEqual({
      to: 'toBeforeFrom',
    });
  });
});
