import { toLocal } from '../../../domain/calendar/zoned-time';

export interface IkmPeriod {
  from: string;
  to: string;
  serviceCode: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** This year so far, in the office's time zone: January to the current month. */
export function defaultPeriod(now: Date, timeZone: string): IkmPeriod {
  const month = toLocal(now, timeZone).date.slice(0, 7);
  return { from: `${month.slice(0, 4)}-01`, to: month, serviceCode: '' };
}

/** The period in the address (`?dari=2026-01&sampai=2026-06&layanan=odgj`), or the default for what is missing. */
export function periodFromParams(params: URLSearchParams, fallback: IkmPeriod): IkmPeriod {
  const from = params.get('dari') ?? '';
  const to = params.get('sampai') ?? '';
  return {
    from: MONTH.test(from) ? from : fallback.from,
    to: MONTH.test(to) ? to : fallback.to,
    serviceCode: params.get('layanan') ?? '',
  };
}

export function paramsOf(period: IkmPeriod): Record<string, string> {
  return {
    dari: period.from,
    sampai: period.to,
    ...(period.serviceCode ? { layanan: period.serviceCode } : {}),
  };
}

/** The form's own checks; the server checks again (at most 60 months) and names the field. */
export function periodProblems(
  period: IkmPeriod,
): Partial<Record<'from' | 'to', 'monthInvalid' | 'toBeforeFrom'>> {
  if (!MONTH.test(period.from)) return { from: 'monthInvalid' };
  if (!MONTH.test(period.to)) return { to: 'monthInvalid' };
  return period.to < period.from ? { to: 'toBeforeFrom' } : {};
}
