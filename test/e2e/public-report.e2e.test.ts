import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { type RunningServer, startServer, tempDataDir } from './server-process';

const PHONE = { width: 390, height: 844 };
const GOOD_NIK = '1472011708900001';
/** District 14.99.01 does not exist: the first six digits are wrong. */
const BAD_DISTRICT_NIK = '1499011708900001';
const TICKET = /^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** Two camera-sized JPEGs (larger than 1600 px, so the browser must shrink them). */
async function writePhotos(): Promise<{ ktp: string; person: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'satu-atap-photos-'));
  const photo = (background: string) =>
    sharp({ create: { width: 2400, height: 1800, channels: 3, background } })
      .jpeg({ quality: 95 })
      .toBuffer();
  const ktp = join(dir, 'ktp.jpg');
  const person = join(dir, 'ppks.jpg');
  writeFileSync(ktp, await photo('#3366aa'));
  writeFileSync(person, await photo('#aa8844'));
  return { ktp, person };
}

/** One part of a multipart/form-data body, by its field name. */
function multipartPart(body: Buffer, name: string): Buffer {
  const header = body.indexOf(`name="${name}"`);
  if (header < 0) throw new Error(`no part ${name}`);
  const start = body.indexOf('\r\n\r\n', header) + 4;
  const boundary = body.subarray(0, body.indexOf('\r\n'));
  return body.subarray(start, body.indexOf(Buffer.concat([Buffer.from('\r\n'), boundary]), start));
}

/** Fills every required answer of a Dumai report, the way a citizen would, by label. */
async function fillReport(page: Page, nik: string): Promise<void> {
  await page.getByLabel('Nama lengkap').fill('Mak Ijah');
  await page.getByLabel('Tempat lahir').fill('Dumai');
  await page.getByLabel('NIK', { exact: true }).fill(nik);
  await page.getByLabel('Kecamatan').selectOption({ label: 'Dumai Barat' });
  await page
    .getByRole('combobox', { name: 'Desa/kelurahan/nagari', exact: true })
    .selectOption({ label: 'Purnama' });
  await page.getByLabel('Alamat').fill('Gang Mawar, dekat surau');
  await page.getByRole('radio', { name: 'Lanjut usia terlantar' }).check();
  await page
    .getByRole('group', { name: 'Tinggal bersama' })
    .getByRole('radio', { name: 'Tinggal sendiri' })
    .check();
  await page
    .getByRole('group', { name: 'Apakah orang ini terdaftar di DTKS?' })
    .getByRole('radio', { name: 'Tidak tahu' })
    .check();
  await page.getByRole('checkbox', { name: 'BPJS/PBI' }).check();
  await page
    .getByRole('group', { name: 'BPJS/PBI dibayar oleh' })
    .getByRole('radio', { name: 'Daerah' })
    .check();
  await page.getByLabel('Ceritakan keadaannya').fill('Nenek tinggal sendiri, jarang makan, rumahnya bocor.');
  await page.getByLabel('Nama pelapor').fill('Tetangga');
  await page.getByLabel('Nomor HP pelapor').fill('0812 3456 7890');
  await page.getByRole('checkbox', { name: /Saya setuju/ }).check();
}

async function addPhotos(page: Page, photos: { ktp: string; person: string }): Promise<void> {
  await page.locator('input[type=file][name=ktpPhoto]').setInputFiles(photos.ktp);
  await page.locator('input[type=file][name=personPhoto]').setInputFiles(photos.person);
  await page.getByText(/^Foto KTP siap dikirim, ukuran \d+ KB$/).waitFor();
  await page.getByText(/^Foto PPKS siap dikirim, ukuran \d+ KB$/).waitFor();
}

describe('public report and tracking in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let photos: { ktp: string; person: string };
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser, photos] = await Promise.all([
      startServer({ DATA_DIR: tempDataDir() }),
      launchChromium(),
      writePhotos(),
    ]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function phonePage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: PHONE,
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    contexts.push(context);
    return { context, page: await context.newPage() };
  }

  it('files a report with two photos from a phone, after fixing a bad NIK, and tracks it', async () => {
    const { page } = await phonePage();
    await page.goto(`${server.url}/dumai`);
    await page.getByRole('link', { name: 'Buat laporan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lapor atau ajukan layanan' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await fillReport(page, BAD_DISTRICT_NIK);
    await addPhotos(page, photos);
    const nik = page.getByLabel('NIK', { exact: true });
    // The NIK is read as it is typed: its district does not exist, and the field says so.
    const nikError = page.getByText('Kode kecamatan pada 6 angka pertama NIK tidak dikenal');
    await nikError.waitFor();
    expect(await nik.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await nik.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).toContain(await nikError.getAttribute('id'));

    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByText('Ada isian yang perlu diperbaiki').waitFor();
    await expect.poll(() => nik.evaluate((input) => input === document.activeElement)).toBe(true);
    // Nothing else was lost.
    expect(await page.getByLabel('Nama lengkap').inputValue()).toBe('Mak Ijah');
    expect(await page.getByRole('radio', { name: 'Tinggal sendiri' }).isChecked()).toBe(true);
    expect(await page.getByRole('img', { name: 'foto KTP yang dipilih' }).isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await nik.fill(GOOD_NIK);
    await page.getByText('Laki-laki, lahir 17 Agustus 1990, Kec. Dumai Barat').waitFor();
    expect(await page.getByLabel('Tanggal lahir').inputValue()).toBe('1990-08-17');
    let posted: { contentType: string; body: Buffer } | undefined;
    await page.route('**/api/v1/reports', (route) => {
      const request = route.request();
      posted = {
        contentType: request.headers()['content-type'] ?? '',
        body: request.postDataBuffer() ?? Buffer.alloc(0),
      };
      return route.continue();
    });
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Laporan terkirim' }).waitFor();
    // Multipart: the JSON in `report`, both photos shrunk to 1600 px on their longest side.
    expect(posted?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const body = posted?.body ?? Buffer.alloc(0);
    expect(JSON.parse(multipartPart(body, 'report').toString('utf8')).person.nik).toBe(GOOD_NIK);
    for (const name of ['ktpPhoto', 'personPhoto']) {
      const { width, height, format } = await sharp(multipartPart(body, name)).metadata();
      expect({ width, height, format }).toEqual({ width: 1600, height: 1200, format: 'jpeg' });
    }

    const ticket = ((await page.locator('.ticket-number [aria-hidden]').textContent()) ?? '').trim();
    expect(ticket).toMatch(TICKET);
    expect(ticket.startsWith('DUM-')).toBe(true);
    await expect(page.getByText(/^Nomor agenda: \d{4}\/ADU\/\d{4}$/).isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole('heading', { name: 'Apakah Anda perlu edit kembali?' }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('heading', { name: 'Apakah Anda mau memasukkan data yang lain?' }).isVisible(),
    ).resolves.toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Lacak laporan ini' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lacak laporan' }).waitFor();
    expect(await page.getByLabel('Nomor tiket').inputValue()).toBe(ticket);
    await page.getByText('Baru diterima').waitFor();
    await expect(page.getByText(`Laporan diterima dengan nomor tiket ${ticket}`).isVisible()).resolves.toBe(
      true,
    );
    // The ticket filed from this phone is listed for one-tap tracking.
    await expect(
      page
        .getByRole('region', { name: 'Tiket dari HP ini' })
        .getByRole('link', { name: new RegExp(ticket) })
        .isVisible(),
    ).resolves.toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('goes back to the filled form to look again, or starts another report keeping the reporter', async () => {
    const { page } = await phonePage();
    await page.goto(`${server.url}/dumai/lapor`);
    await fillReport(page, GOOD_NIK);
    await page.getByText('Laki-laki, lahir 17 Agustus 1990, Kec. Dumai Barat').waitFor();
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Laporan terkirim' }).waitFor();

    await page.getByRole('button', { name: 'Lihat isian lagi' }).click();
    await page.getByText(/^Laporan [A-Z]{3}-\S+ sudah terkirim$/).waitFor();
    expect(await page.getByLabel('Nama lengkap').inputValue()).toBe('Mak Ijah');
    const village = page.getByRole('combobox', { name: 'Desa/kelurahan/nagari', exact: true });
    expect(await village.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toBe(
      'Purnama',
    );

    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Laporan terkirim' }).waitFor();
    await page.getByRole('button', { name: 'Buat laporan baru' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lapor atau ajukan layanan' }).waitFor();
    expect(await page.getByLabel('Nama lengkap').inputValue()).toBe('');
    expect(await page.getByLabel('Nama pelapor').inputValue()).toBe('Tetangga');
    expect(await page.getByLabel('Nomor HP pelapor').inputValue()).toBe('0812 3456 7890');
  });

  it('shows the server’s refusal next to the field it names', async () => {
    const { page } = await phonePage();
    // The phone believes the district exists; the server knows better.
    await page.route('**/api/v1/regions/14.99.01', (route) =>
      route.fulfill({ json: { code: '14.99.01', name: 'Khayalan', level: 'district', parentCode: '14.99' } }),
    );
    await page.goto(`${server.url}/dumai/lapor`);
    await fillReport(page, BAD_DISTRICT_NIK);
    await page.getByText('Laki-laki, lahir 17 Agustus 1990, Kec. Khayalan').waitFor();
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByText('Data yang dikirim belum benar. Periksa isian yang ditandai.').waitFor();
    const nik = page.getByLabel('NIK', { exact: true });
    expect(await nik.getAttribute('aria-invalid')).toBe('true');
    await expect(
      page.getByText('Kode kecamatan pada 6 angka pertama NIK tidak dikenal').isVisible(),
    ).resolves.toBe(true);
    await expect.poll(() => nik.evaluate((input) => input === document.activeElement)).toBe(true);
  });

  it('keeps a half-filled report, photos too, through a reload', async () => {
    const { page } = await phonePage();
    await page.goto(`${server.url}/dumai/lapor`);
    await page.getByLabel('Nama lengkap').fill('Pak Darto');
    await page.getByRole('radio', { name: 'Penyandang disabilitas' }).check();
    await page
      .getByRole('group', { name: 'Jenis disabilitas' })
      .getByRole('radio', { name: /Tuna netra/ })
      .check();
    await page.getByRole('checkbox', { name: 'Belum pernah' }).check();
    await addPhotos(page, photos);
    await page.waitForTimeout(800);

    await page.reload();
    await page.getByText('Isian sebelumnya dipulihkan').waitFor();
    expect(await page.getByLabel('Nama lengkap').inputValue()).toBe('Pak Darto');
    expect(await page.getByRole('radio', { name: /Tuna netra/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Belum pernah' }).isChecked()).toBe(true);
    await expect(page.getByRole('img', { name: 'foto PPKS yang dipilih' }).isVisible()).resolves.toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Mulai baru' }).click();
    expect(await page.getByLabel('Nama lengkap').inputValue()).toBe('');
    expect(await page.getByRole('radio', { name: 'Penyandang disabilitas' }).isChecked()).toBe(false);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Lapor atau ajukan layanan' }).waitFor();
    expect(await page.getByText('Isian sebelumnya dipulihkan').count()).toBe(0);
  });

  it('keeps a report filed without signal on the phone and sends it when the signal returns', async () => {
    const { context, page } = await phonePage();
    await page.goto(`${server.url}/dumai/layanan/odgj`);
    await page.getByRole('link', { name: 'Ajukan layanan ini' }).click();
    await page
      .getByText('Layanan yang diajukan: Penanganan Orang Dengan Disabilitas Mental (ODGJ)')
      .waitFor();
    expect(new URL(page.url()).search).toBe('?layanan=odgj');
    await expect(page.getByLabel('Laporan ini tentang').inputValue()).resolves.toBe('odgj');
    await fillReport(page, GOOD_NIK);
    await addPhotos(page, photos);
    await page.getByText('Laki-laki, lahir 17 Agustus 1990, Kec. Dumai Barat').waitFor();

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Laporan tersimpan di HP ini' }).waitFor();
    await expect(
      page.getByText(/tersimpan di HP ini dan akan dikirim otomatis saat ada sinyal/).isVisible(),
    ).resolves.toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('satu-atap.report-outbox.v1'))).toContain(
      'Mak Ijah',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);

    await context.setOffline(false);
    await page.getByRole('heading', { level: 1, name: 'Laporan terkirim' }).waitFor({ timeout: 20_000 });
    const ticket = ((await page.locator('.ticket-number [aria-hidden]').textContent()) ?? '').trim();
    expect(ticket).toMatch(TICKET);
    expect(await page.evaluate(() => localStorage.getItem('satu-atap.report-outbox.v1'))).toBeNull();

    // The service chosen from the link went with it.
    await page.goto(`${server.url}/dumai/lacak?tiket=${ticket}`);
    await page.getByText('Baru diterima').waitFor();
    await expect(
      page.getByText('Penanganan Orang Dengan Disabilitas Mental (ODGJ)', { exact: true }).isVisible(),
    ).resolves.toBe(true);
  });

  it('shows a waiting report on the form page, and its ticket once it went out', async () => {
    const { context, page } = await phonePage();
    await page.goto(`${server.url}/dumai/lapor`);
    await fillReport(page, GOOD_NIK);
    await page.getByText('Laki-laki, lahir 17 Agustus 1990, Kec. Dumai Barat').waitFor();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Laporan tersimpan di HP ini' }).waitFor();

    await page.getByRole('button', { name: 'Buat laporan baru' }).click();
    const waiting = page.getByRole('alert').filter({ hasText: 'Laporan di HP ini' });
    await waiting.getByText(/Laporan tentang Mak Ijah, disimpan .* Menunggu sinyal untuk dikirim/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await context.setOffline(false);
    const sent = page.getByRole('alert').filter({ hasText: 'Laporan terkirim' });
    await sent
      .getByText(/Laporan tentang Mak Ijah terkirim\. Nomor tiket: DUM-/)
      .waitFor({ timeout: 20_000 });
    expect(await waiting.count()).toBe(0);
    await sent.getByRole('link', { name: 'Lacak' }).click();
    await page.getByText('Baru diterima').waitFor();
  });

  it('says plainly when a ticket does not exist', async () => {
    const { page } = await phonePage();
    await page.goto(`${server.url}/dumai/lacak`);
    await page.getByLabel('Nomor tiket').fill('DUM-0000-0000');
    await page.getByRole('button', { name: 'Lacak' }).click();
    await page.getByText('Tiket tidak ditemukan. Periksa kembali nomor tiket Anda.').waitFor();
    expect(new URL(page.url()).searchParams.get('tiket')).toBe('DUM-0000-0000');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
