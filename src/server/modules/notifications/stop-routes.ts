import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZStopNotices, ZStopNoticesAnswer } from '../../../domain/notifications/schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { stopNoticesByLink } from './outbox-stop';

/** A reporter stops the office's notices from the tracking page. */
export const noticeStopRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post('/api/v1/track/:ticket/stop', {
    // As the dispute: the phone is the proof, so guesses are few per address.
    config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 hour' } },
    schema: {
      tags: ['reports'],
      summary:
        'The reporter stops notices to their phone (and e-mail), proven by the phone they reported with',
      params: z.object({ ticket: z.string().max(20) }),
      body: ZStopNotices,
      response: { 200: ZStopNoticesAnswer },
    },
    handler: async (request) => {
      await stopNoticesByLink(deps, request.params.ticket, request.body, auditContextOf(request));
      return { stopped: true as const };
    },
  });
};
