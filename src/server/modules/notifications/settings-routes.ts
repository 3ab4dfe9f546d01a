import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';

/** The office's notice settings: channels, fallback, templates, escalation. */
export const notificationSettingsRoutes: FastifyPluginAsyncZod<AppDeps> = async () => {};
