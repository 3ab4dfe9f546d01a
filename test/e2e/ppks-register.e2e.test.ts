import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { type RunningServer, startServer, tempDataDir } from './server-process';
import { logIn } from './staff-pages';

const DESK = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** The NIK of the demo's Nurhayati (src/server/seed/demo-ppks.ts). */
const DEMO_NIK = '1310025507470002';

describe('the PPKS register and map in Chromium (demo data of Dharmasraya, no tile server)', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ DATA_DIR: tempDataDir() }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(viewport = DESK): Promise<Page> {
    const page = await browser.newPage({ viewport });
    await logIn(page, server.url, 'dharmasraya.koordinator');
    return page;
  }

  /** Searches by name until the background linking of the demo reports has filled the register. */
  async function searchByName(page: Page, name: string, expected: number): Promise<void> {
    await page.getByLabel('Nama', { exact: true }).fill(name);
    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: 'Cari', exact: true }).click();
          await page
            .getByRole('status')
            .filter({ hasText: /orang ditampilkan/ })
            .waitFor();
          return page
            .getByRole('status')
            .filter({ hasText: /orang ditampilkan/ })
            .textContent();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(`${expected} orang ditampilkan`);
  }

  it('a coordinator finds a person by name and by NIK, opens the record and merges a duplicate', async () => {
    const page = await signedIn();
    await page.locator('#staff-navigation').getByRole('link', { name: 'Register PPKS' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register PPKS' }).waitFor();
    await searchByName(page, 'nurhayati', 2);
    // The name searched went in the POST body, not the address (the history entry keeps it).
    expect(page.url().toLowerCase()).not.toContain('nurhayati');
    expect(await page.evaluate(() => JSON.stringify(history.state))).toContain('nurhayati');
    expect(await page.getByRole('cell', { name: '1310**********02' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // By NIK: a POST body; the address keeps no NIK.
    await page.getByLabel('Nama', { exact: true }).fill('');
    await page.getByLabel('NIK', { exact: true }).fill(DEMO_NIK);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '1 orang ditampilkan' }).waitFor();
    expect(page.url()).not.toContain(DEMO_NIK);

    await page.getByRole('link', { name: 'Buka data Nurhayati' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nurhayati' }).waitFor();
    const timeline = page.locator('#person-timeline');
    await timeline.getByText('Lanjut usia terlantar · Tinggal sendiri').waitFor();
    await timeline.getByText('Penyandang disabilitas · Tuna daksa (fisik)').waitFor();
    await page.getByText('BPJS/PBI Daerah').waitFor();
    expect(await page.locator('#person-cases').getByRole('row').count()).toBe(3);
    expect(await page.content()).not.toContain(DEMO_NIK);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Gabungkan data ganda' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gabungkan data lain ke Nurhayati' });
    await dialog.getByRole('radio', { name: 'Hj. Nurhayati' }).check();
    await dialog
      .getByLabel('Alasan penggabungan')
      .fill('Orang yang sama, dilaporkan lagi oleh tetangga tanpa tanggal lahir');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Gabungkan', exact: true }).click();
    await page.getByText('Data digabung: 1 kasus dipindahkan ke data ini.').waitFor();
    await page.getByText(/^3 kasus, pertama/).waitFor();
    expect(await page.locator('#person-cases').getByRole('row').count()).toBe(4);

    await page.getByRole('link', { name: 'Kembali ke register' }).click();
    await searchByName(page, 'nurhayati', 1);
    await page.close();
  });

  it('the map shows the points and the district totals without a tile server, and the same figures as tables', async () => {
    for (const viewport of [DESK, PHONE]) {
      const page = await signedIn(viewport);
      await page.goto(`${server.url}/staff/ppks-map`);
      await page.getByRole('heading', { level: 1, name: 'Peta PPKS' }).waitFor();
      await page.getByText(/Peta dasar belum diatur \(MAP_TILE_URL\)/).waitFor();
      await page
        .getByTestId('ppks-map-totals')
        .filter({ hasText: /^17 kasus · 15 orang di register$/ })
        .waitFor();
      // No tile was asked for; the points and the numbered district circles are drawn.
      expect(await page.locator('.leaflet-tile').count()).toBe(0);
      expect(await page.locator('.ppks-map path.leaflet-interactive').count()).toBeGreaterThanOrEqual(
        17 + 11,
      );
      const labels = await page.locator('.ppks-district-label').allTextContents();
      expect(labels).toContain('5');
      const district = page.getByTestId('district-13.10.02');
      expect(await district.textContent()).toBe('Kec. Pulau Punjung53');
      // The demo's older reports were handled (src/server/seed/demo-handling.ts); the newest are new.
      const statuses = page.locator('#ppks-statuses');
      for (const row of [
        'Baru diterima 5',
        'Diverifikasi 2',
        'Diproses 2',
        'Dirujuk 2',
        'Selesai 5',
        'Ditolak 1',
      ])
        await statuses.getByRole('row', { name: row }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.close();
    }
  });
});
