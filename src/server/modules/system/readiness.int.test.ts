import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedMigrations } from '../../db/migrate';
import { createTestApp, type TestApp } from '../../testing/test-app';

describe('readiness', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('is ready when the database answers and has every shipped migration', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const expected = shippedMigrations().count;
    expect(expected).toBeGreaterThan(20);
    expect(response.json()).toEqual({ database: 'ok', migrations: 'ok', applied: expected, expected });
  });

  it('is not ready while the last migration is missing, and health stays up meanwhile', async () => {
    await t.handle.db.execute(
      sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)`,
    );
    const response = await t.app.inject({ method: 'GET', url: '/api/ready' });
    expect(response.statusCode).toBe(503);
    const expected = shippedMigrations().count;
    expect(response.json()).toEqual({
      database: 'ok',
      migrations: 'behind',
      applied: expected - 1,
      expected,
    });
    // Liveness asks nothing of the database: the process is fine, it must not be restarted.
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('says which migrations are behind when none were applied at all', async () => {
    await t.handle.db.execute(
      sql`alter table drizzle.__drizzle_migrations rename to __drizzle_migrations_away`,
    );
    try {
      const response = await t.app.inject({ method: 'GET', url: '/api/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ database: 'ok', migrations: 'behind', applied: 0 });
    } finally {
      await t.handle.db.execute(
        sql`alter table drizzle.__drizzle_migrations_away rename to __drizzle_migrations`,
      );
    }
  });
});
