import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';

/** The signed-in officer's own notifications: list, unread count, read. */
export const staffNotificationRoutes: FastifyPluginAsyncZod<AppDeps> = async () => {};
