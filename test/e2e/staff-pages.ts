import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Signs a demo account in through the login page and waits for the staff home. */
export async function logIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/staff/login`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill('satuatap-demo');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasText: /Selamat datang/ })
    .waitFor();
}

/** The message an input shows as its error: the element its aria-describedby names that holds `text`. */
export async function describedErrorOf(input: Locator, text: string): Promise<string | null> {
  // A server's answer takes a moment: wait for the input to be marked.
  await expect.poll(() => input.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
  const ids = (await input.getAttribute('aria-describedby'))?.split(/\s+/) ?? [];
  for (const id of ids) {
    const message = await input.page().locator(`[id="${id}"]`).textContent();
    if (message?.includes(text)) return message;
  }
  return null;
}
