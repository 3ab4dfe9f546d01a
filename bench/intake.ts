// Intake and tracking on PostgreSQL with 1,000,000 cases, beside a bare Fastify INSERT / SELECT
// on the same database. Targets: intake ≥ 50% of the bare INSERT's rate; tracking ≥ 60% of the
// bare SELECT's rate with p99 < 20 ms. The servers run in their own process (bench/servers.ts);
// the table adds the CPU each request cost the app and PostgreSQL. Three rounds (BENCH_ROUNDS), each
// measuring a baseline right before its counterpart; the figures are the medians. BENCH_CASES and
// BENCH_SECONDS shrink a run; BENCH_SERVICE=<code> files service requests instead of complaints.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/server/db/client';
import { applyMigrations } from '../src/server/db/migrate';
import { seedDatabase } from '../src/server/seed';
import { loadCases } from './cases-fixture';
import { createBenchDatabase, type LoadResult, load, printTable, startBenchServers } from './support';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Round {
  bareInsert: LoadResult;
  intake: LoadResult;
  bareSelect: LoadResult;
  tracking: LoadResult;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** The round with the median rate (its latencies and CPU figures come with it). */
function medianOf(results: LoadResult[]): LoadResult {
  const rate = median(results.map((r) => r.requestsPerSecond));
  return results.find((r) => r.requestsPerSecond === rate) as LoadResult;
}

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

    const measureRound = async () => {
      const bareInsert = await load(
        { url: `${bareAddress}/bare`, method: 'POST', headers: json, body: '{"a":1}', duration: DURATION },
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
            {
              setupRequest: (req) => ({ ...req, path: `/api/v1/track/${tickets[next++ % tickets.length]}` }),
            },
          ],
        },
        servers.pid,
      );
      return { bareInsert, intake, bareSelect, tracking };
    };
    // The machine's speed drifts between runs by as much as the gaps measured: each round measures
    // the baseline right before its counterpart, and the figures are the rounds' medians.
    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round += 1) rounds.push(await measureRound());
    const bareInsert = medianOf(rounds.map((r) => r.bareInsert));
    const intake = medianOf(rounds.map((r) => r.intake));
    const bareSelect = medianOf(rounds.map((r) => r.bareSelect));
    const tracking = medianOf(rounds.map((r) => r.tracking));
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
    console.log(`medians of ${ROUNDS} rounds (each baseline measured right before its counterpart):`);
    printTable([
      row('bare INSERT', bareInsert),
      row('intake POST /api/v1/reports', intake),
      row('bare PK SELECT', bareSelect),
      row('tracking GET /api/v1/track', tracking),
    ]);
    // Each round's ratio pairs measurements taken a few seconds apart; the median of those is the figure.
    const ratioOf = (part: (r: Round) => number, whole: (r: Round) => number) =>
      median(rounds.map((r) => part(r) / whole(r)));
    const intakeRatio = ratioOf(
      (r) => r.intake.requestsPerSecond,
      (r) => r.bareInsert.requestsPerSecond,
    );
    const trackingRatio = ratioOf(
      (r) => r.tracking.requestsPerSecond,
      (r) => r.bareSelect.requestsPerSecond,
    );
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
      rounds: rounds.map((r) => ({
        bareInsert: r.bareInsert.requestsPerSecond,
        intake: r.intake.requestsPerSecond,
        bareSelect: r.bareSelect.requestsPerSecond,
        tracking: r.tracking.requestsPerSecond,
      })),
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
