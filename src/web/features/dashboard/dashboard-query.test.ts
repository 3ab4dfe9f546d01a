import { describe, expect, it } from 'vitest';
import { addMonth, apiQueryOf, filtersFromParams, monthChoices, monthIn, paramsOf } from './dashboard-query';
import { barPercent, durationParts, monthText, percentText } from './format';

describe('dashboard filters in the address', () => {
  it('defaults to the last twelve months with nothing chosen', () => {
    const filters = filtersFromParams(new URLSearchParams(), '2026-11');
    expect(filters).toEqual({
      preset: 'last12',
      from: '2025-12',
      to: '2026-11',
      serviceCode: '',
      channel: '',
      districtCode: '',
    });
    expect(paramsOf(filters)).toEqual({});
    expect(apiQueryOf(filters, '2026-11')).toEqual({});
  });

  it('turns presets into months and keeps only the chosen filters', () => {
    const params = new URLSearchParams('period=thisYear&serviceCode=odgj&channel=web');
    const filters = filtersFromParams(params, '2026-11');
    expect(apiQueryOf(filters, '2026-11')).toEqual({
      from: '2026-01',
      to: '2026-11',
      serviceCode: 'odgj',
      channel: 'web',
    });
    expect(paramsOf(filters)).toEqual({ period: 'thisYear', serviceCode: 'odgj', channel: 'web' });
    expect(apiQueryOf({ ...filters, preset: 'thisMonth' }, '2026-11')).toMatchObject({
      from: '2026-11',
      to: '2026-11',
    });
  });

  it('keeps a custom period and ignores months that are not months', () => {
    const custom = filtersFromParams(new URLSearchParams('period=custom&from=2026-02&to=2026-05'), '2026-11');
    expect(apiQueryOf(custom, '2026-11')).toEqual({ from: '2026-02', to: '2026-05' });
    expect(paramsOf(custom)).toEqual({ period: 'custom', from: '2026-02', to: '2026-05' });
    const broken = filtersFromParams(new URLSearchParams('period=custom&from=2026-13&to=x'), '2026-11');
    expect(broken).toMatchObject({ from: '2025-12', to: '2026-11' });
  });

  it('counts months in the office time zone and across years', () => {
    expect(monthIn(new Date('2026-11-30T18:00:00Z'), 'Asia/Jakarta')).toBe('2026-12');
    expect(addMonth('2026-01', -1)).toBe('2025-12');
    expect(monthChoices('2026-02', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
  });
});

describe('figures as read', () => {
  it('writes a duration in minutes, hours or working days', () => {
    expect(durationParts(45)).toEqual({ unit: 'minutes', value: 45 });
    expect(durationParts(150)).toEqual({ unit: 'hours', value: 2.5 });
    expect(durationParts(1200)).toEqual({ unit: 'days', value: 2.5 });
  });

  it('writes months and shares as Indonesians read them', () => {
    expect(monthText('2026-11', 'id-ID')).toBe('Nov 2026');
    expect(monthText('2026-08', 'id-ID', true)).toBe('Agustus 2026');
    expect(percentText(0.874)).toBe('87%');
    expect(percentText(null)).toBe('—');
  });

  it('gives every non-zero bar a visible width', () => {
    expect(barPercent(0, 10)).toBe(0);
    expect(barPercent(1, 1000)).toBe(1.5);
    expect(barPercent(5, 10)).toBe(50);
  });
});
