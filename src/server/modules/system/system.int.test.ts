import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { testDialect } from '../../testing/test-database';

describe('system, offices and regions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('answers health with the database in use', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toEqual({ status: 'ok', database: testDialect(), version: 'test' });
  });

  it('lists the four seed offices', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/offices' });
    const items = response.json().items as { code: string; slug: string; name: string }[];
    expect(items.map((o) => [o.code, o.slug])).toEqual([
      ['13.10', 'dharmasraya'],
      ['14.71', 'pekanbaru'],
      ['14.72', 'dumai'],
      ['32.75', 'bekasi'],
    ]);
    expect(items.every((o) => o.name.length > 10)).toBe(true);
  });

  it('gives an office profile with its divisions, by slug or code', async () => {
    const bySlug = await t.app.inject({ method: 'GET', url: '/api/v1/offices/dharmasraya' });
    const byCode = await t.app.inject({ method: 'GET', url: '/api/v1/offices/13.10' });
    expect(bySlug.json()).toEqual(byCode.json());
    expect(bySlug.json().address).toContain('Pesanggerahan');
    expect(bySlug.json().divisions.length).toBeGreaterThan(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/offices/atlantis' })).statusCode).toBe(404);
  });

  it('answers the next region level for cascading selects', async () => {
    const provinces = (await t.app.inject({ method: 'GET', url: '/api/v1/regions' })).json().items;
    expect(provinces.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining(['13', '14', '32']),
    );
    const regencies = (await t.app.inject({ method: 'GET', url: '/api/v1/regions/14/children' })).json()
      .items;
    expect(regencies.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['14.71', '14.72']),
    );
    const districts = (await t.app.inject({ method: 'GET', url: '/api/v1/regions/13.10/children' })).json()
      .items;
    expect(districts.length).toBeGreaterThanOrEqual(11);
    expect(
      districts.every(
        (d: { level: string; parentCode: string }) => d.level === 'district' && d.parentCode === '13.10',
      ),
    ).toBe(true);
    const villages = await t.app.inject({
      method: 'GET',
      url: `/api/v1/regions/${districts[0].code}/children`,
    });
    expect(villages.json().items[0].level).toBe('village');
    expect(villages.headers['cache-control']).toContain('max-age');

    expect((await t.app.inject({ method: 'GET', url: '/api/v1/regions/99.99/children' })).json().code).toBe(
      'REGION_NOT_FOUND',
    );
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/regions/abc/children' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.code).toBe('Kode wilayah tidak valid');
  });

  it('answers unknown API paths and malformed JSON with the error model', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/nothing' })).json()).toEqual({
      code: 'NOT_FOUND',
      message: 'Data tidak ditemukan.',
    });
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('VALIDATION_FAILED');
  });

  it('publishes an OpenAPI document of the API', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/regions/{code}/children']),
    );
  });
});
