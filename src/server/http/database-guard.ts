import { sql } from 'drizzle-orm';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors/app-error';
import { isDatabaseUnavailable, unavailableReason } from '../db/availability';
import type { Database } from '../db/client';

/** How often, during an outage, the guard asks whether the database is back (to log its return). */
const PROBE_MS = 2000;

/**
 * Turns "the database cannot be reached" into 503 DATABASE_UNAVAILABLE with Retry-After, instead of a
 * 500 that says nothing (the pool's connection timeout keeps it from hanging). The outage is logged
 * once when it starts and once when a probe finds the database again. Registered right after the
 * error handler it wraps and before the routes, each of which it becomes the error handler of.
 */
export function registerDatabaseGuard(app: FastifyInstance, db: Database): void {
  const handleOther = app.errorHandler;
  let outageSince: number | null = null;
  let probe: NodeJS.Timeout | null = null;
  let closed = false;

  const watchForReturn = () => {
    if (closed) return;
    probe = setTimeout(() => {
      db.execute(sql`select 1`).then(
        () => {
          app.log.info(
            { outageSeconds: Math.round((Date.now() - (outageSince ?? Date.now())) / 1000) },
            'database reachable again',
          );
          outageSince = null;
          probe = null;
        },
        () => watchForReturn(),
      );
    }, PROBE_MS);
    probe.unref();
  };

  function guard(this: FastifyInstance, error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    if (!isDatabaseUnavailable(error)) return handleOther.call(this, error, request, reply);
    if (outageSince === null) {
      outageSince = Date.now();
      request.log.error(
        { reason: unavailableReason(error), route: request.routeOptions?.url ?? null },
        'database unavailable: answering 503 until it is back',
      );
      watchForReturn();
    }
    return reply.status(503).header('retry-after', '5').send(new AppError('DATABASE_UNAVAILABLE').toBody());
  }
  // Per route rather than a second setErrorHandler, which Fastify warns about (and will refuse).
  app.addHook('onRoute', (route) => {
    route.errorHandler ??= guard;
  });
  app.addHook('onClose', async () => {
    closed = true;
    if (probe) clearTimeout(probe);
  });
}
