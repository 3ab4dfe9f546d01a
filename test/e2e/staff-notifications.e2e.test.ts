import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAxeViolations } from './browser';
import { fileDumaiReport, postAsSession } from './reports';
import { type RunningServer, startServer, tempDataDir } from './server-process';
import { logIn } from './staff-pages';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 900 };
const SHOTS = '/tmp/shots';

const bell = (page: Page, count: number) =>
  page.getByRole('link', { name: `Notifikasi, ${count} belum dibaca`, exact: true });

describe('staff notifications in Chromium: the bell, the list, marking read', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startServer({ DATA_DIR: tempDataDir() }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an officer sees the count on the bell, opens the list, opens a case (read) and marks the rest read; axe clean at 390 px', async () => {
    const officer = await browser.newPage({ viewport: PHONE });
    await logIn(officer, server.url, 'dumai.peksos');
    const me = (await (await officer.request.get(`${server.url}/api/v1/auth/me`)).json()).user.id as string;
    const before = (
      await (await officer.request.get(`${server.url}/api/v1/notifications/unread-count`)).json()
    ).count as number;

    // The coordinator gives the officer two new reports.
    const coordinator = await browser.newPage({ viewport: DESK });
    await logIn(coordinator, server.url, 'dumai.koordinator');
    const tickets = [await fileDumaiReport(server.url), await fileDumaiReport(server.url)];
    for (const ticket of tickets) {
      const assigned = await postAsSession(coordinator, server.url, `/cases/${ticket}/actions`, {
        type: 'assign',
        to: { kind: 'officer', userId: me },
      });
      expect(assigned.status()).toBe(200);
    }
    await coordinator.close();

    // The bell asks on each page (and every minute, and when the window gets the focus back).
    await officer.reload();
    await bell(officer, before + 2).waitFor();
    await officer.screenshot({ path: `${SHOTS}/notifications-bell-390.png` });

    await bell(officer, before + 2).click();
    await officer.waitForURL(/\/staff\/notifications$/);
    await officer.getByRole('heading', { level: 1, name: 'Notifikasi' }).waitFor();
    const items = officer.getByRole('listitem').filter({ hasText: 'Kasus ditugaskan kepada Anda' });
    await expect.poll(() => items.count()).toBe(2);
    for (const ticket of tickets) {
      const item = items.filter({ hasText: ticket });
      expect(await item.textContent()).toContain('Belum dibaca');
      expect(await item.textContent()).toContain(`Kasus ${ticket} ditugaskan kepada Anda.`);
    }
    expect(await seriousAxeViolations(officer)).toEqual([]);
    await officer.screenshot({ path: `${SHOTS}/notifications-list-390.png`, fullPage: true });

    // Opening a case from its alert reads the alert.
    await officer.getByRole('link', { name: `Buka kasus ${tickets[0]}` }).click();
    await officer.waitForURL(new RegExp(`/staff/cases/${tickets[0]}$`));
    await bell(officer, before + 1).waitFor();

    await bell(officer, before + 1).click();
    await officer.waitForURL(/\/staff\/notifications$/);
    const first = items.filter({ hasText: tickets[0] as string });
    await expect.poll(async () => (await first.textContent()) ?? '').toContain('Sudah dibaca');
    expect(await items.filter({ hasText: tickets[1] as string }).textContent()).toContain('Belum dibaca');

    await officer.getByRole('button', { name: 'Tandai semua dibaca' }).click();
    await officer.getByText('Semua notifikasi sudah ditandai dibaca.').waitFor();
    await bell(officer, 0).waitFor();
    expect(await items.filter({ hasText: 'Belum dibaca' }).count()).toBe(0);
    expect(await seriousAxeViolations(officer)).toEqual([]);
    await officer.screenshot({ path: `${SHOTS}/notifications-read-390.png`, fullPage: true });

    // The server agrees: nothing unread.
    const count = (
      await (await officer.request.get(`${server.url}/api/v1/notifications/unread-count`)).json()
    ).count;
    expect(count).toBe(0);

    // Desktop: the same page beside the menu, which lists it.
    await officer.setViewportSize(DESK);
    await officer.reload();
    await officer.getByRole('heading', { level: 1, name: 'Notifikasi' }).waitFor();
    const navEntry = officer.getByRole('navigation', { name: 'Navigasi petugas' }).getByRole('link', {
      name: 'Notifikasi',
      exact: true,
    });
    expect(await navEntry.getAttribute('aria-current')).toBe('page');
    expect(await seriousAxeViolations(officer)).toEqual([]);
    await officer.screenshot({ path: `${SHOTS}/notifications-desktop.png`, fullPage: true });
    await officer.close();
  });
});
