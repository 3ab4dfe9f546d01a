import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_ADDRESS_FAILURES } from '../../../domain/auth/login-guard';
import { AppError } from '../../../domain/errors/app-error';
import { buildApp } from '../../app';
import type { AppConfig } from '../../app-deps';
import { type DatabaseHandle, openDatabase } from '../../db/client';
import { auditLog } from '../../modules/audit/tables';
import { REGISTRY_CHECKS_PER_HOUR } from '../../modules/registry/routes';
import { createStaff, createTestApp, staffSession, type TestApp } from '../../testing/test-app';
import { pgRateLimitStore } from './pg-store';
import { rateLimits } from './tables';

const CONFIG: AppConfig = {
  version: 'test',
  demoMode: false,
  cookieSecure: false,
  webDistDir: null,
  logLevel: 'silent',
};

/**
 * A second instance: its own app and, on PostgreSQL, its own connection pool to the same database
 * (PGlite is one process's database: the second app shares the handle).
 */
async function secondInstance(t: TestApp, extra: Partial<AppConfig> = {}) {
  const own: DatabaseHandle | null = t.handle.url ? await openDatabase({ databaseUrl: t.handle.url }) : null;
  const handle = own ?? t.handle;
  const app = await buildApp({
    db: handle.db,
    dialect: handle.dialect,
    now: () => t.clock.now,
    storage: t.storage,
    config: { ...CONFIG, ...extra },
  });
  return {
    app,
    async close() {
      await app.close();
      await own?.close();
    },
  };
}

/** Sends n requests, alternating between the instances; answers their status codes. */
async function alternate(
  apps: FastifyInstance[],
  n: number,
  send: (app: FastifyInstance) => Promise<number>,
) {
  const codes: number[] = [];
  for (let i = 0; i < n; i += 1) codes.push(await send(apps[i % apps.length] as FastifyInstance));
  return codes;
}

/**
 * Twenty failures of one address, sent alternately to the instances, then even the right password
 * of a real account is refused from that address (alike), while another address signs in.
 */
async function expectSprayStopped(
  apps: FastifyInstance[],
  staff: { username: string; password: string },
  address: string,
) {
  const login = (app: FastifyInstance, username: string, password: string, remoteAddress = address) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, payload: { username, password } });
  const answers = [];
  for (let i = 0; i < LOGIN_ADDRESS_FAILURES; i += 1) {
    answers.push(await login(apps[i % apps.length] as FastifyInstance, `pegawai.${i}`, 'Rahasia2026!'));
  }
  expect(answers.map((r) => r.statusCode)).toEqual(Array(LOGIN_ADDRESS_FAILURES).fill(401));
  for (const app of apps) {
    const stopped = await login(app, staff.username, staff.password);
    expect(stopped.statusCode).toBe(401);
    expect(stopped.body).toBe(answers[0]?.body);
    expect(Number(stopped.headers['retry-after'])).toBeGreaterThan(60);
  }
  expect(
    (await login(apps[1] as FastifyInstance, staff.username, staff.password, '192.0.2.99')).statusCode,
  ).toBe(200);
}

const track = (app: FastifyInstance, ip = '198.51.100.7') =>
  app
    .inject({ method: 'GET', url: '/api/v1/track/SA-XXXX-XXXX', remoteAddress: ip })
    .then((r) => r.statusCode);

describe('limits shared by two instances on one database', () => {
  let t: TestApp;
  let other: Awaited<ReturnType<typeof secondInstance>>;

  beforeAll(async () => {
    t = await createTestApp();
    other = await secondInstance(t);
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  it('refuses the 31st tracking request of an address across the pair', async () => {
    const codes = await alternate([t.app, other.app], 31, (app) => track(app));
    expect(codes.slice(0, 30).every((c) => c !== 429)).toBe(true);
    expect(codes[30]).toBe(429);
    // Another address still has its own allowance, on either instance.
    expect(await track(other.app, '198.51.100.8')).not.toBe(429);
  });

  it('stops password spraying from an address after 20 failures across the pair', async () => {
    const staff = await createStaff(t, { office: 'dumai', role: 'kabid' });
    await expectSprayStopped([t.app, other.app], staff, '203.0.113.20');
  });

  it("counts an officer's registry checks on both instances together", async () => {
    const officer = await staffSession(t, { office: 'dumai', role: 'complaint_officer' });
    const codes = await alternate([t.app, other.app], REGISTRY_CHECKS_PER_HOUR + 1, (app) =>
      app
        .inject({
          method: 'POST',
          url: '/api/v1/registry/checks',
          headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken },
          payload: { ticket: 'SA-XXXX-XXXX', by: 'nik', nik: '1472010101800001' },
        })
        .then((r) => r.statusCode),
    );
    expect(codes.slice(0, REGISTRY_CHECKS_PER_HOUR).every((c) => c !== 429)).toBe(true);
    expect(codes[REGISTRY_CHECKS_PER_HOUR]).toBe(429);
    const refused = await officer.request({
      method: 'POST',
      url: '/api/v1/registry/checks',
      payload: { ticket: 'SA-XXXX-XXXX', by: 'nik', nik: '1472010101800001' },
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual(new AppError('REGISTRY_CHECK_LIMIT').toBody());
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
    // The overflow is audited once for the first refused check (not for each): who, when, how many.
    const overflow = await t.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'registry.check_limit_exceeded'));
    expect(overflow).toHaveLength(1);
    expect(overflow[0]).toMatchObject({
      actorUserId: officer.userId,
      targetId: officer.userId,
      after: { checksThisHour: REGISTRY_CHECKS_PER_HOUR + 1, limit: REGISTRY_CHECKS_PER_HOUR },
    });
    // The limit is the officer's, not the address's: a colleague behind the same NAT goes on.
    const colleague = await staffSession(t, { office: 'dumai', role: 'complaint_officer' });
    const next = await colleague.request({
      method: 'POST',
      url: '/api/v1/registry/checks',
      payload: { ticket: 'SA-XXXX-XXXX', by: 'nik', nik: '1472010101800001' },
    });
    expect(next.statusCode).not.toBe(429);
  });
});

describe('the database store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('counts a fixed window and starts a new one when it has passed', async () => {
    const Store = pgRateLimitStore(t.handle.db, (error) => {
      throw error;
    });
    const store = new Store({}).child({ routeInfo: { method: 'GET', url: '/x' } } as never);
    const incr = () =>
      new Promise<{ current: number; ttl: number }>((resolve, reject) =>
        store.incr('client', (error, result) => (error || !result ? reject(error) : resolve(result)), 400, 2),
      );
    expect((await incr()).current).toBe(1);
    expect((await incr()).current).toBe(2);
    const third = await incr();
    expect(third.current).toBe(3);
    expect(third.ttl).toBeGreaterThan(0);
    expect(third.ttl).toBeLessThanOrEqual(400);
    await new Promise((r) => setTimeout(r, 450));
    expect((await incr()).current).toBe(1);
    // Hits at once are counted in batches, each still getting its own place in the count.
    const burst = await Promise.all(Array.from({ length: 12 }, () => incr()));
    expect(burst.map((r) => r.current).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 2),
    );
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('limits in Redis when REDIS_URL is set', () => {
  let t: TestApp;
  let redis: ChildProcess;
  let redisUrl: string;
  let first: Awaited<ReturnType<typeof secondInstance>>;
  let second: Awaited<ReturnType<typeof secondInstance>>;

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    redisUrl = `redis://127.0.0.1:${port}`;
    t = await createTestApp();
    for (let attempt = 0; ; attempt += 1) {
      try {
        first = await secondInstance(t, { redisUrl });
        break;
      } catch (error) {
        if (attempt > 40) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    second = await secondInstance(t, { redisUrl });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await t?.close();
    redis?.kill();
  });

  it('refuses the 31st tracking request across the pair, counted in Redis', async () => {
    const codes = await alternate([first.app, second.app], 31, (app) => track(app, '198.51.100.30'));
    expect(codes.slice(0, 30).every((c) => c !== 429)).toBe(true);
    expect(codes[30]).toBe(429);
    // Counted in Redis, not in the database.
    const rows = await t.handle.db.select().from(rateLimits);
    expect(rows).toEqual([]);
  });

  it('stops password spraying across the pair, counted in Redis', async () => {
    const staff = await createStaff(t, { office: 'bekasi', role: 'kabid' });
    await expectSprayStopped([first.app, second.app], staff, '198.51.100.31');
    const rows = await t.handle.db.select().from(rateLimits);
    expect(rows).toEqual([]);
  });

  it('stops the start with a clear message when Redis cannot be reached', async () => {
    const closed = await freePort();
    await expect(secondInstance(t, { redisUrl: `redis://:rahasia@127.0.0.1:${closed}` })).rejects.toThrow(
      /REDIS_URL redis:\/\/:\*\*\*@127\.0\.0\.1:\d+\/?: cannot connect to Redis/,
    );
  });
});
