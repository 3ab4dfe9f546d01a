import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { hotStatement } from '../../db/hot-query';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
/** What the plugin passes to child(): the route's merged limit options, with the route itself. */
interface RouteInfo {
  routeInfo?: { method?: string | string[]; url?: string };
  groupId?: string;
}

/**
 * One statement counts a batch of hits: each (route, client) window gets its hits added, or a new
 * window opens when the old one has passed. The database's clock decides, so instances agree.
 */
const hitBatch = hotStatement<
  { batch: string },
  { route: string; client: string; hits: number; ttl: number }
>(
  'rate_limit_hits',
  `insert into rate_limits as r (route, client, hits, window_end)
   select u.route, u.client, u.n, now() + make_interval(secs => u.ms / 1000.0)
   from jsonb_to_recordset(:batch::jsonb) as u(route text, client text, n int, ms int)
   on conflict (route, client) do update set
     hits = case when r.window_end <= now() then excluded.hits else r.hits + excluded.hits end,
     window_end = case when r.window_end <= now() then excluded.window_end else r.window_end end
   returning route, client, hits, greatest(0, ceil(extract(epoch from (window_end - now())) * 1000))::int as ttl`,
);

const peek = hotStatement<{ route: string; client: string }, { hits: number; ttl: number }>(
  'rate_limit_peek',
  `select hits, greatest(0, ceil(extract(epoch from (window_end - now())) * 1000))::int as ttl
   from rate_limits where route = :route and client = :client and window_end > now()`,
);

/** Expired windows are deleted now and then by whichever instance counts a hit. */
const CLEANUP_EVERY_MS = 60_000;

interface Waiting {
  route: string;
  client: string;
  windowMs: number;
  callback: Callback;
}

interface Shared {
  db: Database;
  nextCleanup: number;
  onError: (error: unknown) => void;
  queue: Waiting[];
  inFlight: number;
}

/**
 * Statements in flight at once. A hit that finds a free slot is counted at once, alone; hits that
 * arrive while both are busy (a burst of reports) are counted together by the next statement, so
 * under load the limits cost one round trip per batch, not per request, and when quiet nothing waits.
 */
const SLOTS = 2;

function flush(shared: Shared): void {
  if (shared.inFlight >= SLOTS || shared.queue.length === 0) return;
  const batch = shared.queue;
  shared.queue = [];
  shared.inFlight += 1;
  // Hits on one key are added up: a statement may touch each row only once.
  const byKey = new Map<string, { route: string; client: string; ms: number; waiting: Waiting[] }>();
  for (const w of batch) {
    const key = `${w.route}\u0000${w.client}`;
    const entry = byKey.get(key) ?? { route: w.route, client: w.client, ms: w.windowMs, waiting: [] };
    entry.waiting.push(w);
    byKey.set(key, entry);
  }
  const rows = [...byKey.values()].map((e) => ({
    route: e.route,
    client: e.client,
    n: e.waiting.length,
    ms: e.ms,
  }));
  hitBatch
    .run(shared.db, { batch: JSON.stringify(rows) })
    .then(
      (counted) => {
        for (const row of counted) {
          const entry = byKey.get(`${row.route}\u0000${row.client}`);
          if (!entry) continue;
          // The batch's hits on a key came in order: the first saw the count before the others.
          const first = row.hits - entry.waiting.length + 1;
          for (const [i, w] of entry.waiting.entries())
            w.callback(null, { current: first + i, ttl: row.ttl });
          byKey.delete(`${row.route}\u0000${row.client}`);
        }
        for (const entry of byKey.values()) {
          for (const w of entry.waiting) w.callback(new Error('rate-limit hit not counted'));
        }
      },
      (error: Error) => {
        for (const w of batch) w.callback(error);
      },
    )
    .finally(() => {
      shared.inFlight -= 1;
      flush(shared);
    });
}

function cleanup(shared: Shared): void {
  const now = Date.now();
  if (now < shared.nextCleanup) return;
  shared.nextCleanup = now + CLEANUP_EVERY_MS;
  shared.db.execute(sql`delete from rate_limits where window_end <= now()`).catch(shared.onError);
}

class PgStore implements FastifyRateLimitStore {
  constructor(
    private readonly shared: Shared,
    private readonly route: string,
  ) {}

  incr(key: string, callback: Callback, timeWindow: number): void {
    this.shared.queue.push({ route: this.route, client: key, windowMs: timeWindow, callback });
    flush(this.shared);
    cleanup(this.shared);
  }

  read(key: string, callback: Callback): void {
    peek.run(this.shared.db, { route: this.route, client: key }).then(
      ([row]) => callback(null, { current: row?.hits ?? 0, ttl: row?.ttl ?? 0 }),
      (error: Error) => callback(error),
    );
  }

  child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
    const options = routeOptions as unknown as RouteInfo;
    const info = options.routeInfo ?? {};
    const method = Array.isArray(info.method) ? info.method.join(',') : (info.method ?? '');
    const route = info.url ? `${method} ${info.url}` : `group ${options.groupId ?? 'default'}`;
    return new PgStore(this.shared, route);
  }
}

/**
 * A @fastify/rate-limit store on the app's database (PostgreSQL or PGlite): every instance on one
 * database counts against the same limit. The plugin constructs the class itself, hence the closure.
 */
export function pgRateLimitStore(db: Database, onError: (error: unknown) => void): FastifyRateLimitStoreCtor {
  const shared: Shared = { db, nextCleanup: Date.now() + CLEANUP_EVERY_MS, onError, queue: [], inFlight: 0 };
  return class extends PgStore {
    constructor() {
      super(shared, 'global');
    }
  };
}
