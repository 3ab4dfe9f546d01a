// The staff inbox on PostgreSQL with 1,000,000 cases: filtered pages as a coordinator opens them
// (status, open and overdue, an officer's cases, a service, a district, a channel and category, a
// name search, the next page). Target: every filtered page under 50 ms at p95. BENCH_CASES and
// BENCH_SECONDS shrink a run.
import { openDatabase } from '../src/server/db/client';
import { applyMigrations } from '../src/server/db/migrate';
import { seedDatabase } from '../src/server/seed';
import { loadCases } from './cases-fixture';
import { BENCH_PASSWORD, createBenchStaff } from './staff';
import { createBenchDatabase, printTable, startBenchServers } from './support';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = 4;

interface Measured {
  query: string;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  items: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

interface Auth {
  cookie: string;
  csrfToken: string;
}

/** A page as the web asks for it: a name or ticket search by POST /cases/search (never in a URL). */
function requestOf(base: string, path: string, auth: Auth): [string, RequestInit] {
  const url = new URL(`${base}${path}`);
  const q = url.searchParams.get('q');
  if (q === null) return [url.href, { headers: { cookie: auth.cookie } }];
  const headers = { cookie: auth.cookie, 'x-csrf-token': auth.csrfToken, 'content-type': 'application/json' };
  return [`${base}/api/v1/cases/search`, { method: 'POST', headers, body: JSON.stringify({ q }) }];
}

/** A few workers asking for the same page for a few seconds; every answer must be 200. */
async function measure(base: string, path: string, auth: Auth): Promise<Measured> {
  const latencies: number[] = [];
  let items = 0;
  const until = performance.now() + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      const response = await fetch(...requestOf(base, path, auth));
      const body = (await response.json()) as { items?: unknown[] };
      latencies.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
      items = body.items?.length ?? 0;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    query: path.replace('/api/v1/cases', '') || '(all)',
    requests: latencies.length,
    p50Ms: round(percentile(latencies, 0.5)),
    p95Ms: round(percentile(latencies, 0.95)),
    maxMs: round(latencies.at(-1) ?? 0),
    items,
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const database = await createBenchDatabase('satu_atap_inbox');
  const handle = await openDatabase({ databaseUrl: database.url });
  try {
    await applyMigrations(handle);
    await seedDatabase(handle.db, { demoAccounts: false });
    const officerIds = await createBenchStaff(handle.db, {
      username: 'bench.coordinator',
      fullName: 'Koordinator',
      role: 'coordinator',
    });
    console.log(`loading ${CASES.toLocaleString('en')} cases…`);
    const loadSeconds = await loadCases(handle.db, CASES, officerIds);
    const servers = await startBenchServers(database.url);
    try {
      const login = await fetch(`${servers.appAddress}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'bench.coordinator', password: BENCH_PASSWORD }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      if (login.status !== 200) throw new Error(`login: ${login.status}`);
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const first = (await (
        await fetch(`${servers.appAddress}/api/v1/cases?status=new`, { headers: { cookie } })
      ).json()) as { next: string };
      const paths = [
        '/api/v1/cases',
        '/api/v1/cases?status=new',
        `/api/v1/cases?status=new&after=${first.next}`,
        '/api/v1/cases?open=true&due=overdue',
        '/api/v1/cases?open=true&due=soon',
        `/api/v1/cases?assignee=${officerIds[3]}&open=true`,
        '/api/v1/cases?assignee=none&open=true',
        '/api/v1/cases?serviceCode=odgj&status=in_progress',
        '/api/v1/cases?districtCode=14.72.03',
        '/api/v1/cases?channel=outreach&ppksCategory=gelandangan',
        '/api/v1/cases?q=siti',
        '/api/v1/cases?q=hasibuan%20123457',
        '/api/v1/cases?q=BLK-0000ABCD',
      ];
      const results: Measured[] = [];
      for (const path of paths) results.push(await measure(servers.appAddress, path, { cookie, csrfToken }));
      printTable(results.map((r) => ({ ...r })));
      const worstP95 = Math.max(...results.map((r) => r.p95Ms));
      const targets = { everyFilteredPageUnder50msAtP95: worstP95 < 50 };
      console.log(`worst p95 ${worstP95} ms`, targets);
      return {
        cases: CASES,
        loadSeconds,
        secondsPerQuery: SECONDS,
        concurrency: CONCURRENCY,
        results,
        worstP95,
        targets,
      };
    } finally {
      await servers.stop();
    }
  } finally {
    await handle.close();
    await database.drop();
  }
}
