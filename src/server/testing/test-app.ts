import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../domain/auth/roles';
import { buildApp } from '../app';
import type { AppConfig } from '../app-deps';
import { hashPassword } from '../modules/auth/password';
import { users } from '../modules/auth/tables';
import type { DeliveryConfig } from '../modules/notifications/delivery-config';
import { offices } from '../modules/offices/tables';
import { seedDatabase } from '../seed';
import { diskStorage, type FileStorage } from '../storage/file-storage';
import { createTestDatabase, type TestDatabaseHandle } from './test-database';

/** Provinces of the four seed offices: enough regions for tests, loaded in a second. */
export const TEST_PROVINCES = ['13', '14', '32'] as const;
export const TEST_PASSWORD = 'kata-sandi-uji-123';
// Tests hash with a cheap scrypt cost; the stored cost travels with each hash.
const TEST_SCRYPT_LOG_N = 10;

export interface TestApp {
  app: FastifyInstance;
  handle: TestDatabaseHandle;
  clock: { now: Date };
  storage: FileStorage;
  close(): Promise<void>;
}

/**
 * The app as the tests build it, on a given database, clock and storage: a second app on a test's
 * database (other providers, a second instance, logs kept in memory, a metrics token) shares
 * everything but the settings it overrides.
 */
export function appOn(
  t: Pick<TestApp, 'handle' | 'clock' | 'storage'>,
  config: Partial<AppConfig> = {},
): Promise<FastifyInstance> {
  return buildApp({
    db: t.handle.db,
    dialect: t.handle.dialect,
    now: () => t.clock.now,
    storage: t.storage,
    config: {
      version: 'test',
      demoMode: false,
      cookieSecure: false,
      webDistDir: null,
      logLevel: 'silent',
      publicBaseUrl: 'https://layanan.example.go.id',
      ...config,
    },
  });
}

/** The real app on a fresh database with regions and the seed offices, no demo accounts. */
export async function createTestApp(options: { delivery?: DeliveryConfig } = {}): Promise<TestApp> {
  process.env.SCRYPT_LOG_N = String(TEST_SCRYPT_LOG_N);
  const handle = await createTestDatabase();
  await seedDatabase(handle.db, { demoAccounts: false, regions: { provinceCodes: TEST_PROVINCES } });
  const clock = { now: new Date() };
  const storageDir = await mkdtemp(join(tmpdir(), 'satu-atap-files-'));
  const storage = diskStorage(storageDir);
  const app = await appOn({ handle, clock, storage }, options.delivery ? { delivery: options.delivery } : {});
  return {
    app,
    handle,
    clock,
    storage,
    async close() {
      await app.close();
      await handle.close();
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}

let userCounter = 0;

/** Creates a staff account in an office (by slug); parents come from the seed. */
export async function createStaff(
  testApp: TestApp,
  input: { office: string; role: Role; districtCode?: string; active?: boolean; partnerName?: string },
): Promise<{ id: string; username: string; password: string }> {
  const [office] = await testApp.handle.db.select().from(offices).where(eq(offices.slug, input.office));
  if (!office) throw new Error(`no seed office ${input.office}`);
  userCounter += 1;
  const username = `${input.office}.${input.role}.${userCounter}`.replaceAll('_', '-');
  const [row] = await testApp.handle.db
    .insert(users)
    .values({
      officeId: office.id,
      username,
      fullName: `Petugas Uji ${userCounter}`,
      role: input.role,
      districtCode: input.districtCode ?? null,
      partnerName: input.partnerName ?? null,
      active: input.active ?? true,
      passwordHash: await hashPassword(TEST_PASSWORD, TEST_SCRYPT_LOG_N),
    })
    .returning({ id: users.id });
  if (!row) throw new Error('user not created');
  return { id: row.id, username, password: TEST_PASSWORD };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  /** inject() with the session cookie and CSRF header set. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** Logs in through the real endpoint and returns a client bound to that session. */
export async function loginAs(
  testApp: TestApp,
  credentials: { username: string; password: string },
): Promise<Session> {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: credentials,
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies.find((c) => c.name === 'sa_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `sa_session=${setCookie.value}`;
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return {
    cookie,
    csrfToken,
    request: (options) =>
      testApp.app.inject({
        ...options,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(options.headers ?? {}) },
      }),
  };
}

/** Creates an account and logs it in. */
export async function staffSession(
  testApp: TestApp,
  input: Parameters<typeof createStaff>[1],
): Promise<Session & { userId: string }> {
  const staff = await createStaff(testApp, input);
  return { ...(await loginAs(testApp, staff)), userId: staff.id };
}
