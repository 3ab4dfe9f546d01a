import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { type RunningServer, startServer, tempDataDir } from './server-process';
import { logIn } from './staff-pages';

/**
 * The demo's Dharmasraya outreach reports (src/server/seed/demo-ppks.ts) reach the public
 * transparency page and the heads' dashboard once the dashboard's refresh has taken them in.
 */
describe('transparency page and dashboard in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ DATA_DIR: tempDataDir() }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a citizen on a phone the office figures, without a name or a ticket', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/dharmasraya`);
    await page.getByRole('link', { name: 'Lihat angka layanan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Transparansi layanan' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/dharmasraya/transparansi');
    const services = page.getByRole('region', { name: 'Menurut layanan' });
    await expect(services.getByRole('rowheader', { name: /Jemput Bola/ }).isVisible()).resolves.toBe(true);
    await expect(services.getByRole('rowheader', { name: 'Semua layanan' }).isVisible()).resolves.toBe(true);
    const text = (await page.textContent('main')) ?? '';
    expect(text).not.toMatch(/Nurhayati|DHA-\d/);
    // The page fits the phone: only the table scrolls sideways, inside its own region.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '12 bulan terakhir' }).click();
    await expect(
      page.getByRole('button', { name: '12 bulan terakhir' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await page.close();
  });

  it('gives the head of office the dashboard, with filters in the address', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, server.url, 'dharmasraya.kadis');
    await page.getByRole('link', { name: 'Dasbor Kinerja' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Dasbor kinerja' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kasus masuk dan selesai per bulan' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Indikator kinerja' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Jalur masuk', exact: true }).selectOption('outreach');
    await expect.poll(() => new URL(page.url()).searchParams.get('channel')).toBe('outreach');
    const channels = page.getByRole('list', { name: 'Menurut jalur masuk' });
    await expect(channels.getByText('Jemput bola').isVisible()).resolves.toBe(true);
    // On a phone the charts fit the screen; the tables scroll in their own regions.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Indikator kinerja' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps the dashboard from a front-office account', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, server.url, 'dharmasraya.frontoffice');
    await expect(page.getByRole('link', { name: 'Dasbor Kinerja' }).count()).resolves.toBe(0);
    await page.goto(`${server.url}/staff/dashboard`);
    await page.getByRole('heading', { name: 'Akses tidak diizinkan' }).waitFor();
    await page.close();
  });
});
