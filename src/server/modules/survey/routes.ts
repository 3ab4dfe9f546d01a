import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROLE_GROUPS, type Role } from '../../../domain/auth/roles';
import { ZTrackingView } from '../../../domain/intake/report';
import {
  ZFrontDeskSurvey,
  ZFrontDeskSurveyRecorded,
  ZIkmReport,
  ZIkmReportQuery,
  ZSurveyAnswer,
} from '../../../domain/survey/schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import { trackCase } from '../cases/tracking';
import { answerFromTracking, ikmReport, recordAtFrontDesk } from './service';

/** Who enters paper or tablet answers: the desk and its supervisor (Kasi). */
const FRONT_DESK: readonly Role[] = ['coordinator', 'front_office', 'complaint_officer', 'service_officer'];
/** Who reads the IKM: the office's leaders, and its administrator for the yearly SKM report. */
const IKM_READERS: readonly Role[] = [...ROLE_GROUPS.leaders, ...ROLE_GROUPS.admins];

export const surveyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post('/api/v1/track/:ticket/survey', {
    // A write proved by the reporter's phone: as strict as the closure's dispute, so the phone
    // check cannot be used to guess numbers.
    config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 hour' } },
    schema: {
      tags: ['reports'],
      summary: "The reporter's satisfaction survey (SKM) for a closed or rejected case, once per case",
      description:
        'The 9 elements of PermenPAN-RB 14/2017 scored 1-4, an optional comment and profile, and the phone the reporter reported with. Answers the tracking view (`survey: answered`).',
      params: z.object({ ticket: z.string().max(20) }),
      body: ZSurveyAnswer,
      response: { 201: ZTrackingView },
    },
    handler: async (request, reply) => {
      await answerFromTracking(deps, request.params.ticket, request.body, auditContextOf(request));
      return reply.status(201).send(await trackCase(deps.db, request.params.ticket));
    },
  });

  app.post('/api/v1/surveys', {
    config: { access: FRONT_DESK },
    schema: {
      tags: ['survey'],
      summary: 'A satisfaction survey answer entered at the front desk (for a ticket, a service, or general)',
      body: ZFrontDeskSurvey,
      response: { 201: ZFrontDeskSurveyRecorded },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordAtFrontDesk(deps, requireActor(request.actor), request.body, auditContextOf(request)),
        ),
  });

  app.get('/api/v1/surveys/ikm', {
    config: { access: IKM_READERS },
    schema: {
      tags: ['survey'],
      summary: "The office's satisfaction index (IKM) over whole months: overall, per service, per month",
      querystring: ZIkmReportQuery,
      response: { 200: ZIkmReport },
    },
    handler: async (request) => ikmReport(deps.db, requireActor(request.actor), request.query),
  });
};
