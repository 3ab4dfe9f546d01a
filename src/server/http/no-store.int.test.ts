import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../domain/auth/roles';
import { sampleReport, villageIn } from '../testing/sample-report';
import { appOn, createStaff, createTestApp, loginAs, type Session, type TestApp } from '../testing/test-app';
import { registeredRoutes } from './security-headers';

/**
 * Public answers that may be cached, each reviewed: reference data and the web app's files. Every
 * other answer (all staff routes, tracking, survey, dispute, login, letter checks) must be no-store.
 */
const CACHEABLE: Record<string, string> = {
  'GET /api/v1/regions': 'public, max-age=86400',
  'GET /api/v1/regions/:code': 'public, max-age=86400',
  'GET /api/v1/regions/:code/children': 'public, max-age=86400',
  'GET /api/v1/offices/:office/transparency': 'public, max-age=',
  'GET /api/v1/offices/:office/logo': 'public, max-age=300',
  'GET /assets/index-abc123.js': 'public, max-age=31536000, immutable',
  'GET /index.html': 'no-cache',
};

/** A path for a route pattern: real values where a handler needs them to answer at all. */
function pathOf(url: string, ticket: string): string {
  const values: Record<string, string> = {
    ticket,
    office: 'dumai',
    code: '14.72',
    id: '00000000-0000-4000-8000-000000000000',
    photoId: '00000000-0000-4000-8000-000000000000',
    districtCode: '14.72.01',
    date: '2026-01-01',
    type: 'dtks',
    version: '1',
  };
  return url.replace(/:(\w+)/g, (_, name: string) => values[name] ?? 'x').replace(/\*$/, 'x');
}

async function fakeWebDist(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'satu-atap-web-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(join(dir, 'assets', 'index-abc123.js'), 'export {};');
  return dir;
}

describe('Cache-Control: no-store on every answer that may carry personal data', () => {
  let t: TestApp;
  let app: FastifyInstance;
  let webDir: string;
  let ticket: string;
  const sessions = new Map<Role, Session>();

  beforeAll(async () => {
    t = await createTestApp();
    webDir = await fakeWebDist();
    app = await appOn(t, { webDistDir: webDir });
    const onApp = { ...t, app };
    const village = await villageIn(t, '14.72');
    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village),
    });
    ticket = filed.json().ticket;
    for (const role of ROLES) {
      const staff = await createStaff(onApp, {
        office: 'dumai',
        role,
        ...(role === 'district_operator' ? { districtCode: '14.72.01' } : {}),
        ...(role === 'partner' ? { partnerName: 'TKSK' } : {}),
      });
      sessions.set(role, await loginAs(onApp, staff));
    }
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
    if (webDir) await rm(webDir, { recursive: true, force: true });
  });

  it('every staff route answers no-store, to a stranger and to a signed-in holder of its role', async () => {
    const staffRoutes = registeredRoutes(app).filter((r) => Array.isArray(r.access) && r.method !== 'HEAD');
    expect(staffRoutes.length).toBeGreaterThan(80);
    const wrong: string[] = [];
    let answered = 0;
    for (const route of staffRoutes) {
      const options: InjectOptions = { method: route.method as 'GET', url: pathOf(route.url, ticket) };
      const stranger = await app.inject(options);
      if (stranger.headers['cache-control'] !== 'no-store') {
        wrong.push(
          `${route.method} ${route.url} (stranger, ${stranger.statusCode}): ${stranger.headers['cache-control']}`,
        );
      }
      // Reads only: a write with an empty body is refused before it changes anything, but a read
      // reaches the handler, which may set its own header (PDFs, files, the map's "private").
      if (route.method !== 'GET') continue;
      const role = (route.access as Role[])[0] as Role;
      const session = sessions.get(role);
      if (!session) throw new Error(`no session for ${role}`);
      const signedIn = await session.request(options);
      if (signedIn.statusCode === 200) answered += 1;
      if (signedIn.headers['cache-control'] !== 'no-store') {
        wrong.push(
          `${route.method} ${route.url} (${role}, ${signedIn.statusCode}): ${signedIn.headers['cache-control']}`,
        );
      }
    }
    expect(wrong).toEqual([]);
    // Most reads really answered, so their own headers were in play.
    expect(answered).toBeGreaterThan(20);
  });

  it('the reveal of a full NIK, and the tracking answer with its masked name, are no-store', async () => {
    const coordinator = sessions.get('coordinator') as Session;
    const reveal = await coordinator.request({ method: 'POST', url: `/api/v1/cases/${ticket}/reveal` });
    expect(reveal.statusCode).toBe(200);
    expect(reveal.headers['cache-control']).toBe('no-store');
    const tracking = await app.inject({ method: 'GET', url: `/api/v1/track/${ticket}` });
    expect(tracking.statusCode).toBe(200);
    expect(tracking.headers['cache-control']).toBe('no-store');
  });

  it('public answers are no-store unless they are reviewed reference data, which keeps its caching', async () => {
    const publicRoutes = registeredRoutes(app).filter(
      (r) => !Array.isArray(r.access) && r.method !== 'HEAD' && !r.url.startsWith('/api/docs'),
    );
    const seen: Record<string, string> = {};
    for (const route of publicRoutes) {
      const url = pathOf(route.url, ticket);
      const answer = await app.inject({
        method: route.method as 'GET',
        url,
        payload: route.method === 'GET' ? undefined : {},
      });
      seen[`${route.method} ${route.url}`] = String(answer.headers['cache-control']);
    }
    const cached = Object.entries(seen).filter(([, value]) => value !== 'no-store');
    for (const [route, value] of cached) {
      expect(CACHEABLE[route], `${route} answers "${value}" but is not reviewed as cacheable`).toBeDefined();
      expect(value.startsWith(CACHEABLE[route] as string), route).toBe(true);
    }
    // The citizen's own answers and the login never reach a cache.
    for (const route of [
      'GET /api/v1/track/:ticket',
      'POST /api/v1/track/:ticket/survey',
      'POST /api/v1/track/:ticket/dispute',
      'POST /api/v1/track/:ticket/stop',
      'POST /api/v1/reports',
      'POST /api/v1/auth/login',
      'GET /api/v1/letters/verify/:code',
      'GET /t/:ticket',
    ]) {
      expect(seen[route], route).toBe('no-store');
    }
    // And the reference data really kept its caching (the routes answered, not failed).
    for (const route of [
      'GET /api/v1/regions',
      'GET /api/v1/offices/:office/transparency',
      'GET /assets/index-abc123.js',
    ]) {
      expect(seen[route], route).not.toBe('no-store');
    }
  });
});
