import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { type RunningServer, startServer, tempDataDir } from './server-process';
import { describedErrorOf, logIn } from './staff-pages';

// A long public address, as a regency's own domain would be: the texts must still fit one SMS.
const PUBLIC_BASE_URL = 'https://layanan.dinsos.dharmasrayakab.go.id';
const TOO_LONG =
  '{kantor}: laporan Anda sudah kami terima dengan baik, tiket {tiket}{agenda}. Terima kasih sudah melapor. Pantau: {tautan}';
const FIXED = '{kantor}: laporan diterima, tiket {tiket}{agenda}. Pantau: {tautan}';

describe('office notification settings in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startServer({ DATA_DIR: tempDataDir(), PUBLIC_BASE_URL }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openSection(page: Page) {
    await page.goto(`${server.url}/staff/settings?tab=notifications`);
    const panel = page.getByRole('tabpanel', { name: 'Notifikasi' });
    await panel.getByText('Penyedia layanan di server ini').waitFor();
    return panel;
  }

  it('lets an admin at phone width see a text over one SMS refused beside it, fix it and save', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await logIn(page, server.url, 'dharmasraya.admin');
    const panel = await openSection(page);
    // This deployment has no providers: the page says which variables would connect them.
    await expect(panel.getByText(/belum diatur \(WHATSAPP_TOKEN/).isVisible()).resolves.toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const text = panel.getByLabel('Teks SMS / manual: Laporan diterima');
    await text.fill(TOO_LONG);
    const error = await describedErrorOf(text, 'melebihi 1 SMS');
    expect(error).toMatch(/^Teks terpanjang \d+ karakter, melebihi 1 SMS \(160 karakter\)$/);
    await expect(panel.getByText(/\/160 karakter · 2 SMS/).isVisible()).resolves.toBe(true);

    // Saving is refused in place: the error stays beside the field and what was typed is kept.
    await panel.getByRole('button', { name: 'Simpan' }).click();
    expect(await describedErrorOf(text, 'melebihi 1 SMS')).not.toBeNull();
    expect(await text.inputValue()).toBe(TOO_LONG);
    await expect(panel.getByText('Pengaturan notifikasi disimpan.').isVisible()).resolves.toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await text.fill(FIXED);
    await expect.poll(() => text.getAttribute('aria-invalid')).not.toBe('true');
    await expect(
      panel
        .getByText(/^1[0-9]{2}\/160 karakter · 1 SMS$/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await panel.getByRole('radio', { name: 'SMS' }).check();
    await panel.getByRole('button', { name: 'Simpan' }).click();
    await panel.getByText('Pengaturan notifikasi disimpan.').waitFor();

    // Read back from the server: saved, and no longer on the defaults.
    await page.reload();
    const again = await openSection(page);
    expect(await again.getByLabel('Teks SMS / manual: Laporan diterima').inputValue()).toBe(FIXED);
    expect(await again.getByRole('radio', { name: 'SMS' }).isChecked()).toBe(true);
    await expect(
      again.getByText('Kantor ini masih memakai pengaturan bawaan.', { exact: false }).count(),
    ).resolves.toBe(0);
    await page.close();
  });

  it('lets an officer set their own mobile number, refusing a landline, and the admin sees it masked', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await logIn(page, server.url, 'dharmasraya.frontoffice');
    await page.goto(`${server.url}/staff/password`);
    const section = page.getByRole('region', { name: 'Kontak untuk peringatan' });
    const phone = section.getByLabel('Nomor HP (WhatsApp)');
    await phone.waitFor();
    await phone.fill('0754 71234');
    await section.getByRole('button', { name: 'Simpan kontak' }).click();
    expect(await describedErrorOf(phone, 'seluler')).toBe('Nomor HP petugas harus nomor seluler');
    expect(await phone.inputValue()).toBe('0754 71234');
    await phone.fill('0812 7777 1234');
    await section.getByLabel('Email').fill('fo.dharmasraya@example.go.id');
    await section.getByRole('button', { name: 'Simpan kontak' }).click();
    await section.getByText('Kontak disimpan.').waitFor();
    expect(await phone.inputValue()).toBe('+6281277771234');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();

    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(admin, server.url, 'dharmasraya.admin');
    await admin.goto(`${server.url}/staff/users`);
    await admin.getByText('+62812******34').waitFor();
    await expect(admin.getByText('+6281277771234').count()).resolves.toBe(0);
    await expect(admin.getByText('f***@e***.id').isVisible()).resolves.toBe(true);
    await admin.close();
  });
});
