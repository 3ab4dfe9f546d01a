import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { fileDumaiReport, postAsSession } from './reports';
import { type RunningServer, startServer, tempDataDir } from './server-process';
import { describedErrorOf, logIn } from './staff-pages';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 900 };
const NIK = '1472015708500001';
const REPORTER_PHONE = '0812-3456-7890';

/** A camera-sized JPEG, larger than 1600 px so the browser must shrink it before sending. */
async function writePhoto(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'satu-atap-assess-')), 'rumah.jpg');
  const bytes = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#8a6d3b' } })
    .jpeg({ quality: 95 })
    .toBuffer();
  writeFileSync(file, bytes);
  return file;
}

/** Opens an action's dialog from the case page's actions panel. */
async function openAction(page: Page, label: string) {
  await page.locator('#case-actions').getByRole('button', { name: label }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${label} · `) });
  await dialog.waitFor();
  return dialog;
}

async function savedAndClosed(page: Page, label: string): Promise<void> {
  await page.getByText(`Tersimpan: ${label}.`).waitFor();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

describe('case handling in Chromium: inbox, case page, coordinator board, referrals, public tracking', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ DATA_DIR: tempDataDir() }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('finds a citizen’s report in the inbox by name and by NIK, the NIK never in the address', async () => {
    const ticket = await fileDumaiReport(server.url, {
      person: { fullName: 'Mak Ijah Binti Saleh', nik: NIK },
    });
    const page = await browser.newPage({ viewport: DESK });
    await logIn(page, server.url, 'dumai.koordinator');
    await page.getByRole('link', { name: 'Kotak masuk kasus' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Kotak masuk kasus' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: ticket });
    await row.waitFor();
    const rowText = await row.textContent();
    expect(rowText).toContain('Baru diterima');
    expect(rowText).toContain('1472**********01');
    expect(rowText).not.toContain(NIK);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Filters live in the address: only new cases of the Lansia category.
    await page.getByLabel('Status').selectOption('new');
    await page.getByLabel('Kategori PPKS').selectOption('lansia-terlantar');
    await expect.poll(() => new URL(page.url()).searchParams.get('ppksCategory')).toBe('lansia-terlantar');
    // The second change came before the first was drawn: it must not undo it (CI saw that once).
    expect(new URL(page.url()).searchParams.get('status')).toBe('new');
    await row.waitFor();

    // Words searched go in a POST body with the filters, never in the address.
    const search = page.getByRole('searchbox', { name: 'Cari tiket, nama atau NIK' });
    await search.fill('Binti Saleh');
    const searched = page.waitForRequest(
      (request) =>
        request.url().endsWith('/api/v1/cases/search') && request.postDataJSON()?.q === 'Binti Saleh',
    );
    await search.press('Enter');
    expect((await searched).postDataJSON()).toMatchObject({
      status: 'new',
      ppksCategory: 'lansia-terlantar',
    });
    await row.waitFor();
    expect(page.url()).not.toMatch(/Binti|Saleh|[?&]q=/);
    expect(new URL(page.url()).searchParams.get('ppksCategory')).toBe('lansia-terlantar');
    // A reload keeps the search (the history entry holds it), still without it in the address.
    await page.reload();
    await row.waitFor();
    expect(await search.inputValue()).toBe('Binti Saleh');
    // The search box is drawn anew for each search: let that happen before typing again, or the
    // new box would take the old words back (seen once under a loaded CI machine).
    await page.waitForLoadState('networkidle');

    await search.fill(NIK);
    await search.press('Enter');
    await page.getByText('Hasil pencarian NIK 1472**********01').waitFor();
    await row.waitFor();
    expect(page.url()).not.toContain(NIK);
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);

    await row.getByRole('link', { name: `Buka kasus ${ticket}` }).click();
    await page.getByRole('heading', { level: 1, name: ticket }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/staff/cases/${ticket}`);
    await page.close();
  });

  it('verifies, notes and closes a case on a phone; the reporter then reads "Selesai"', async () => {
    const ticket = await fileDumaiReport(server.url, { person: { fullName: 'Mak Ijah', nik: NIK } });
    const page = await browser.newPage({ viewport: PHONE });
    await logIn(page, server.url, 'dumai.koordinator');
    // A ticket is searched like a name: typed in, sent in a POST body.
    await page.goto(`${server.url}/staff/cases`);
    const search = page.getByRole('searchbox', { name: 'Cari tiket, nama atau NIK' });
    await search.fill(ticket);
    await search.press('Enter');
    await page.getByRole('listitem').filter({ hasText: ticket }).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: ticket }).waitFor();
    expect(await page.locator('.identity-number').first().textContent()).toBe('1472**********01');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Reveal is asked for, then shown on this screen only.
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, tampilkan' }).click();
    await page.getByText(NIK).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(page.url()).not.toContain(NIK);
    await page.getByRole('button', { name: 'Sembunyikan' }).click();

    // Someone else verifies while this officer types: the refusal shows, the typed words stay.
    let dialog = await openAction(page, 'Verifikasi');
    const message = dialog.getByLabel('Pesan untuk pelapor');
    await message.fill('Laporan Anda sudah kami periksa.');
    expect(
      (await postAsSession(page, server.url, `/cases/${ticket}/actions`, { type: 'verify' })).status(),
    ).toBe(200);
    await dialog.getByRole('button', { name: 'Verifikasi' }).click();
    await dialog.getByText('Kasus sudah diverifikasi.').waitFor();
    expect(await message.inputValue()).toBe('Laporan Anda sudah kami periksa.');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: ticket }).waitFor();
    await page.locator('.case-header').getByText('Diverifikasi').waitFor();

    // A note for the reporter.
    dialog = await openAction(page, 'Tambah catatan');
    await dialog.getByLabel('Isi catatan').fill('Petugas akan berkunjung besok pagi.');
    await dialog.getByRole('switch', { name: 'Tampilkan untuk pelapor' }).check();
    await dialog.getByRole('button', { name: 'Tambah catatan' }).click();
    await savedAndClosed(page, 'Tambah catatan');
    const timelineFilter = page.locator('#case-timeline');
    await timelineFilter.getByText('Untuk pelapor', { exact: true }).click();
    const timeline = page.locator('.case-timeline');
    await timeline.getByText('Petugas akan berkunjung besok pagi.').waitFor();
    await timelineFilter.getByText('Internal', { exact: true }).click();
    await timelineFilter.getByText('Petugas akan berkunjung besok pagi.').waitFor({ state: 'detached' });

    // Closing: the form's own checks first, beside the fields, then the case is closed.
    dialog = await openAction(page, 'Tutup kasus');
    const summary = dialog.getByLabel('Ringkasan penyelesaian');
    await summary.fill('Pendek');
    await dialog.getByRole('button', { name: 'Tutup kasus' }).click();
    expect(await describedErrorOf(summary, 'minimal 10 huruf')).toContain('Tulis ringkasan penyelesaian');
    expect(await summary.inputValue()).toBe('Pendek');
    expect(await describedErrorOf(dialog.getByLabel('Hasil tindak lanjut'), 'terminasi')).toBeTruthy();
    await dialog.getByLabel('Hasil tindak lanjut').selectOption('reunifikasi');
    await dialog.getByLabel('Bentuk pelayanan').selectOption('jasa');
    await summary.fill('Nenek dijemput anaknya dan tinggal bersama keluarga di Bengkalis.');
    await dialog.getByLabel('Pesan untuk pelapor').fill('Nenek sudah tinggal bersama keluarganya.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Tutup kasus' }).click();
    await savedAndClosed(page, 'Tutup kasus');
    await page.locator('.case-header').getByText('Selesai').waitFor();
    expect(await page.locator('.case-header').textContent()).toContain('Reunifikasi');
    expect(await page.getByRole('button', { name: 'Buka kembali' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The reporter's page, on the same phone.
    await page.goto(`${server.url}/dumai/lacak?tiket=${ticket}`);
    const card = page.locator('.tracking-card');
    await card.getByText('Selesai', { exact: true }).waitFor();
    await card.getByText('Petugas akan berkunjung besok pagi.').waitFor();
    await card.getByText('Nenek sudah tinggal bersama keluarganya.').waitFor();
    await card.getByRole('button', { name: 'Ajukan keberatan' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('takes a social worker’s assessment on a phone, with typed coordinates and a photo', async () => {
    const ticket = await fileDumaiReport(server.url, { person: { fullName: 'Pak Usman', nik: NIK } });
    const photo = await writePhoto();
    const page = await browser.newPage({ viewport: PHONE });
    await logIn(page, server.url, 'dumai.peksos');
    await page.goto(`${server.url}/staff/cases/${ticket}`);
    const dialog = await openAction(page, 'Catat asesmen');
    await dialog
      .getByLabel('Kondisi orang yang diasesmen')
      .fill('Lansia tinggal sendiri, kurus, atap bocor.');
    await dialog.getByRole('checkbox', { name: 'Pangan / makanan' }).check();
    await dialog.getByRole('checkbox', { name: 'Lainnya' }).first().check();
    await dialog.getByLabel('Keluarga dan pengasuh').fill('Anak di Bengkalis, jarang pulang');
    await dialog.getByRole('checkbox', { name: 'KTP', exact: true }).check();
    await dialog.getByLabel('Rekomendasi tindak lanjut').selectOption('rujukan');
    await dialog.getByLabel('Penjelasan rekomendasi').fill('Rujuk ke puskesmas terdekat.');
    const latitude = dialog.getByLabel('Garis lintang (latitude)');
    await latitude.fill('1,6654');
    await dialog.getByRole('button', { name: 'Catat asesmen' }).click();
    // "Lainnya" asks what, and one coordinate needs the other: said beside each, nothing typed is lost.
    expect(await describedErrorOf(dialog.getByLabel('Kebutuhan lainnya'), 'Sebutkan')).toBeTruthy();
    expect(
      await describedErrorOf(dialog.getByLabel('Garis bujur (longitude)'), 'kedua koordinat'),
    ).toBeTruthy();
    expect(await latitude.inputValue()).toBe('1,6654');
    await dialog.getByLabel('Kebutuhan lainnya').fill('Perbaikan atap');
    await dialog.getByLabel('Garis bujur (longitude)').fill('101.4478');
    await dialog.locator('input[type=file]').first().setInputFiles(photo);
    await dialog.getByText(/Foto 1 siap dikirim/).waitFor();
    await dialog.getByRole('button', { name: 'Catat asesmen' }).click();
    await savedAndClosed(page, 'Catat asesmen');
    const assessment = page.locator('#case-assessments');
    await assessment.getByText('Rujukan: Rujuk ke puskesmas terdekat.').waitFor();
    expect(await assessment.textContent()).toContain('1.66540, 101.44780');
    const photoLink = assessment.getByRole('link', { name: 'Buka foto asesmen 1' });
    const file = await page.request.get(`${server.url}${await photoLink.getAttribute('href')}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('image/jpeg');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('lets the reporter dispute a closure from the tracking page with the phone they reported with', async () => {
    const ticket = await fileDumaiReport(server.url, { person: { fullName: 'Pak Darman', nik: NIK } });
    const staff = await browser.newPage({ viewport: DESK });
    await logIn(staff, server.url, 'dumai.koordinator');
    for (const action of [
      { type: 'verify' },
      { type: 'close', outcome: 'terminasi', deliveredAs: 'barang', summary: 'Paket sembako diserahkan.' },
    ])
      expect((await postAsSession(staff, server.url, `/cases/${ticket}/actions`, action)).status()).toBe(200);
    await staff.close();

    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${server.url}/dumai/lacak?tiket=${ticket}`);
    await page.getByRole('button', { name: 'Ajukan keberatan' }).click();
    // The satisfaction survey beside it asks for the same phone: the dispute's own box is meant.
    const box = page.locator('.dispute-box');
    const phone = box.getByLabel('Nomor HP saat melapor');
    await phone.fill('0813 0000 1111');
    await box.getByLabel('Alasan keberatan').fill('Sembako belum sampai ke rumah.');
    await page.getByRole('button', { name: 'Kirim keberatan' }).click();
    expect(await describedErrorOf(phone, 'tidak sama')).toBeTruthy();
    expect(await box.getByLabel('Alasan keberatan').inputValue()).toBe('Sembako belum sampai ke rumah.');
    await phone.fill(REPORTER_PHONE);
    await page.getByRole('button', { name: 'Kirim keberatan' }).click();
    await page.getByText('Keberatan Anda sudah diterima. Laporan ditangani kembali.').waitFor();
    await page.locator('.tracking-card').getByText('Diproses', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Ajukan keberatan' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('refers a case to a partner, who accepts and reports on its referrals page', async () => {
    const ticket = await fileDumaiReport(server.url, { person: { fullName: 'Ibu Sumarni', nik: NIK } });
    const page = await browser.newPage({ viewport: DESK });
    await logIn(page, server.url, 'dumai.koordinator');
    expect(
      (await postAsSession(page, server.url, `/cases/${ticket}/actions`, { type: 'verify' })).status(),
    ).toBe(200);
    await page.goto(`${server.url}/staff/cases/${ticket}`);
    const dialog = await openAction(page, 'Rujuk');
    await dialog.getByLabel('Jenis instansi').selectOption('dinas_kesehatan');
    const partner = dialog.getByLabel('Akun mitra');
    const partnerOption = partner.locator('option').nth(1);
    await partnerOption.waitFor({ state: 'attached' });
    await partner.selectOption({ index: 1 });
    await dialog.getByLabel('Alasan rujukan').fill('Perlu pemeriksaan kesehatan lansia.');
    await dialog.getByRole('radio', { name: /setuju datanya dibagikan/ }).check();
    await dialog.getByRole('button', { name: 'Rujuk' }).click();
    await savedAndClosed(page, 'Rujuk');
    const referral = page.locator('#case-referrals .referral-card');
    await referral.waitFor();
    expect(await referral.textContent()).toMatch(/Dikirim.*Dinas Kesehatan/);

    // The coordinator's board lists officers with their level, linked to their inbox.
    await page.getByRole('link', { name: 'Beban kerja' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Beban kerja' }).waitFor();
    const firstRow = page.getByRole('row').nth(1);
    expect(await firstRow.textContent()).toMatch(/Overload|Normal|Underload/);
    expect(await firstRow.getByRole('link', { name: /^Lihat kasus / }).getAttribute('href')).toMatch(
      /^\/staff\/cases\?assignee=[0-9a-f-]{36}$/,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();

    const mitra = await browser.newPage({ viewport: PHONE });
    await mitra.goto(`${server.url}/staff/login`);
    await mitra.getByLabel('Nama pengguna').fill('dumai.mitra');
    await mitra.getByLabel('Kata sandi').fill('satuatap-demo');
    await mitra.getByRole('button', { name: 'Masuk' }).click();
    // A partner's home is its referrals.
    await mitra.getByRole('heading', { level: 1, name: 'Rujukan' }).waitFor();
    const card = mitra.locator('.referral-card').filter({ hasText: ticket });
    await card.waitFor();
    expect(await card.textContent()).toContain('Perlu pemeriksaan kesehatan lansia.');
    expect(await seriousAxeViolations(mitra)).toEqual([]);
    await card.getByRole('button', { name: 'Terima' }).click();
    await mitra.getByRole('dialog').getByRole('button', { name: 'Terima' }).click();
    await mitra.getByText(`Rujukan ${ticket}: Diterima.`).waitFor();
    await card.getByRole('button', { name: 'Laporkan hasil' }).click();
    await mitra
      .getByRole('dialog')
      .getByLabel('Laporan hasil tindak lanjut')
      .fill('Sudah diperiksa di puskesmas.');
    await mitra.getByRole('dialog').getByRole('button', { name: 'Laporkan hasil' }).click();
    await mitra.getByText(`Rujukan ${ticket}: Selesai.`).waitFor();
    await mitra.close();

    const citizen = await browser.newPage({ viewport: PHONE });
    await citizen.goto(`${server.url}/dumai/lacak?tiket=${ticket}`);
    await citizen.locator('.tracking-referrals').getByText('Dirujuk ke dinas kesehatan — selesai').waitFor();
    await citizen.close();
  });
});
