import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server-process';

const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

// The same app on a PostgreSQL server: DATABASE_URL switches it, demo accounts only with DEMO=1.
describe('server process on PostgreSQL', () => {
  const name = `satu_e2e_${randomBytes(5).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let server: RunningServer;

  beforeAll(async () => {
    await adminQuery(`create database ${name}`);
    server = await startServer({ DATABASE_URL: url.toString() });
  });
  afterAll(async () => {
    await server?.stop();
    await adminQuery(`drop database if exists ${name} with (force)`);
  });

  it('answers health on postgresql, without demo mode or demo accounts', async () => {
    expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({
      status: 'ok',
      database: 'postgresql',
    });
    expect((await (await fetch(`${server.url}/api/v1/config`)).json()).demoMode).toBe(false);
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'dumai.admin', password: 'satuatap-demo' }),
    });
    expect(login.status).toBe(401);
  });

  it('has the offices and regions loaded, as on PGlite', async () => {
    expect((await (await fetch(`${server.url}/api/v1/offices`)).json()).items).toHaveLength(4);
    expect((await (await fetch(`${server.url}/api/v1/regions`)).json()).items).toHaveLength(38);
  });
});
