import type { APIResponse, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TReportFormValues } from '../../src/domain/intake/report';
import { sampleReport } from '../../src/server/testing/sample-report';

/**
 * Files a public report for Dumai (the first village of Dumai Barat), as a citizen's phone would, and
 * returns its ticket. The report is the integration tests' sample; a test changes only what it is about.
 */
export async function fileDumaiReport(
  baseUrl: string,
  changes: Parameters<typeof sampleReport>[2] = {},
): Promise<string> {
  const villages = await (await fetch(`${baseUrl}/api/v1/regions/14.72.01/children`)).json();
  const villageCode = (villages.items ?? villages)[0].code as string;
  const body: TReportFormValues = sampleReport('dumai', villageCode, changes);
  const response = await fetch(`${baseUrl}/api/v1/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return (await response.json()).ticket;
}

/** A staff write through the signed-in page's session (its cookie and CSRF token). */
export async function postAsSession(
  page: Page,
  baseUrl: string,
  path: string,
  data: unknown,
): Promise<APIResponse> {
  const { csrfToken } = await (await page.request.get(`${baseUrl}/api/v1/auth/me`)).json();
  return page.request.post(`${baseUrl}/api/v1${path}`, { headers: { 'x-csrf-token': csrfToken }, data });
}
