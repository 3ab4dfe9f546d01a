import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { type RunningServer, startServer, tempDataDir } from './server-process';

describe('staff journey in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ DATA_DIR: tempDataDir() }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('logs a demo front-office officer in and out at phone width', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/staff/login`);
    await expect(page.getByText('Mode demo').first().isVisible()).resolves.toBe(true);
    await page.getByLabel('Nama pengguna').fill('dumai.frontoffice');
    await page.getByLabel('Kata sandi').fill('salah-sandi');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByText('Nama pengguna atau kata sandi salah, atau terlalu banyak percobaan').waitFor();
    // What was typed stays.
    expect(await page.getByLabel('Nama pengguna').inputValue()).toBe('dumai.frontoffice');

    await page.getByLabel('Kata sandi').fill('satuatap-demo');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /Selamat datang/ })
      .waitFor();
    expect(await page.getByText('Petugas Front Office', { exact: false }).first().isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows the public office list and an office page without serious accessibility faults', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(server.url);
    await page.getByRole('link', { name: /Dumai/ }).first().click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /Dumai/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(server.url);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('lets an admin create a user from the admin page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/staff/login`);
    await page.getByLabel('Nama pengguna').fill('bekasi.admin');
    await page.getByLabel('Kata sandi').fill('satuatap-demo');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /Selamat datang/ })
      .waitFor();
    await page.goto(`${server.url}/staff/users`);
    await page.getByRole('cell', { name: 'bekasi.frontoffice' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
