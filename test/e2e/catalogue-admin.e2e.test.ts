import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { type RunningServer, startServer, tempDataDir } from './server-process';
import { describedErrorOf, logIn } from './staff-pages';

describe('catalogue and office settings admin in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ DATA_DIR: tempDataDir() }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('edits the ODGJ standard: a bad completion time is refused beside the field, a good one saves version 2', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, server.url, 'dumai.admin');
    await page.getByRole('link', { name: 'Katalog Layanan' }).first().click();
    await page.getByRole('link', { name: /Disabilitas Mental \(ODGJ\)/ }).click();
    await page.getByRole('heading', { level: 1, name: /ODGJ/ }).waitFor();
    await page.getByText('Versi 1', { exact: true }).first().waitFor();
    await page.getByText('Dibaca: target 3 hari kerja, paling lama 4 hari kerja').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const completionTime = page.getByLabel('3. Jangka waktu penyelesaian');
    await completionTime.fill('sebentar');
    await page.getByRole('button', { name: 'Simpan versi baru' }).click();
    const message = await describedErrorOf(completionTime, 'tidak dikenali');
    expect(message).toContain('Waktu penyelesaian "sebentar" tidak dikenali');
    expect(await completionTime.inputValue()).toBe('sebentar');
    await page.getByText('Ada isian yang belum benar').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await completionTime.fill('3 - 5 Hari kerja');
    await page.getByText('Dibaca: target 3 hari kerja, paling lama 5 hari kerja').waitFor();
    await page.getByRole('button', { name: 'Simpan versi baru' }).click();
    await page.getByText('Disimpan sebagai versi 2.').waitFor();
    await page.getByText('Versi 2', { exact: true }).first().waitFor();
    expect(await page.getByLabel('3. Jangka waktu penyelesaian').inputValue()).toBe('3 - 5 Hari kerja');

    // The old version stays readable, and cannot be edited.
    await page.getByRole('link', { name: 'Lihat versi 1' }).click();
    await page.getByText('Versi 1: versi lama, hanya baca').waitFor();
    const oldTime = page.getByLabel('3. Jangka waktu penyelesaian');
    expect(await oldTime.inputValue()).toBe('3 – 4 Hari kerja');
    expect(await oldTime.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Simpan versi baru' }).count()).toBe(0);
    await page.close();
  });

  it('adds a local holiday in the office settings on a phone, and refuses a date already taken', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await logIn(page, server.url, 'dumai.admin');
    await page.goto(`${server.url}/staff/settings`);
    await page.getByRole('heading', { level: 1, name: 'Pengaturan Dinas' }).waitFor();
    await page.getByRole('tab', { name: 'Hari libur' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Hari libur' });
    await panel.getByText('Tahun Baru 2026 Masehi').waitFor();

    await panel.getByLabel('Tanggal').fill('2026-04-20');
    await panel.getByLabel('Nama hari libur').fill('Hari Jadi Kota Dumai');
    await panel.getByRole('button', { name: 'Tambah' }).click();
    await panel.getByText(/Hari libur Hari Jadi Kota Dumai \(20 April 2026\) ditambahkan/).waitFor();
    await panel.getByText('Senin, 20 April 2026').waitFor();

    await panel.getByLabel('Tanggal').fill('2026-01-01');
    await panel.getByLabel('Nama hari libur').fill('Libur dobel');
    await panel.getByRole('button', { name: 'Tambah' }).click();
    const message = await describedErrorOf(panel.getByLabel('Tanggal'), 'sudah tercatat');
    expect(message).toContain('Tanggal itu sudah tercatat sebagai hari libur');
    expect(await panel.getByLabel('Nama hari libur').inputValue()).toBe('Libur dobel');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows the head of office the settings read-only, and the catalogue list without faults', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await logIn(page, server.url, 'dumai.kadis');
    await page.goto(`${server.url}/staff/settings`);
    await page.getByText('Hanya administrator yang dapat mengubahnya.').waitFor();
    expect(await page.getByLabel('Nama dinas').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Simpan' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(`${server.url}/staff/catalogue`);
    await page.getByText('Jumlah layanan: 12').waitFor();
    expect(await page.getByRole('button', { name: /Nonaktifkan/ }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
