import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DASHBOARD_ROLES } from '../../../domain/dashboard/roles';
import { ZDashboardFigures, ZDashboardQuery, ZTransparency } from '../../../domain/dashboard/schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { requireActor } from '../../http/actor';
import { dashboardFigures } from './figures';
import { cachedTransparency, TRANSPARENCY_CACHE_SECONDS } from './transparency';

export const dashboardRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get('/api/v1/dashboard', {
    config: { access: DASHBOARD_ROLES },
    schema: {
      tags: ['dashboard'],
      summary: "The office's figures for heads and coordinators (office from the session)",
      querystring: ZDashboardQuery,
      response: { 200: ZDashboardFigures },
    },
    handler: async (request) =>
      dashboardFigures(deps.db, requireActor(request.actor).officeId, request.query, deps.now()),
  });

  app.get('/api/v1/offices/:office/transparency', {
    config: { access: 'public' },
    schema: {
      tags: ['offices'],
      summary: 'Public counts by service and status, on-time rate and IKM; no personal data',
      params: z.object({ office: z.string().max(60).describe('slug or Kemendagri code') }),
      response: { 200: ZTransparency },
    },
    handler: async (request, reply) => {
      const answer = await cachedTransparency(deps.db, request.params.office, deps.now());
      reply.header('cache-control', `public, max-age=${TRANSPARENCY_CACHE_SECONDS}`);
      return answer;
    },
  });
};
