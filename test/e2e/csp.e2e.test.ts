import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { freePort, type RunningServer, startServer, tempDataDir } from './server-process';
import { logIn } from './staff-pages';

const DESK = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** A tile server on its own origin, as MAP_TILE_URL names one: every tile a plain grey PNG. */
async function startTileServer(): Promise<{ server: Server; origin: string; served: () => number }> {
  const tile = await sharp({ create: { width: 256, height: 256, channels: 3, background: '#dddddd' } })
    .png()
    .toBuffer();
  let served = 0;
  const server = createServer((request, response) => {
    served += request.url?.startsWith('/tiles/') ? 1 : 0;
    response.writeHead(200, { 'content-type': 'image/png' }).end(tile);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${port}`, served: () => served };
}

/** Every CSP violation a page reports: the browser's console line and the DOM event, both kept. */
async function watchViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) {
      found.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => found.push(`pageerror: ${error.message}`));
  await page.exposeFunction('reportCspViolation', (text: string) => found.push(`event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // biome-ignore lint/suspicious/noExplicitAny: exposed by the test above
      (window as any).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return found;
}

describe('the web app runs under its Content-Security-Policy in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let tiles: Awaited<ReturnType<typeof startTileServer>>;
  let photo: string;

  beforeAll(async () => {
    tiles = await startTileServer();
    photo = join(mkdtempSync(join(tmpdir(), 'satu-atap-csp-')), 'ktp.jpg');
    writeFileSync(
      photo,
      await sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#3366aa' } })
        .jpeg()
        .toBuffer(),
    );
    [server, browser] = await Promise.all([
      startServer({ DATA_DIR: tempDataDir(), MAP_TILE_URL: `${tiles.origin}/tiles/{z}/{x}/{y}.png` }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await new Promise((resolve) => tiles?.server.close(resolve));
  });

  it('the public report page, with a photo shrunk and previewed on a phone', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    const violations = await watchViolations(page);
    const answer = await page.goto(`${server.url}/dumai/lapor`);
    expect(answer?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByLabel('Nama lengkap').waitFor();
    await page.locator('input[type=file][name=ktpPhoto]').setInputFiles(photo);
    await page.getByText(/^Foto KTP siap dikirim, ukuran \d+ KB$/).waitFor();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the staff inbox and a search in it', async () => {
    const page = await browser.newPage({ viewport: DESK });
    const violations = await watchViolations(page);
    await logIn(page, server.url, 'dumai.koordinator');
    await page.goto(`${server.url}/staff/cases`);
    await page.getByRole('heading', { level: 1, name: 'Kotak masuk kasus' }).waitFor();
    const search = page.getByRole('searchbox', { name: 'Cari tiket, nama atau NIK' });
    await search.fill('Siti');
    await search.press('Enter');
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the PPKS map draws its tiles from the configured server, and the register search', async () => {
    const page = await browser.newPage({ viewport: DESK });
    const violations = await watchViolations(page);
    await logIn(page, server.url, 'dharmasraya.koordinator');
    await page.goto(`${server.url}/staff/ppks-map`);
    await page.getByRole('heading', { level: 1, name: 'Peta PPKS' }).waitFor();
    await page.locator('.leaflet-tile-loaded').first().waitFor({ timeout: 30_000 });
    expect(tiles.served()).toBeGreaterThan(0);
    await page.goto(`${server.url}/staff/register`);
    await page.getByLabel('Nama', { exact: true }).fill('nurhayati');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the Swagger UI at /api/docs', async () => {
    const page = await browser.newPage({ viewport: DESK });
    const violations = await watchViolations(page);
    await page.goto(`${server.url}/api/docs`);
    await page.getByText('Satu Atap API').first().waitFor({ timeout: 30_000 });
    await page.locator('.opblock').first().waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });
});
