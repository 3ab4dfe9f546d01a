import { execSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem, type } from 'node:os';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import pg from 'pg';

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A throw-away database on the benchmark's PostgreSQL server. */
export async function createBenchDatabase(
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

export interface LoadResult {
  requestsPerSecond: number;
  /** CPU time per request of the server process and of PostgreSQL, when measured. */
  appCpuMicroseconds?: number;
  databaseCpuMicroseconds?: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  statusCodes?: unknown;
}

/** Drives one URL with autocannon (after a short warm-up) and returns throughput, latency and, given the server's pid, CPU per request. */
export async function load(options: autocannon.Options, serverPid?: number): Promise<LoadResult> {
  // Warm up first (connections opened, code compiled), so the measurement sees the steady state.
  await autocannon({ connections: 10, ...options, duration: 2 });
  const before = serverPid ? cpuSeconds([serverPid]) : null;
  const result = await autocannon({ connections: 10, duration: 10, ...options });
  const after = serverPid ? cpuSeconds([serverPid]) : null;
  const used = before && after ? cpuUsedBetween(before, after) : null;
  const perRequest = (seconds: number) => Math.round((seconds * 1e6) / result.requests.total);
  return {
    ...(used
      ? { appCpuMicroseconds: perRequest(used.app), databaseCpuMicroseconds: perRequest(used.database) }
      : {}),
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    // Which answers they were, so a failed request can be traced.
    ...(result.non2xx ? { statusCodes: (result as { statusCodeStats?: unknown }).statusCodeStats } : {}),
  };
}

export function printTable(rows: Record<string, string | number>[]): void {
  console.table(rows);
}

export interface BenchServers {
  pid: number;
  appAddress: string;
  bareAddress: string;
  stop(): Promise<void>;
}

/**
 * Starts bench/servers.ts in a child process on the given database and waits for its addresses.
 * BENCH_PROFILE=<dir> writes the servers' V8 CPU profile there when they stop (open it in Chrome's
 * DevTools, or summarise it with `npx tsx bench/profile-summary.ts <file>`).
 */
export async function startBenchServers(databaseUrl: string): Promise<BenchServers> {
  const profile = process.env.BENCH_PROFILE;
  const child = spawn(
    process.execPath,
    [
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
      '--import',
      'tsx',
      new URL('./servers.ts', import.meta.url).pathname,
    ],
    {
      env: { ...process.env, BENCH_DATABASE: databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench servers stopped (exit ${code})`)));
  });
  const { appAddress, bareAddress } = JSON.parse(line) as { appAddress: string; bareAddress: string };
  return {
    pid: child.pid ?? 0,
    appAddress,
    bareAddress,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** CPU seconds used so far by each PostgreSQL process on this machine and by the given processes. */
export function cpuSeconds(pids: number[]): Map<number, { app: boolean; seconds: number }> {
  const seconds = (stat: string) => {
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in 1/100 s
  };
  const usage = new Map<number, { app: boolean; seconds: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const app = pids.includes(Number(entry));
      if (app || stat.includes('(postgres)')) usage.set(Number(entry), { app, seconds: seconds(stat) });
    } catch {
      // The process ended while we looked.
    }
  }
  return usage;
}

/** CPU used between two readings, by processes alive at both (a connection that ended takes its time with it). */
export function cpuUsedBetween(
  before: ReturnType<typeof cpuSeconds>,
  after: ReturnType<typeof cpuSeconds>,
): { app: number; database: number } {
  const used = { app: 0, database: 0 };
  for (const [pid, end] of after) {
    const start = before.get(pid);
    if (start) used[end.app ? 'app' : 'database'] += end.seconds - start.seconds;
  }
  return used;
}

/** The machine and the commit a result was measured on, for bench/results/*.json. */
export function machineAndCommit() {
  const cpu = cpus();
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execSync('git rev-parse HEAD', { encoding: 'utf8' }).trim();
    dirty = execSync('git status --porcelain', { encoding: 'utf8' }).trim() !== '';
  } catch {
    // Not a git checkout.
  }
  return {
    machine: {
      os: type(),
      cpuModel: cpu[0]?.model ?? 'unknown',
      cpus: cpu.length,
      totalMemoryGb: Math.round(totalmem() / 2 ** 30),
    },
    commit,
    workingTreeDirty: dirty,
  };
}
