import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZAuditPage, ZAuditQuery } from '../../../domain/audit/schemas';
import { ROLE_GROUPS } from '../../../domain/auth/roles';
import type { AppDeps } from '../../app-deps';
import { requireActor } from '../../http/actor';
import { listAudit } from './service';

export const auditRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/v1/audit', {
    config: { access: ROLE_GROUPS.auditors },
    schema: { tags: ['audit'], querystring: ZAuditQuery, response: { 200: ZAuditPage } },
    handler: async (request) => listAudit(db, requireActor(request.actor), request.query),
  });
};
