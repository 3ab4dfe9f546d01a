// The servers under test, in their own process so the load generator does not share their event
// loop (as in production, where clients are elsewhere): the real app on the bench database, and a
// bare Fastify app doing one INSERT or one primary-key SELECT on the same database as the baseline.
// Started by the benchmarks with `BENCH_DATABASE` set; prints one JSON line with both addresses.
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { openDatabase } from '../src/server/db/client';
import { diskStorage } from '../src/server/storage/file-storage';

const url = process.env.BENCH_DATABASE;
if (!url) throw new Error('BENCH_DATABASE is not set');

async function startBareApp(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  await pool.query(
    'create table if not exists bench_bare (id bigserial primary key, payload jsonb not null)',
  );
  await pool.query(
    `insert into bench_bare (payload) select jsonb_build_object('i', i) from generate_series(1, 100000) i`,
  );
  const app = Fastify();
  app.post('/bare', async (request) => {
    const { rows } = await pool.query('insert into bench_bare (payload) values ($1) returning id', [
      request.body,
    ]);
    return { id: rows[0].id };
  });
  app.get<{ Params: { id: string } }>('/bare/:id', async (request) => {
    const { rows } = await pool.query('select id, payload from bench_bare where id = $1', [
      request.params.id,
    ]);
    return rows[0];
  });
  return app.listen({ port: 0, host: '127.0.0.1' });
}

const handle = await openDatabase({ databaseUrl: url });
const app = await buildApp({
  db: handle.db,
  dialect: handle.dialect,
  now: () => new Date(),
  storage: diskStorage(`/tmp/satu-atap-bench-files-${process.pid}`),
  config: {
    version: 'bench',
    demoMode: false,
    cookieSecure: false,
    webDistDir: null,
    logLevel: 'silent',
    // One client address sends everything here; the per-IP limits would answer 429 after 30.
    rateLimits: false,
  },
});
const appAddress = await app.listen({ port: 0, host: '127.0.0.1' });
const bareAddress = await startBareApp(url);
console.log(JSON.stringify({ appAddress, bareAddress }));
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => handle.close())
    .then(() => process.exit(0));
});
