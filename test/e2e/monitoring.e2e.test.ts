import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDashboardFigures } from '../../src/domain/dashboard/schemas';
import { pdfText } from '../../src/server/testing/pdf-text';
import { launchChromium, seriousAxeViolations } from './browser';
import { type RunningServer, startServer, tempDataDir } from './server-process';
import { logIn } from './staff-pages';

/** The value beside a label in the first column of a sheet. */
function valueBeside(sheet: ExcelJS.Worksheet, label: string): unknown {
  let found: unknown;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(2).value;
  });
  return found;
}

describe("a head's dashboard, map and monthly report on the demo data, in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let downloads: string;

  beforeAll(async () => {
    const dataDir = tempDataDir();
    downloads = join(dataDir, 'downloads');
    [server, browser] = await Promise.all([startServer({ DATA_DIR: dataDir }), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await logIn(page, server.url, 'dharmasraya.kadis');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The figures the page asks for, read with the head's session once the rollups hold the demo cases. */
  async function settledFigures(): Promise<TDashboardFigures> {
    let figures: TDashboardFigures | null = null;
    await expect
      .poll(
        async () => {
          const response = await page.request.get(`${server.url}/api/v1/dashboard`);
          figures = (await response.json()) as TDashboardFigures;
          return figures.totals.received > 0 && figures.asOf.pendingChanges === 0;
        },
        { timeout: 90_000, interval: 2_000 },
      )
      .toBe(true);
    if (!figures) throw new Error('no figures');
    return figures;
  }

  it('shows the figures at a glance with their tables, and exports the report with the same totals', async () => {
    const figures = await settledFigures();
    await page.goto(`${server.url}/staff/dashboard`);
    const received = page
      .locator('.summary-tile')
      .filter({ hasText: 'Kasus masuk' })
      .locator('.summary-value');
    await expect.poll(() => received.textContent()).toBe(String(figures.totals.received));
    await page
      .getByRole('heading', { name: /Per kecamatan|kecamatan/i })
      .first()
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh XLSX' }).click(),
    ]);
    const xlsxPath = join(downloads, xlsx.suggestedFilename());
    await xlsx.saveAs(xlsxPath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    const summary = workbook.getWorksheet('Ringkasan');
    if (!summary) throw new Error('the report has no summary sheet');
    expect(valueBeside(summary, 'Laporan/permohonan diterima')).toBe(figures.totals.received);
    expect(valueBeside(summary, 'Kasus terbuka saat ini')).toBe(figures.backlog.open);

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh PDF' }).click(),
    ]);
    const pdfPath = join(downloads, pdf.suggestedFilename());
    await pdf.saveAs(pdfPath);
    const text = await pdfText(await readFile(pdfPath));
    expect(text).toContain('LAPORAN MONITORING DAN EVALUASI PELAYANAN SOSIAL');
    expect(text).toContain('Laporan/permohonan diterima');
  });

  it('opens the PPKS map with the district totals, without a tile server', async () => {
    await page.goto(`${server.url}/staff/ppks-map`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect
      .poll(() => page.locator('.leaflet-interactive').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await page.getByRole('table').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
