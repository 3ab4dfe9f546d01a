import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DASHBOARD_ROLES } from '../../../domain/dashboard/roles';
import { ZDashboardQuery } from '../../../domain/dashboard/schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import { sendPrivateFile } from '../../http/private-file';
import { monitoringReport } from './service';

export const monitoringRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get('/api/v1/monitoring-report', {
    config: { access: DASHBOARD_ROLES },
    schema: {
      tags: ['dashboard'],
      summary: 'The monitoring and evaluation report of a period, as PDF or XLSX (audited)',
      description: "The dashboard's filters (months `from`/`to`, service, channel, district) and `format`.",
      querystring: ZDashboardQuery.extend({
        format: z.enum(['pdf', 'xlsx'], 'Pilih format PDF atau XLSX'),
      }),
    },
    handler: async (request, reply) => {
      const { format, ...query } = request.query;
      return sendPrivateFile(
        reply,
        await monitoringReport(deps, requireActor(request.actor), query, format, auditContextOf(request)),
      );
    },
  });
};
