import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../testing/multipart';
import { registryCsv } from '../testing/registry-sample';
import { sampleReport, villageIn } from '../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../testing/test-app';
import { UNSAFE_TEXT_MESSAGE } from './text-input';

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\uD800b';

/** The answer must be the field-naming 400, never a 500 from the database. */
function expectRefused(response: { statusCode: number; json(): unknown }, field: string): void {
  expect(response.statusCode).toBe(400);
  const body = response.json() as { code: string; fields?: Record<string, string> };
  expect(body.code).toBe('VALIDATION_FAILED');
  expect(body.fields?.[field]).toBe(UNSAFE_TEXT_MESSAGE);
}

describe('text with a NUL byte or a lone surrogate answers 400 with the field', () => {
  let t: TestApp;
  let village: string;
  let frontOffice: Session;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    village = await villageIn(t, '14.72');
    frontOffice = await staffSession(t, { office: 'dumai', role: 'front_office' });
    admin = await staffSession(t, { office: 'dumai', role: 'admin' });
  });
  afterAll(async () => t?.close());

  it('on the public report, as JSON and as a multipart form', async () => {
    for (const bad of [NUL, LONE_SURROGATE]) {
      const json = await t.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: sampleReport('dumai', village, { description: `Cerita ${bad}` }),
      });
      expectRefused(json, 'description');
      const named = await t.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: sampleReport('dumai', village, { person: { fullName: `Mak ${bad}` } }),
      });
      expectRefused(named, 'person.fullName');
      // The JSON of a multipart report carries the character escaped; unpacked, it is caught the same.
      const report = JSON.stringify(
        sampleReport('dumai', village, { reporter: { name: bad, phone: '0812-3456-7890' } }),
      );
      const { payload, contentType } = multipartBody({ report }, { name: 'ktp.jpg', bytes: Buffer.alloc(0) });
      const form = await t.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload,
        headers: { 'content-type': contentType },
      });
      expectRefused(form, 'reporter.name');
    }
    // The same report without the character is taken in.
    const clean = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village),
    });
    expect(clean.statusCode).toBe(201);
  });

  it('on a staff form, in route parameters and in a query string', async () => {
    const intake = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        details: { channel: 'phone', contact: '0812 3333 4444' },
        report: sampleReport('dumai', village, { person: { address: `Gang ${NUL}` } }),
      },
    });
    expectRefused(intake, 'report.person.address');
    const division = await admin.request({
      method: 'POST',
      url: '/api/v1/office/divisions',
      payload: { code: 'uji', name: `Bidang ${LONE_SURROGATE}`, description: null },
    });
    expectRefused(division, 'name');

    const tracked = await t.app.inject({ method: 'GET', url: '/api/v1/track/DUM%00-1' });
    expectRefused(tracked, 'ticket');
    const verified = await t.app.inject({
      method: 'GET',
      url: '/api/v1/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=x%00y',
    });
    expectRefused(verified, 'hub.challenge');
  });

  it('on the fields of a streamed upload (registry import)', async () => {
    const csv = Buffer.from(registryCsv([{ kk: '1472010101230009', nik: '1472015203750002', name: 'Siti' }]));
    for (const [fields, field] of [
      [{ dataDate: '2026-10-01', source: `DTKS${NUL}` }, 'source'],
      // A raw form field cannot carry a lone surrogate (UTF-8 has none); the mapping's JSON can, escaped.
      [{ dataDate: '2026-10-01', source: 'DTKS', mapping: '{"\\ud800":"nik"}' }, 'mapping._'],
    ] as const) {
      const { payload, contentType } = multipartBody(fields, { name: 'dtks.csv', bytes: csv });
      const started = await admin.request({
        method: 'POST',
        url: '/api/v1/registry/imports',
        payload,
        headers: { 'content-type': contentType },
      });
      expectRefused(started, field);
    }
  });
});
