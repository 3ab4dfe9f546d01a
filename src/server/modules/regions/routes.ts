import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZRegion, ZRegionCode } from '../../../domain/regions/schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { getRegion, listRegionChildren } from './service';

const ZRegionList = z.object({ items: z.array(ZRegion) });
// Region names change only with a new idn-area-data release: let browsers and proxies cache them.
const CACHE_CONTROL = 'public, max-age=86400';

export const regionRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/v1/regions', {
    config: { access: 'public' },
    schema: { tags: ['regions'], response: { 200: ZRegionList } },
    handler: async (_request, reply) => {
      reply.header('cache-control', CACHE_CONTROL);
      return { items: await listRegionChildren(db, null) };
    },
  });

  app.get('/api/v1/regions/:code', {
    config: { access: 'public' },
    schema: { tags: ['regions'], params: z.object({ code: ZRegionCode }), response: { 200: ZRegion } },
    handler: async (request, reply) => {
      reply.header('cache-control', CACHE_CONTROL);
      return getRegion(db, request.params.code);
    },
  });

  app.get('/api/v1/regions/:code/children', {
    config: { access: 'public' },
    schema: { tags: ['regions'], params: z.object({ code: ZRegionCode }), response: { 200: ZRegionList } },
    handler: async (request, reply) => {
      reply.header('cache-control', CACHE_CONTROL);
      return { items: await listRegionChildren(db, request.params.code) };
    },
  });
};
