import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Role } from '../../../domain/auth/roles';
import {
  ZManualLink,
  ZOutboxMessage,
  ZOutboxPage,
  ZOutboxQuery,
} from '../../../domain/notifications/schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import { manualLink, markSentByHand, retryNotice } from './outbox-actions';
import { listOutbox } from './outbox-list';

const OUTBOX_ROLES: readonly Role[] = ['admin', 'coordinator', 'complaint_officer', 'kadis'];
const noticeParams = z.object({ id: z.uuid() });

/** The notification outbox of the caller's office: what goes out, how it went, and what waits for a hand. */
export const notificationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get('/api/v1/outbox', {
    config: { access: OUTBOX_ROLES },
    schema: {
      tags: ['notifications'],
      summary: 'A page of the office outbox, newest first, with counts per status (recipients masked)',
      querystring: ZOutboxQuery,
      response: { 200: ZOutboxPage },
    },
    handler: async (request) => listOutbox(deps.db, requireActor(request.actor), request.query),
  });

  app.post('/api/v1/outbox/:id/retry', {
    config: { access: OUTBOX_ROLES },
    schema: {
      tags: ['notifications'],
      summary: 'A failed notice goes back to the queue (audited); 409 for any other status',
      params: noticeParams,
      response: { 200: ZOutboxMessage },
    },
    handler: async (request) =>
      retryNotice(deps, requireActor(request.actor), request.params.id, auditContextOf(request)),
  });

  app.post('/api/v1/outbox/:id/manual-link', {
    config: { access: OUTBOX_ROLES },
    schema: {
      tags: ['notifications'],
      summary: 'The wa.me (or mailto:) link of a manual notice: it reveals the number, so it is audited',
      params: noticeParams,
      response: { 200: ZManualLink },
    },
    handler: async (request, reply) => {
      const link = await manualLink(
        deps,
        requireActor(request.actor),
        request.params.id,
        auditContextOf(request),
      );
      // The link holds the number: no cache, shared or private, may keep it.
      reply.header('cache-control', 'no-store');
      return link;
    },
  });

  app.post('/api/v1/outbox/:id/sent-by-hand', {
    config: { access: OUTBOX_ROLES },
    schema: {
      tags: ['notifications'],
      summary: 'The officer sent a manual notice themselves (audited)',
      params: noticeParams,
      response: { 200: ZOutboxMessage },
    },
    handler: async (request) => {
      return markSentByHand(deps, requireActor(request.actor), request.params.id, auditContextOf(request));
    },
  });
};
