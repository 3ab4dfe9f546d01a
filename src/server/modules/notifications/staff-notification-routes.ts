import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROLE_GROUPS } from '../../../domain/auth/roles';
import {
  ZMarkedRead,
  ZNotificationId,
  ZStaffNotification,
  ZStaffNotificationPage,
  ZStaffNotificationQuery,
  ZUnreadCount,
} from '../../../domain/notifications/staff-notifications';
import type { AppDeps } from '../../app-deps';
import { requireActor } from '../../http/actor';
import { listStaffNotifications, markAllRead, markRead, unreadCount } from './staff-notification-list';

/** The signed-in officer's own notifications: list, unread count, read. */
export const staffNotificationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  const access = ROLE_GROUPS.everyone;

  app.get('/api/v1/notifications', {
    config: { access },
    schema: {
      tags: ['notifications'],
      summary: 'My notifications, newest first, 20 a page',
      querystring: ZStaffNotificationQuery,
      response: { 200: ZStaffNotificationPage },
    },
    handler: async (request) => listStaffNotifications(db, requireActor(request.actor).userId, request.query),
  });

  app.get('/api/v1/notifications/unread-count', {
    config: { access },
    schema: {
      tags: ['notifications'],
      summary: 'How many of my notifications are unread (the bell polls it)',
      response: { 200: ZUnreadCount },
    },
    handler: async (request) => ({ count: await unreadCount(db, requireActor(request.actor).userId) }),
  });

  app.post('/api/v1/notifications/read-all', {
    config: { access },
    schema: {
      tags: ['notifications'],
      summary: 'Mark all my notifications read',
      response: { 200: ZMarkedRead },
    },
    handler: async (request) => ({
      marked: await markAllRead(db, requireActor(request.actor).userId, now()),
    }),
  });

  app.post('/api/v1/notifications/:id/read', {
    config: { access },
    schema: {
      tags: ['notifications'],
      summary: 'Mark one of my notifications read',
      params: ZNotificationId,
      response: { 200: ZStaffNotification },
    },
    handler: async (request) => markRead(db, requireActor(request.actor).userId, request.params.id, now()),
  });
};
