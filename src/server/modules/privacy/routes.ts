import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROLE_GROUPS } from '../../../domain/auth/roles';
import {
  ZErasureList,
  ZErasureRequest,
  ZErasureRequestInput,
  ZRetentionSettings,
  ZWhoSawPage,
  ZWhoSawQuery,
} from '../../../domain/privacy/schemas';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { auditContextOf } from '../../http/access';
import { requireActor } from '../../http/actor';
import { retentionSettings, saveRetentionSettings } from './retention';
import { cancelErasure, confirmErasure, listErasureRequests, requestErasure } from './service';
import { whoSaw } from './who-saw';

const idParams = z.object({ id: z.uuid() });
/** Admin and Kadis of the office: the audit log's readers. */
const PRIVACY_ROLES = ROLE_GROUPS.auditors;

export const privacyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const privacy = { db: deps.db, storage: deps.storage, now: deps.now, log: app.log };
  // Answers that name people or officers are never kept by a browser or a proxy.
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    return payload;
  });

  app.post('/api/v1/privacy/who-saw', {
    config: { access: PRIVACY_ROLES },
    schema: {
      tags: ['privacy'],
      summary:
        "Who opened a person's cases, register record and registry answers (by register id, or NIK in the body)",
      body: ZWhoSawQuery,
      response: { 200: ZWhoSawPage },
    },
    handler: async (request) =>
      whoSaw(deps.db, requireActor(request.actor), request.body, auditContextOf(request)),
  });

  app.get('/api/v1/privacy/erasures', {
    config: { access: PRIVACY_ROLES },
    schema: {
      tags: ['privacy'],
      summary: 'Erasure requests (UU PDP), newest first',
      response: { 200: ZErasureList },
    },
    handler: async (request) => listErasureRequests(deps.db, requireActor(request.actor), deps.now()),
  });

  app.post('/api/v1/privacy/erasures', {
    config: { access: PRIVACY_ROLES },
    schema: {
      tags: ['privacy'],
      summary: 'Records an erasure request for a register person (step one: nothing is erased yet)',
      body: ZErasureRequestInput,
      response: { 201: ZErasureRequest },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await requestErasure(privacy, requireActor(request.actor), request.body, auditContextOf(request)),
        ),
  });

  app.post('/api/v1/privacy/erasures/:id/confirm', {
    config: { access: PRIVACY_ROLES },
    schema: {
      tags: ['privacy'],
      summary:
        'Step two, by another admin or Kadis: erases the person and their cases (409 while a case is open)',
      params: idParams,
      response: { 200: ZErasureRequest },
    },
    handler: async (request) =>
      confirmErasure(privacy, requireActor(request.actor), request.params.id, auditContextOf(request)),
  });

  app.post('/api/v1/privacy/erasures/:id/cancel', {
    config: { access: PRIVACY_ROLES },
    schema: { tags: ['privacy'], params: idParams, response: { 200: ZErasureRequest } },
    handler: async (request) =>
      cancelErasure(privacy, requireActor(request.actor), request.params.id, auditContextOf(request)),
  });

  app.get('/api/v1/privacy/retention', {
    config: { access: PRIVACY_ROLES },
    schema: {
      tags: ['privacy'],
      summary: "The office's retention periods",
      response: { 200: ZRetentionSettings },
    },
    handler: async (request) => retentionSettings(deps.db, requireActor(request.actor).officeId),
  });

  app.put('/api/v1/privacy/retention', {
    config: { access: ROLE_GROUPS.admins },
    schema: {
      tags: ['privacy'],
      summary: "Sets the office's retention periods (the hourly job applies them)",
      body: ZRetentionSettings,
      response: { 200: ZRetentionSettings },
    },
    handler: async (request) =>
      saveRetentionSettings(deps.db, requireActor(request.actor), request.body, auditContextOf(request)),
  });
};
