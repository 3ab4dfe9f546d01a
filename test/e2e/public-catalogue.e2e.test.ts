import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { type RunningServer, startServer, tempDataDir } from './server-process';

const PHONE = { width: 390, height: 844 };

describe('public service catalogue in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ DATA_DIR: tempDataDir() }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function phonePage(): Promise<Page> {
    return browser.newPage({ viewport: PHONE });
  }

  it('leads a citizen on a phone from the office to the ODGJ standard', async () => {
    const page = await phonePage();
    await page.goto(`${server.url}/dumai`);
    await page.getByRole('link', { name: 'Lihat daftar layanan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Daftar layanan' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/dumai/layanan');
    const services = page.getByRole('main').getByRole('heading', { level: 3 });
    await expect(services.count()).resolves.toBe(12);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The search filters by name as the citizen types, and says how many are left.
    await page.getByLabel('Cari layanan menurut nama').fill('disabilitas');
    await page.getByRole('status').filter({ hasText: '2 layanan ditampilkan' }).waitFor();
    await expect(services.count()).resolves.toBe(2);

    await page.getByRole('link', { name: /Penanganan Orang Dengan Disabilitas Mental/ }).click();
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: 'Penanganan Orang Dengan Disabilitas Mental' })
      .waitFor();
    const facts = page.getByRole('region', { name: 'Sekilas' });
    await expect(facts.getByText('3 – 4 Hari kerja', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(facts.getByText('Target 3 hari kerja, paling lama 4 hari kerja').isVisible()).resolves.toBe(
      true,
    );
    const steps = page.getByRole('region', { name: 'Alur pelayanan' }).getByRole('list');
    await expect(
      steps.getByRole('listitem').filter({ hasText: 'Melakukan Penelusuran Keluarga' }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('rowheader', { name: 'Jangka waktu penyelesaian' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('rowheader').count()).resolves.toBe(14);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Back to the list: the search is still there.
    await page.getByRole('link', { name: /^Semua layanan/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Daftar layanan' }).waitFor();
    expect(await page.getByLabel('Cari layanan menurut nama').inputValue()).toBe('disabilitas');
    await page.close();
  });

  it('prints the standard as a table under the office name, without header or buttons', async () => {
    const page = await phonePage();
    await page.goto(`${server.url}/dumai/layanan/odgj`);
    const printButton = page.getByRole('button', { name: 'Cetak' });
    await printButton.waitFor();
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await printButton.click();
    expect(await page.getAttribute('body', 'data-printed')).toBe('yes');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.getByText('Mode demo').first().isVisible()).toBe(false);
    expect(await printButton.isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: /^Semua layanan/ }).isVisible()).toBe(false);
    expect(
      await page.getByText('Dinas Sosial dan Pemberdayaan Masyarakat Kota Dumai').first().isVisible(),
    ).toBe(true);
    const table = page.getByRole('table');
    expect(await table.getByRole('columnheader', { name: 'Uraian' }).isVisible()).toBe(true);
    expect(await table.getByRole('rowheader', { name: 'Evaluasi kinerja pelaksana' }).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });

  it('marks the components an office has yet to confirm, and when a step must start', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/dharmasraya/layanan/jemput-bola`);
    await page.getByRole('heading', { level: 1, name: 'Jemput Bola' }).waitFor();
    const feeRow = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Biaya/tarif' }) });
    await expect(feeRow.getByText('Masih dikonfirmasi oleh dinas').isVisible()).resolves.toBe(true);
    await expect(page.getByText(/Dimulai paling lambat 1 hari/).isVisible()).resolves.toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('says plainly when an office or a service does not exist, with a way back', async () => {
    const page = await phonePage();
    await page.goto(`${server.url}/dumai/layanan/tidak-ada`);
    await page.getByRole('heading', { level: 1, name: 'Layanan tidak ditemukan' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /Lihat semua layanan/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Daftar layanan' }).waitFor();

    await page.goto(`${server.url}/tidak-ada/layanan`);
    await page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }).waitFor();
    await page.close();
  });

  it('offers a retry when the list fails to load', async () => {
    const page = await phonePage();
    let failures = 1;
    await page.route('**/api/v1/offices/dumai/services', (route) =>
      failures-- > 0 ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(`${server.url}/dumai/layanan`);
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Daftar layanan' }).waitFor();
    await expect(page.getByRole('main').getByRole('heading', { level: 3 }).count()).resolves.toBe(12);
    await page.close();
  });
});
