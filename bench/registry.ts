// The social registry on PostgreSQL: a 1,000,000-member SIKS-NG export loaded by the import (CLI and
// admin page code) beside `psql \copy` of the same file into a plain table; then checks by NIK, by
// KK and by name with birth date through the HTTP API at 5,000,000 members. Targets: the import
// under 2 minutes; p99 of a NIK or KK check under 20 ms. BENCH_MEMBERS, BENCH_TOTAL and
// BENCH_SECONDS shrink a run.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/server/db/client';
import { applyMigrations } from '../src/server/db/migrate';
import { hashPassword } from '../src/server/modules/auth/password';
import { users } from '../src/server/modules/auth/tables';
import { beginImport, loadImport } from '../src/server/modules/registry/import';
import { seedDatabase } from '../src/server/seed';
import {
  addBulkMembers,
  birthDateOf,
  kkOf,
  MEMBERS_PER_HOUSEHOLD,
  nameOf,
  nikOf,
  writeRegistryCsv,
} from './registry-fixture';
import { cpuSeconds, cpuUsedBetween, createBenchDatabase, printTable, startBenchServers } from './support';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
const TOTAL = Number(process.env.BENCH_TOTAL ?? 5_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = 4;
const PASSWORD = 'bench-password-123';

type Db = Awaited<ReturnType<typeof openDatabase>>['db'];
const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;
const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

/** The baseline: the same file into a table of text columns with no index, by psql's \copy. */
async function psqlCopy(url: string, file: string): Promise<number> {
  const table = `create table bench_plain (iddtks text, nokk text, nik text, nama text, tmpt_lhr text, tgl_lhr text,
    jns_kel text, hub_kel text, alamat text, kode_wilayah text, pkh text, bpnt text, pbi text, blt text, desil text)`;
  const started = performance.now();
  const child = spawn(
    'psql',
    [
      url,
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      table,
      '-c',
      `\\copy bench_plain from '${file}' with (format csv, header true, delimiter ';')`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`psql exited ${code}`);
  return seconds(started);
}

async function importFile(db: Db, officeId: string, file: string) {
  const request = {
    office: { id: officeId, code: '14.72' },
    filePath: file,
    fileName: 'dtks-bench.csv',
    source: 'DTKS',
    dataDate: '2026-10-01',
    mapping: null,
    saveMapping: false,
    userId: null,
    audit: { actor: null, ip: null, requestId: 'bench' },
    now: () => new Date(),
  };
  const started = performance.now();
  const result = await loadImport(db, request, await beginImport(db, request));
  return { seconds: seconds(started), ...result };
}

interface Measured {
  check: string;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  registered: number;
  appCpuMicroseconds: number;
  databaseCpuMicroseconds: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** A few officers checking for SECONDS; each request a different person. */
async function measure(
  server: { base: string; pid: number },
  label: string,
  session: { cookie: string; csrf: string },
  body: (n: number) => object,
): Promise<Measured> {
  const { base } = server;
  const { cookie, csrf } = session;
  const latencies: number[] = [];
  let registered = 0;
  let n = 0;
  let until = performance.now() + 2000;
  let recording = false;
  const worker = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      const response = await fetch(`${base}/api/v1/registry/checks`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        body: JSON.stringify(body(n++)),
      });
      const answer = (await response.json()) as { registered?: boolean };
      if (response.status !== 200) throw new Error(`${label}: ${response.status} ${JSON.stringify(answer)}`);
      if (!recording) continue;
      latencies.push(performance.now() - started);
      if (answer.registered) registered++;
    }
  };
  // Two seconds of warm-up (connections, compiled code), then the measurement.
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  [until, recording] = [performance.now() + SECONDS * 1000, true];
  const cpuBefore = cpuSeconds([server.pid]);
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const cpu = cpuUsedBetween(cpuBefore, cpuSeconds([server.pid]));
  latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  const perRequest = (s: number) => Math.round((s * 1e6) / latencies.length);
  return {
    check: label,
    requests: latencies.length,
    p50Ms: round(percentile(latencies, 0.5)),
    p95Ms: round(percentile(latencies, 0.95)),
    p99Ms: round(percentile(latencies, 0.99)),
    maxMs: round(latencies.at(-1) ?? 0),
    registered,
    appCpuMicroseconds: perRequest(cpu.app),
    databaseCpuMicroseconds: perRequest(cpu.database),
  };
}

async function officerSession(db: Db, base: string, officeId: string, village: string) {
  await db.insert(users).values({
    officeId,
    username: 'bench.pelayanan',
    fullName: 'Petugas Pelayanan',
    role: 'service_officer',
    passwordHash: await hashPassword(PASSWORD, 10),
  });
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench.pelayanan', password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const report = await fetch(`${base}/api/v1/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      office: 'dumai',
      serviceCode: 'rekom-dtks',
      ppks: { category: 'lansia-terlantar', subcategory: 'tinggal-sendiri', other: null },
      dtksStatus: 'tidak-tahu',
      aid: { kinds: ['belum-pernah'], pbiScheme: null, other: null },
      description: 'Permohonan surat rekomendasi DTKS untuk berobat.',
      reporter: { name: 'Pemohon', phone: '0812-3456-7890' },
      consent: true,
      person: {
        fullName: 'Pemohon',
        birthPlace: 'Dumai',
        birthDate: '1980-01-01',
        kk: null,
        nik: null,
        education: 'sd',
        phone: null,
        villageCode: village,
        address: 'Jl. A',
      },
    }),
  });
  const { ticket } = (await report.json()) as { ticket: string };
  if (!ticket) throw new Error('no case for the checks');
  return { cookie, csrfToken, ticket };
}

async function checkLatencies(url: string, db: Db, officeId: string, village: string) {
  const servers = await startBenchServers(url);
  try {
    const { cookie, csrfToken, ticket } = await officerSession(db, servers.appAddress, officeId, village);
    // The bare server's own table load must not land in the first measurement.
    await db.execute(sql`vacuum analyze`);
    await db.execute(sql`checkpoint`);
    // Spread over the loaded members; every third asked NIK is one the registry does not hold.
    const member = (n: number) => (n * 7919) % MEMBERS;
    const results: Measured[] = [];
    for (const [label, body] of [
      [
        'nik',
        (n: number) => ({
          ticket,
          by: 'nik',
          nik: n % 3 === 2 ? `147201010199${String(n % 9000).padStart(4, '0')}` : nikOf(member(n)),
        }),
      ],
      ['kk', (n: number) => ({ ticket, by: 'kk', kk: kkOf(Math.floor(member(n) / MEMBERS_PER_HOUSEHOLD)) })],
      [
        'name+birth date',
        (n: number) => ({
          ticket,
          by: 'name',
          name: nameOf(member(n)).replace('i', 'y'),
          birthDate: birthDateOf(member(n)),
        }),
      ],
    ] as const)
      results.push(
        await measure(
          { base: servers.appAddress, pid: servers.pid },
          label,
          { cookie, csrf: csrfToken },
          body,
        ),
      );
    return results;
  } finally {
    await servers.stop();
  }
}

export async function run(): Promise<Record<string, unknown>> {
  const database = await createBenchDatabase('satu_atap_registry');
  const handle = await openDatabase({ databaseUrl: database.url });
  const file = join(tmpdir(), `satu-atap-registry-${process.pid}.csv`);
  try {
    await applyMigrations(handle);
    await seedDatabase(handle.db, { demoAccounts: false });
    const [office] = rows<{ id: string }>(
      await handle.db.execute(sql`select id from offices where slug = 'dumai'`),
    );
    if (!office) throw new Error('no Dumai office');
    const villages = rows<{ code: string }>(
      await handle.db.execute(
        sql`select code from regions where level = 4 and code like '14.72.%' order by code`,
      ),
    ).map((r) => r.code);
    console.log(`writing ${MEMBERS.toLocaleString('en')} members…`);
    const bytes = await writeRegistryCsv(file, MEMBERS, villages);
    const copySeconds = await psqlCopy(database.url, file);
    console.log(`psql \\copy: ${copySeconds} s; importing…`);
    const first = await importFile(handle.db, office.id, file);
    console.log(`import: ${first.seconds} s (${first.inserted} new, ${first.failed} refused); re-importing…`);
    const again = await importFile(handle.db, office.id, file);
    console.log(
      `re-import: ${again.seconds} s (${again.updated} updated); adding members to ${TOTAL.toLocaleString('en')}…`,
    );
    await addBulkMembers(handle.db, office.id, Math.max(0, TOTAL - MEMBERS), villages);
    await handle.db.execute(sql`vacuum analyze registry_members`);
    await handle.db.execute(sql`checkpoint`);
    const checks = await checkLatencies(database.url, handle.db, office.id, villages[0] ?? '');
    printTable(checks.map((c) => ({ ...c })));
    const import_ = {
      rows: MEMBERS,
      megabytes: Math.round(bytes / 1e5) / 10,
      seconds: first.seconds,
      rowsPerSecond: Math.round(MEMBERS / first.seconds),
      inserted: first.inserted,
      failed: first.failed,
    };
    const worstP99 = Math.max(...checks.filter((c) => c.check !== 'name+birth date').map((c) => c.p99Ms));
    const targets = { importUnder120s: first.seconds < 120, nikAndKkCheckP99Under20ms: worstP99 < 20 };
    console.log({ import: import_, copySeconds, reimportSeconds: again.seconds, targets });
    return {
      members: MEMBERS,
      totalMembersForChecks: Math.max(TOTAL, MEMBERS),
      import: import_,
      baseline: {
        psqlCopySeconds: copySeconds,
        importOverCopy: Math.round((first.seconds / copySeconds) * 10) / 10,
      },
      reimport: { seconds: again.seconds, updated: again.updated },
      checks: { secondsPerCheck: SECONDS, concurrency: CONCURRENCY, results: checks },
      targets,
    };
  } finally {
    await rm(file, { force: true });
    await handle.close();
    await database.drop();
  }
}
