import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { type RunningServer, startServer, tempDataDir } from './server-process';
import { logIn } from './staff-pages';

/**
 * A cheap phone on a slow connection: each public page's first load (everything fetched until the
 * network is idle) stays within 200 KB of gzipped JS and CSS.
 */
const BUDGET_BYTES = 200 * 1024;
const PUBLIC_PAGES = [
  '/',
  '/dumai',
  '/dumai/layanan',
  '/dumai/layanan/odgj',
  '/dumai/lapor',
  '/dumai/lacak',
  '/dumai/transparansi',
];

describe('public pages stay light', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ DATA_DIR: tempDataDir() }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('loads each public page with at most 200 KB of gzipped JS and CSS, and nothing of the staff app', async () => {
    const sizes: Record<string, number> = {};
    for (const path of PUBLIC_PAGES) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const assets: Promise<{ url: string; bytes: number }>[] = [];
      page.on('response', (response) => {
        const type = response.headers()['content-type'] ?? '';
        if (/javascript|css/.test(type))
          assets.push(
            response.body().then((body) => ({ url: response.url(), bytes: gzipSync(body).length })),
          );
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      const loaded = await Promise.all(assets);
      sizes[path] = loaded.reduce((sum, a) => sum + a.bytes, 0);
      expect(loaded.map((a) => a.url).filter((url) => /staff-app|case-page|inbox-page/.test(url))).toEqual(
        [],
      );
      await page.close();
    }
    console.log('public first load, gzipped bytes:', sizes);
    for (const [path, bytes] of Object.entries(sizes))
      expect({ path, withinLimit: bytes <= BUDGET_BYTES }).toEqual({ path, withinLimit: true });
  });

  it('loads English only when chosen, keeps the choice across a reload, and the staff pages follow', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/dumai`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await logIn(page, server.url, 'dumai.koordinator');
    await page.goto(`${server.url}/staff/cases`);
    await page.getByRole('heading', { level: 1, name: 'Kotak masuk kasus' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case inbox' }).waitFor();
    await page.close();
  });
});
