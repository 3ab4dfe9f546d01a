import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZHealth, ZPublicConfig } from '../../../domain/system/schemas';
import type { AppDeps } from '../../app-deps';

export const systemRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, dialect, config }) => {
  app.get('/api/health', {
    config: { access: 'public' },
    schema: { tags: ['system'], response: { 200: ZHealth } },
    handler: async () => {
      await db.execute(sql`select 1`);
      return { status: 'ok' as const, database: dialect, version: config.version };
    },
  });

  app.get('/api/v1/config', {
    config: { access: 'public' },
    schema: { tags: ['system'], response: { 200: ZPublicConfig } },
    handler: async () => ({ demoMode: config.demoMode, version: config.version }),
  });
};
