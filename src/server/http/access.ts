import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors/app-error';
import type { Database } from '../db/client';
import type { AuditContext } from '../modules/audit/service';
import { resolveSession, SESSION_COOKIE } from '../modules/auth/sessions';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Resolves the session on every request and enforces each route's declared access.
 * A route under /api without `config.access` makes the app refuse to start: nobody forgets.
 */
export function registerAccessControl(app: FastifyInstance, db: Database, now: () => Date): void {
  app.decorateRequest('actor', null);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.config?.access && !route.url.startsWith('/api/docs')) {
      throw new Error(`route ${route.method} ${route.url} does not declare config.access`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await resolveSession(db, token, now()) : null;
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    const actor = request.actor;
    if (!actor) throw new AppError('UNAUTHENTICATED');
    if (UNSAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== actor.csrfToken) {
      throw new AppError('CSRF_INVALID');
    }
    if (actor.mustChangePassword && !request.routeOptions.config.allowPendingPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    if (!access.includes(actor.role)) throw new AppError('FORBIDDEN');
  });
}

/** Who acts and from where, for the audit rows a service writes. */
export function auditContextOf(request: FastifyRequest): AuditContext {
  const actor = request.actor;
  return {
    actor: actor ? { userId: actor.userId, username: actor.username, officeId: actor.officeId } : null,
    ip: request.ip ?? null,
    requestId: request.id,
  };
}
