import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { fileDumaiReport } from './reports';
import { type RunningServer, startServer, tempDataDir } from './server-process';
import { describedErrorOf, logIn } from './staff-pages';

describe('front desk in Chromium: guest book and notification outbox', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ DATA_DIR: tempDataDir() }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('records a visitor: a bad phone is refused beside the field, then the fixed entry tops the list', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await logIn(page, server.url, 'dumai.frontoffice');
    // The outbox is not the front desk's page.
    expect(await page.getByRole('link', { name: 'Kotak Keluar' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Buku Tamu' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Buku Tamu' }).waitFor();
    await page.getByText('Belum ada tamu hari ini.').waitFor();
    expect(await page.getByRole('link', { name: /Formulir kosong/ }).getAttribute('href')).toBe(
      '/api/v1/offices/dumai/forms/complaint.pdf',
    );

    const name = page.getByLabel('Nama tamu');
    const phone = page.getByLabel('Nomor telepon');
    await name.fill('Ibu Rosmawati');
    await phone.fill('12345');
    await page.getByLabel('Keperluan').fill('Melaporkan tetangga lansia yang tinggal sendiri');
    await page.getByRole('button', { name: 'Catat tamu' }).click();
    expect(await describedErrorOf(phone, 'Nomor telepon tidak valid')).toContain('0812 3456 7890');
    expect(await name.inputValue()).toBe('Ibu Rosmawati');
    expect(await phone.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await phone.fill('0813 7405 2139');
    await phone.press('Enter');
    await page.getByText(/Ibu Rosmawati dicatat pukul \d{2}\.\d{2} WIB/).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Ibu Rosmawati' });
    await row.waitFor();
    expect(await row.textContent()).toContain('+6281374052139');
    expect(await row.textContent()).toContain('Belum ada laporan');
    // Ready for the next visitor in the queue.
    expect(await name.inputValue()).toBe('');
    expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
    const createReport = row.getByRole('link', { name: 'Buat laporan untuk Ibu Rosmawati' });
    expect(await createReport.getAttribute('href')).toMatch(
      /^\/staff\/intake\/walk-in\?guest=[0-9a-f-]{36}$/,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows a guest with a report its ticket and the printable form, on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await logIn(page, server.url, 'dumai.frontoffice');
    // The walk-in intake page is built elsewhere: link this guest to a case through the API.
    const { csrfToken } = await (await page.request.get(`${server.url}/api/v1/auth/me`)).json();
    const guest = await page.request.post(`${server.url}/api/v1/guest-book`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { visitorName: 'Pak Hasan', visitorPhone: null, purpose: 'Melaporkan gelandangan di pasar' },
    });
    expect(guest.status()).toBe(201);
    const villages = await (await page.request.get(`${server.url}/api/v1/regions/14.72.01/children`)).json();
    const created = await page.request.post(`${server.url}/api/v1/cases`, {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        details: { channel: 'walk_in', guestBookEntryId: (await guest.json()).id },
        report: {
          office: 'dumai',
          serviceCode: null,
          person: {
            fullName: 'Budi Santoso',
            birthPlace: null,
            birthDate: null,
            kk: null,
            nik: null,
            education: null,
            phone: null,
            villageCode: (villages.items ?? villages)[0].code,
            address: null,
          },
          ppks: { category: 'gelandangan', subcategory: null, other: null },
          dtksStatus: 'tidak-masuk',
          aid: { kinds: ['belum-pernah'], pbiScheme: null, other: null },
          description: 'Ditemukan tidur di emperan pasar sejak seminggu.',
          reporter: { name: 'Pak Hasan', phone: '081298765432' },
          consent: true,
        },
      },
    });
    expect(created.status()).toBe(201);
    const { ticket } = await created.json();

    await page.goto(`${server.url}/staff/guest-book`);
    const ticketLink = page.getByRole('link', { name: `Lihat perkembangan laporan ${ticket}` });
    await ticketLink.waitFor();
    expect(await ticketLink.getAttribute('href')).toBe(`/dumai/lacak?tiket=${ticket}`);
    const print = page.getByRole('link', { name: new RegExp(`Cetak formulir ${ticket}`) });
    expect(await print.getAttribute('target')).toBe('_blank');
    const pdf = await page.request.get(`${server.url}${await print.getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('lets the coordinator see a report’s notice in the outbox, filtered through the address', async () => {
    const ticket = await fileDumaiReport(server.url, {
      reporter: { name: 'Tetangga', phone: '0812-3456-7890' },
    });
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await logIn(page, server.url, 'dumai.koordinator');
    await page.getByRole('button', { name: 'Buka menu navigasi' }).click();
    await page.locator('#staff-navigation').getByRole('link', { name: 'Kotak Keluar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kotak Keluar Notifikasi' }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: ticket });
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain('Menunggu');
    // No provider in this run: the notice waits for an officer to send it by hand on WhatsApp.
    expect(text).toContain('Kirim manual');
    expect(text).toContain('Buka WhatsApp');
    expect(text).toContain('+62812******90');
    expect(text).not.toContain('81234567890');
    expect(text).toContain(`tiket ${ticket}`);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByText('Terkirim', { exact: true }).click();
    await page.getByText('Tidak ada pesan berstatus “Terkirim”.').waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('sent');
    await page.goto(`${server.url}/staff/outbox?status=pending`);
    await page.getByRole('listitem').filter({ hasText: ticket }).waitFor();
    expect(await page.getByRole('radio', { name: 'Menunggu' }).isChecked()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // On a desk's screen the same rows are a table.
    await page.setViewportSize({ width: 1280, height: 900 });
    const row = page.getByRole('row').filter({ hasText: ticket });
    await row.waitFor();
    expect(
      await row.getByRole('link', { name: `Lihat perkembangan laporan ${ticket}` }).getAttribute('href'),
    ).toBe(`/dumai/lacak?tiket=${ticket}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
