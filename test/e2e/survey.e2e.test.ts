import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { fileDumaiReport, postAsSession } from './reports';
import { type RunningServer, startServer, tempDataDir } from './server-process';
import { describedErrorOf, logIn } from './staff-pages';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 900 };
const REPORTER_PHONE = '0812-3456-7890';

/** The reporter's answers, question by question: 4, 3, 3, 4, 3, 4, 4, 3, 3 (31 in all). */
const ANSWERS: [RegExp, string][] = [
  [/^1\. Persyaratan/, 'Sangat sesuai'],
  [/^2\. Sistem/, 'Mudah'],
  [/^3\. Waktu/, 'Cepat'],
  [/^4\. Biaya/, 'Gratis'],
  [/^5\. Produk/, 'Sesuai'],
  [/^6\. Kompetensi/, 'Sangat kompeten'],
  [/^7\. Perilaku/, 'Sangat sopan dan ramah'],
  [/^8\. Penanganan/, 'Berfungsi kurang maksimal'],
  [/^9\. Sarana/, 'Baik'],
];

async function answerQuestions(page: Page, answers: [RegExp, string][]): Promise<void> {
  for (const [question, answer] of answers)
    await page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();
}

describe('the satisfaction survey in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ DATA_DIR: tempDataDir() }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a closed case: the reporter rates it on a phone, the desk adds a paper answer, the IKM page shows the index', async () => {
    const ticket = await fileDumaiReport(server.url, {
      serviceCode: 'lansia-terlantar-lksl',
      reporter: { name: 'Tetangga', phone: REPORTER_PHONE },
    });
    const coordinator = await browser.newPage({ viewport: DESK });
    await logIn(coordinator, server.url, 'dumai.koordinator');
    expect(
      (await postAsSession(coordinator, server.url, `/cases/${ticket}/actions`, { type: 'verify' })).status(),
    ).toBe(200);
    expect(
      (
        await postAsSession(coordinator, server.url, `/cases/${ticket}/actions`, {
          type: 'close',
          outcome: 'terminasi',
          deliveredAs: 'jasa',
          summary: 'Lansia diantar ke LKSLU dan diterima.',
        })
      ).status(),
    ).toBe(200);
    await coordinator.close();

    // The closing notice's link: the tracking page, at the survey.
    const citizen = await browser.newPage({ viewport: PHONE });
    await citizen.goto(`${server.url}/dumai/lacak?tiket=${ticket}&dari=pesan#survei`);
    const section = citizen.locator('section#survei');
    await section.getByRole('group', { name: /^9\. Sarana/ }).waitFor();
    expect(await seriousAxeViolations(citizen)).toEqual([]);
    // Each choice is a large target on a 390 px screen.
    const choice = await section.locator('.skm-choice').first().boundingBox();
    expect(choice?.height).toBeGreaterThanOrEqual(44);
    expect(choice?.width).toBeGreaterThan(250);

    // Sent empty: every question says what is missing, and focus goes to the first.
    await section.getByRole('button', { name: 'Kirim penilaian' }).click();
    await expect.poll(() => section.getByText('Pilih salah satu jawaban').count()).toBe(9);
    expect(await citizen.evaluate(() => document.activeElement?.id)).toBe('survei-requirements-1');
    await answerQuestions(citizen, ANSWERS);
    await section.getByLabel('Saran dan komentar').fill('Petugas ramah, tapi menunggu agak lama.');
    await section.getByLabel('Usia').selectOption('40_49');

    // A wrong phone: said beside the phone, and nothing chosen is lost, even across a reload.
    const phone = section.getByLabel(/^Nomor HP saat melapor/);
    await phone.fill('0813 0000 0000');
    await section.getByRole('button', { name: 'Kirim penilaian' }).click();
    expect(await describedErrorOf(phone, 'Nomor HP tidak sama')).toContain('Nomor HP tidak sama');
    await citizen.reload();
    await section.getByRole('group', { name: /^9\. Sarana/ }).waitFor();
    expect(
      await section
        .getByRole('group', { name: /^1\. Persyaratan/ })
        .getByLabel('Sangat sesuai')
        .isChecked(),
    ).toBe(true);
    expect(await section.getByLabel('Saran dan komentar').inputValue()).toBe(
      'Petugas ramah, tapi menunggu agak lama.',
    );

    await phone.fill('+62 812 3456 7890');
    await section.getByRole('button', { name: 'Kirim penilaian' }).click();
    await section.getByText('Terima kasih! Penilaian Anda sudah kami terima.').waitFor();
    await citizen.reload();
    await section.getByText('Survei kepuasan untuk tiket ini sudah diisi. Terima kasih.').waitFor();
    expect(await section.getByRole('group').count()).toBe(0);
    await citizen.close();

    // A paper answer at the desk: every element "very good" (36), for the DTKS check.
    const desk = await browser.newPage({ viewport: DESK });
    await logIn(desk, server.url, 'dumai.frontoffice');
    await desk.goto(`${server.url}/staff/survey-desk`);
    await desk.getByRole('heading', { level: 1, name: 'Survei Kepuasan Masyarakat' }).waitFor();
    expect(await seriousAxeViolations(desk)).toEqual([]);
    await desk.getByLabel('Layanan', { exact: true }).selectOption('rekom-dtks');
    await answerQuestions(desk, [
      [/^1\. /, 'Sangat sesuai'],
      [/^2\. /, 'Sangat mudah'],
      [/^3\. /, 'Sangat cepat'],
      [/^4\. /, 'Gratis'],
      [/^5\. /, 'Sangat sesuai'],
      [/^6\. /, 'Sangat kompeten'],
      [/^7\. /, 'Sangat sopan dan ramah'],
      [/^8\. /, 'Dikelola dengan baik'],
      [/^9\. /, 'Sangat baik'],
    ]);
    await desk.getByRole('button', { name: 'Simpan jawaban' }).click();
    await desk.getByText('Jawaban tersimpan. Formulir siap untuk responden berikutnya.').waitFor();
    // The same ticket cannot be rated twice, and the desk is told beside the ticket.
    const ticketInput = desk.getByLabel('Nomor tiket');
    await ticketInput.fill(ticket);
    await answerQuestions(
      desk,
      ANSWERS.map(([, answer], i) => [new RegExp(`^${i + 1}\\. `), answer]),
    );
    await desk.getByRole('button', { name: 'Simpan jawaban' }).click();
    expect(await describedErrorOf(ticketInput, 'sudah diisi')).toContain('sudah diisi');
    await desk.close();

    // The index: (31 + 36) / 2 answers → 25 × 67 / 18 = 93.06, A.
    const kadis = await browser.newPage({ viewport: DESK });
    await logIn(kadis, server.url, 'dumai.kadis');
    await kadis.goto(`${server.url}/staff/ikm`);
    await kadis.getByRole('heading', { level: 1, name: 'Indeks Kepuasan Masyarakat' }).waitFor();
    const overall = kadis.locator('section[aria-labelledby="ikm-overall-heading"]');
    await expect.poll(() => overall.getByTestId('ikm-overall-index').textContent()).toBe('93,06');
    expect(await overall.textContent()).toContain('A · Sangat Baik');
    expect(await overall.textContent()).toContain('2 responden');
    const elements = kadis.locator('section[aria-labelledby="ikm-elements-heading"]');
    // Requirements: (4 + 4) / 2 = 4,00; time: (3 + 4) / 2 = 3,50 → 87,50, B.
    expect(await elements.getByRole('row', { name: /Persyaratan/ }).textContent()).toContain('4,00');
    expect(await elements.getByRole('row', { name: /Waktu penyelesaian/ }).textContent()).toMatch(
      /3,50.*87,50.*B · Baik/,
    );
    const services = kadis.locator('section[aria-labelledby="ikm-services-heading"]');
    expect(await services.getByRole('row', { name: /LKSLU/ }).textContent()).toMatch(/86,11/);
    expect(await seriousAxeViolations(kadis)).toEqual([]);
    await kadis.close();
  });
});
