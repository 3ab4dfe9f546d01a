import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { type RunningServer, startServer, tempDataDir } from './server-process';
import { describedErrorOf, logIn } from './staff-pages';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1024, height: 800 };
const NIK = '1472011708900001';
const TICKET = /^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** A camera-sized JPEG, larger than 1600 px so the browser must shrink it. */
async function writePhoto(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'satu-atap-intake-')), 'ppks.jpg');
  const bytes = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#aa8844' } })
    .jpeg({ quality: 95 })
    .toBuffer();
  writeFileSync(file, bytes);
  return file;
}

/** One part of a multipart/form-data body, by its field name. */
function multipartPart(body: Buffer, name: string): Buffer {
  const header = body.indexOf(`name="${name}"`);
  if (header < 0) throw new Error(`no part ${name}`);
  const start = body.indexOf('\r\n\r\n', header) + 4;
  const boundary = body.subarray(0, body.indexOf('\r\n'));
  return body.subarray(start, body.indexOf(Buffer.concat([Buffer.from('\r\n'), boundary]), start));
}

/** The first district of a regency and the first village in it, by name, as the form lists them. */
async function firstVillage(
  baseUrl: string,
  regency: string,
): Promise<{ district: string; village: string }> {
  const children = async (code: string) =>
    (
      (await (await fetch(`${baseUrl}/api/v1/regions/${code}/children`)).json()).items as {
        code: string;
        name: string;
      }[]
    ).sort((a, b) => a.code.localeCompare(b.code));
  const [district] = await children(regency);
  if (!district) throw new Error(`no district in ${regency}`);
  const [village] = await children(district.code);
  if (!village) throw new Error(`no village in ${district.code}`);
  return { district: district.name, village: village.name };
}

/** The report's required answers, by label, as an officer fills them; the reporter only when asked. */
async function fillReport(
  page: Page,
  place: { district: string; village: string },
  options: { nik?: string; reporter?: boolean } = {},
): Promise<void> {
  await page.getByLabel('Nama lengkap').fill('Budi Santoso');
  if (options.nik) await page.getByLabel('NIK', { exact: true }).fill(options.nik);
  await page.getByLabel('Kecamatan').selectOption({ label: place.district });
  await page
    .getByRole('combobox', { name: 'Desa/kelurahan/nagari', exact: true })
    .selectOption({ label: place.village });
  await page.getByRole('radio', { name: 'Gelandangan' }).check();
  await page
    .getByRole('group', { name: 'Apakah orang ini terdaftar di DTKS?' })
    .getByRole('radio', { name: 'Tidak tahu' })
    .check();
  await page.getByRole('checkbox', { name: 'Belum pernah' }).check();
  await page.getByLabel('Ceritakan keadaannya').fill('Tidur di emperan pasar sejak seminggu, sakit batuk.');
  if (options.reporter) {
    await page.getByLabel('Nama pelapor').fill('Pak Hasan');
    await page.getByLabel('Nomor HP pelapor').fill('0812 9876 5432');
  }
  await page.getByRole('checkbox', { name: /sudah menyetujui/ }).check();
}

async function ticketShown(page: Page): Promise<string> {
  await page.getByRole('heading', { level: 1, name: 'Laporan tercatat' }).waitFor();
  return ((await page.locator('.ticket-number [aria-hidden]').textContent()) ?? '').trim();
}

describe('staff intake in Chromium: walk-in, outreach and the duplicate prompt', () => {
  let server: RunningServer;
  let browser: Browser;
  let photo: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser, photo] = await Promise.all([
      startServer({ DATA_DIR: tempDataDir() }),
      launchChromium(),
      writePhoto(),
    ]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function newPage(options: Parameters<Browser['newContext']>[0]): Promise<Page> {
    const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', ...options });
    contexts.push(context);
    return context.newPage();
  }

  it('turns a guest book visitor into a report, and the guest book shows its ticket', async () => {
    const page = await newPage({ viewport: DESK });
    await logIn(page, server.url, 'dumai.frontoffice');
    await page.getByRole('link', { name: 'Catat laporan' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Catat laporan' }).waitFor();
    expect(await page.getByRole('link', { name: /Jemput bola/ }).getAttribute('href')).toBe(
      '/staff/intake/outreach',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Buka Buku Tamu' }).click();
    await page.getByLabel('Nama tamu').fill('Ibu Rosmawati');
    await page.getByLabel('Nomor telepon').fill('0813 7405 2139');
    await page.getByLabel('Keperluan').fill('Melaporkan gelandangan di pasar');
    await page.getByRole('button', { name: 'Catat tamu' }).click();
    await page.getByRole('link', { name: 'Buat laporan untuk Ibu Rosmawati' }).click();

    await page.getByRole('heading', { level: 1, name: 'Laporan datang langsung' }).waitFor();
    await page.getByText('Keperluan: Melaporkan gelandangan di pasar').waitFor();
    const guestId = new URL(page.url()).searchParams.get('guest');
    expect(await page.getByLabel('Tamu dari buku tamu').inputValue()).toBe(guestId);
    // The visitor is the reporter.
    await expect.poll(() => page.getByLabel('Nama pelapor').inputValue()).toBe('Ibu Rosmawati');
    expect(await page.getByLabel('Nomor HP pelapor').inputValue()).toBe('081374052139');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Nothing filled: both the channel's and the report's checks mark their fields at once.
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    await page.getByText('Ada isian yang perlu diperbaiki').waitFor();
    await expect.poll(() => page.getByLabel('Nama lengkap').getAttribute('aria-invalid')).toBe('true');

    await fillReport(page, { district: 'Dumai Barat', village: 'Purnama' });
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    const ticket = await ticketShown(page);
    expect(ticket).toMatch(TICKET);
    expect(ticket.startsWith('DUM-')).toBe(true);
    await expect(page.getByText(/^Nomor agenda: \S+$/).isVisible()).resolves.toBe(true);
    const print = page.getByRole('link', { name: /Cetak formulir pengaduan/ });
    expect(await print.getAttribute('href')).toBe(`/api/v1/cases/${ticket}/complaint-form.pdf`);
    const pdf = await page.request.get(`${server.url}${await print.getAttribute('href')}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Kembali ke Buku Tamu' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Ibu Rosmawati' });
    await row.getByRole('link', { name: `Lihat perkembangan laporan ${ticket}` }).waitFor();
  });

  it('records an outreach visit on a phone with its GPS point and a photo', async () => {
    const page = await newPage({
      viewport: PHONE,
      geolocation: { latitude: -1.0, longitude: 101.6, accuracy: 15 },
      permissions: ['geolocation'],
    });
    const place = await firstVillage(server.url, '13.10');
    await logIn(page, server.url, 'dharmasraya.peksos');
    await page.getByRole('button', { name: 'Buka menu navigasi' }).click();
    await page.locator('#staff-navigation').getByRole('link', { name: 'Catat laporan' }).click();
    await page.getByRole('link', { name: /Jemput bola/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Laporan jemput bola' }).waitFor();

    await page.getByRole('button', { name: 'Ambil lokasi' }).click();
    await page.getByText('Lokasi diambil dari GPS, akurasi ± 15 m.').waitFor();
    expect(await page.getByLabel('Garis lintang (latitude)').inputValue()).toBe('-1.000000');
    expect(await page.getByLabel('Garis bujur (longitude)').inputValue()).toBe('101.600000');
    expect(await page.getByLabel('Waktu kunjungan').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await fillReport(page, place, { reporter: true });
    await page.locator('input[type=file][name=personPhoto]').setInputFiles(photo);
    await page.getByText(/^Foto PPKS siap dikirim, ukuran \d+ KB$/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    // One column: nothing sticks out sideways on a 390 px phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    let posted: { contentType: string; body: Buffer } | undefined;
    await page.route('**/api/v1/cases', (route) => {
      posted = {
        contentType: route.request().headers()['content-type'] ?? '',
        body: route.request().postDataBuffer() ?? Buffer.alloc(0),
      };
      return route.continue();
    });
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    const ticket = await ticketShown(page);
    expect(ticket.startsWith('DHA-')).toBe(true);
    expect(posted?.contentType).toMatch(/^multipart\/form-data; ?boundary=/);
    const body = posted?.body ?? Buffer.alloc(0);
    const intake = JSON.parse(multipartPart(body, 'intake').toString('utf8'));
    expect(intake.details).toMatchObject({
      channel: 'outreach',
      latitude: -1,
      longitude: 101.6,
      accuracyMetres: 15,
    });
    expect(intake.details.visitedAt).toMatch(/T\d{2}:\d{2}:00\+07:00$/);
    const { width, format } = await sharp(multipartPart(body, 'personPhoto')).metadata();
    expect({ width, format }).toEqual({ width: 1600, format: 'jpeg' });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('finds the open case of the same NIK, keeps the form through a refusal, and links the report', async () => {
    const page = await newPage({ viewport: DESK });
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await logIn(page, server.url, 'dumai.pengaduan');
    await page.goto(`${server.url}/staff/intake/phone`);
    await page.getByRole('heading', { level: 1, name: 'Laporan lewat telepon atau pesan' }).waitFor();
    await page.getByRole('radio', { name: 'WhatsApp' }).check();
    const contact = page.getByLabel('Nomor WhatsApp');
    await contact.fill('0812 1111 2222');
    await fillReport(page, { district: 'Dumai Barat', village: 'Purnama' }, { nik: NIK, reporter: true });
    // No open case yet: no prompt.
    await page.getByText('Laki-laki, lahir 17 Agustus 1990, Kec. Dumai Barat').waitFor();
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    const first = await ticketShown(page);

    await page.getByRole('button', { name: 'Catat laporan lain' }).click();
    await page.getByRole('heading', { level: 1, name: 'Laporan lewat telepon atau pesan' }).waitFor();
    await page.getByRole('radio', { name: 'WhatsApp' }).check();
    await contact.fill('0812 3333 4444');
    await fillReport(page, { district: 'Dumai Barat', village: 'Purnama' }, { nik: NIK, reporter: true });
    const prompt = page.getByRole('alert').filter({ hasText: 'Ada laporan terbuka untuk NIK ini' });
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain(first);
    expect(await prompt.textContent()).toContain('B*** S******');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await prompt.getByRole('button', { name: `Tautkan ke tiket ${first}` }).click();
    await page.getByText(`Ditautkan ke tiket ${first}`).waitFor();

    // A refusal the phone could not foresee: the message sits beside its field, nothing typed is lost.
    await page.route(
      '**/api/v1/cases',
      (route) =>
        route.fulfill({
          status: 400,
          json: {
            code: 'VALIDATION_FAILED',
            message: 'Data yang dikirim belum benar. Periksa isian yang ditandai.',
            fields: { 'details.contact': 'Nomor ini tercatat sebagai nomor palsu' },
          },
        }),
      { times: 1 },
    );
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    expect(await describedErrorOf(contact, 'Nomor ini tercatat sebagai nomor palsu')).toBeTruthy();
    await expect.poll(() => contact.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await contact.inputValue()).toBe('0812 3333 4444');
    expect(await page.getByLabel('Nama lengkap').inputValue()).toBe('Budi Santoso');
    expect(await page.getByRole('radio', { name: 'Gelandangan' }).isChecked()).toBe(true);

    let sent: { linkToTicket?: string } = {};
    await page.route('**/api/v1/cases', (route) => {
      sent = route.request().postDataJSON();
      return route.continue();
    });
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    const second = await ticketShown(page);
    expect(second).not.toBe(first);
    expect(sent.linkToTicket).toBe(first);
    await page.getByText(`Ditautkan ke tiket ${first}.`).waitFor();
    // The NIK went only in POST bodies, never in an address.
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => url.includes(NIK))).toEqual([]);
  });
});
