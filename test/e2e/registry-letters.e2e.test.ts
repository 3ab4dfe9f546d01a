import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/server/testing/pdf-text';
import { launchChromium, seriousAxeViolations } from './browser';
import { type RunningServer, startServer, tempDataDir } from './server-process';
import { logIn } from './staff-pages';

const NIK = '1471015203750002';
const CSV = [
  'IDDTKS;NOKK;NIK;NAMA;TMPT_LHR;TGL_LHR;JNS_KEL;HUB_KEL;ALAMAT;KODE_WILAYAH;PKH;BPNT;PBI;BLT;DESIL',
  'PKU-01;1471010503150007;1471011708700001;Ahmad Yani;Pekanbaru;17-08-1970;L;1;Jl. Sudirman 10;1471011002;1;1;0;0;2',
  `PKU-01;1471010503150007;${NIK};Siti Aminah;Pekanbaru;12-03-1975;P;2;Jl. Sudirman 10;1471011002;0;0;1;0;2`,
  'PKU-02;1471010503150008;1.47E+15;Angka Rusak;Pekanbaru;01-01-1980;L;1;Jl. Sudirman 12;1471011002;0;0;0;0;',
].join('\n');

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('registry check, PBI-JKN rules, letter approval and QR verification in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let ticket: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ DATA_DIR: tempDataDir() }), launchChromium()]);
    const village = await fetch(`${server.url}/api/v1/regions/14.71.01/children`).then((r) => r.json());
    const report = await fetch(`${server.url}/api/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        office: 'pekanbaru',
        serviceCode: 'dtks-rekomendasi',
        ppks: { category: 'keluarga-fakir-miskin', subcategory: null, other: null },
        dtksStatus: 'masuk',
        aid: { kinds: ['bpjs-pbi'], pbiScheme: 'pusat', other: null },
        description: 'Kartu PBI JKN saya nonaktif sejak bulan lalu, mohon surat rekomendasi re-aktivasi.',
        reporter: { name: 'Siti Aminah', phone: '0812-3456-7890' },
        consent: true,
        person: {
          fullName: 'Siti Aminah',
          birthPlace: 'Pekanbaru',
          birthDate: '1975-03-12',
          kk: null,
          nik: null,
          education: 'sd',
          phone: null,
          villageCode: village.items?.[0]?.code ?? village[0]?.code,
          address: 'Jl. Sudirman 10',
        },
      }),
    });
    ticket = (await report.json()).ticket;
    if (!ticket) throw new Error('no case for the journey');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(username: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, server.url, username);
    return page;
  }

  it('the administrator loads the DTKS export with a progress bar; the bad row is reported by line', async () => {
    const page = await signedIn('pekanbaru.admin');
    await page.goto(`${server.url}/staff/registry-import`);
    await page.getByRole('heading', { level: 1, name: /Impor Data Registri/ }).waitFor();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'dtks-pekanbaru.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.getByLabel('Tanggal data').fill(daysAgo(10));
    await page.getByRole('button', { name: 'Mulai impor' }).click();
    await page.getByText(/Impor selesai: 3 baris dibaca, 2 baru, 0 diperbarui, 1 ditolak/).waitFor();
    await page.getByRole('cell', { name: /notasi ilmiah/ }).waitFor();
    expect(await page.getByRole('cell', { name: '4', exact: true }).count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('an officer checks the NIK, walks the PBI-JKN rules and issues the letter; Kasi, Kabid and Kadis approve; the QR link says valid', async () => {
    const officer = await signedIn('pekanbaru.pelayanan');
    await officer.goto(`${server.url}/staff/registry-check?ticket=${ticket}`);
    await officer.getByRole('textbox', { name: 'NIK' }).fill(NIK);
    await officer.getByRole('button', { name: 'Cek', exact: true }).click();
    await officer
      .getByTestId('registry-status')
      .filter({ hasText: /^Terdaftar$/ })
      .waitFor();
    await officer.getByText(/Sumber: DTKS, data per/).waitFor();
    expect(await officer.getByRole('cell', { name: '1471**********02' }).isVisible()).toBe(true);
    // The NIK is never on screen in full after the check, nor in the address bar.
    expect(officer.url()).not.toContain(NIK);
    await officer.getByLabel('Re-aktivasi PBI JKN').check();
    await officer.getByLabel('Tanggal PBI JKN menjadi nonaktif').fill(daysAgo(40));
    await officer.getByRole('button', { name: 'Terapkan aturan' }).click();
    await officer.getByText(/Diterbitkan surat rekomendasi \(BPJS Kesehatan\)/).waitFor();
    expect(await seriousAxeViolations(officer)).toEqual([]);
    await officer.getByRole('button', { name: 'Terbitkan surat' }).click();
    await officer.getByText(/Surat 400\.9\.2\/0001\/Dinsos-PBI\/\d{4} dibuat/).waitFor();
    await officer.getByRole('link', { name: 'Buka surat' }).click();
    await officer.getByTestId('letter-status').filter({ hasText: 'Menunggu persetujuan' }).waitFor();
    const letterPath = new URL(officer.url()).pathname;
    await officer.goto(`${server.url}/staff/letters`);
    await officer
      .getByRole('link', { name: /400\.9\.2\/0001\/Dinsos-PBI/ })
      .first()
      .waitFor();
    expect(await seriousAxeViolations(officer)).toEqual([]);
    await officer.close();

    for (const [username, waitingNext] of [
      ['pekanbaru.koordinator', 'Kepala Bidang'],
      ['pekanbaru.kabid', 'Kepala Dinas'],
      ['pekanbaru.kadis', null],
    ] as const) {
      const approver = await signedIn(username);
      await approver.goto(`${server.url}/staff/letters`);
      await approver
        .getByRole('link', { name: /400\.9\.2\/0001\/Dinsos-PBI/ })
        .first()
        .click();
      const approve = approver.getByRole('button', { name: 'Setujui (paraf/tanda tangan)' });
      await approve.waitFor();
      if (username === 'pekanbaru.koordinator') expect(await seriousAxeViolations(approver)).toEqual([]);
      await approve.click();
      await approver.getByText('Surat diperbarui').waitFor();
      if (waitingNext)
        await approver
          .getByRole('listitem')
          .filter({ hasText: `${waitingNext}: Menunggu` })
          .waitFor();
      else await approver.getByTestId('letter-status').filter({ hasText: 'Ditandatangani' }).waitFor();
      if (!waitingNext) expect(await seriousAxeViolations(approver)).toEqual([]);
      await approver.close();
    }

    const reader = await signedIn('pekanbaru.pelayanan');
    await reader.goto(`${server.url}${letterPath}`);
    const pdf = await reader.request.get(`${server.url}/api/v1/letters/${letterPath.split('/').at(-1)}/pdf`);
    const text = await pdfText(Buffer.from(await pdf.body()));
    expect(text).toMatch(/400\.9\.2\/0001\/Dinsos-PBI\/\d{4}/);
    expect(text).toContain('S*** A*****');
    const link = (await reader.getByRole('link', { name: 'Halaman verifikasi' }).getAttribute('href')) ?? '';
    expect(text).toContain(link);
    await reader.close();

    // The verification page is public: a fresh browser with no session, as a BPJS clerk scanning the QR.
    const visitor = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await visitor.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
    await visitor.getByTestId('verification-status').filter({ hasText: 'Surat SAH' }).waitFor();
    await visitor.getByRole('cell', { name: 'S*** A*****' }).waitFor();
    expect(await visitor.content()).not.toContain(NIK);
    expect(await seriousAxeViolations(visitor)).toEqual([]);
    await visitor.close();
  });

  it('a Dumai officer opens a DTKS proposal for a case and sends its first document', async () => {
    const villages = await fetch(`${server.url}/api/v1/regions/14.72.01/children`).then((r) => r.json());
    const report = await fetch(`${server.url}/api/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        office: 'dumai',
        serviceCode: 'dtks-pengusulan',
        ppks: { category: 'keluarga-fakir-miskin', subcategory: null, other: null },
        dtksStatus: 'tidak-masuk',
        aid: { kinds: ['belum-pernah'], pbiScheme: null, other: null },
        description: 'Mohon diusulkan masuk DTKS, suami tidak bekerja dan rumah kami sewa.',
        reporter: { name: 'Rina Wati', phone: '0812-3456-7891' },
        consent: true,
        person: {
          fullName: 'Rina Wati',
          birthPlace: 'Dumai',
          birthDate: '1985-05-05',
          kk: null,
          nik: null,
          education: 'smp',
          phone: null,
          villageCode: villages.items[0].code,
          address: 'Gang Melati 3',
        },
      }),
    });
    const proposalTicket = (await report.json()).ticket as string;
    const page = await signedIn('dumai.pelayanan');
    await page.goto(`${server.url}/staff/registry-proposals`);
    await page.getByRole('textbox', { name: 'Buat usulan untuk kasus' }).fill(proposalTicket);
    await page.getByRole('button', { name: 'Buat usulan' }).click();
    await page.getByRole('heading', { name: new RegExp(`${proposalTicket} · Rina Wati`) }).waitFor();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const chooser = page.waitForEvent('filechooser');
    await page
      .getByRole('button', { name: 'Unggah SKTM (surat keterangan tidak mampu dari kelurahan)' })
      .click();
    await (await chooser).setFiles({ name: 'sktm.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByText('Diterima').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
