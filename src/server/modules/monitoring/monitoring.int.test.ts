import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDashboardFigures } from '../../../domain/dashboard/schemas';
import { pdfText } from '../../testing/pdf-text';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit/tables';
import { refreshDashboard } from '../dashboard/refresh';

/** The value beside a label in the first column of a sheet. */
function valueBeside(sheet: ExcelJS.Worksheet, label: string): unknown {
  let found: unknown;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(2).value;
  });
  return found;
}

/** The sum of a numeric column of a sheet's data rows (below its title and header rows). */
function columnSum(sheet: ExcelJS.Worksheet, column: number): number {
  let sum = 0;
  sheet.eachRow((row, number) => {
    if (number > 2) sum += Number(row.getCell(column).value ?? 0);
  });
  return sum;
}

describe('monitoring and evaluation report (PDF for the head, XLSX for analysis)', () => {
  let t: TestApp;
  let kadis: Session;
  let figures: TDashboardFigures;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2026-11-10T03:00:00Z');
    const village = await villageIn(t, '14.72');
    for (const name of ['Mak Ijah', 'Pak Udin', 'Bu Sri'])
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: sampleReport('dumai', village, { person: { fullName: name } }),
      });
    await refreshDashboard(t.handle, t.clock.now);
    kadis = await staffSession(t, { office: 'dumai', role: 'kadis' });
    const response = await kadis.request({ method: 'GET', url: '/api/v1/dashboard?from=2026-11&to=2026-11' });
    figures = response.json();
  });
  afterAll(async () => t.close());

  it('exports the XLSX with the same totals as the dashboard, and audits the export', async () => {
    expect(figures.totals.received).toBe(3);
    const response = await kadis.request({
      method: 'GET',
      url: '/api/v1/monitoring-report?from=2026-11&to=2026-11&format=xlsx',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('monev-dumai-2026-11-2026-11.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const summary = workbook.getWorksheet('Ringkasan');
    if (!summary) throw new Error('no summary sheet');
    expect(valueBeside(summary, 'Laporan/permohonan diterima')).toBe(figures.totals.received);
    expect(valueBeside(summary, 'Kasus terbuka saat ini')).toBe(figures.backlog.open);
    const channels = workbook.getWorksheet('Per kanal');
    if (!channels) throw new Error('no channel sheet');
    expect(columnSum(channels, 2)).toBe(figures.byChannel.reduce((sum, c) => sum + c.cases, 0));
    const audits = await t.handle.db.select().from(auditLog).where(eq(auditLog.action, 'report.exported'));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.after).toMatchObject({ format: 'xlsx' });
  });

  it('prints the PDF with the letterhead, the period and the figures, and no personal data', async () => {
    const response = await kadis.request({
      method: 'GET',
      url: '/api/v1/monitoring-report?from=2026-11&to=2026-11&format=pdf',
    });
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(response.rawPayload);
    expect(text).toContain('LAPORAN MONITORING DAN EVALUASI PELAYANAN SOSIAL NOVEMBER 2026');
    expect(text).toContain('Laporan/permohonan diterima');
    expect(text).not.toMatch(/Mak Ijah|Pak Udin/);
  });

  it('is for heads and coordinators only, and refuses an unknown format', async () => {
    const desk = await staffSession(t, { office: 'dumai', role: 'front_office' });
    const refused = await desk.request({ method: 'GET', url: '/api/v1/monitoring-report?format=pdf' });
    expect(refused.statusCode).toBe(403);
    const bad = await kadis.request({ method: 'GET', url: '/api/v1/monitoring-report?format=docx' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.format).toBe('Pilih format PDF atau XLSX');
  });
});
