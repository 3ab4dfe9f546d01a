import { once } from 'node:events';
import { createServer, type Server, Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { seedDatabase } from '../seed';
import { diskStorage } from '../storage/file-storage';
import { createTestDatabase, type TestDatabaseHandle, testDialect } from '../testing/test-database';
import { type DatabaseHandle, openDatabase } from './client';

/** A port nothing listens on (bound once, then let go). */
async function deadPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * A TCP relay in front of the real PostgreSQL server: `cut()` closes its port and every connection
 * through it (the database "goes away"), `open()` listens again on the same port.
 */
function relay(port: number, upstream: { host: string; port: number }) {
  let server: Server | null = null;
  const sockets = new Set<Socket>();
  return {
    async open() {
      server = createServer((client) => {
        const backend = new Socket();
        backend.connect(upstream.port, upstream.host);
        for (const s of [client, backend]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(backend).pipe(client);
        client.on('close', () => backend.destroy());
        backend.on('close', () => client.destroy());
      }).listen(port, '127.0.0.1');
      await once(server, 'listening');
    },
    async cut() {
      for (const s of sockets) s.destroy();
      if (server) {
        const closing = once(server, 'close');
        server.close();
        await closing;
      }
      server = null;
    },
  };
}

describe('a PostgreSQL port where nothing listens', () => {
  it('fails at once without retry (the CLI), and with retry logs each attempt and keeps trying', async () => {
    const url = `postgres://satu:rahasia@127.0.0.1:${await deadPort()}/satu`;
    await expect(openDatabase({ databaseUrl: url })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    const lines: string[] = [];
    const attempts = openDatabase(
      { databaseUrl: url },
      {
        retry: {
          log: (line) => lines.push(line),
          // Three attempts are enough to see the schedule; then the test stops waiting.
          sleep: async () => {
            if (lines.length === 3) throw new Error('stop');
          },
        },
      },
    );
    await expect(attempts).rejects.toThrow('stop');
    const port = new URL(url).port;
    expect(lines).toEqual(
      [1, 2, 4].map((s) => `database not reachable at 127.0.0.1:${port} (ECONNREFUSED); retrying in ${s} s`),
    );
    expect(lines.join('\n')).not.toContain('rahasia');
  });
});

// The outage itself needs a PostgreSQL server behind the relay; the PGlite run has no network to lose.
if (testDialect() === 'postgresql') {
  describe('PostgreSQL going away while the app runs', () => {
    let database: TestDatabaseHandle;
    let handle: DatabaseHandle;
    let app: FastifyInstance;
    let proxy: ReturnType<typeof relay>;
    const startLines: string[] = [];

    beforeAll(async () => {
      database = await createTestDatabase();
      await seedDatabase(database.db, { demoAccounts: false, regions: { provinceCodes: ['14'] } });
      const real = new URL(database.url ?? '');
      const port = await deadPort();
      proxy = relay(port, { host: real.hostname, port: Number(real.port || 5432) });
      const viaProxy = new URL(real);
      viaProxy.port = String(port);
      // The app starts while the database refuses connections; the relay opens after two attempts.
      handle = await openDatabase(
        { databaseUrl: viaProxy.toString() },
        {
          statementTimeoutMs: 5000,
          retry: {
            log: (line) => startLines.push(line),
            sleep: async () => {
              if (startLines.length === 2) await proxy.open();
            },
          },
        },
      );
      app = await buildApp({
        db: handle.db,
        dialect: handle.dialect,
        now: () => new Date(),
        storage: diskStorage('/tmp/satu-atap-outage-files'),
        config: {
          version: 'test',
          demoMode: false,
          cookieSecure: false,
          webDistDir: null,
          logLevel: 'silent',
        },
      });
    });
    afterAll(async () => {
      await app?.close();
      await handle?.close();
      await proxy?.cut();
      await database?.close();
    });

    it('waited for the database at start, one line per attempt', () => {
      expect(startLines).toHaveLength(2);
      expect(startLines[0]).toMatch(
        /^database not reachable at 127\.0\.0\.1:\d+ \(ECONNREFUSED\); retrying in 1 s$/,
      );
      expect(startLines[1]).toMatch(/retrying in 2 s$/);
    });

    it('answers 503 DATABASE_UNAVAILABLE while the database is gone, and serves again when it is back', async () => {
      const offices = () => app.inject({ method: 'GET', url: '/api/v1/offices' });
      expect((await offices()).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/api/ready' })).statusCode).toBe(200);

      await proxy.cut();
      const started = Date.now();
      const down = await offices();
      expect(down.statusCode).toBe(503);
      expect(down.headers['retry-after']).toBe('5');
      expect(down.json()).toEqual({
        code: 'DATABASE_UNAVAILABLE',
        message: 'Layanan sedang tidak dapat mengakses basis data. Coba lagi sebentar lagi.',
      });
      const ready = await app.inject({ method: 'GET', url: '/api/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ database: 'unavailable' });
      // Liveness stays up: restarting the process would not bring the database back.
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      expect(Date.now() - started).toBeLessThan(5000);

      await proxy.open();
      expect((await offices()).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/api/ready' })).json()).toMatchObject({
        database: 'ok',
        migrations: 'ok',
      });
    });

    it('survives its connections being terminated by the server', async () => {
      expect((await app.inject({ method: 'GET', url: '/api/v1/offices' })).statusCode).toBe(200);
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      const name = new URL(database.url ?? '').pathname.slice(1);
      const killed = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
      await admin.end();
      expect(killed.rowCount).toBeGreaterThan(0);
      // A request that meets a killed connection is a 503, never a 500 or a crash; the next ones reconnect.
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const response = await app.inject({ method: 'GET', url: '/api/v1/offices' });
        statuses.push(response.statusCode);
        if (response.statusCode === 503) expect(response.json().code).toBe('DATABASE_UNAVAILABLE');
      }
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
      expect(statuses.at(-1)).toBe(200);
    });
  });
}
