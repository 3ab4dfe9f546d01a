import type { TDashboardQuery } from '../../../domain/dashboard/schemas';

/** The report's address for the dashboard's filters; the session cookie goes with the download. */
export function monitoringReportUrl(query: TDashboardQuery, format: 'pdf' | 'xlsx'): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value));
  params.set('format', format);
  return `/api/v1/monitoring-report?${params.toString()}`;
}
