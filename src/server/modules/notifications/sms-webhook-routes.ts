import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';

/** SMS gateways' delivery reports and replies (STOP). */
export const smsWebhookRoutes: FastifyPluginAsyncZod<AppDeps> = async () => {};
