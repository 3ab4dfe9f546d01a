import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROLE_GROUPS } from '../../../domain/auth/roles';
import {
  ZNotificationPreview,
  ZNotificationPreviewRequest,
  ZNotificationSettings,
  ZNotificationSettingsView,
} from '../../../domain/notifications/settings';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import { getNotificationSettings, previewNotice, updateNotificationSettings } from './settings-service';

const tags = ['office settings'];
const access = ROLE_GROUPS.admins;

/** The office's notice settings: channels, fallback, templates, escalation. */
export const notificationSettingsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.get('/api/v1/office/notification-settings', {
    config: { access },
    schema: { tags, response: { 200: ZNotificationSettingsView } },
    handler: async (request) => getNotificationSettings(db, requireActor(request.actor), config),
  });

  app.put('/api/v1/office/notification-settings', {
    config: { access },
    schema: { tags, body: ZNotificationSettings, response: { 200: ZNotificationSettingsView } },
    handler: async (request) =>
      updateNotificationSettings(
        db,
        requireActor(request.actor),
        request.body,
        config,
        auditContextOf(request),
      ),
  });

  app.post('/api/v1/office/notification-settings/preview', {
    config: { access },
    schema: { tags, body: ZNotificationPreviewRequest, response: { 200: ZNotificationPreview } },
    handler: async (request) => previewNotice(db, requireActor(request.actor), request.body, config),
  });
};
