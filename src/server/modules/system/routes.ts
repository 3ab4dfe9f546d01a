import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZHealth, ZPublicConfig } from '../../../domain/system/schemas';
import type { AppDeps } from '../../app-deps';
import { checkReadiness, ZReadiness } from './readiness';

export const systemRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, dialect, config }) => {
  // Liveness: the process answers. No database query, so a probe every second costs nothing and a
  // database outage does not get the process restarted (that is what /api/ready is for).
  app.get('/api/health', {
    config: { access: 'public', rateLimit: false },
    schema: { tags: ['system'], response: { 200: ZHealth } },
    handler: async () => ({ status: 'ok' as const, database: dialect, version: config.version }),
  });

  // Readiness, for the load balancer: 200 when the database answers and its migrations are this release's.
  app.get('/api/ready', {
    config: { access: 'public', rateLimit: false },
    schema: { tags: ['system'], response: { 200: ZReadiness, 503: ZReadiness } },
    handler: async (_request, reply) => {
      const { ready, body } = await checkReadiness(db);
      reply.header('cache-control', 'no-store');
      return reply.status(ready ? 200 : 503).send(body);
    },
  });

  app.get('/api/v1/config', {
    config: { access: 'public' },
    schema: { tags: ['system'], response: { 200: ZPublicConfig } },
    handler: async () => ({ demoMode: config.demoMode, version: config.version }),
  });
};
