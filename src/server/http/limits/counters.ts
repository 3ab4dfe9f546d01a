import type { Redis } from 'ioredis';
import type { Database } from '../../db/client';
import { hotStatement } from '../../db/hot-query';

/** One counter: a bucket (what is limited) and a key (whose attempts), counted in a fixed window. */
export interface CounterKey {
  bucket: string;
  key: string;
}
export interface CounterHit extends CounterKey {
  windowMs: number;
}
/** A counter's hits in its current window and the milliseconds left of it (0 when none is open). */
export interface CounterState {
  hits: number;
  ttlMs: number;
}

/**
 * Counters every instance shares, for limits a route decides itself (the login guard, the registry
 * checks): in Redis when REDIS_URL is set, else in the rate_limits table of the app's database.
 */
export interface SharedCounters {
  /** Adds one hit to each counter, opening a window where none is; answers them in order. */
  hit(hits: readonly CounterHit[]): Promise<CounterState[]>;
  /** Reads counters without counting; answers them in order. */
  peek(keys: readonly CounterKey[]): Promise<CounterState[]>;
}

declare module 'fastify' {
  interface FastifyInstance {
    sharedCounters: SharedCounters;
  }
}

const hitMany = hotStatement<{ batch: string }, { route: string; client: string; hits: number; ttl: number }>(
  'shared_counter_hits',
  `insert into rate_limits as r (route, client, hits, window_end)
   select u.route, u.client, 1, now() + make_interval(secs => u.ms / 1000.0)
   from jsonb_to_recordset(:batch::jsonb) as u(route text, client text, ms bigint)
   on conflict (route, client) do update set
     hits = case when r.window_end <= now() then 1 else r.hits + 1 end,
     window_end = case when r.window_end <= now() then excluded.window_end else r.window_end end
   returning route, client, hits, greatest(0, ceil(extract(epoch from (window_end - now())) * 1000))::int as ttl`,
);

const peekMany = hotStatement<{ keys: string }, { route: string; client: string; hits: number; ttl: number }>(
  'shared_counter_peek',
  `select r.route, r.client, r.hits,
          greatest(0, ceil(extract(epoch from (r.window_end - now())) * 1000))::int as ttl
   from rate_limits r
   join jsonb_to_recordset(:keys::jsonb) as k(route text, client text)
     on r.route = k.route and r.client = k.client
   where r.window_end > now()`,
);

const idOf = (k: CounterKey) => `${k.bucket}\u0000${k.key}`;

function inOrder(
  keys: readonly CounterKey[],
  rows: readonly { route: string; client: string; hits: number; ttl: number }[],
): CounterState[] {
  const found = new Map(rows.map((r) => [`${r.route}\u0000${r.client}`, r]));
  return keys.map((k) => {
    const row = found.get(idOf(k));
    return row ? { hits: Number(row.hits), ttlMs: Number(row.ttl) } : { hits: 0, ttlMs: 0 };
  });
}

function unique<T extends CounterKey>(keys: readonly T[]): void {
  if (new Set(keys.map(idOf)).size !== keys.length) throw new Error('a counter is named twice in one call');
}

/** Counters in the rate_limits table; the database's clock decides windows, so instances agree. */
export function pgCounters(db: Database): SharedCounters {
  return {
    async hit(hits) {
      unique(hits);
      const batch = hits.map((h) => ({ route: h.bucket, client: h.key, ms: Math.round(h.windowMs) }));
      return inOrder(hits, await hitMany.run(db, { batch: JSON.stringify(batch) }));
    },
    async peek(keys) {
      const batch = keys.map((k) => ({ route: k.bucket, client: k.key }));
      return inOrder(keys, await peekMany.run(db, { keys: JSON.stringify(batch) }));
    },
  };
}

// Atomic per key: the first hit of a window sets its expiry; answers count and milliseconds left.
const HIT_SCRIPT = `
local out = {}
for i, key in ipairs(KEYS) do
  local n = redis.call('INCR', key)
  if n == 1 then redis.call('PEXPIRE', key, ARGV[i]) end
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then redis.call('PEXPIRE', key, ARGV[i]); ttl = tonumber(ARGV[i]) end
  out[#out + 1] = n
  out[#out + 1] = ttl
end
return out`;

const PEEK_SCRIPT = `
local out = {}
for _, key in ipairs(KEYS) do
  local n = tonumber(redis.call('GET', key) or '0')
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then n = 0; ttl = 0 end
  out[#out + 1] = n
  out[#out + 1] = ttl
end
return out`;

const REDIS_PREFIX = 'satu-atap:count:';

function pairs(values: unknown): CounterState[] {
  const list = (values as (number | string)[]).map(Number);
  const states: CounterState[] = [];
  for (let i = 0; i < list.length; i += 2) states.push({ hits: list[i] ?? 0, ttlMs: list[i + 1] ?? 0 });
  return states;
}

/** Counters in Redis: one key per counter, expiring with its window. */
export function redisCounters(redis: Redis): SharedCounters {
  const keyOf = (k: CounterKey) => `${REDIS_PREFIX}${k.bucket}:${k.key}`;
  return {
    async hit(hits) {
      unique(hits);
      if (hits.length === 0) return [];
      const args = [...hits.map(keyOf), ...hits.map((h) => String(Math.round(h.windowMs)))];
      return pairs(await redis.eval(HIT_SCRIPT, hits.length, ...args));
    },
    async peek(keys) {
      if (keys.length === 0) return [];
      return pairs(await redis.eval(PEEK_SCRIPT, keys.length, ...keys.map(keyOf)));
    },
  };
}

/** No limits at all: only for benchmarks, which send everything from one address. */
export const noCounters: SharedCounters = {
  hit: async (hits) => hits.map(() => ({ hits: 0, ttlMs: 0 })),
  peek: async (keys) => keys.map(() => ({ hits: 0, ttlMs: 0 })),
};
