import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeKeyring, open } from '../../src/server/crypto/field-cipher';
import { launchChromium, seriousAxeViolations } from './browser';
import { fileDumaiReport } from './reports';
import { type RunningServer, startServer, tempDataDir } from './server-process';
import { describedErrorOf, logIn } from './staff-pages';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 900 };
// The server's keys, given to it by environment, so the test can open the sealed recipients.
const DATA_KEY = randomBytes(32);
const HMAC_KEY = randomBytes(32);
const KEY_ENV = {
  SATU_ATAP_DATA_KEYS: `e2e:${DATA_KEY.toString('base64')}`,
  SATU_ATAP_HMAC_KEY: HMAC_KEY.toString('base64'),
};
const keys = makeKeyring({ keys: [{ id: 'e2e', key: DATA_KEY }], hmacKey: HMAC_KEY });
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Notice {
  id: string;
  body: string;
  recipient: string;
}

/**
 * The outbox page on the Dharmasraya demo, with PostgreSQL beside the server so the test can put
 * the outbox in the states the worker leaves it in for an office without a provider: notices
 * waiting for a hand (channel manual, no next try), and one failed with the provider's reason.
 */
describe('the outbox page in Chromium', () => {
  const name = `satu_e2e_outbox_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let server: RunningServer;
  let browser: Browser;
  let db: pg.Client;
  let manual: Notice[];
  let failed: Notice;

  const query = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
    (await db.query<T>(text, values)).rows;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    [server, browser] = await Promise.all([
      startServer({ DATABASE_URL: url.toString(), DEMO: '1', DATA_DIR: tempDataDir(), ...KEY_ENV }),
      launchChromium(),
    ]);
    db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    // Reporter notices whose text is theirs alone, so a card can be found by it. Recipients are sealed
    // (issue 16): the test holds the server's keys and opens them to pick phone numbers.
    const candidates = await query<Notice>(
      `select n.id, n.body, n.recipient from notification_outbox n join offices f on f.id = n.office_id
       where f.slug = 'dharmasraya' and n.status = 'pending' and n.recipient not like 'user:%'
         and (select count(*) from notification_outbox same where same.body = n.body) = 1
       order by n.created_at desc`,
    );
    const phones = candidates
      .map((n) => ({ ...n, recipient: open(keys, n.recipient, 'recipient') }))
      .filter((n) => n.recipient.startsWith('+62'))
      .slice(0, 3);
    await query(
      `update notification_outbox set channel = 'manual', next_attempt_at = '9999-01-01'
       where id = any($1::uuid[]) and status = 'pending'`,
      [phones.map((n) => n.id)],
    );
    const picked = phones;
    expect(picked.length).toBe(3);
    failed = picked[2] as Notice;
    manual = picked.slice(0, 2);
    await query(
      `update notification_outbox set channel = 'whatsapp', status = 'failed', attempts = 6,
         failed_at = now(), last_error = 'HTTP 400: (#131026) Message undeliverable'
       where id = $1`,
      [failed.id],
    );
  });
  afterAll(async () => {
    await db?.end();
    await browser?.close();
    await server?.stop();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  const statusOf = async (id: string) =>
    (
      await query<{ status: string; sent_by_hand: string | null }>(
        'select status, sent_by_hand from notification_outbox where id = $1',
        [id],
      )
    )[0];

  async function openOutbox(page: Page): Promise<void> {
    // The coordinator: the administrator sees notices of cases without their ticket, number or text
    // (rule 12), so cannot send one by hand.
    await logIn(page, server.url, 'dharmasraya.koordinator');
    await page.goto(`${server.url}/staff/outbox`);
    await page.getByRole('heading', { level: 1, name: 'Kotak Keluar Notifikasi' }).waitFor();
  }

  it('on a phone: counts per status, a failed notice tried again, a manual one sent by WhatsApp and marked', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.context().route('https://wa.me/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>WhatsApp</title>',
      }),
    );
    await openOutbox(page);
    const chips = page.getByRole('radiogroup', { name: 'Status pesan' });
    await expect.poll(() => chips.getByRole('radio', { name: /^Gagal \d+$/ }).count()).toBe(1);
    expect(await page.content()).not.toContain(failed.recipient.slice(3));
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Failed, with the provider's reason, then back in the queue.
    await chips.getByText('Gagal', { exact: true }).click();
    await page.waitForURL(/status=failed/);
    const failedCard = page.getByRole('listitem').filter({ hasText: failed.body });
    await failedCard.getByText('Alasan: HTTP 400: (#131026) Message undeliverable').waitFor();
    expect(await failedCard.textContent()).toContain('Percobaan: 6');
    await failedCard.getByRole('button', { name: 'Coba lagi' }).click();
    await page.getByText('Pesan dimasukkan kembali ke antrean.').waitFor();
    await failedCard.waitFor({ state: 'detached' });
    expect((await statusOf(failed.id))?.status).not.toBe('failed');

    // Manual: the filter panel opens on a phone, the channel narrows the list.
    await chips.getByText('Semua', { exact: true }).click();
    await page.getByText('Saring pesan').click();
    await page.getByLabel('Saluran').selectOption('manual');
    await page.waitForURL(/channel=manual/);
    const [first] = manual as [Notice];
    const card = page.getByRole('listitem').filter({ hasText: first.body });
    await card.getByText('Kirim manual', { exact: false }).first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      card.getByRole('button', { name: 'Buka WhatsApp' }).click(),
    ]);
    await popup.waitForURL(/^https:\/\/wa\.me\//);
    const link = new URL(popup.url());
    expect(link.pathname).toBe(`/${first.recipient.slice(1)}`);
    expect(link.searchParams.get('text')).toBe(first.body);
    await popup.close();
    const revealed = await query<{ after: unknown }>(
      `select after from audit_log where action = 'notice.revealed' and target_id = $1`,
      [first.id],
    );
    expect(revealed).toHaveLength(1);
    expect(JSON.stringify(revealed)).not.toContain(first.recipient.slice(3));

    await card.getByRole('button', { name: 'Sudah dikirim manual' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tandai sudah dikirim?' });
    await dialog.waitFor();
    // Checked once its opening transition has run, not in mid-fade.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Ya, sudah dikirim' }).click();
    await page.getByText('Pesan ditandai sudah dikirim manual.').waitFor();
    await card.getByText(/^Dikirim manual oleh /).waitFor();
    expect(await card.getByRole('button', { name: 'Buka WhatsApp' }).count()).toBe(0);
    const marked = await statusOf(first.id);
    expect(marked?.status).toBe('sent');
    expect(marked?.sent_by_hand).not.toBeNull();
    await page.close();
  });

  it('at a desk: a table, searched by ticket through the address', async () => {
    const page = await browser.newPage({ viewport: DESK });
    await openOutbox(page);
    const [second] = manual.slice(1) as [Notice];
    const row = page.getByRole('row').filter({ hasText: second.body });
    await row.waitFor();
    expect(await row.getByRole('button', { name: 'Buka WhatsApp' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [{ ticket, n } = { ticket: '', n: 0 }] = await query<{ ticket: string; n: number }>(
      `select c.ticket, count(*)::int as n from notification_outbox o join cases c on c.id = o.case_id
       where o.id = $1 group by c.ticket`,
      [second.id],
    );
    const all = await query<{ n: number }>(
      'select count(*)::int as n from notification_outbox o join cases c on c.id = o.case_id where c.ticket = $1',
      [ticket],
    );
    expect(n).toBe(1);
    await page.getByLabel('Nomor tiket').fill(ticket.toLowerCase());
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.waitForURL(/ticket=/);
    await page.getByText(`Jumlah pesan: ${all[0]?.n}`).waitFor();
    const rows = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: /Lihat perkembangan/ }) });
    expect(await rows.count()).toBe(all[0]?.n);
    for (const each of await rows.all()) expect(await each.textContent()).toContain(ticket);
    await page.getByRole('button', { name: 'Hapus saringan' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('ticket')).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the reporter stops notices from the tracking page, proving it with the phone', async () => {
    const ticket = await fileDumaiReport(server.url, {
      reporter: { name: 'Tetangga', phone: '0812-7777-6543' },
    });
    // On a phone from the tracking page: folded until opened; a wrong phone is told beside the field.
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${server.url}/dumai/lacak?tiket=${ticket}`);
    const section = page.getByRole('region', { name: 'Berhenti menerima pesan WhatsApp/SMS' });
    await section.waitFor();
    expect(await section.getByLabel('Nomor HP saat melapor').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await section.getByText('Berhenti menerima pesan WhatsApp/SMS').click();
    const phone = section.getByLabel('Nomor HP saat melapor');
    await phone.fill('0812 1111 2222');
    await section.getByRole('button', { name: 'Hentikan pesan' }).click();
    expect(await describedErrorOf(phone, 'Nomor HP tidak sama')).toContain(
      'Nomor HP tidak sama dengan nomor saat melapor',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await phone.fill('+62 812-7777-6543');
    await section.getByRole('button', { name: 'Hentikan pesan' }).click();
    const done = section.getByText(/tidak akan mengirim pesan lagi/);
    await done.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'tidak akan mengirim pesan lagi',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();

    // At a desk from a notice's link (#berhenti): open at once; asking again is harmless.
    const desk = await browser.newPage({ viewport: DESK });
    await desk.goto(`${server.url}/dumai/lacak?tiket=${ticket}#berhenti`);
    const deskPhone = desk
      .getByRole('region', { name: /Berhenti menerima pesan/ })
      .getByLabel('Nomor HP saat melapor');
    await deskPhone.waitFor();
    expect(await seriousAxeViolations(desk)).toEqual([]);
    await deskPhone.fill('081277776543');
    await desk.getByRole('button', { name: 'Hentikan pesan' }).click();
    await desk.getByText(/tidak akan mengirim pesan lagi/).waitFor();
    await desk.close();
    const notices = await query<{ status: string }>(
      `select o.status from notification_outbox o join cases c on c.id = o.case_id where c.ticket = $1`,
      [ticket],
    );
    expect(notices.map((n) => n.status)).toContain('stopped');
    const audits = await query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'notice.stopped' and target_id = $1`,
      [ticket],
    );
    expect(audits[0]?.n).toBe(2);
  });
});
