import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { sampleReport, villageIn } from '../testing/sample-report';
import { createTestApp, type TestApp } from '../testing/test-app';
import { tileSource } from './security-headers';

const TILES = 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';

/** A built web app as Vite leaves it: an index.html loading a hashed module, nothing inline. */
async function fakeWebDist(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'satu-atap-web-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>',
  );
  await writeFile(join(dir, 'assets', 'index-abc123.js'), 'console.log("satu atap");');
  return dir;
}

/** The CSP header as directive → sources. */
function policyOf(response: LightMyRequestResponse): Map<string, string[]> {
  const header = String(response.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe('security headers on every answer', () => {
  let t: TestApp;
  let app: FastifyInstance;
  let secureApp: FastifyInstance;
  let webDir: string;
  let ticket: string;

  beforeAll(async () => {
    t = await createTestApp();
    webDir = await fakeWebDist();
    const base = { db: t.handle.db, dialect: t.handle.dialect, now: () => t.clock.now, storage: t.storage };
    const config = {
      version: 'test',
      demoMode: false,
      webDistDir: webDir,
      logLevel: 'silent',
      mapTileUrl: TILES,
    };
    app = await buildApp({ ...base, config: { ...config, cookieSecure: false } });
    secureApp = await buildApp({ ...base, config: { ...config, cookieSecure: true } });
    const village = await villageIn(t, '14.72');
    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village),
    });
    expect(filed.statusCode).toBe(201);
    ticket = filed.json().ticket;
  });
  afterAll(async () => {
    await app?.close();
    await secureApp?.close();
    await t?.close();
    if (webDir) await rm(webDir, { recursive: true, force: true });
  });

  it('API, web page, public page, short link, asset, Swagger UI and a refusal all carry the policy', async () => {
    const answers = {
      api: await app.inject({ method: 'GET', url: '/api/v1/offices' }),
      webPage: await app.inject({ method: 'GET', url: '/' }),
      publicPage: await app.inject({ method: 'GET', url: `/dumai/lacak?tiket=${ticket}` }),
      shortLink: await app.inject({ method: 'GET', url: `/t/${ticket}` }),
      asset: await app.inject({ method: 'GET', url: '/assets/index-abc123.js' }),
      swaggerUi: await app.inject({ method: 'GET', url: '/api/docs' }),
      swaggerScript: await app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' }),
      refused: await app.inject({ method: 'GET', url: '/api/v1/cases' }),
      missing: await app.inject({ method: 'GET', url: '/api/v1/nothing-here' }),
    };
    expect(
      Object.fromEntries(Object.entries(answers).map(([name, answer]) => [name, answer.statusCode])),
    ).toEqual({
      api: 200,
      webPage: 200,
      publicPage: 200,
      shortLink: 302,
      asset: 200,
      swaggerUi: 200,
      swaggerScript: 200,
      refused: 401,
      missing: 404,
    });
    for (const [name, answer] of Object.entries(answers)) {
      const policy = policyOf(answer);
      expect({ name, policy: Object.fromEntries(policy) }).toEqual({
        name,
        policy: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'script-src-attr': ["'none'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:', 'https://*.tile.openstreetmap.org'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
        },
      });
      expect(answer.headers['x-frame-options'], name).toBe('DENY');
      expect(answer.headers['x-content-type-options'], name).toBe('nosniff');
      expect(answer.headers['referrer-policy'], name).toBe('strict-origin-when-cross-origin');
      // Plain http: no HSTS, or a browser would refuse the site without TLS for a year.
      expect(answer.headers['strict-transport-security'], name).toBeUndefined();
    }
    // The Swagger UI page loads its scripts from files, so it runs under the same policy.
    const inline = answers.swaggerUi.body.match(/<script(?![^>]*\ssrc=)[^>]*>/g);
    expect(inline).toBeNull();
  });

  it('HSTS and upgrade-insecure-requests only with COOKIE_SECURE=1', async () => {
    for (const url of ['/api/v1/offices', '/', '/api/v1/cases']) {
      const answer = await secureApp.inject({ method: 'GET', url });
      expect(answer.headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains');
      expect(policyOf(answer).get('upgrade-insecure-requests'), url).toEqual([]);
    }
    const plain = await app.inject({ method: 'GET', url: '/' });
    expect(policyOf(plain).has('upgrade-insecure-requests')).toBe(false);
  });

  it("a PDF keeps only frame-ancestors, so Chrome's built-in viewer can draw it", async () => {
    const pdf = await app.inject({ method: 'GET', url: '/api/v1/offices/dumai/forms/complaint.pdf' });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toMatch(/^application\/pdf/);
    expect(pdf.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(pdf.headers['x-frame-options']).toBe('DENY');
    expect(pdf.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('tileSource', () => {
  it("names a tile server the way a CSP can: the host's placeholder as its one wildcard", () => {
    expect(tileSource(TILES)).toBe('https://*.tile.openstreetmap.org');
    expect(tileSource('https://tiles.example.go.id:8443/osm/{z}/{x}/{y}.png')).toBe(
      'https://tiles.example.go.id:8443',
    );
    expect(tileSource('HTTPS://Tiles.Example.org/{z}/{x}/{y}.png')).toBe('https://tiles.example.org');
    expect(tileSource('https://{s}.org/{z}/{x}/{y}.png')).toBeNull();
    expect(tileSource("https://evil.example'; script-src *")).toBeNull();
    expect(tileSource('javascript:alert(1)')).toBeNull();
    expect(tileSource(null)).toBeNull();
  });
});
