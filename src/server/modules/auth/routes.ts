import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROLES } from '../../../domain/auth/roles';
import { ZLoginRequest, ZPasswordChange, ZSessionResponse } from '../../../domain/auth/schemas';
import { AppError } from '../../../domain/errors/app-error';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import { recordAudit } from '../audit/service';
import { changePassword, login, sessionUserOf } from './service';
import {
  deleteSession,
  resolveSession,
  SESSION_COOKIE,
  sessionMaxMs as sessionMaxMsFromEnv,
} from './sessions';

const ZOk = z.object({ ok: z.literal(true) });
/** Every refused login, whatever the reason (with Retry-After). */
const ZLoginRefused = z.object({ code: z.literal('LOGIN_FAILED'), message: z.string() });

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, now } = deps;
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    secure: deps.config.cookieSecure,
  };

  // Read once at start: a wrong SESSION_MAX_HOURS stops the app instead of every login.
  const sessionMaxMs = sessionMaxMsFromEnv();

  app.post('/api/v1/auth/login', {
    // Limited by the login guard (per address, per address and username, per account) in the
    // shared counters, not by @fastify/rate-limit: its refusal must look like a wrong password.
    config: { access: 'public' },
    schema: {
      tags: ['auth'],
      body: ZLoginRequest,
      response: { 200: ZSessionResponse, 401: ZLoginRefused },
    },
    handler: async (request, reply) => {
      const outcome = await login(
        db,
        app.sharedCounters,
        {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          requestId: request.id,
        },
        { now: now(), sessionMaxMs },
      );
      if (!outcome.ok) {
        const { message } = new AppError('LOGIN_FAILED');
        return reply
          .status(401)
          .header('retry-after', String(outcome.retryAfterSeconds))
          .send({ code: 'LOGIN_FAILED' as const, message });
      }
      reply.setCookie(SESSION_COOKIE, outcome.session.token, cookieOptions);
      const actor = requireActor(await resolveSession(db, outcome.session.token, now()));
      return { user: sessionUserOf(actor), csrfToken: outcome.session.csrfToken };
    },
  });

  app.get('/api/v1/auth/me', {
    config: { access: ROLES, allowPendingPasswordChange: true },
    schema: { tags: ['auth'], response: { 200: ZSessionResponse } },
    handler: async (request) => {
      const actor = requireActor(request.actor);
      return { user: sessionUserOf(actor), csrfToken: actor.csrfToken };
    },
  });

  app.post('/api/v1/auth/logout', {
    config: { access: ROLES, allowPendingPasswordChange: true },
    schema: { tags: ['auth'], response: { 200: ZOk } },
    handler: async (request, reply) => {
      const actor = requireActor(request.actor);
      await db.transaction(async (tx) => {
        await deleteSession(tx, actor.sessionTokenHash);
        await recordAudit(tx, auditContextOf(request), {
          action: 'auth.logout',
          targetType: 'user',
          targetId: actor.userId,
        });
      });
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true as const };
    },
  });

  app.post('/api/v1/auth/password', {
    config: { access: ROLES, allowPendingPasswordChange: true },
    schema: { tags: ['auth'], body: ZPasswordChange, response: { 200: ZOk } },
    handler: async (request) => {
      await changePassword(db, requireActor(request.actor), request.body, auditContextOf(request));
      return { ok: true as const };
    },
  });
};
