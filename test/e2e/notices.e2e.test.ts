import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOutboxMessage, TOutboxPage } from '../../src/domain/notifications/schemas';
import {
  type FakeWhatsapp,
  type ReceivedMessage,
  startFakeWhatsapp,
} from '../../src/server/testing/fake-whatsapp';
import { launchChromium } from './browser';
import { freePort, type RunningServer, startServer, tempDataDir } from './server-process';
import { logIn } from './staff-pages';

const PHONE = { width: 390, height: 844 };
/** The reporter's number as typed on the form, and as WhatsApp's `to` carries it (digits, country code). */
const REPORTER_PHONE = '0813 7000 1234';
const REPORTER_WA = '6281370001234';
const TICKET = /^DUM-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** A Dumai report of a neglected elderly neighbour, filled by label as a citizen would. */
async function fillReport(page: Page): Promise<void> {
  await page.getByLabel('Nama lengkap').fill('Mak Ijah');
  await page.getByLabel('Tempat lahir').fill('Dumai');
  await page.getByLabel('NIK', { exact: true }).fill('1472011708900001');
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
  await page.getByRole('checkbox', { name: 'Belum pernah' }).check();
  await page.getByLabel('Ceritakan keadaannya').fill('Nenek tinggal sendiri, jarang makan, rumahnya bocor.');
  await page.getByLabel('Nama pelapor').fill('Tetangga');
  await page.getByLabel('Nomor HP pelapor').fill(REPORTER_PHONE);
  await page.getByRole('checkbox', { name: /Saya setuju/ }).check();
  await page.getByText('Laki-laki, lahir 17 Agustus 1990, Kec. Dumai Barat').waitFor();
}

describe('a citizen’s report reaches them on WhatsApp', () => {
  let fake: FakeWhatsapp;
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    fake = await startFakeWhatsapp();
    // The notices' links are built on PUBLIC_BASE_URL: the server's own address, so the link works here.
    const port = await freePort();
    [server, browser] = await Promise.all([
      startServer({
        DATA_DIR: tempDataDir(),
        PORT: String(port),
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
        WHATSAPP_API_BASE: fake.apiBase,
        WHATSAPP_TOKEN: fake.token,
        WHATSAPP_PHONE_NUMBER_ID: fake.phoneNumberId,
        WHATSAPP_APP_SECRET: fake.appSecret,
      }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await fake?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      viewport: PHONE,
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    contexts.push(context);
    return context.newPage();
  }

  /** The WhatsApp message the fake took for this reporter and ticket, once the worker has sent it. */
  async function messageFor(ticket: string): Promise<ReceivedMessage> {
    const find = () =>
      fake.messages.find((m) => m.to === REPORTER_WA && m.template?.parameters.includes(ticket));
    await expect.poll(() => find() !== undefined, { timeout: 30_000, interval: 250 }).toBe(true);
    return find() as ReceivedMessage;
  }

  /** The intake notice of a ticket on Dumai's outbox page, read as its complaint officer. */
  async function outboxNotice(staff: Page, ticket: string): Promise<TOutboxMessage | undefined> {
    const response = await staff.request.get(
      `${server.url}/api/v1/outbox?ticket=${encodeURIComponent(ticket)}&audience=reporter`,
    );
    expect(response.status()).toBe(200);
    const page = (await response.json()) as TOutboxPage;
    return page.items.find((m) => m.template === 'case.received' && m.channel === 'whatsapp');
  }

  it('files a report at phone width, gets the ticket and a working tracking link by WhatsApp', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/dumai`);
    await page.getByRole('link', { name: 'Buat laporan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lapor atau ajukan layanan' }).waitFor();
    await fillReport(page);
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Laporan terkirim' }).waitFor();
    const ticket = ((await page.locator('.ticket-number [aria-hidden]').textContent()) ?? '').trim();
    expect(ticket).toMatch(TICKET);
    const agenda = ((await page.getByText(/^Nomor agenda: /).textContent()) ?? '').replace(
      'Nomor agenda: ',
      '',
    );
    expect(agenda).toMatch(/^\d{4}\/ADU\/\d{4}$/);

    // The outbox worker sends the intake notice through the Cloud API: the approved template, with
    // the ticket, the agenda number and the short tracking link as its parameters.
    const message = await messageFor(ticket);
    expect(message.phoneNumberId).toBe(fake.phoneNumberId);
    expect(message.type).toBe('template');
    expect(message.template?.name).toBe('satu_atap_laporan_diterima');
    expect(message.template?.language).toBe('id');
    const parameters = message.template?.parameters ?? [];
    expect(parameters).toContain(ticket);
    expect(parameters.some((p) => p.includes(agenda))).toBe(true);
    const link = parameters.find((p) => /^https?:\/\//.test(p));
    expect(link).toBe(`${server.url}/t/${ticket}`);
    // Sent once, under the notice's idempotency key.
    expect(fake.messages.filter((m) => m.template?.parameters.includes(ticket))).toHaveLength(1);
    expect(message.idempotencyKey).toMatch(/:whatsapp$/);
    expect(fake.duplicatesRefused).toBe(0);

    // The link, opened on the reporter's phone, lands on the tracking page with the report's progress.
    const reporter = await newPage();
    await reporter.goto(link as string);
    await reporter.getByRole('heading', { level: 1, name: 'Lacak laporan' }).waitFor();
    const landed = new URL(reporter.url());
    expect(landed.pathname).toBe('/dumai/lacak');
    expect(landed.searchParams.get('tiket')).toBe(ticket);
    expect(await reporter.getByLabel('Nomor tiket').inputValue()).toBe(ticket);
    await reporter.getByText('Baru diterima').waitFor();
    await expect(
      reporter.getByText(`Laporan diterima dengan nomor tiket ${ticket}`).isVisible(),
    ).resolves.toBe(true);

    // The office's outbox shows the notice sent (the number masked), and Meta's status webhook moves it on.
    const staff = await newPage();
    await logIn(staff, server.url, 'dumai.pengaduan');
    await expect
      .poll(async () => (await outboxNotice(staff, ticket))?.status, { timeout: 10_000 })
      .toBe('sent');
    const sent = (await outboxNotice(staff, ticket)) as TOutboxMessage;
    expect(sent).toMatchObject({ attempts: 1, lastError: null, fallbackFrom: null, addressKind: 'mobile' });
    expect(sent.sentAt).not.toBeNull();
    expect(sent.recipient).not.toContain('70001234');
    expect(sent.recipient.endsWith('34')).toBe(true);

    expect(await fake.sendStatus(server.url, { wamid: message.wamid, status: 'delivered' })).toBe(200);
    await expect
      .poll(async () => (await outboxNotice(staff, ticket))?.status, { timeout: 10_000 })
      .toBe('delivered');
    expect((await outboxNotice(staff, ticket))?.deliveredAt).not.toBeNull();
  });
});
