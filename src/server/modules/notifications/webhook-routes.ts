import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';

/** WhatsApp Cloud API webhook: registration check, delivery statuses, replies (STOP). */
export const whatsappWebhookRoutes: FastifyPluginAsyncZod<AppDeps> = async () => {};
