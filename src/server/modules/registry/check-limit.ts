import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../domain/errors/app-error';
import type { Database } from '../../db/client';
import { auditContextOf } from '../../http/access';
import type { SharedCounters } from '../../http/limits/counters';
import { recordAudit } from '../audit/service';

/** An officer checks a few people per case; a hundred and twenty an hour is far beyond honest use. */
export const REGISTRY_CHECKS_PER_HOUR = 120;
const HOUR_MS = 60 * 60 * 1000;
/**
 * Beyond the limit, the first refused check of the hour is audited and then every AUDIT_EVERY-th:
 * a supervisor sees who walked the registry and how far, and a script cannot fill the audit log.
 */
export const REGISTRY_OVERFLOW_AUDIT_EVERY = 50;

/** Whether the n-th check of an hour (n above the limit) gets an audit row. */
export function auditsOverflow(n: number, limit = REGISTRY_CHECKS_PER_HOUR): boolean {
  const over = n - limit;
  return over === 1 || (over > 1 && over % REGISTRY_OVERFLOW_AUDIT_EVERY === 0);
}

/**
 * A preHandler counting the officer's registry checks in the shared counters (every instance adds
 * to one count), so a stolen or curious session cannot walk the registry NIK by NIK. The overflow
 * answers 429 with Retry-After and is recorded in the audit log: who, when, how many this hour.
 */
export function registryCheckLimit(db: Database, counters: SharedCounters) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const actor = request.actor;
    if (!actor) return;
    const [state] = await counters.hit([{ bucket: 'registry:checks', key: actor.userId, windowMs: HOUR_MS }]);
    const n = state?.hits ?? 0;
    if (n <= REGISTRY_CHECKS_PER_HOUR) return;
    const retryAfter = Math.max(1, Math.ceil((state?.ttlMs ?? HOUR_MS) / 1000));
    if (auditsOverflow(n)) {
      await recordAudit(db, auditContextOf(request), {
        action: 'registry.check_limit_exceeded',
        targetType: 'user',
        targetId: actor.userId,
        after: {
          checksThisHour: n,
          limit: REGISTRY_CHECKS_PER_HOUR,
          windowEndsAt: new Date(Date.now() + retryAfter * 1000).toISOString(),
        },
      });
    }
    return reply
      .status(429)
      .header('retry-after', String(retryAfter))
      .send(new AppError('REGISTRY_CHECK_LIMIT').toBody());
  };
}
