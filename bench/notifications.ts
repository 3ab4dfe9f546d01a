// Notices through a fake WhatsApp Cloud API (issue 14, acceptance 8): how fast 10,000 queued notices
// drain, and what intake keeps of its rate while they do (target: ≥ 90% of intake with an idle queue).
//
// The app runs in its own process exactly as `npm start` runs it (src/server/main.ts: migrations, seed,
// the outbox worker and the every-minute jobs, logging at its default level, to a file), on a fresh
// PostgreSQL database holding BENCH_CASES cases (default 100,000, bench/cases-fixture.ts; the dashboard
// and register jobs are brought up to date first, as an operator does after a bulk load, so they only
// take in the bench's own reports). WHATSAPP_API_BASE points at src/server/testing/fake-whatsapp.ts.
// Rate limits stay on as deployed behind a proxy (TRUST_PROXY=1): every report comes from its own
// address and its own reporter phone, as citizens' reports do.
//
// (a) drain: BENCH_NOTICES (10,000) `case.received` notices queued at once over the four seed offices;
//     seconds until all are `sent`, notices per second, messages the fake received, repeats refused.
// (b) intake: POST /api/v1/reports for BENCH_SECONDS (10) with an idle queue, then with a fresh
//     10,000 queued right after the warm-up, the moment the measured load starts; alternating
//     BENCH_ROUNDS (3) times, medians, and each draining round against the idle one before it. The
//     rate while draining is read from the answers' times between queueing and the batch's last send.
//     Intake's own notices (one per report) are sent by the worker in both kinds of round.
// The fake runs in its own process (BENCH_FAKE=inline: in this one), so its CPU is counted apart; each
// round also names the statements of the every-minute jobs it saw running for over a second.
// BENCH_APP_ENTRY runs another server entry on the same environment (tuning experiments).

import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { sql } from 'drizzle-orm';
import { rebuildDashboard, relinkRegister } from '../src/cli/background-jobs';
import { openDatabase } from '../src/server/db/client';
import { applyMigrations } from '../src/server/db/migrate';
import { rowsOf } from '../src/server/modules/case-handling/case-record';
import { seedDatabase } from '../src/server/seed';
import { loadCases } from './cases-fixture';
import {
  type Batch,
  batchOutcome,
  pendingOfBatch,
  queueFlusher,
  queueNotices,
  waitForEmptyQueue,
} from './notifications-queue';
import {
  type AppProcess,
  buildServerBundle,
  type FakeProvider,
  type IntakeRun,
  intakeLoad,
  startAppProcess,
  startFakeProvider,
  watchLongStatements,
} from './notifications-support';
import { createBenchDatabase, machineAndCommit, printTable } from './support';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const NOTICES = Number(process.env.BENCH_NOTICES ?? 10_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** `process` (default): the fake WhatsApp in its own process; `inline`: in the load generator's. */
const FAKE_MODE = process.env.BENCH_FAKE === 'inline' ? 'inline' : 'process';

type Db = Awaited<ReturnType<typeof openDatabase>>['db'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a round needs: the database, the app, the fake, Dumai's first village, the queue's flusher. */
interface Bench {
  db: Db;
  app: AppProcess;
  fake: FakeProvider;
  village: string;
  flush: () => Promise<number>;
}

/** (a): one batch queued into an idle app, timed until every notice of it is `sent` (by the app alone). */
async function measureDrain({ db, fake, flush }: Bench) {
  await flush();
  const before = await fake.stats([]);
  const batch = await queueNotices(db, NOTICES);
  const doneAt = await waitForEmptyQueue(db, 1_800_000, 50);
  const outcome = await batchOutcome(db, fake, batch);
  const seconds = (doneAt - batch.queuedAt) / 1000;
  const providerSeconds = ((outcome.lastReceivedAt ?? 0) - (outcome.firstReceivedAt ?? 0)) / 1000;
  return {
    notices: NOTICES,
    seconds: Math.round(seconds * 100) / 100,
    noticesPerSecond: Math.round(NOTICES / seconds),
    // From the first message the fake took to the last: the worker's rate without its idle poll.
    providerSeconds: Math.round(providerSeconds * 100) / 100,
    providerNoticesPerSecond: providerSeconds > 0 ? Math.round(NOTICES / providerSeconds) : null,
    ...outcome,
    duplicatesRefused: outcome.duplicatesRefused - before.duplicatesRefused,
  };
}

interface Round {
  round: number;
  queue: 'idle' | 'draining';
  intake: IntakeRun;
  /** What the app's worker sent a second during the measurement (intake's notices and the batch's). */
  noticesSentPerSecond: number;
  /** Statements seen running for over a second during the round (the every-minute jobs'), by their start. */
  longStatements: string[];
  /** Seconds the queue took to empty before the round (the benchmark's own worker). */
  flushSeconds: number;
  /** Draining rounds: when the app had sent the whole batch (null: not within a minute of the window). */
  drainSeconds?: number | null;
  /** Intake's rate from queueing until the batch was sent, or the whole window when it was not. */
  intakeWhileDraining?: number;
  batchSentInWindow?: number;
  duplicatesRefused?: number;
}

/** Waits a little after the window for the app to finish the batch, when it is near: else null. */
async function drainedWithin(db: Db, batch: Batch, windowEnd: number, drainedAt: () => number | undefined) {
  const left = await pendingOfBatch(db, batch);
  const rate = (NOTICES - left) / ((windowEnd - batch.queuedAt) / 1000);
  if (left > 0 && (rate <= 0 || left / rate > 60)) return null;
  const deadline = Date.now() + 90_000;
  while (drainedAt() === undefined && Date.now() < deadline) await sleep(100);
  return drainedAt() ?? null;
}

/** One intake measurement; with `drain`, a fresh batch is queued the moment before the load starts. */
async function measureRound(bench: Bench, round: number, drain: boolean): Promise<Round> {
  const { db, app, fake, village } = bench;
  const flushSeconds = await bench.flush();
  const watch = watchLongStatements(db);
  let batch: Batch | undefined;
  let drainedAt: number | undefined;
  let sentBefore = 0;
  let duplicatesBefore = 0;
  const intake = await intakeLoad(app, village, DURATION, async () => {
    ({ messages: sentBefore, duplicatesRefused: duplicatesBefore } = await fake.stats([]));
    if (!drain) return;
    const queued = await queueNotices(db, NOTICES);
    batch = queued;
    // Watch the batch (not intake's notices) go, twice a second: a short read of the queue's index.
    void (async () => {
      while ((await pendingOfBatch(db, queued)) > 0) await sleep(500);
      drainedAt = Date.now();
    })();
  });
  const after = await fake.stats([]);
  const batchSentInWindow = batch ? NOTICES - (await pendingOfBatch(db, batch)) : undefined;
  const result: Round = {
    round,
    queue: drain ? 'draining' : 'idle',
    intake,
    longStatements: watch.stop(),
    flushSeconds,
    noticesSentPerSecond: Math.round(
      (after.messages - sentBefore) / ((intake.endedAt - intake.startedAt) / 1000),
    ),
  };
  if (!batch) return result;
  const done = await drainedWithin(db, batch, intake.endedAt, () => drainedAt);
  return {
    ...result,
    drainSeconds: done === null ? null : Math.round(((done - batch.queuedAt) / 1000) * 10) / 10,
    intakeWhileDraining: intake.rateBetween(batch.queuedAt, done ?? Number.POSITIVE_INFINITY),
    batchSentInWindow,
    duplicatesRefused: (await fake.stats([])).duplicatesRefused - duplicatesBefore,
  };
}

async function prepareDatabase(url: string) {
  const handle = await openDatabase({ databaseUrl: url });
  await applyMigrations(handle);
  await seedDatabase(handle.db, { demoAccounts: false });
  console.log(`loading ${CASES.toLocaleString('en')} cases…`);
  const started = performance.now();
  const loadSeconds = await loadCases(handle.db, CASES);
  // The every-minute jobs would otherwise spend the run on the fixture (dashboard rebuild, linking).
  console.log(await rebuildDashboard(handle));
  console.log(await relinkRegister(handle));
  await handle.db.execute(sql`vacuum analyze`);
  return { handle, loadSeconds, prepareSeconds: Math.round((performance.now() - started) / 1000) };
}

export async function run(): Promise<Record<string, unknown>> {
  const database = await createBenchDatabase('satu_atap_bench_notices');
  const { handle, loadSeconds, prepareSeconds } = await prepareDatabase(database.url);
  const built = performance.now();
  const bundle = await buildServerBundle();
  const buildSeconds = Math.round((performance.now() - built) / 100) / 10;
  const fake = await startFakeProvider(FAKE_MODE);
  // The machine is shared with whatever else runs: its load before and after says how quiet it was.
  const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100);
  let app: AppProcess | undefined;
  try {
    app = await startAppProcess(bundle, database.url, fake);
    console.log(`app pid ${app.pid} at ${app.url}, log ${app.logFile}; fake WhatsApp ${FAKE_MODE}`);
    const [village] = rowsOf<{ code: string }>(
      await handle.db.execute(
        sql`select code from regions where level = 4 and code like '14.72.%' order by code limit 1`,
      ),
    );
    if (!village) throw new Error('no Dumai village');
    const flush = queueFlusher(handle.db, fake, app.url);
    const bench: Bench = { db: handle.db, app, fake, village: village.code, flush };
    const drain = await measureDrain(bench);
    console.log('drain', drain);
    const rounds: Round[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const draining of [false, true]) {
        const r = await measureRound(bench, round, draining);
        console.log(
          `round ${round} ${r.queue}: ${r.intake.requestsPerSecond} req/s, worker ${r.noticesSentPerSecond}/s` +
            (r.queue === 'idle'
              ? ''
              : `, batch sent in the window ${r.batchSentInWindow}, drained ${r.drainSeconds ?? '-'} s, intake meanwhile ${r.intakeWhileDraining} req/s`),
        );
        rounds.push(r);
      }
    }
    await flush();
    const totals = await fake.stats([]);
    return summarise(drain, rounds, totals, {
      loadSeconds,
      prepareSeconds,
      buildSeconds,
      noticeMaxPerSecond: process.env.BENCH_MAX_PER_SECOND ?? 'default',
      logFile: app.logFile,
      loadAverage: { before: loadBefore, after: loadavg().map((l) => Math.round(l * 100) / 100) },
    });
  } finally {
    await app?.stop();
    await fake.close();
    await handle.close();
    await database.drop();
    rmSync(dirname(bundle), { recursive: true, force: true });
  }
}

function summarise(
  drain: Awaited<ReturnType<typeof measureDrain>>,
  rounds: Round[],
  totals: Awaited<ReturnType<FakeProvider['stats']>>,
  extra: Record<string, unknown>,
): Record<string, unknown> {
  const idle = rounds.filter((r) => r.queue === 'idle');
  const draining = rounds.filter((r) => r.queue === 'draining');
  const idleRate = median(idle.map((r) => r.intake.requestsPerSecond));
  const drainingRate = median(draining.map((r) => r.intakeWhileDraining ?? r.intake.requestsPerSecond));
  const drainingWindowRate = median(draining.map((r) => r.intake.requestsPerSecond));
  // Each draining round against the idle round right before it: the machine drifts between rounds.
  const ratios = draining.map(
    (r, i) => (r.intakeWhileDraining ?? 0) / (idle[i]?.intake.requestsPerSecond ?? 1),
  );
  const ratio = median(ratios);
  // The pairs no job statement fell into (the benchmark's own queueing aside): the worker's share alone.
  const jobFree = (r: Round) =>
    r.longStatements.every((q) => q.startsWith('insert into notification_outbox'));
  const quietRatios = ratios.filter((_, i) => jobFree(draining[i] as Round) && jobFree(idle[i] as Round));
  const table = rounds.map((r) => ({
    round: r.round,
    queue: r.queue,
    'intake req/s': r.intake.requestsPerSecond,
    'while draining req/s': r.intakeWhileDraining ?? '',
    'p99 ms': r.intake.p99Ms,
    'worker sent/s': r.noticesSentPerSecond,
    'batch sent in window': r.batchSentInWindow ?? '',
    'batch drained s': r.drainSeconds ?? '',
    'app cpu %': r.intake.appCpuPercent,
    'db cpu %': r.intake.databaseCpuPercent,
    'loadgen cpu %': r.intake.benchCpuPercent,
    'fake cpu %': r.intake.fakeCpuPercent ?? '',
    'long statements': r.longStatements.length,
    errors: r.intake.errors + r.intake.non2xx,
  }));
  console.log(`(a) ${drain.notices.toLocaleString('en')} notices drained into an idle app:`);
  printTable([
    {
      seconds: drain.seconds,
      'notices/s': drain.noticesPerSecond,
      'provider window s': drain.providerSeconds,
      'provider notices/s': drain.providerNoticesPerSecond ?? '',
      sent: drain.sent,
      'fake received': drain.received,
      'duplicates refused': drain.duplicatesRefused,
    },
  ]);
  console.log(
    `(b) intake, ${DURATION} s per round; draining: a fresh ${NOTICES.toLocaleString('en')} queued as the load starts`,
  );
  printTable(table);
  const targets = {
    drainedAll: drain.sent === NOTICES && drain.distinctReceived === NOTICES,
    noDuplicates: drain.received === drain.distinctReceived && totals.duplicatesRefused === 0,
    intakeWhileDrainingAtLeast90Percent: ratio >= 0.9,
  };
  console.log(
    `intake idle ${idleRate} req/s, while draining ${drainingRate} req/s (whole window ${drainingWindowRate}); ratio ${(ratio * 100).toFixed(0)}% (pairs without a job statement: ${quietRatios.map((q) => `${(q * 100).toFixed(0)}%`).join(', ') || 'none'})`,
    targets,
  );
  return {
    ...machineAndCommit(),
    cases: CASES,
    notices: NOTICES,
    durationSeconds: DURATION,
    roundsPerKind: ROUNDS,
    fakeWhatsapp: FAKE_MODE,
    ...extra,
    drain,
    rounds: rounds.map(({ intake, ...r }) => ({ ...r, intake: intake.summary() })),
    medians: {
      intakeIdle: idleRate,
      intakeWhileDraining: drainingRate,
      intakeDrainingRoundWindow: drainingWindowRate,
      ratio,
    },
    ratios,
    ratiosOfPairsWithoutJobStatements: quietRatios,
    fakeTotals: {
      messages: totals.messages,
      requests: totals.requests,
      duplicatesRefused: totals.duplicatesRefused,
    },
    targets,
  };
}
