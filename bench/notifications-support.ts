// The notifications benchmark's moving parts: the app as `npm start` runs it (its own process, its log
// in a file), the fake WhatsApp Cloud API (in the load generator's process or its own), and intake load
// whose every report comes from its own citizen (address and phone), timed response by response.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { build } from 'esbuild';
import type { Database } from '../src/server/db/client';
import { rowsOf } from '../src/server/modules/case-handling/case-record';
import { type FakeWhatsapp, startFakeWhatsapp } from '../src/server/testing/fake-whatsapp';
import { cpuSeconds, cpuUsedBetween } from './support';

const ROOT = new URL('..', import.meta.url).pathname;

export interface FakeStats {
  messages: number;
  requests: number;
  duplicatesRefused: number;
  /** Messages whose notice id (biz_opaque_callback_data) is one of the ids asked about, and how many differ. */
  receivedOfBatch: number;
  distinctOfBatch: number;
  firstReceivedAt: number | null;
  lastReceivedAt: number | null;
}

export interface FakeProvider {
  apiBase: string;
  token: string;
  phoneNumberId: string;
  appSecret: string;
  /** The fake's own process, when it has one. */
  pid: number | null;
  stats(noticeIds: string[]): Promise<FakeStats>;
  close(): Promise<void>;
}

/** What the fake knows of a set of notices (the notice id travels as biz_opaque_callback_data). */
export function fakeStats(fake: FakeWhatsapp, noticeIds: string[]): FakeStats {
  const wanted = new Set(noticeIds);
  const ofBatch = fake.messages.filter((m) => m.bizOpaqueCallbackData && wanted.has(m.bizOpaqueCallbackData));
  const times = ofBatch.map((m) => m.receivedAt.getTime());
  return {
    messages: fake.messages.length,
    requests: fake.requests,
    duplicatesRefused: fake.duplicatesRefused,
    receivedOfBatch: ofBatch.length,
    distinctOfBatch: new Set(ofBatch.map((m) => m.bizOpaqueCallbackData)).size,
    firstReceivedAt: times.length ? Math.min(...times) : null,
    lastReceivedAt: times.length ? Math.max(...times) : null,
  };
}

async function inlineFake(): Promise<FakeProvider> {
  const fake = await startFakeWhatsapp();
  return {
    apiBase: fake.apiBase,
    token: fake.token,
    phoneNumberId: fake.phoneNumberId,
    appSecret: fake.appSecret,
    pid: null,
    stats: async (ids) => fakeStats(fake, ids),
    close: () => fake.close(),
  };
}

/** bench/fake-whatsapp-server.ts in a child process, asked for its figures over IPC. */
async function processFake(): Promise<FakeProvider> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./fake-whatsapp-server.ts', import.meta.url).pathname],
    { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`fake WhatsApp stopped (exit ${code})`)));
  });
  const info = JSON.parse(line) as Pick<FakeProvider, 'apiBase' | 'token' | 'phoneNumberId' | 'appSecret'>;
  let asked = 0;
  return {
    ...info,
    pid: child.pid ?? null,
    stats(ids) {
      const id = ++asked;
      return new Promise((resolve) => {
        const listener = (message: { id: number; stats: FakeStats }) => {
          if (message.id !== id) return;
          child.off('message', listener);
          resolve(message.stats);
        };
        child.on('message', listener);
        child.send({ id, ids });
      });
    },
    async close() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

export function startFakeProvider(mode: 'inline' | 'process'): Promise<FakeProvider> {
  return mode === 'inline' ? inlineFake() : processFake();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface AppProcess {
  pid: number;
  url: string;
  logFile: string;
  /** The fake's pid, so its CPU is counted apart. */
  fakePid: number | null;
  stop(): Promise<void>;
}

/** The deployment's settings that must not leak in from the shell running the benchmark. */
const PROVIDER_ENV =
  /^(WHATSAPP_|SMS_|TWILIO_|SMTP_URL$|MAIL_FROM$|NOTICE_MAX_PER_SECOND$|LOG_LEVEL$|DEMO$|DATA_DIR$)/;

/**
 * The server bundled as `npm run build` bundles it (scripts/build-server.mjs, same options), into a
 * folder of the benchmark's own: dist/ may be in use by a running app or test meanwhile. Two folders
 * below the project root, as dist/server is, so the paths the bundle reads resolve the same.
 */
export async function buildServerBundle(): Promise<string> {
  const outdir = `${ROOT}.tmp/bench-server-${process.pid}`;
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/server/main.ts'],
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  return `${outdir}/main.js`;
}

/** src/server/main.ts as `npm start` runs it (the web app built or not), its output to a log file. */
export async function startAppProcess(
  bundle: string,
  databaseUrl: string,
  fake: FakeProvider | null,
  extraEnv: Record<string, string> = {},
): Promise<AppProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(tmpdir(), `satu-atap-bench-notifications-${process.pid}.log`);
  const fd = openSync(logFile, 'w');
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !PROVIDER_ENV.test(k)));
  // As scripts/start.mjs runs dist/server/main.js: plain Node, source maps on. BENCH_APP_ENTRY runs
  // another (TypeScript) entry in its place, a tuning experiment on the same environment.
  const experiment = process.env.BENCH_APP_ENTRY;
  const args = experiment ? ['--import', 'tsx', experiment] : ['--enable-source-maps', bundle];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...inherited,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: url,
      // Behind the deployment's reverse proxy each citizen has their own address.
      TRUST_PROXY: '1',
      STORAGE_DIR: mkdtempSync(join(tmpdir(), 'satu-atap-bench-files-')),
      ...(fake
        ? {
            WHATSAPP_API_BASE: fake.apiBase,
            WHATSAPP_TOKEN: fake.token,
            WHATSAPP_PHONE_NUMBER_ID: fake.phoneNumberId,
            WHATSAPP_APP_SECRET: fake.appSecret,
          }
        : {}),
      // Unset: the deployed default pace (src/server/modules/notifications/worker.ts).
      ...(process.env.BENCH_MAX_PER_SECOND
        ? { NOTICE_MAX_PER_SECOND: process.env.BENCH_MAX_PER_SECOND }
        : {}),
      ...extraEnv,
    },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  let exit: number | null | undefined;
  child.once('exit', (code) => {
    exit = code;
  });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exit !== undefined) throw new Error(`the app exited (${exit}); see ${logFile}`);
    if (Date.now() > deadline) throw new Error(`the app did not start; see ${logFile}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    pid: child.pid ?? 0,
    url,
    logFile,
    fakePid: fake?.pid ?? null,
    async stop() {
      if (exit !== undefined) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      // A shutdown waits for a job's statement in flight; the database is dropped next anyway.
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

let citizen = 0;

/** A Dumai report as bench/intake.ts files it, from a reporter of its own. */
function reportBody(villageCode: string, phone: string): string {
  return JSON.stringify({
    office: 'dumai',
    serviceCode: null,
    person: {
      fullName: 'Mak Ijah',
      villageCode,
      education: 'sd',
      nik: null,
      kk: null,
      phone: null,
      birthPlace: null,
      birthDate: null,
      address: 'Gang Mawar',
    },
    ppks: { category: 'lansia-terlantar', subcategory: 'tinggal-sendiri', other: null },
    dtksStatus: 'tidak-tahu',
    aid: { kinds: ['belum-pernah'], pbiScheme: null, other: null },
    description: 'Nenek tinggal sendiri, jarang makan, rumahnya bocor.',
    reporter: { name: 'Tetangga', phone },
    consent: true,
  });
}

function intakeOptions(url: string, villageCode: string, seconds: number): autocannon.Options {
  return {
    url,
    connections: 10,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        path: '/api/v1/reports',
        setupRequest: (request) => {
          citizen += 1;
          const n = citizen;
          const phone = `0812${String(20_000_000 + n).padStart(8, '0')}`;
          return {
            ...request,
            headers: {
              ...request.headers,
              'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
            },
            body: reportBody(villageCode, phone),
          };
        },
      },
    ],
  };
}

export interface IntakeRun {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** Share of one CPU used during the measurement by the app, PostgreSQL, the load generator, the fake. */
  appCpuPercent: number;
  databaseCpuPercent: number;
  benchCpuPercent: number;
  fakeCpuPercent: number | null;
  startedAt: number;
  endedAt: number;
  /** 2xx answers per second between two instants of the measurement (clipped to it). */
  rateBetween(from: number, to: number): number;
  summary(): Record<string, unknown>;
}

/**
 * POST /api/v1/reports for `seconds` after a 2-second warm-up; `beforeMeasure` runs between the two
 * (the draining rounds queue their notices there). Each 2xx answer's time is kept, so the rate of any
 * part of the measurement can be read.
 */
export async function intakeLoad(
  app: AppProcess,
  villageCode: string,
  seconds: number,
  beforeMeasure: () => Promise<void>,
): Promise<IntakeRun> {
  await autocannon(intakeOptions(app.url, villageCode, 2));
  await beforeMeasure();
  const pids = [app.pid, ...(app.fakePid ? [app.fakePid] : [])];
  const before = cpuSeconds(pids);
  const benchBefore = process.cpuUsage();
  const answers: number[] = [];
  const startedAt = Date.now();
  const instance = autocannon(
    intakeOptions(app.url, villageCode, seconds),
  ) as unknown as Promise<autocannon.Result> & NodeJS.EventEmitter;
  instance.on('response', (_client: unknown, status: number) => {
    if (status >= 200 && status < 300) answers.push(Date.now());
  });
  const result = await instance;
  const endedAt = Date.now();
  const after = cpuSeconds(pids);
  const bench = process.cpuUsage(benchBefore);
  const elapsed = (endedAt - startedAt) / 1000;
  const percent = (s: number) => Math.round((s / elapsed) * 100);
  const used = cpuUsedBetween(before, after);
  const fakeUsed = app.fakePid ? cpuOf(after, app.fakePid) - cpuOf(before, app.fakePid) : null;
  const run: IntakeRun = {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    appCpuPercent: percent(used.app - (fakeUsed ?? 0)),
    databaseCpuPercent: percent(used.database),
    benchCpuPercent: percent((bench.user + bench.system) / 1e6),
    fakeCpuPercent: fakeUsed === null ? null : percent(fakeUsed),
    startedAt,
    endedAt,
    rateBetween(from, to) {
      const start = Math.max(from, startedAt);
      const end = Math.min(to, endedAt);
      if (end <= start) return 0;
      return Math.round(answers.filter((t) => t >= start && t < end).length / ((end - start) / 1000));
    },
    summary() {
      const { rateBetween: _r, summary: _s, ...figures } = run;
      return figures;
    },
  };
  return run;
}

function cpuOf(usage: ReturnType<typeof cpuSeconds>, pid: number): number {
  return usage.get(pid)?.seconds ?? 0;
}

/**
 * Samples the app's statements running for over a second, once a second: the every-minute jobs run
 * beside the load as deployed, and a round they fall into says so.
 */
export function watchLongStatements(db: Database): { stop(): string[] } {
  const seen = new Map<string, string>();
  const timer = setInterval(() => {
    void db
      .execute(sql`
        select left(regexp_replace(query, '\\s+', ' ', 'g'), 70) as query,
               round(extract(epoch from now() - query_start))::int as seconds
        from pg_stat_activity
        where datname = current_database() and state = 'active' and pid <> pg_backend_pid()
          and now() - query_start > interval '1 second'`)
      .then(
        (r) => {
          for (const row of rowsOf<{ query: string; seconds: number }>(r))
            seen.set(row.query.trim(), `${row.query.trim()} (${row.seconds}+ s)`);
        },
        () => undefined,
      );
  }, 1000);
  return {
    stop() {
      clearInterval(timer);
      return [...seen.values()];
    },
  };
}
