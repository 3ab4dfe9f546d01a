import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { type RunningServer, startServer, tempDataDir } from './server-process';
import { describedErrorOf, logIn } from './staff-pages';

describe('the letter template editor in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ DATA_DIR: tempDataDir() }), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await logIn(page, server.url, 'pekanbaru.admin');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a bad number format beside its field, keeps what was typed, and saves a good one with the preview', async () => {
    await page.goto(`${server.url}/staff/letters/templates`);
    await page.getByRole('heading', { name: 'Templat Surat', level: 1 }).waitFor();
    await page.getByLabel('Jenis surat').selectOption({ label: 'Surat Rekomendasi Pembuatan KIP' });
    const format = page.getByLabel('Format nomor');
    await format.fill('KIP/{year}');
    await page.getByLabel('Perihal').fill('Rekomendasi KIP a.n. {nama}');
    await page.getByRole('button', { name: 'Simpan' }).click();
    expect(await describedErrorOf(format, '{seq}')).toBeTruthy();
    expect(await page.getByLabel('Perihal').inputValue()).toBe('Rekomendasi KIP a.n. {nama}');

    await format.fill('{seq:3}/KIP/{roman}/{year}');
    await expect.poll(() => page.getByText(/Nomor 001\/KIP\/[IVX]+\/\d{4}/).count()).toBe(1);
    await page.getByText('Perihal: Rekomendasi KIP a.n. Siti Aminah').waitFor();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Templat Surat Rekomendasi Pembuatan KIP tersimpan.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
