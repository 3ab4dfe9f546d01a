import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, spawnServer, startServer, tempDataDir } from './server-process';

// The embedded database's promises: data survives a restart, one process per data directory,
// and a signal closes it cleanly.
describe('server process on the embedded database', () => {
  const dataDir = tempDataDir();
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers health on PGlite in demo mode', async () => {
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'pglite' });
    const config = await (await fetch(`${server.url}/api/v1/config`)).json();
    expect(config.demoMode).toBe(true);
    const offices = await (await fetch(`${server.url}/api/v1/offices`)).json();
    expect(offices.items).toHaveLength(4);
  });

  it('loads every region of idn-area-data', async () => {
    const provinces = (await (await fetch(`${server.url}/api/v1/regions`)).json()).items;
    expect(provinces.length).toBe(38);
    const villages = (await (await fetch(`${server.url}/api/v1/regions/13.10.01/children`)).json()).items;
    expect(villages.length).toBeGreaterThan(0);
    expect(villages.every((v: { level: string }) => v.level === 'village')).toBe(true);
  });

  it('refuses a second process on the same data directory with a clear message', async () => {
    const second = spawnServer({ DATA_DIR: dataDir, PORT: '0' });
    const code = await second.exited;
    expect(code).toBe(2);
    expect(second.output()).toContain('sedang dipakai proses lain');
  });

  it('closes cleanly on SIGTERM and keeps the data for the next start', async () => {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'dumai.admin', password: 'satuatap-demo' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const { csrfToken } = await login.json();
    const created = await fetch(`${server.url}/api/v1/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({
        username: 'tahan.restart',
        fullName: 'Tahan Restart',
        role: 'front_office',
        password: 'sandi-awal-2026',
      }),
    });
    expect(created.status).toBe(201);

    expect(await server.stop('SIGTERM')).toBe(0);
    server = await startServer({ DATA_DIR: dataDir });
    const relogin = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'tahan.restart', password: 'sandi-awal-2026' }),
    });
    expect(relogin.status).toBe(200);
    expect(await server.stop('SIGINT')).toBe(0);
    server = await startServer({ DATA_DIR: dataDir });
  });
});
