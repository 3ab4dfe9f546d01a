import { describe, expect, it } from 'vitest';
import { periodName } from '../../../domain/dashboard/period';
import { monitoringReportUrl } from './report-url';

describe('monitoring report address', () => {
  it("carries the dashboard's filters and the format, leaving out empty ones", () => {
    expect(monitoringReportUrl({ from: '2026-01', to: '2026-11', serviceCode: 'odgj' }, 'xlsx')).toBe(
      '/api/v1/monitoring-report?from=2026-01&to=2026-11&serviceCode=odgj&format=xlsx',
    );
    expect(monitoringReportUrl({}, 'pdf')).toBe('/api/v1/monitoring-report?format=pdf');
  });

  it('names the period by its months', () => {
    expect(periodName({ from: '2026-11', to: '2026-11' }, 'id-ID')).toBe('November 2026');
    expect(periodName({ from: '2025-12', to: '2026-11' }, 'id-ID')).toBe('Desember 2025 – November 2026');
  });
});
