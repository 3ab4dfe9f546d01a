import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROLES } from '../../../domain/auth/roles';
import { ZLoginRequest, ZPasswordChange, ZSessionResponse } from '../../../domain/auth/schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import { recordAudit } from '../audit/service';
import { changePassword, login, sessionUserOf } from './service';
import { deleteSession, resolveSession, SESSION_COOKIE } from './sessions';

const ZOk = z.object({ ok: z.literal(true) });

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, now } = deps;
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    secure: deps.config.cookieSecure,
  };

  app.post('/api/v1/auth/login', {
    config: {
      access: 'public',
      // Per address and username: an office's staff often share one public IP behind NAT.
      rateLimit: {
        max: 10,
        timeWindow: '1 minute',
        hook: 'preHandler',
        keyGenerator: (request) =>
          `${request.ip}|${(request.body as { username?: string } | undefined)?.username ?? ''}`,
      },
    },
    schema: { tags: ['auth'], body: ZLoginRequest, response: { 200: ZSessionResponse } },
    handler: async (request, reply) => {
      const session = await login(
        db,
        {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          requestId: request.id,
        },
        now(),
      );
      reply.setCookie(SESSION_COOKIE, session.token, cookieOptions);
      const actor = requireActor(await resolveSession(db, session.token, now()));
      return { user: sessionUserOf(actor), csrfToken: session.csrfToken };
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
