// Intake and tracking on PostgreSQL with 1,000,000 cases, beside a bare Fastify INSERT / SELECT
// on the same database. Targets: intake ≥ 50% of the bare INSERT's rate; tracking ≥ 60% of the
// bare SELECT's rate with p99 < 20 ms. The servers run in their own process (bench/servers.ts);
// the table adds the CPU each request cost the app and PostgreSQL. BENCH_CASES and BENCH_SECONDS
// shrink a run; BENCH_SERVICE=<code> files service requests instead of complaints.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/server/db/client';
import { applyMigrations } from '../src/server/db/migrate';
import { seedDatabase } from '../src/server/seed';
import { loadCases } from './cases-fixture';
import { createBenchDatabase, type LoadResult, load, printTable, startBenchServers } from './support';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

function reportBody(villageCode: string): string {
  return JSON.stringify({
    office: 'dumai',
    serviceCode: process.env.BENCH_SERVICE ?? null,
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
    reporter: { name: 'Tetangga', phone: '0812-3456-7890' },
    consent: true,
  });
}

/** Rows of a raw query, whichever driver answered (node-postgres and PGlite both give `rows`). */
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export async function run(): Promise<Record<string, unknown>> {
  const database = await createBenchDatabase('satu_atap_bench');
  const handle = await openDatabase({ databaseUrl: database.url });
  try {
    await applyMigrations(handle);
    await seedDatabase(handle.db, { demoAccounts: false });
    console.log(`loading ${CASES.toLocaleString('en')} cases…`);
    const loadSeconds = await loadCases(handle.db, CASES);
    const servers = await startBenchServers(database.url);
    const { appAddress, bareAddress } = servers;
    const [village] = rowsOf<{ code: string }>(
      await handle.db.execute(
        sql`select code from regions where level = 4 and code like '14.72.%' order by code limit 1`,
      ),
    );
    if (!village) throw new Error('no Dumai village');
    const json = { 'content-type': 'application/json' };

    const bareInsert = await load(
      {
        url: `${bareAddress}/bare`,
        method: 'POST',
        headers: json,
        body: '{"a":1}',
        duration: DURATION,
      },
      servers.pid,
    );
    const intake = await load(
      {
        url: `${appAddress}/api/v1/reports`,
        method: 'POST',
        headers: json,
        body: reportBody(village.code),
        duration: DURATION,
      },
      servers.pid,
    );
    const tickets = rowsOf<{ ticket: string }>(
      await handle.db.execute(sql`select ticket from cases where ticket not like 'BLK-%' limit 2000`),
    ).map((r) => r.ticket);
    let next = 0;
    const bareSelect = await load(
      {
        url: bareAddress,
        duration: DURATION,
        requests: [{ setupRequest: (req) => ({ ...req, path: `/bare/${1 + (next++ % 100_000)}` }) }],
      },
      servers.pid,
    );
    const tracking = await load(
      {
        url: appAddress,
        duration: DURATION,
        requests: [
          { setupRequest: (req) => ({ ...req, path: `/api/v1/track/${tickets[next++ % tickets.length]}` }) },
        ],
      },
      servers.pid,
    );
    await servers.stop();

    const row = (name: string, r: LoadResult) => ({
      measure: name,
      'req/s': r.requestsPerSecond,
      'p50 ms': r.p50Ms,
      'p99 ms': r.p99Ms,
      'app µs/req': r.appCpuMicroseconds ?? '',
      'db µs/req': r.databaseCpuMicroseconds ?? '',
      errors: r.errors + r.non2xx,
    });
    printTable([
      row('bare INSERT', bareInsert),
      row('intake POST /api/v1/reports', intake),
      row('bare PK SELECT', bareSelect),
      row('tracking GET /api/v1/track', tracking),
    ]);
    const intakeRatio = intake.requestsPerSecond / bareInsert.requestsPerSecond;
    const trackingRatio = tracking.requestsPerSecond / bareSelect.requestsPerSecond;
    const targets = {
      intakeAtLeastHalfOfBareInsert: intakeRatio >= 0.5,
      trackingAtLeast60PercentOfBareSelect: trackingRatio >= 0.6,
      trackingP99Under20ms: tracking.p99Ms < 20,
    };
    console.log(
      `intake/bare insert ${(intakeRatio * 100).toFixed(0)}%, tracking/bare select ${(trackingRatio * 100).toFixed(0)}%`,
      targets,
    );
    return {
      cases: CASES,
      loadSeconds,
      durationSeconds: DURATION,
      bareInsert,
      intake,
      bareSelect,
      tracking,
      intakeRatio,
      trackingRatio,
      targets,
    };
  } finally {
    await handle.close();
    await database.drop();
  }
}
