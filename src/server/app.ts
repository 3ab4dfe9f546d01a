import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { AppError } from '../domain/errors/app-error';
import type { AppDeps } from './app-deps';
import { registerAccessControl } from './http/access';
import { registerDatabaseGuard } from './http/database-guard';
import { registerErrorHandler } from './http/error-handler';
import { registerRateLimits } from './http/limits';
import { loggerOptions } from './http/log-privacy';
import { refusePersonalQueryParameters } from './http/personal-query';
import { registerSecurityHeaders } from './http/security-headers';
import { registerTextInputGuard } from './http/text-input';
import { registerMetrics } from './metrics';
import { auditRoutes } from './modules/audit/routes';
import { authRoutes } from './modules/auth/routes';
import { caseHandlingRoutes } from './modules/case-handling/routes';
import { caseRoutes } from './modules/cases/routes';
import { catalogueRoutes } from './modules/catalogue/routes';
import { dashboardRoutes } from './modules/dashboard/routes';
import { letterRoutes } from './modules/letters/routes';
import { monitoringRoutes } from './modules/monitoring/routes';
import { notificationRoutes } from './modules/notifications/routes';
import { notificationSettingsRoutes } from './modules/notifications/settings-routes';
import { shortLinkRoutes } from './modules/notifications/short-link-routes';
import { smsWebhookRoutes } from './modules/notifications/sms-webhook-routes';
import { staffNotificationRoutes } from './modules/notifications/staff-notification-routes';
import { noticeStopRoutes } from './modules/notifications/stop-routes';
import { whatsappWebhookRoutes } from './modules/notifications/webhook-routes';
import { officeRoutes } from './modules/offices/routes';
import { officeSettingsRoutes } from './modules/offices/settings-routes';
import { ppksRegisterRoutes } from './modules/ppks-register/routes';
import { privacyRoutes } from './modules/privacy/routes';
import { regionRoutes } from './modules/regions/routes';
import { proposalRoutes } from './modules/registry/proposal-routes';
import { registryRoutes } from './modules/registry/routes';
import { surveyRoutes } from './modules/survey/routes';
import { backupRoutes } from './modules/system/backup-routes';
import { systemRoutes } from './modules/system/routes';
import { userRoutes } from './modules/users/routes';

/** Builds the whole app from its dependencies; main.ts listens, tests call inject(). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // No cookie, token, query string, failed query's values or NIK-like number reaches the log.
    logger: loggerOptions(deps.config.logLevel, deps.config.logStream),
    trustProxy: process.env.TRUST_PROXY === '1',
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerDatabaseGuard(app, deps.db);
  // CSP, frame, referrer, HSTS and no-store on every answer, a refused one included.
  await registerSecurityHeaders(app, deps.config);

  await app.register(fastifyCookie);
  // Counted in the database or Redis, so several instances share each limit.
  await registerRateLimits(app, deps);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Satu Atap API',
        version: deps.config.version,
        description: 'Layanan sosial dan pengaduan satu atap',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sa_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  registerAccessControl(app, deps.db, deps.now);
  refusePersonalQueryParameters(app);
  // A NUL byte or a lone surrogate in any text answers 400 with the field, never a failed write.
  registerTextInputGuard(app);
  registerMetrics(app, deps);

  for (const routes of [
    systemRoutes,
    backupRoutes,
    authRoutes,
    userRoutes,
    officeRoutes,
    regionRoutes,
    auditRoutes,
    catalogueRoutes,
    officeSettingsRoutes,
    caseRoutes,
    caseHandlingRoutes,
    notificationRoutes,
    notificationSettingsRoutes,
    noticeStopRoutes,
    staffNotificationRoutes,
    whatsappWebhookRoutes,
    smsWebhookRoutes,
    shortLinkRoutes,
    registryRoutes,
    proposalRoutes,
    letterRoutes,
    dashboardRoutes,
    monitoringRoutes,
    ppksRegisterRoutes,
    surveyRoutes,
    privacyRoutes,
  ]) {
    await app.register(routes, deps);
  }
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await registerWebApp(app, deps.config.webDistDir);
  return app;
}

/** Serves the built web app, with index.html for every client-side route; unknown API paths stay JSON 404s. */
async function registerWebApp(app: FastifyInstance, distDir: string | null): Promise<void> {
  const hasWeb = distDir !== null && existsSync(join(distDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      // Only Vite's content-hashed files may be cached for good.
      setHeaders: (reply, path) => {
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (!hasWeb || request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.status(404).send(new AppError('NOT_FOUND').toBody());
    }
    // index.html must never be cached, so a new release reaches phones at once.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
