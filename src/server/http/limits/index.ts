import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { noCounters, pgCounters, redisCounters } from './counters';
import { pgRateLimitStore } from './pg-store';
import { connectRedis } from './redis';

/**
 * Registers @fastify/rate-limit (routes opt in with `config.rateLimit`) on a store every instance
 * shares: Redis when REDIS_URL is set, else the app's own database. Nothing is counted in memory,
 * so two instances behind one load balancer allow the limit once, not twice. The same store backs
 * `app.sharedCounters`, for the limits a route decides itself (login guard, registry checks).
 */
export async function registerRateLimits(app: FastifyInstance, deps: AppDeps): Promise<void> {
  if (deps.config.rateLimits === false) {
    app.decorate('sharedCounters', noCounters);
    return;
  }
  if (deps.config.redisUrl) {
    const redis = await connectRedis(deps.config.redisUrl);
    app.addHook('onClose', async () => {
      await redis.quit();
    });
    app.decorate('sharedCounters', redisCounters(redis));
    await app.register(fastifyRateLimit, { global: false, redis, nameSpace: 'satu-atap:rate:' });
    return;
  }
  app.decorate('sharedCounters', pgCounters(deps.db));
  const store = pgRateLimitStore(deps.db, (error) =>
    app.log.warn({ err: error }, 'rate-limit cleanup failed'),
  );
  await app.register(fastifyRateLimit, { global: false, store });
}
