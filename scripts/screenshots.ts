// Takes full-page screenshots of app pages at phone (390 px) and desktop (1280 px) width.
// Usage: npx tsx scripts/screenshots.ts <baseUrl> <outDir> [--login user] path ...
// Look at the PNGs before you call a page done.
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../test/e2e/browser';

const [baseUrl, outDir, ...rest] = process.argv.slice(2);
if (!baseUrl || !outDir) throw new Error('usage: screenshots.ts <baseUrl> <outDir> [--login user] path ...');
let login: string | null = null;
const paths: string[] = [];
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--login') login = rest[++i] ?? null;
  else paths.push(rest[i] as string);
}
mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
for (const [label, width] of [
  ['phone', 390],
  ['desktop', 1280],
] as const) {
  const page = await browser.newPage({ viewport: { width, height: label === 'phone' ? 844 : 900 } });
  if (login) {
    await page.goto(`${baseUrl}/staff/login`);
    await page.getByLabel('Nama pengguna').fill(login);
    await page.getByLabel('Kata sandi').fill(process.env.SATU_ATAP_PASSWORD ?? 'satuatap-demo');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  }
  for (const path of paths) {
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    // Slow machines: let lazy chunks and their first requests settle (SHOT_WAIT_MS).
    await page.waitForTimeout(Number(process.env.SHOT_WAIT_MS ?? 500));
    const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${label}.png`;
    await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
    console.log(`${outDir}/${name}`);
  }
  await page.close();
}
await browser.close();
