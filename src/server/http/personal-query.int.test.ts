import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport, villageIn } from '../testing/sample-report';
import { appOn, createStaff, createTestApp, loginAs, type Session, type TestApp } from '../testing/test-app';

const PERSON = 'Sumarni Wulandari';

describe('searches by name or NIK travel in POST bodies, never in a URL', () => {
  let t: TestApp;
  let app: FastifyInstance;
  let coordinator: Session;
  const tickets: string[] = [];
  const lines: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    // Logging at info into memory: the request lines are part of what is checked.
    app = await appOn(t, { logLevel: 'info', logStream: { write: (line: string) => lines.push(line) } });
    const onApp = { ...t, app };
    coordinator = await loginAs(onApp, await createStaff(onApp, { office: 'dumai', role: 'coordinator' }));
    const village = await villageIn(t, '14.72');
    for (const fullName of [PERSON, 'Sumarni Lestari', 'Ahmad Dahlan']) {
      const filed = await app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: sampleReport('dumai', village, { person: { fullName, nik: undefined } }),
      });
      expect(filed.statusCode).toBe(201);
      tickets.push(filed.json().ticket);
    }
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('POST /cases/search finds by name or ticket with the filters and the cursor in the body', async () => {
    const search = (body: object) =>
      coordinator.request({ method: 'POST', url: '/api/v1/cases/search', payload: body });
    const byName = await search({ q: 'sumarni', open: true, status: 'new', limit: 1 });
    expect(byName.statusCode).toBe(200);
    const first = byName.json();
    expect(first.items).toHaveLength(1);
    expect(first.next).toEqual(expect.any(String));
    const second = (
      await search({ q: 'sumarni', open: true, status: 'new', limit: 1, after: first.next })
    ).json();
    expect([...first.items, ...second.items].map((c: { ticket: string }) => c.ticket).sort()).toEqual(
      tickets.slice(0, 2).sort(),
    );
    expect(second.next).toBeNull();
    const byTicket = (await search({ q: tickets[2]?.toLowerCase() })).json();
    expect(byTicket.items.map((c: { ticket: string }) => c.ticket)).toEqual([tickets[2]]);
    // The body is checked like the query was: a bad filter is named.
    const bad = await search({ q: 'x'.repeat(81), districtCode: 'Dumai' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['districtCode', 'q']);
  });

  it('refuses q, nik or name in any API query string (400, field named) and keeps filters as links', async () => {
    const cases: [method: 'GET' | 'POST', url: string, field: string][] = [
      ['GET', `/api/v1/cases?q=${encodeURIComponent(PERSON)}`, 'q'],
      ['GET', '/api/v1/cases?status=new&nik=1472016708500007', 'nik'],
      ['POST', `/api/v1/cases/search?q=${encodeURIComponent(PERSON)}`, 'q'],
      ['GET', `/api/v1/ppks-map?name=${encodeURIComponent(PERSON)}`, 'name'],
    ];
    for (const [method, url, field] of cases) {
      const refused = await coordinator.request({
        method,
        url,
        ...(method === 'POST' ? { payload: {} } : {}),
      });
      expect(refused.statusCode, url).toBe(400);
      expect(refused.json().code).toBe('VALIDATION_FAILED');
      expect(Object.keys(refused.json().fields), url).toEqual([field]);
    }
    const posted = await coordinator.request({
      method: 'POST',
      url: `/api/v1/ppks-persons/search?q=${encodeURIComponent(PERSON)}`,
      payload: {},
    });
    expect(posted.statusCode).toBe(400);
    expect(posted.json().fields.q).toMatch(/POST/);
    // A stranger learns nothing more than "sign in".
    expect((await app.inject({ method: 'GET', url: '/api/v1/cases?q=Sumarni' })).statusCode).toBe(401);
    // Filters that name nobody stay in the address.
    const filtered = await coordinator.request({
      method: 'GET',
      url: '/api/v1/cases?status=new&open=true&limit=2',
    });
    expect(filtered.statusCode).toBe(200);
    expect(filtered.json().items).toHaveLength(2);
  });

  it('the request log lines show no query value, and the names searched reach no line', async () => {
    lines.length = 0;
    await coordinator.request({ method: 'GET', url: `/api/v1/cases?q=${encodeURIComponent(PERSON)}` });
    await coordinator.request({ method: 'GET', url: '/api/v1/offices?name=Wulandari&nik=1472016708500007' });
    await coordinator.request({ method: 'POST', url: '/api/v1/cases/search', payload: { q: PERSON } });
    const log = lines.join('\n');
    expect(log).toContain('/api/v1/cases?…');
    expect(log).toContain('/api/v1/cases/search');
    for (const secret of ['Sumarni', 'Wulandari', '1472016708500007', 'q=', 'nik=']) {
      expect(log, secret).not.toContain(secret);
    }
  });

  it('the OpenAPI document has the POST search and no q parameter on the GET inbox', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const inbox = doc.paths['/api/v1/cases'].get;
    const names = (inbox.parameters as { name: string; in: string }[]).map((p) => p.name);
    expect(names).toContain('status');
    expect(names).not.toContain('q');
    const search = doc.paths['/api/v1/cases/search'].post;
    const body = search.requestBody.content['application/json'].schema;
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(['q', 'status', 'after', 'limit']));
    expect(doc.paths['/api/v1/ppks-persons/search'].post).toBeDefined();
  });
});
