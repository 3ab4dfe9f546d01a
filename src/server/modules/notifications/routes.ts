import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { maskPhone } from '../../../domain/identity/mask';
import { ZOutboxMessage, ZOutboxQuery } from '../../../domain/notifications/schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { requireActor } from '../../http/actor';
import { cases } from '../cases/tables';
import { notificationOutbox } from './tables';

const PAGE_SIZE = 50;

/** The notification outbox of the caller's office: what waits to go out by SMS or WhatsApp. */
export const notificationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/v1/outbox', {
    config: { access: ['admin', 'coordinator', 'complaint_officer', 'kadis'] },
    schema: {
      tags: ['notifications'],
      querystring: ZOutboxQuery,
      response: {
        200: z.object({
          items: z.array(ZOutboxMessage),
          total: z.number().int(),
          pageSize: z.number().int(),
        }),
      },
    },
    handler: async (request) => {
      const actor = requireActor(request.actor);
      const conditions: SQL[] = [eq(notificationOutbox.officeId, actor.officeId)];
      if (request.query.status) conditions.push(eq(notificationOutbox.status, request.query.status));
      const where = and(...conditions);
      const [rows, [total]] = await Promise.all([
        db
          .select({ message: notificationOutbox, ticket: cases.ticket })
          .from(notificationOutbox)
          .leftJoin(cases, eq(cases.id, notificationOutbox.caseId))
          .where(where)
          .orderBy(desc(notificationOutbox.createdAt))
          .limit(PAGE_SIZE)
          .offset((request.query.page - 1) * PAGE_SIZE),
        db.select({ n: count() }).from(notificationOutbox).where(where),
      ]);
      return {
        total: total?.n ?? 0,
        pageSize: PAGE_SIZE,
        items: rows.map(({ message, ticket }) => ({
          id: message.id,
          createdAt: message.createdAt.toISOString(),
          channel: message.channel,
          // Notices to staff go to their account (`user:<id>`), not to a phone: nothing to mask.
          recipient: message.recipient.startsWith('user:')
            ? 'Petugas (di aplikasi)'
            : maskPhone(message.recipient),
          template: message.template,
          body: message.body,
          status: message.status,
          sentAt: message.sentAt?.toISOString() ?? null,
          ticket,
        })),
      };
    },
  });
};
