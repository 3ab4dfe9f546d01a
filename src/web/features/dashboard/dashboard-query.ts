import type { TDashboardQuery } from '../../../domain/dashboard/schemas';

export const PERIOD_PRESETS = ['last12', 'thisMonth', 'thisYear', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The dashboard's filters as the page holds them ('' is "all"); they live in the address. */
export interface DashboardFilters {
  preset: PeriodPreset;
  /** 'YYYY-MM', used by the custom preset. */
  from: string;
  to: string;
  serviceCode: string;
  channel: string;
  districtCode: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month (YYYY-MM) of an instant in a time zone (the office's; the browser's when unknown). */
export function monthIn(now: Date, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

export function addMonth(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + number - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function filtersFromParams(params: URLSearchParams, currentMonth: string): DashboardFilters {
  const preset = (PERIOD_PRESETS as readonly string[]).includes(params.get('period') ?? '')
    ? (params.get('period') as PeriodPreset)
    : 'last12';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    preset,
    from: MONTH.test(from) ? from : addMonth(currentMonth, -11),
    to: MONTH.test(to) ? to : currentMonth,
    serviceCode: params.get('serviceCode') ?? '',
    channel: params.get('channel') ?? '',
    districtCode: params.get('districtCode') ?? '',
  };
}

/** The address of the filters: only what differs from the defaults. */
export function paramsOf(filters: DashboardFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.preset !== 'last12') params.period = filters.preset;
  if (filters.preset === 'custom') Object.assign(params, { from: filters.from, to: filters.to });
  for (const key of ['serviceCode', 'channel', 'districtCode'] as const)
    if (filters[key]) params[key] = filters[key];
  return params;
}

/** What the API is asked for: the preset's months and the chosen filters. */
export function apiQueryOf(filters: DashboardFilters, currentMonth: string): TDashboardQuery {
  const period: Pick<TDashboardQuery, 'from' | 'to'> =
    filters.preset === 'thisMonth'
      ? { from: currentMonth, to: currentMonth }
      : filters.preset === 'thisYear'
        ? { from: `${currentMonth.slice(0, 4)}-01`, to: currentMonth }
        : filters.preset === 'custom'
          ? { from: filters.from, to: filters.to }
          : {};
  return {
    ...period,
    ...(filters.serviceCode ? { serviceCode: filters.serviceCode } : {}),
    ...(filters.channel ? { channel: filters.channel as TDashboardQuery['channel'] } : {}),
    ...(filters.districtCode ? { districtCode: filters.districtCode } : {}),
  };
}

/** The months a custom period can start or end in: the last five years, newest first. */
export function monthChoices(currentMonth: string, count = 60): string[] {
  return Array.from({ length: count }, (_, i) => addMonth(currentMonth, -i));
}
