import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';

/** A reporter stops the office's notices from the tracking page. */
export const noticeStopRoutes: FastifyPluginAsyncZod<AppDeps> = async () => {};
