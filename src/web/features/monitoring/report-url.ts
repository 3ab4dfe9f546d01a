import type { TDashboardQuery } from '../../../domain/dashboard/schemas';

/** The report's address for the dashboard's filters; the session cookie goes with the download. */
export function monitoringReportUrl(query: TDashboardQuery, format: 'pdf' | 'xlsx'): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value));
  params.set('format', format);
  return `/api/v1/monitoring-report?${params.toString()}`;
}

/** "November 2026", or "Desember 2025 – November 2026". */
export function periodText(period: { from: string; to: string }, locale: string): string {
  const name = (month: string) =>
    new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-15T00:00:00Z`),
    );
  return period.from === period.to ? name(period.from) : `${name(period.from)} – ${name(period.to)}`;
}
